package cn.suiji.plan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.app.Services;
import cn.suiji.plan.PlanDemo;
import cn.suiji.plan.domain.InspectionMode;
import cn.suiji.plan.domain.PlanTask;
import cn.suiji.plan.domain.TaskStatus;
import cn.suiji.plan.domain.TaskType;
import cn.suiji.plan.render.TaskSheet;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.imports.ImportKind;
import cn.suiji.shared.imports.ImportRequest;
import cn.suiji.shared.imports.ImportSummary;
import cn.suiji.shared.imports.RowProblem;
import cn.suiji.shared.imports.TableImporter;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.xlsx.HeaderMapping;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The task import on the demo county, with files the tests write as clerks do. */
class TaskImporterTest {
  private static final Object[] HEADER = {"编号", "任务名称", "类型", "事项编码", "比例", "抽查户数", "开始时间", "结束时间",
      "牵头单位", "配合单位", "方式", "乡镇", "行业代码", "主体类型"};
  /** Excel's serial number of 2026-05-06. */
  private static final double MAY_6 = 46148;

  @TempDir
  Path dir;
  private Services services;
  private TableImporter importer;
  private String health;

  @BeforeEach
  void open() {
    services = Services.open(PlanDemo.copyInto(dir));
    importer = services.importer(ImportKind.TASKS);
    health = services.plans().departments().stream().filter(d -> d.code().equals("WJJ")).findFirst().orElseThrow().name();
  }

  @AfterEach
  void close() {
    services.close();
  }

  private static Object[] row(Object... cells) {
    return cells;
  }

