package cn.suiji.plan.service;

import static cn.suiji.shared.db.generated.Tables.INSPECTION_ITEM;
import static cn.suiji.shared.db.generated.Tables.TASK;
import static cn.suiji.shared.db.generated.Tables.WORKING_RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.app.Services;
import cn.suiji.draw.domain.DrawPlan;
import cn.suiji.draw.domain.Exclusion;
import cn.suiji.plan.PlanDemo;
import cn.suiji.directory.domain.InspectionItem;
import cn.suiji.directory.domain.ItemClass;
import cn.suiji.directory.domain.TargetKind;
import cn.suiji.plan.domain.InspectionMode;
import cn.suiji.plan.domain.ItemRef;
import cn.suiji.plan.domain.PlanTask;
import cn.suiji.plan.domain.PlanTasks;
import cn.suiji.plan.domain.TaskChoices;
import cn.suiji.plan.domain.TaskDraft;
import cn.suiji.plan.domain.TaskStatus;
import cn.suiji.plan.domain.TaskType;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEntry;
import cn.suiji.shared.l10n.Messages;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PlanService on a real H2 file holding the demo county. */
class PlanServiceTest {
  @TempDir
  Path dir;
  private Services services;
  private PlanService plans;

  @BeforeEach
  void open() {
    services = Services.open(PlanDemo.copyInto(dir));
    plans = services.plans();
  }

  @AfterEach
  void close() {
    services.close();
  }

