package cn.suiji.directory.service;

import static cn.suiji.shared.db.generated.Tables.AUDIT_LOG;
import static cn.suiji.shared.db.generated.Tables.INSPECTION;
import static cn.suiji.shared.db.generated.Tables.TARGET;
import static cn.suiji.shared.db.generated.Tables.TARGET_DEPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.app.Services;
import cn.suiji.cli.SuijiCommand;
import cn.suiji.directory.TestTargets;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.Target;
import cn.suiji.directory.domain.TargetField;
import cn.suiji.directory.domain.TargetHistoryEntry;
import cn.suiji.directory.domain.TargetStatus;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.db.Database;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding and editing one target on a real H2 file: the checks, the unchanging key, the audit, the history. */
class TargetEditServiceTest {
  private static final String USCC_A = TestTargets.uscc("91620823MA71A2B3C");
  private static final String USCC_B = TestTargets.uscc("92620823MA71XY000");

  @TempDir
  Path dir;
  private Database db;
  private DSLContext dsl;
  private TargetEditService service;
  private long department;

  @BeforeEach
  void open() {
    db = Database.openFile(dir.resolve("edit"));
    dsl = db.dsl();
    service = TestTargets.editService(dsl);
    department = new cn.suiji.directory.data.DepartmentRepository()
        .insert(dsl, Department.draft("SCJGJ", "县市场监督管理局", "崇市监", 1)).id();
  }

  @AfterEach
  void close() {
    db.close();
  }

  private static Map<TargetField, String> form(String name, String uscc) {
    Map<TargetField, String> f = new EnumMap<>(TargetField.class);
    f.put(TargetField.NAME, name);
    f.put(TargetField.USCC, uscc);
    f.put(TargetField.TOWNSHIP, "城关镇");
    f.put(TargetField.PHONE, "13993312345");
    return f;
  }

  @Test
  void aNewTargetJoinsTheDepartmentAndIsAudited() {
    Target saved = service.save(null, form("崇信县华鑫商贸有限公司", " " + USCC_A.toLowerCase() + "　"), department);
    assertThat(saved.id()).isNotNull();
    assertThat(saved.objectKey()).isEqualTo(USCC_A);
    assertThat(dsl.fetchCount(TARGET_DEPARTMENT, TARGET_DEPARTMENT.TARGET_ID.eq(saved.id()))).isEqualTo(1);
    assertThat(dsl.select(TARGET.PHONE).from(TARGET).fetchOne(TARGET.PHONE)).isEqualTo("13993312345");
    assertThat(dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("target.create"))).isEqualTo(1);
  }

  @Test
  void anEditKeepsTheIdAndTheDrawKeyEvenWhenTheCodeChangesAndAStatusChangeKeepsTheRecord() {
    Target saved = service.save(null, form("甲商行", USCC_A), department);
    Map<TargetField, String> changed = form("甲商行（已更名）", USCC_B);
    changed.put(TargetField.STATUS, "注销");
    Target after = service.save(saved.id(), changed, null);
    assertThat(after.id()).isEqualTo(saved.id());
    assertThat(after.objectKey()).isEqualTo(USCC_A);
    Target reread = service.load(saved.id());
    assertThat(reread.uscc()).isEqualTo(USCC_B);
    assertThat(reread.name()).isEqualTo("甲商行（已更名）");
    assertThat(reread.status()).isEqualTo(TargetStatus.CANCELLED);
    assertThat(dsl.fetchCount(TARGET)).isEqualTo(1);
    assertThat(dsl.select(AUDIT_LOG.DETAIL).from(AUDIT_LOG).where(AUDIT_LOG.ACTION.eq("target.update"))
        .fetchOne(AUDIT_LOG.DETAIL)).contains("EXISTING→CANCELLED");
  }

  @Test
  void aCodeOfAnotherTargetIsRefusedAndNothingChanges() {
    service.save(null, form("甲商行", USCC_A), department);
    Target second = service.save(null, form("乙商行", USCC_B), department);
    assertThatThrownBy(() -> service.save(second.id(), form("乙商行", USCC_A), null))
        .isInstanceOf(SuijiException.class)
        .hasFieldOrPropertyWithValue("key", "directory.target.edit.codeTaken");
    assertThat(service.load(second.id()).uscc()).isEqualTo(USCC_B);
    assertThat(dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("target.update"))).isZero();
  }

  @Test
  void anInvalidFormIsRefusedNamingTheFieldAndWritesNothing() {
    Map<TargetField, String> bad = form("丙商行", USCC_A.substring(0, 17) + (USCC_A.endsWith("0") ? "1" : "0"));
    assertThat(TargetEditService.check(bad).problem().field()).isEqualTo(TargetField.USCC);
    assertThatThrownBy(() -> service.save(null, bad, department)).isInstanceOf(SuijiException.class);
    assertThat(dsl.fetchCount(TARGET)).isZero();
    Map<TargetField, String> noName = form("", USCC_A);
    assertThat(TargetEditService.check(noName).problem().field()).isEqualTo(TargetField.NAME);
  }

  @Test
  void clearingTheRegNoClearsIt() {
    Map<TargetField, String> both = form("丁商行", USCC_A);
    both.put(TargetField.REG_NO, "110108000000016");
    Target saved = service.save(null, both, department);
    service.save(saved.id(), form("丁商行", USCC_A), null);
    assertThat(service.load(saved.id()).regNo()).isNull();
  }

  @Test
  void theHistoryListsTheInspectionsOfAConfirmedDraw(@TempDir Path county) {
    String file = county.resolve("county").toString();
    assertThat(SuijiCommand.run("demo", "--db", file).exitCode()).isZero();
    assertThat(SuijiCommand.run("draw", "run", "--task", "2026-SCJGJ-04", "--entropy", "07 21 33 45",
        "--witness", "王监督", "--late-reason", "演示数据的期限已过", "--db", file).exitCode()).isZero();
    try (Services services = Services.open(Path.of(file))) {
      DSLContext demo = services.database().dsl();
      long drawn = demo.select(INSPECTION.TARGET_ID).from(INSPECTION).limit(1).fetchOne(INSPECTION.TARGET_ID);
      List<TargetHistoryEntry> history = services.targetEdit().history(drawn);
      assertThat(history).hasSize(1);
      assertThat(history.get(0).taskCode()).isEqualTo("2026-SCJGJ-04");
      assertThat(history.get(0).status()).isEqualTo("AWAITING_NOTICE");
      assertThat(history.get(0).drawnOn()).isNotNull();
      long notDrawn = demo.select(TARGET.ID).from(TARGET).whereNotExists(
          demo.selectOne().from(INSPECTION).where(INSPECTION.TARGET_ID.eq(TARGET.ID))).limit(1).fetchOne(TARGET.ID);
      assertThat(services.targetEdit().history(notDrawn)).isEmpty();
    }
  }
}