  @Test
  void aMessyFileEndsEachRowAsNewUpdatedRepeatedOrRefusedNamingTheColumn() throws Exception {
    Path file = TaskFiles.xlsx(dir.resolve("tasks.xlsx"),
        row("2026年度抽查任务"),
        HEADER,
        row("2026-SCJGJ-30", "城关镇餐饮联合抽查", "定向", "sx-scjgj-09，ＳＸ-WJJ-02", "１０％", null, MAY_6, "2026年7月31日",
            "scjgj", health, "县抽县查", "城关镇", "H6210、6220", "个体工商户"),
        row("2026-SCJGJ-31", "低比例不定向抽查", "不定向", "SX-SCJGJ-01", "2%", null, "2026-04-01", "2026-06-30", "SCJGJ"),
        row("2026-SCJGJ-30", "重复的行", "定向", "SX-SCJGJ-09", "10", null, "2026-05-06", "2026-07-31", "SCJGJ", null, null,
            "城关镇"),
        null,
        row("2026-SCJGJ-32", "日期不存在", "不定向", "SX-SCJGJ-01", "5", null, "2026-02-30", "2026-06-30", "SCJGJ"),
        row("2026-SCJGJ-33", "事项不存在", "不定向", "SX-SCJGJ-99", "5", null, "2026-04-01", "2026-06-30", "SCJGJ"),
        row("2026-XXX-01", "部门不存在", "不定向", "SX-SCJGJ-01", "5", null, "2026-04-01", "2026-06-30", "县火星局"),
        row("2026-SCJGJ-34", "类型写错", "随机", "SX-SCJGJ-01", "5", null, "2026-04-01", "2026-06-30", "SCJGJ"),
        row("2026-SCJGJ-02", "个体工商户年度报告及登记事项抽查", "不定向", "SX-SCJGJ-03、SX-SCJGJ-04", null, "30户",
            "2026-07-01", "2026-09-30", "SCJGJ", null, "市抽县查", null, null, "个体工商户"));
    Path report = dir.resolve("report.xlsx");
    ImportSummary s = importer.commit(ImportRequest.of(file).withReport(report), Progress.NONE);

    assertThat(s.read()).isEqualTo(8);
    assertThat(s.created()).isEqualTo(1);
    assertThat(s.updated()).isEqualTo(1);
    assertThat(s.duplicates()).isEqualTo(1);
    assertThat(s.rejected()).isEqualTo(5);
    assertThat(s.rejectedRows()).extracting(RowProblem::row).containsExactly(4, 7, 8, 9, 10);
    assertThat(s.rejectedRows()).extracting(RowProblem::column)
        .containsExactly("抽查比例", "开始日期", "抽查事项编码", "牵头部门", "抽查类型");
    assertThat(s.rejectedRows().get(0).reason()).isEqualTo("“抽查比例”列：抽查比例 2% 低于工作细则规定的不定向抽查比例下限 3%");
    assertThat(s.rejectedRows().get(1).reason()).contains("2026-02-30");
    assertThat(s.rejectedRows().get(2).reason()).contains("SX-SCJGJ-99");
    assertThat(s.rejectedRows().get(3).reason()).contains("县火星局");
    assertThat(s.rejectedRows().get(4).reason()).contains("随机").contains("定向、不定向");

    PlanTask created = services.plans().plan("SCJGJ", 2026).tasks().stream()
        .filter(t -> t.code().equals("2026-SCJGJ-30")).findFirst().orElseThrow();
    assertThat(created.type()).isEqualTo(TaskType.DIRECTED);
    assertThat(created.ratioPercent()).isEqualByComparingTo("10");
    assertThat(created.itemCodes()).containsExactly("SX-SCJGJ-09", "SX-WJJ-02");
    assertThat(created.startDate()).isEqualTo(LocalDate.of(2026, 5, 6));
    assertThat(created.endDate()).isEqualTo(LocalDate.of(2026, 7, 31));
    assertThat(created.partners()).containsExactly("WJJ");
    assertThat(created.scope().toJson())
        .isEqualTo("{\"townships\":[\"城关镇\"],\"industries\":[\"6210\",\"6220\"],\"kinds\":[\"INDIVIDUAL\"]}");
    PlanTask updated = services.plans().plan("SCJGJ", 2026).tasks().get(1);
    assertThat(updated.fixedCount()).isEqualTo(30);
    assertThat(updated.ratioPercent()).isNull();
    assertThat(updated.mode()).isEqualTo(InspectionMode.CITY_COUNTY);
    assertThat(services.auditor().latest(services.database().dsl(), 1).get(0).action()).isEqualTo("task.import");

    try (InputStream in = Files.newInputStream(report); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      DataFormatter f = new DataFormatter();
      var sheet = wb.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(8);
      assertThat(f.formatCellValue(sheet.getRow(1).getCell(1))).isEqualTo("新增");
      assertThat(f.formatCellValue(sheet.getRow(3).getCell(1))).isEqualTo("重复");
      assertThat(f.formatCellValue(sheet.getRow(8).getCell(1))).isEqualTo("更新");
    }
  }

  @Test
  void aPreviewCountsTheSameAndWritesNothing() throws Exception {
    Path file = TaskFiles.xlsx(dir.resolve("preview.xlsx"), HEADER,
        row("2027-WJJ-01", "下一年度的新任务", "不定向", "SX-WJJ-01", "3", null, "2027-03-01", "2027-05-31", "WJJ"),
        row("2027-WJJ-02", "同一计划的第二个任务", "不定向", "SX-WJJ-01", "4", null, "2027-06-01", "2027-08-31", "WJJ"));
    ImportSummary preview = importer.preview(ImportRequest.of(file), Progress.NONE);
    assertThat(preview.dryRun()).isTrue();
    assertThat(preview.created()).isEqualTo(2);
    assertThat(services.plans().plan("WJJ", 2027).plan()).isNull();
    ImportSummary done = importer.commit(ImportRequest.of(file), Progress.NONE);
    assertThat(done.created()).isEqualTo(2);
    assertThat(services.plans().plan("WJJ", 2027).tasks()).hasSize(2);
    assertThat(services.plans().years("WJJ")).containsExactly(2027, 2026);
  }