  private static TaskDraft draft(String code, String ratio, List<String> townships, List<String> industries,
      List<String> kinds, TaskType type, List<String> partners, List<String> items) {
    return new TaskDraft(null, code, "测试任务" + code, type, new BigDecimal(ratio), null, null, null, null, null, townships,
        industries, kinds, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 30), null, partners,
        InspectionMode.COUNTY_COUNTY, TaskStatus.PLANNED, items);
  }

  private String message(Throwable e) {
    return Messages.current().describe((SuijiException) e);
  }

  @Test
  void theDemoPlansAreReadByDepartmentAndYear() {
    assertThat(plans.years("SCJGJ")).containsExactly(2026);
    PlanTasks scjgj = plans.plan("SCJGJ", 2026);
    assertThat(scjgj.plan().title()).contains("市场监督管理局").contains("2026");
    assertThat(scjgj.tasks()).extracting(PlanTask::code)
        .containsExactly("2026-SCJGJ-01", "2026-SCJGJ-02", "2026-SCJGJ-03", "2026-SCJGJ-04");
    PlanTask joint = scjgj.tasks().get(2);
    assertThat(joint.partners()).containsExactly("WJJ");
    assertThat(joint.itemCodes()).contains("SX-SCJGJ-09", "SX-WJJ-02");
    assertThat(joint.items()).allSatisfy(i -> assertThat(i.name()).isNotBlank());
    assertThat(joint.scope().industries()).containsExactly("6210", "6220", "6231", "6291");
    PlanTask classes = scjgj.tasks().get(0);
    assertThat(classes.perClass()).isTrue();
    assertThat(classes.ratioA()).isEqualByComparingTo("2");
    assertThat(plans.plan("SCJGJ", 2027).plan()).isNull();
    assertThat(plans.choices("SCJGJ", 2026).floors().undirected()).isEqualByComparingTo("3");
    assertThat(plans.choices("SCJGJ", 2026).townships()).contains("城关镇");
  }

  @Test
  void aSavedTaskKeepsItsScopeInTheDrawsFormatAndTheDrawNarrowsByIt() {
    PlanTask saved = plans.saveTask("SCJGJ", 2026, draft("2026-SCJGJ-20", "15", List.of("城关镇"), List.of("5211", "5212"),
        List.of("INDIVIDUAL"), TaskType.DIRECTED, List.of("WJJ"), List.of("SX-SCJGJ-01", "SX-WJJ-02")));
    assertThat(saved.id()).isNotNull();
    assertThat(saved.leadDepartment()).isEqualTo("SCJGJ");
    String json = services.database().dsl().select(TASK.SCOPE_JSON).from(TASK).where(TASK.CODE.eq("2026-SCJGJ-20"))
        .fetchSingle().value1();
    assertThat(json).isEqualTo("{\"townships\":[\"城关镇\"],\"industries\":[\"5211\",\"5212\"],\"kinds\":[\"INDIVIDUAL\"]}");
    DrawPlan draw = services.draw().plan("2026-SCJGJ-20");
    assertThat(draw.exclusions()).filteredOn(e -> e.reason() == Exclusion.Reason.OUT_OF_SCOPE)
        .singleElement().satisfies(e -> assertThat(e.count()).isGreaterThan(draw.directorySize() / 2));
    assertThat(audit(1).get(0).action()).isEqualTo("task.create");
  }

  @Test
  void aRatioUnderTheWorkingRulesFloorIsRefusedNamingTheFloor() {
    TaskDraft low = draft("2026-SCJGJ-21", "2", List.of(), List.of(), List.of(), TaskType.UNDIRECTED, List.of(),
        List.of("SX-SCJGJ-01"));
    assertThatThrownBy(() -> plans.saveTask("SCJGJ", 2026, low))
        .satisfies(e -> assertThat(message(e)).isEqualTo("抽查比例 2% 低于工作细则规定的不定向抽查比例下限 3%"));
    // the floor is read from the department's working rules
    services.database().dsl().update(WORKING_RULES).set(WORKING_RULES.FLOOR_UNDIRECTED, new BigDecimal("5"))
        .execute();
    TaskDraft four = draft("2026-SCJGJ-21", "4", List.of(), List.of(), List.of(), TaskType.UNDIRECTED, List.of(),
        List.of("SX-SCJGJ-01"));
    assertThatThrownBy(() -> plans.saveTask("SCJGJ", 2026, four)).satisfies(e -> assertThat(message(e)).endsWith("下限 5%"));
    assertThat(plans.plan("SCJGJ", 2026).tasks()).hasSize(4);
  }

  @Test
  void editingReplacesItemsPartnersAndScopeAndIsAudited() {
    PlanTask task = plans.plan("SCJGJ", 2026).tasks().get(3);
    TaskDraft d = task.draft();
    TaskDraft changed = new TaskDraft(d.id(), d.code(), "城关镇五金商品质量抽查（调整）", d.type(), new BigDecimal("20"), null,
        null, null, null, null, List.of("城关镇", "清水镇"), d.industries(), d.kinds(), d.startDate(), d.endDate(),
        d.leadDepartment(), List.of("YJJ"), d.mode(), d.status(), List.of("SX-SCJGJ-15", "SX-YJJ-04"));
    PlanTask saved = plans.saveTask("SCJGJ", 2026, changed);
    assertThat(saved.id()).isEqualTo(task.id());
    assertThat(saved.name()).endsWith("（调整）");
    assertThat(saved.partners()).containsExactly("YJJ");
    assertThat(saved.itemCodes()).containsExactly("SX-SCJGJ-15", "SX-YJJ-04");
    assertThat(saved.scope().townships()).containsExactly("城关镇", "清水镇");
    assertThat(plans.plan("SCJGJ", 2026).tasks()).hasSize(4);
    assertThat(audit(1).get(0).action()).isEqualTo("task.update");
    assertThat(audit(1).get(0).entityId()).isEqualTo(task.code());
  }

  @Test
  void theItemsATaskMayNameAreTheLeadsAndPartnersInForceThatYear() {
    long scjgj = plans.departments().stream().filter(d -> d.code().equals("SCJGJ")).findFirst().orElseThrow().id();
    services.items().save(new InspectionItem(null, scjgj, "SX-SCJGJ-OLD", "已废止的检查", null, "某法", null,
        TargetKind.ENTERPRISE, null, "实地检查", null, null, null, ItemClass.GENERAL, null, null, LocalDate.of(2024, 1, 1),
        LocalDate.of(2025, 12, 31)));
    TaskChoices choices = plans.choices("SCJGJ", 2026);
    assertThat(choices.itemsFor(List.of())).isNotEmpty().extracting(ItemRef::departmentCode).containsOnly("SCJGJ");
    assertThat(choices.itemsFor(List.of())).extracting(ItemRef::code).doesNotContain("SX-SCJGJ-OLD");
    assertThat(choices.itemsFor(List.of("WJJ"))).extracting(ItemRef::departmentCode).containsOnly("SCJGJ", "WJJ");
    assertThat(choices.itemsFor(List.of("WJJ"))).extracting(ItemRef::code).contains("SX-SCJGJ-01", "SX-WJJ-02");
  }

  @Test
  void anItemOfADepartmentNeitherLeadingNorPartneringIsRefusedNamingTheItem() {
    TaskDraft other = draft("2026-SCJGJ-22", "5", List.of(), List.of(), List.of(), TaskType.UNDIRECTED, List.of(),
        List.of("SX-SCJGJ-01", "SX-WJJ-02"));
    assertThatThrownBy(() -> plans.saveTask("SCJGJ", 2026, other)).satisfies(e -> {
      assertThat(((SuijiException) e).key()).isEqualTo("quality.plan.items.notOfDepartments");
      assertThat(message(e)).contains("SX-WJJ-02", "WJJ");
    });
    assertThat(plans.plan("SCJGJ", 2026).tasks()).hasSize(4);
  }

  @Test
  void aSavedTaskWhoseItemNoLongerQualifiesIsRefusedOnSaveNamingTheItem() {
    PlanTask joint = plans.plan("SCJGJ", 2026).tasks().get(2);
    TaskDraft d = joint.draft();
    TaskDraft noPartner = new TaskDraft(d.id(), d.code(), d.name(), d.type(), d.ratioPercent(), d.fixedCount(),
        d.ratioA(), d.ratioB(), d.ratioC(), d.ratioD(), d.townships(), d.industries(), d.kinds(), d.startDate(),
        d.endDate(), d.leadDepartment(), List.of(), d.mode(), d.status(), d.itemCodes());
    assertThatThrownBy(() -> plans.saveTask("SCJGJ", 2026, noPartner))
        .satisfies(e -> assertThat(message(e)).contains("SX-WJJ-02").contains("配合部门"));

    services.database().dsl().update(INSPECTION_ITEM).set(INSPECTION_ITEM.VALID_TO, LocalDate.of(2025, 12, 31))
        .where(INSPECTION_ITEM.CODE.eq("SX-WJJ-02")).execute();
    assertThatThrownBy(() -> plans.saveTask("SCJGJ", 2026, d))
        .satisfies(e -> assertThat(message(e)).isEqualTo("抽查事项“SX-WJJ-02”不在本年度有效的抽查事项清单中"));
    assertThat(plans.plan("SCJGJ", 2026).tasks().get(2).itemCodes()).contains("SX-WJJ-02");
  }

  @Test
  void aTaskWithAConfirmedDrawCanNeitherBeEditedNorCancelled() {
    services.draw().run("2026-SCJGJ-02", "上证指数 3312.45", List.of("王监督"), "测试员", "演示数据的期限已过");
    PlanTask drawn = plans.plan("SCJGJ", 2026).tasks().get(1);
    assertThatThrownBy(() -> plans.saveTask("SCJGJ", 2026, drawn.draft()))
        .satisfies(e -> assertThat(message(e)).contains("2026-SCJGJ-02").contains("已确认抽取"));
    assertThatThrownBy(() -> plans.cancelTask("2026-SCJGJ-02")).satisfies(e -> assertThat(message(e)).contains("已确认抽取"));
    assertThat(plans.plan("SCJGJ", 2026).tasks().get(1).status()).isNotEqualTo(TaskStatus.CANCELLED);
  }

  @Test
  void cancellingATaskMarksItAndLeavesItOutOfThePlanTable() throws Exception {
    plans.cancelTask("2026-SCJGJ-04");
    assertThat(plans.plan("SCJGJ", 2026).tasks().get(3).status()).isEqualTo(TaskStatus.CANCELLED);
    AuditEntry last = audit(1).get(0);
    assertThat(last.action()).isEqualTo("task.cancel");
    Path file = dir.resolve("plan.xlsx");
    assertThat(plans.export("SCJGJ", 2026, "", file)).isEqualTo(3);
    assertThatThrownBy(() -> plans.cancelTask("NO-SUCH")).satisfies(e -> assertThat(message(e)).contains("NO-SUCH"));
  }

  @Test
  void savingInAYearWithoutAPlanMakesThePlan() {
    TaskDraft next = new TaskDraft(null, "2027-WJJ-01", "公共场所卫生抽查", TaskType.UNDIRECTED, new BigDecimal("3"), null,
        null, null, null, null, List.of(), List.of(), List.of(), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 5, 31), null,
        List.of(), InspectionMode.CITY_COUNTY, TaskStatus.PLANNED, List.of("SX-WJJ-01"));
    plans.saveTask("WJJ", 2027, next);
    PlanTasks plan = plans.plan("WJJ", 2027);
    assertThat(plan.plan().title()).isEqualTo(plan.plan().departmentName() + "2027年度双随机抽查工作计划");
    assertThat(plan.tasks()).singleElement().satisfies(t -> assertThat(t.mode()).isEqualTo(InspectionMode.CITY_COUNTY));
    assertThat(audit(2)).extracting(AuditEntry::action).containsExactly("task.create", "plan.create");
    assertThatThrownBy(() -> plans.createPlan("WJJ", 2027)).isInstanceOf(SuijiException.class);
  }

  @Test
  void aLeadOtherThanThePlansDepartmentIsRefused() {
    TaskDraft d = draft("2026-SCJGJ-22", "5", List.of(), List.of(), List.of(), TaskType.UNDIRECTED, List.of(),
        List.of("SX-SCJGJ-01")).withLead("WJJ");
    assertThatThrownBy(() -> plans.saveTask("SCJGJ", 2026, d)).satisfies(e -> assertThat(message(e)).contains("WJJ"));
  }

  @Test
  void theCountysPlanTableHoldsEveryDepartmentsTasksAsXlsxAndDocx() throws Exception {
    Path xlsx = dir.resolve("全县.xlsx");
    assertThat(plans.export(null, 2026, "某某县", xlsx)).isEqualTo(16);
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(16);
      assertThat(wb.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("企业公示信息及登记事项抽查");
    }
    Path docx = dir.resolve("市场监管.docx");
    assertThat(plans.export("SCJGJ", 2026, "某某县", docx)).isEqualTo(4);
    try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
      assertThat(doc.getParagraphs().get(0).getText()).endsWith("市场监督管理局2026年度双随机抽查工作计划");
      assertThat(doc.getTables().get(0).getRows()).hasSize(5);
      assertThat(doc.getTables().get(0).getRow(3).getCell(8).getText()).endsWith("卫生健康局");
    }
    assertThatThrownBy(() -> plans.export(null, 2030, "某某县", dir.resolve("x.xlsx")))
        .satisfies(e -> assertThat(message(e)).contains("2030"));
    assertThatThrownBy(() -> plans.export("SCJGJ", 2026, "", dir.resolve("x.pdf")))
        .satisfies(e -> assertThat(message(e)).contains(".docx"));
  }

  private List<AuditEntry> audit(int n) {
    return services.auditor().latest(services.database().dsl(), n);
  }
}
