package cn.suiji.demo.service;

import static cn.suiji.shared.db.generated.Tables.ANNUAL_PLAN;
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
import static cn.suiji.shared.db.generated.Tables.WORKING_RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.demo.data.DemoRepository;
import cn.suiji.demo.domain.DemoCounty;
import cn.suiji.demo.domain.DemoGenerator;
import cn.suiji.rules.domain.DocumentRules;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.db.generated.tables.records.InspectorRecord;
import cn.suiji.shared.db.generated.tables.records.TargetRecord;
import cn.suiji.shared.db.generated.tables.records.WorkingRulesRecord;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEntry;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.audit.data.AuditRepository;
import cn.suiji.shared.db.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoServiceTest {
  private static final int SMALL = 2_500;
  private final Clock clock = Clock.fixed(Instant.parse("2026-06-30T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
  private final Auditor auditor = new Auditor(new AuditRepository(), clock, () -> "tester");
  private Database db;
  private DSLContext dsl;

  @BeforeEach
  void open() {
    db = Database.inMemory("demo-service-" + UUID.randomUUID());
    dsl = db.dsl();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void createsTheFullCountyAndForceReplacesIt(TestReporter reporter) {
    DemoService service = DemoCounties.service(db, auditor, clock);
    Recording progress = new Recording(Integer.MAX_VALUE);

    long started = System.nanoTime();
    DemoSummary summary = service.create(false, progress);
    long createMillis = (System.nanoTime() - started) / 1_000_000;

    assertThat(summary.targets()).isEqualTo(20_000);
    assertThat(summary.departments()).isEqualTo(6);
    assertThat(summary.items()).isBetween(75, 90);
    assertThat(summary.inspectors()).isEqualTo(60);
    assertThat(summary.recusals()).isEqualTo(15);
    assertThat(summary.plans()).isEqualTo(6);
    assertThat(summary.tasks()).isBetween(12, 24);
    assertCountsInDatabase(summary);
    assertThat(progress.updates).isNotEmpty();
    assertThat(progress.updates.get(progress.updates.size() - 1)).isEqualTo(new long[] {23, 23});

    started = System.nanoTime();
    DemoSummary again = service.create(true, Progress.NONE);
    long forceMillis = (System.nanoTime() - started) / 1_000_000;

    assertThat(again).isEqualTo(summary);
    assertCountsInDatabase(summary);
    List<AuditEntry> log = auditor.latest(dsl, 10);
    assertThat(log).hasSize(2).allSatisfy(e -> assertThat(e.action()).isEqualTo("demo.create"));
    assertThat(log.get(0).detail()).contains("targets=20000").endsWith("replaced");
    assertThat(auditor.verify(dsl).isIntact()).isTrue();
    reporter.publishEntry("createMillis", Long.toString(createMillis));
    reporter.publishEntry("forceReplaceMillis", Long.toString(forceMillis));
    assertThat(createMillis).as("create() of 20,000 targets").isLessThan(30_000);
  }

  /** A county that has been worked in — results, follow-ups, the outbox — is replaced whole, nothing of it left. */
  @Test
  void forceReplacesACountyWithResultsAndTheirOutboxEntries() {
    try (cn.suiji.inspection.service.ResultFixture f = new cn.suiji.inspection.service.ResultFixture()) {
      long inspection = f.notified(f.wjjDraw, 1);
      f.results.record(f.draft(inspection, java.time.LocalDate.of(2026, 5, 20), List.of("1"), List.of()));
      assertThat(f.dsl.fetchCount(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name("INSPECTION_RESULT")))).isEqualTo(1);
      DemoSummary replaced = DemoCounties.service(f.db, f.auditor, clock).create(true, Progress.NONE);
      assertThat(replaced.targets()).isEqualTo(20_000);
      for (String table : List.of("INSPECTION_RESULT", "INSPECTION_RESULT_CODE", "FOLLOW_UP", "PUBLICATION", "INSPECTION",
          "DRAW")) {
        assertThat(f.dsl.fetchCount(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name(table)))).as(table).isZero();
      }
      assertThat(f.dsl.fetchCount(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name("RESULT_CODE")))).as("the county's result codes stay")
          .isPositive();
      assertThat(f.auditor.verify(f.dsl).isIntact()).isTrue();
    }
  }

  @Test
  void writesJointTasksBothTaskTypesAndRiskClassRatios() {
    small().create(false, Progress.NONE);
    assertThat(dsl.selectDistinct(TASK_PARTNER.TASK_ID).from(TASK_PARTNER).fetch()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(dsl.selectDistinct(TASK.TASK_TYPE).from(TASK).fetch(TASK.TASK_TYPE))
        .containsExactlyInAnyOrder("DIRECTED", "UNDIRECTED");
    assertThat(dsl.fetchCount(TASK, TASK.RATIO_A.isNotNull().and(TASK.RATIO_D.isNotNull()))).isGreaterThanOrEqualTo(2);
  }

  @Test
  void refusesADatabaseThatHoldsACountyUnlessForced() {
    DemoService service = small();
    service.create(false, Progress.NONE);

    assertThatThrownBy(() -> service.create(false, Progress.NONE))
        .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("demo.error.notEmpty"));

    assertThat(dsl.fetchCount(TARGET)).isEqualTo(SMALL);
    assertThat(dsl.fetchCount(AUDIT_LOG)).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void aCancelLeavesTheDatabaseEmpty(int updatesBeforeCancel) {
    DemoService service = small();

    assertThatThrownBy(() -> service.create(false, new Recording(updatesBeforeCancel)))
        .isInstanceOf(Progress.CancelledException.class);

    assertThat(dsl.fetchCount(DEPARTMENT)).isZero();
    assertThat(dsl.fetchCount(TARGET)).isZero();
    assertThat(dsl.fetchCount(INSPECTION_ITEM)).isZero();
    assertThat(dsl.fetchCount(AUDIT_LOG)).isZero();
    assertThat(auditor.verify(dsl).isIntact()).isTrue();
  }

  @Test
  void aCancelledReplaceKeepsTheOldCounty() {
    DemoService service = small();
    service.create(false, Progress.NONE);
    List<Long> ids = dsl.select(TARGET.ID).from(TARGET).orderBy(TARGET.ID).fetch(TARGET.ID);

    assertThatThrownBy(() -> service.create(true, new Recording(2))).isInstanceOf(Progress.CancelledException.class);

    assertThat(dsl.select(TARGET.ID).from(TARGET).orderBy(TARGET.ID).fetch(TARGET.ID)).isEqualTo(ids);
    assertThat(dsl.fetchCount(AUDIT_LOG)).isEqualTo(1);
    assertThat(auditor.verify(dsl).isIntact()).isTrue();
  }

  @Test
  void writesEveryTableThroughItsOwner() {
    DemoCounty county = DemoGenerator.generate(DemoGenerator.DEFAULT_SEED, SMALL);
    DemoRepository repository = new DemoRepository();
    assertThat(repository.isEmpty(dsl)).isTrue();
    small().create(false, Progress.NONE);
    assertThat(repository.isEmpty(dsl)).isFalse();
    assertThat(dsl.fetchCount(DEPARTMENT)).isEqualTo(6);
    assertThat(dsl.fetchCount(INSPECTION_ITEM)).isEqualTo(county.items().size());
    assertThat(dsl.fetchCount(WORKING_RULES)).isEqualTo(6);
    assertThat(dsl.fetchCount(TARGET)).isEqualTo(SMALL);
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
    assertThat(dsl.select(APP_SETTING.SETTING).from(APP_SETTING).where(APP_SETTING.NAME.eq("county.name")).fetchOne()
        .value1()).isEqualTo("青岚县");
  }

  @Test
  void aTargetReadsBackAsGeneratedWithItsEarlierInspections() {
    DemoCounty county = DemoGenerator.generate(DemoGenerator.DEFAULT_SEED, SMALL);
    small().create(false, Progress.NONE);
    DemoCounty.Target t = county.targets().stream().filter(x -> x.regNo() != null && x.lastInspectedDate() != null)
        .findFirst().orElseThrow();
    TargetRecord r = dsl.selectFrom(TARGET).where(TARGET.OBJECT_KEY.eq(t.objectKey())).fetchSingle();
    assertThat(r.getUscc()).isEqualTo(t.uscc());
    assertThat(r.getRegNo()).isEqualTo(t.regNo());
    assertThat(r.getName()).isEqualTo(t.name());
    assertThat(r.getKind()).isEqualTo(t.kind().name());
    assertThat(r.getStatus()).isEqualTo(t.status().name());
    assertThat(r.getFoundedDate()).isEqualTo(t.foundedDate());
    assertThat(r.getPhone()).isEqualTo(t.phone());
    assertThat(r.getLastInspectedDate()).isEqualTo(t.lastInspectedDate());
    assertThat(r.getInspectionCount()).isEqualTo(t.inspectionCount()).isPositive();
    assertThat(r.getUpdatedAt().toInstant()).isEqualTo(clock.instant());
    assertThat(dsl.fetchCount(TARGET_DEPARTMENT, TARGET_DEPARTMENT.TARGET_ID.eq(r.getId()))).isEqualTo(t.departments().size());
    assertThat(dsl.fetchCount(TARGET, TARGET.LAST_INSPECTED_DATE.isNotNull()))
        .isEqualTo((int) county.targets().stream().filter(x -> x.lastInspectedDate() != null).count());
  }

  @Test
  void inspectorsIdNumbersAreSealedAndRulesCarryTheContact() {
    DemoCounty county = DemoGenerator.generate(DemoGenerator.DEFAULT_SEED, SMALL);
    small().create(false, Progress.NONE);
    DemoCounty.Inspector i = county.inspectors().get(0);
    InspectorRecord r = dsl.selectFrom(INSPECTOR).where(INSPECTOR.INSPECTOR_KEY.eq(i.key())).fetchSingle();
    assertThat(r.getIdNumber()).isNull();
    assertThat(r.getIdSealed()).isNotEqualTo(i.idNumber());
    assertThat(db.idSeal().open(r.getIdSealed())).contains(i.idNumber());
    assertThat(r.getIdFingerprint()).isEqualTo(db.idSeal().fingerprint(i.idNumber()));
    DemoCounty.Rules rules = county.rules().get(0);
    WorkingRulesRecord w = dsl.selectFrom(WORKING_RULES).where(WORKING_RULES.DEPARTMENT_ID.eq(
        dsl.select(DEPARTMENT.ID).from(DEPARTMENT).where(DEPARTMENT.CODE.eq(rules.departmentCode())))).fetchSingle();
    assertThat(w.getContactPerson()).isEqualTo(rules.contactPerson());
    assertThat(w.getContactPhone()).isEqualTo(rules.contactPhone());
    assertThat(w.getNumberPattern()).isEqualTo(DocumentRules.DEFAULTS.numberPattern());
    assertThat(w.getMaterials()).isEqualTo(DocumentRules.DEFAULTS.materials());
  }

  @Test
  void tasksKeepTheirScopeAndRatios() {
    DemoCounty county = DemoGenerator.generate(DemoGenerator.DEFAULT_SEED, SMALL);
    small().create(false, Progress.NONE);
    DemoCounty.Task t = county.tasks().stream().filter(DemoCounty.Task::byRiskClass).findFirst().orElseThrow();
    var r = dsl.selectFrom(TASK).where(TASK.CODE.eq(t.code())).fetchSingle();
    assertThat(r.getScopeJson()).isEqualTo(t.scope().toJson());
    assertThat(r.getRatioPercent()).isNull();
    assertThat(r.getRatioA()).isEqualByComparingTo(t.ratioA());
    assertThat(r.getRatioD()).isEqualByComparingTo(t.ratioD());
  }

  @Test
  void deleteAllEmptiesTheCountyButKeepsTheAuditLogAndTheCalendar() {
    DemoRepository repository = new DemoRepository();
    small().create(false, Progress.NONE);
    dsl.transaction(trx -> auditor.record(trx.dsl(), AuditEvent.of("test", "county", null, null)));
    dsl.insertInto(CALENDAR_YEAR).set(CALENDAR_YEAR.CAL_YEAR, 2026).set(CALENDAR_YEAR.SOURCE, "test").execute();
    dsl.transaction(trx -> repository.deleteAll(trx.dsl()));
    assertThat(repository.isEmpty(dsl)).isTrue();
    assertThat(dsl.fetchCount(INSPECTOR)).isZero();
    assertThat(dsl.fetchCount(TASK)).isZero();
    assertThat(dsl.fetchCount(AUDIT_LOG)).isEqualTo(2);
    assertThat(dsl.fetchCount(CALENDAR_YEAR)).isEqualTo(1);
    assertThat(auditor.verify(dsl).isIntact()).isTrue();
  }

  private DemoService small() {
    return new DemoService(dsl, db.idSeal(), auditor, clock, DemoCounties.naming(db, auditor), DemoGenerator.DEFAULT_SEED,
        SMALL);
  }

  private void assertCountsInDatabase(DemoSummary s) {
    assertThat(dsl.fetchCount(DEPARTMENT)).isEqualTo(s.departments());
    assertThat(dsl.fetchCount(INSPECTION_ITEM)).isEqualTo(s.items());
    assertThat(dsl.fetchCount(TARGET)).isEqualTo(s.targets());
    assertThat(dsl.fetchCount(INSPECTOR)).isEqualTo(s.inspectors());
    assertThat(dsl.fetchCount(RECUSAL)).isEqualTo(s.recusals());
    assertThat(dsl.fetchCount(TASK)).isEqualTo(s.tasks());
  }

  /** Records every update and reports cancelled once {@code cancelAfter} updates were made. */
  private static final class Recording implements Progress {
    final List<long[]> updates = new ArrayList<>();
    private final int cancelAfter;

    Recording(int cancelAfter) {
      this.cancelAfter = cancelAfter;
    }

    @Override
    public void update(long done, long total) {
      updates.add(new long[] {done, total});
    }

    @Override
    public boolean isCancelled() {
      return updates.size() >= cancelAfter;
    }
  }
}