  @Test
  void aCodeOfAnotherPlanOrOfADrawnTaskIsRefused() throws Exception {
    services.draw().run("2026-WJJ-01", "上证指数 3312.45", List.of("王监督"), "测试员", "演示数据的期限已过");
    Path file = TaskFiles.xlsx(dir.resolve("clash.xlsx"), HEADER,
        row("2026-WJJ-01", "公共场所卫生抽查", "定向", "SX-WJJ-01", "20", null, "2026-03-16", "2026-05-29", "WJJ", null, null,
            null, "6110"),
        row("2026-WJJ-02", "改由另一个部门牵头", "不定向", "SX-SCJGJ-01", "5", null, "2026-04-01", "2026-06-30", "SCJGJ"));
    ImportSummary s = importer.commit(ImportRequest.of(file), Progress.NONE);
    assertThat(s.rejected()).isEqualTo(2);
    assertThat(s.rejectedRows().get(0).reason()).contains("已确认抽取");
    assertThat(s.rejectedRows().get(1).reason()).contains("其他部门或其他年度");
  }

  @Test
  void aFileWithoutTheRequiredColumnsIsRefusedNamingThem() throws Exception {
    Path file = TaskFiles.xlsx(dir.resolve("bad.xlsx"), row("任务编号", "任务名称", "抽查比例"), row("X", "Y", "5"));
    assertThatThrownBy(() -> importer.commit(ImportRequest.of(file), Progress.NONE))
        .isInstanceOf(SuijiException.class)
        .satisfies(e -> assertThat(Messages.current().describe((SuijiException) e))
            .contains("抽查类型").contains("开始日期").contains("牵头部门"));
  }

  @Test
  void exportedTasksImportBackUnchanged() throws Exception {
    List<PlanTask> before = services.plans().plan("SCJGJ", 2026).tasks();
    Path file = dir.resolve("roundtrip.xlsx");
    new TaskSheet().write(before, file);
    ImportSummary s = importer.commit(ImportRequest.of(file), Progress.NONE);
    assertThat(s.read()).isEqualTo(4);
    assertThat(List.of(s.updated(), s.unchanged())).as(s.rejectedRows().toString()).containsExactly(0, 4);
    assertThat(services.plans().plan("SCJGJ", 2026).tasks()).containsExactlyElementsOf(before);
    assertThat(before.get(0).perClass()).isTrue();
    assertThat(before.get(2).partners()).containsExactly("WJJ");
    assertThat(before).extracting(PlanTask::status).containsOnly(TaskStatus.PLANNED);
  }

  @Test
  void findingTheHeaderListsAMissingRequiredColumnAndPreviewRefusesItNamingTheColumn() throws Exception {
    Path file = TaskFiles.xlsx(dir.resolve("nolead.xlsx"),
        row("编号", "任务名称", "类型", "事项编码", "比例", "开始时间", "结束时间", "单位"),
        row("2026-SCJGJ-40", "抽查", "不定向", "SX-SCJGJ-01", "5", "2026-04-01", "2026-06-30", "SCJGJ"));
    HeaderMapping found = importer.findHeader(file);
    assertThat(found.missingRequired()).containsExactly("LEAD");
    assertThatThrownBy(() -> importer.preview(ImportRequest.of(file).withMapping(found), Progress.NONE))
        .isInstanceOfSatisfying(SuijiException.class, e -> {
          assertThat(e.key()).isEqualTo("plan.import.missingColumns");
          assertThat(String.valueOf(e.args()[1])).isEqualTo("牵头部门");
        });
    ImportSummary s = importer.preview(ImportRequest.of(file).withMapping(found.with("LEAD", 7)), Progress.NONE);
    assertThat(s.created()).isEqualTo(1);
  }

  @Test
  void theTemplateImportsAsAPreview() throws Exception {
    Path file = dir.resolve("template.xlsx");
    importer.writeTemplate(file);
    assertThat(importer.findHeader(file).columns()).hasSize(19);
  }
}
