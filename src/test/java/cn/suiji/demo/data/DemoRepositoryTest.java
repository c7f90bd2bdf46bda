package cn.suiji.demo.data;

import static cn.suiji.shared.db.generated.Tables.APP_SETTING;
import static cn.suiji.shared.db.generated.Tables.AUDIT_LOG;
import static cn.suiji.shared.db.generated.Tables.CALENDAR_YEAR;
import static cn.suiji.shared.db.generated.Tables.DEPARTMENT;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_ITEM;
import static cn.suiji.shared.db.generated.Tables.INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.INSPECTOR_ITEM;
import static cn.suiji.shared.db.generated.Tables.RECUSAL;
import static cn.suiji.shared.db.generated.Tables.TARGET;
import static cn.suiji.shared.db.generated.Tables.TARGET_DEPARTMENT;
import static cn.suiji.shared.db.generated.Tables.TASK;
import static cn.suiji.shared.db.generated.Tables.TASK_ITEM;
import static cn.suiji.shared.db.generated.Tables.TASK_PARTNER;
import static cn.suiji.shared.db.generated.Tables.ANNUAL_PLAN;
import static cn.suiji.shared.db.generated.Tables.WORKING_RULES;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.shared.ids.IdSeal;
import cn.suiji.demo.domain.DemoCounty;
import cn.suiji.demo.domain.DemoGenerator;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.audit.data.AuditRepository;
import cn.suiji.shared.db.Database;
import cn.suiji.shared.db.generated.tables.records.TargetRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DemoRepositoryTest {
  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-06-30T10:00:00+08:00");
  private static DemoCounty county;
  private final DemoRepository repository = new DemoRepository(IdSeal.ephemeral());
  private Database db;
  private DSLContext dsl;

  @BeforeAll
  static void generate() {
    county = DemoGenerator.generate(5, 2_500);
  }

  @BeforeEach
  void open() {
    db = Database.inMemory("demo-repo-" + UUID.randomUUID());
    dsl = db.dsl();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aFreshDatabaseIsEmptyAndAWrittenOneIsNot() {
    assertThat(repository.isEmpty(dsl)).isTrue();
    writeAll();
    assertThat(repository.isEmpty(dsl)).isFalse();
  }

  @Test
  void writesEveryTable() {
    writeAll();
    assertThat(dsl.fetchCount(DEPARTMENT)).isEqualTo(6);
    assertThat(dsl.fetchCount(INSPECTION_ITEM)).isEqualTo(county.items().size());
    assertThat(dsl.fetchCount(WORKING_RULES)).isEqualTo(6);
    assertThat(dsl.fetchCount(TARGET)).isEqualTo(2_500);
    assertThat(dsl.fetchCount(TARGET_DEPARTMENT))
        .isEqualTo(county.targets().stream().mapToInt(t -> t.departments().size()).sum());
    assertThat(dsl.fetchCount(INSPECTOR)).isEqualTo(60);
    assertThat(dsl.fetchCount(INSPECTOR_ITEM))
        .isEqualTo(county.inspectors().stream().mapToInt(i -> i.itemCodes().size()).sum());
    assertThat(dsl.fetchCount(RECUSAL)).isEqualTo(county.recusals().size());
    assertThat(dsl.fetchCount(ANNUAL_PLAN)).isEqualTo(6);
    assertThat(dsl.fetchCount(TASK)).isEqualTo(county.tasks().size());
    assertThat(dsl.fetchCount(TASK_ITEM)).isEqualTo(county.tasks().stream().mapToInt(t -> t.itemCodes().size()).sum());
    assertThat(dsl.fetchCount(TASK_PARTNER)).isEqualTo(county.tasks().stream().mapToInt(t -> t.partners().size()).sum());
    assertThat(dsl.select(APP_SETTING.SETTING).from(APP_SETTING).where(APP_SETTING.NAME.eq("county.name")).fetchOne().value1())
        .isEqualTo("青岚县");
  }

  @Test
  void aTargetReadsBackAsGenerated() {
    writeAll();
    DemoCounty.Target t = county.targets().stream().filter(x -> x.regNo() != null).findFirst().orElseThrow();
    TargetRecord r = dsl.selectFrom(TARGET).where(TARGET.USCC.eq(t.uscc())).fetchSingle();
    assertThat(r.getObjectKey()).isEqualTo(t.objectKey());
    assertThat(r.getRegNo()).isEqualTo(t.regNo());
    assertThat(r.getName()).isEqualTo(t.name());
    assertThat(r.getKind()).isEqualTo(t.kind().name());
    assertThat(r.getStatus()).isEqualTo(t.status().name());
    assertThat(r.getFoundedDate()).isEqualTo(t.foundedDate());
    assertThat(r.getPhone()).isEqualTo(t.phone());
    assertThat(r.getUpdatedAt().toInstant()).isEqualTo(NOW.toInstant());
    assertThat(dsl.fetchCount(TARGET_DEPARTMENT, TARGET_DEPARTMENT.TARGET_ID.eq(r.getId()))).isEqualTo(t.departments().size());
  }

  @Test
  void tasksKeepTheirScopeAndRatios() {
    writeAll();
    DemoCounty.Task t = county.tasks().stream().filter(DemoCounty.Task::byRiskClass).findFirst().orElseThrow();
    var r = dsl.selectFrom(TASK).where(TASK.CODE.eq(t.code())).fetchSingle();
    assertThat(r.getScopeJson()).isEqualTo(t.scope().toJson());
    assertThat(r.getRatioPercent()).isNull();
    assertThat(r.getRatioA()).isEqualByComparingTo(t.ratioA());
    assertThat(r.getRatioD()).isEqualByComparingTo(t.ratioD());
  }

  @Test
  void deleteAllEmptiesTheCountyButKeepsTheAuditLogAndTheCalendar() {
    writeAll();
    Auditor auditor = new Auditor(new AuditRepository(), Clock.fixed(Instant.EPOCH, ZoneId.of("UTC")), () -> "tester");
    dsl.transaction(trx -> auditor.record(trx.dsl(), AuditEvent.of("test", "county", null, null)));
    dsl.insertInto(CALENDAR_YEAR).set(CALENDAR_YEAR.CAL_YEAR, 2026).set(CALENDAR_YEAR.SOURCE, "test").execute();
    dsl.transaction(trx -> repository.deleteAll(trx.dsl()));
    assertThat(repository.isEmpty(dsl)).isTrue();
    assertThat(dsl.fetchCount(INSPECTOR)).isZero();
    assertThat(dsl.fetchCount(TASK)).isZero();
    assertThat(dsl.fetchCount(AUDIT_LOG)).isEqualTo(1);
    assertThat(dsl.fetchCount(CALENDAR_YEAR)).isEqualTo(1);
    assertThat(auditor.verify(dsl).isIntact()).isTrue();
  }

  private void writeAll() {
    dsl.transaction(trx -> {
      DemoWriter w = repository.writer(trx.dsl(), NOW);
      w.departments(county.departments());
      w.items(county.items());
      w.rules(county.rules());
      for (int from = 0; from < county.targets().size(); from += DemoRepository.CHUNK) {
        w.targets(county.targets().subList(from, Math.min(county.targets().size(), from + DemoRepository.CHUNK)));
      }
      w.inspectors(county.inspectors());
      w.recusals(county.recusals());
      w.plans(county.plans());
      w.setting("county.name", county.name());
    });
  }
}
