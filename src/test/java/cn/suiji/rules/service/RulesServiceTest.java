package cn.suiji.rules.service;

import static cn.suiji.shared.db.generated.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.app.Services;
import cn.suiji.directory.domain.Department;
import cn.suiji.rules.domain.DocumentRules;
import cn.suiji.rules.domain.WorkingRules;
import cn.suiji.shared.SuijiException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The working rules in an H2 file: defaults, save and read back, the floors refused, the audit. */
class RulesServiceTest {
  @TempDir
  Path dir;
  private Services services;
  private long department;

  @BeforeEach
  void open() {
    services = Services.open(dir.resolve("db"));
    department = services.database().dsl().transactionResult(trx -> services.departments().createAll(trx.dsl(),
        List.of(Department.draft("SCJGJ", "县市场监督管理局", "崇市监", 1)))).get(0).id();
  }

  @AfterEach
  void close() {
    services.close();
  }

  @Test
  void theDocumentSettingsReadBackAndARowSavedBeforeThemReadsAsTheDefaults() {
    // a row as V001 wrote it: the document columns take the schema's defaults, which are the domain's
    services.database().dsl().insertInto(cn.suiji.shared.db.generated.Tables.WORKING_RULES)
        .set(cn.suiji.shared.db.generated.Tables.WORKING_RULES.DEPARTMENT_ID, department)
        .set(cn.suiji.shared.db.generated.Tables.WORKING_RULES.UPDATED_AT, java.time.OffsetDateTime.now())
        .execute();
    assertThat(services.rules().get(department)).isEqualTo(WorkingRules.defaults(department));

    DocumentRules documents = new DocumentRules("{机关代字}〔{年}〕{类型代字}{N}号", "检告", "检通", false, "赵立新",
        "0932-6231100", "营业执照副本");
    services.rules().save(WorkingRules.defaults(department).withDocuments(documents));
    assertThat(services.rules().get(department).documents()).isEqualTo(documents);

    DocumentRules broken = new DocumentRules("{机关代字}{文种}{N}号", "检告", "检通", true, "", "", "");
    assertThatThrownBy(() -> services.rules().save(WorkingRules.defaults(department).withDocuments(broken)))
        .isInstanceOfSatisfying(SuijiException.class, e -> {
          assertThat(e.key()).isEqualTo("rules.error.field");
          assertThat(e.args()[1].toString()).contains("{文种}");
        });
    assertThat(services.rules().get(department).documents()).isEqualTo(documents);
  }

  @Test
  void aDepartmentWithoutRulesGetsTheDefaults() {
    WorkingRules r = services.rules().get(department);
    assertThat(r).isEqualTo(WorkingRules.defaults(department));
    assertThat(r.publishWorkdays()).isEqualTo(20);
    assertThat(r.inspectorsPerTarget()).isEqualTo(2);
  }

  @Test
  void savedRulesReadBackAndAreAuditedEachTime() {
    WorkingRules raised = new WorkingRules(department, 3, new BigDecimal("5.5"), BigDecimal.valueOf(15), 6, 15, false,
        "与检查对象有亲属关系的应当回避。", "第一条 为规范……\n第二条 本细则适用于……");
    services.rules().save(raised);
    WorkingRules back = services.rules().get(department);
    assertThat(back.inspectorsPerTarget()).isEqualTo(3);
    assertThat(back.floorUndirected()).isEqualByComparingTo("5.5");
    assertThat(back.floorDirected()).isEqualByComparingTo("15");
    assertThat(back.exclusionMonths()).isEqualTo(6);
    assertThat(back.publishWorkdays()).isEqualTo(15);
    assertThat(back.listedFullCoverage()).isFalse();
    assertThat(back.recusalRule()).isEqualTo(raised.recusalRule());
    assertThat(back.rulesText()).isEqualTo(raised.rulesText());
    services.rules().save(WorkingRules.defaults(department));
    assertThat(services.rules().get(department)).isEqualTo(WorkingRules.defaults(department));
    assertThat(services.database().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("rules.save"))).isEqualTo(2);
  }

  @Test
  void rulesBelowTheFixedFloorsAreRefusedAndNothingIsWritten() {
    WorkingRules one = new WorkingRules(department, 1, BigDecimal.valueOf(3), BigDecimal.TEN, 12, 20, true, "", "");
    assertThatThrownBy(() -> services.rules().save(one)).isInstanceOf(SuijiException.class)
        .hasMessageContaining("每户检查人员数").hasMessageContaining("不得少于 2 名");
    WorkingRules low = new WorkingRules(department, 2, new BigDecimal("2.5"), BigDecimal.TEN, 12, 20, true, "", "");
    assertThatThrownBy(() -> services.rules().save(low)).isInstanceOf(SuijiException.class)
        .hasMessageContaining("不定向抽查比例下限");
    WorkingRules directed = new WorkingRules(department, 2, BigDecimal.valueOf(3), BigDecimal.valueOf(9), 12, 20, true, "", "");
    assertThatThrownBy(() -> services.rules().save(directed)).isInstanceOf(SuijiException.class);
    assertThat(services.database().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("rules.save"))).isZero();
    assertThat(services.rules().get(department)).isEqualTo(WorkingRules.defaults(department));
  }
}
