package cn.suiji.plan.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.plan.domain.InspectionMode;
import cn.suiji.plan.domain.ItemRef;
import cn.suiji.plan.domain.PlanTask;
import cn.suiji.plan.domain.TaskScope;
import cn.suiji.plan.domain.TaskStatus;
import cn.suiji.plan.domain.TaskType;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

class PlanRenderTest {
  private static final List<String> COLUMNS =
      List.of("序号", "任务名称", "抽查类型", "抽查事项", "抽查对象范围", "抽查比例/数量", "时间安排", "牵头部门", "配合部门", "抽查方式");
  private static final Map<String, String> NAMES = Map.of("SCJGJ", "某县市场监督管理局", "WJJ", "某县卫生健康局");

  @TempDir
  Path dir;

  private static PlanTask task(String code, String name, TaskType type, String ratio, Integer count, String[] classes,
      TaskScope scope, List<String> partners, TaskStatus status) {
    return new PlanTask(1L, code, name, type, ratio == null ? null : new BigDecimal(ratio), count,
        classes == null ? null : new BigDecimal(classes[0]), classes == null ? null : new BigDecimal(classes[1]), null,
        classes == null ? null : new BigDecimal(classes[3]), scope, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30),
        "SCJGJ", partners, InspectionMode.COUNTY_COUNTY, status,
        List.of(new ItemRef("SX-SCJGJ-09", "餐饮服务食品安全检查", "SCJGJ"), new ItemRef("SX-WJJ-02", "", "WJJ")));
  }

  private static PlanTable table() {
    List<PlanTask> tasks = List.of(
        task("T1", "餐饮服务单位食品安全联合抽查", TaskType.DIRECTED, "10.00", null, null,
            new TaskScope(List.of("城关镇"), List.of("6210", "6220"), List.of("INDIVIDUAL")), List.of("WJJ"),
            TaskStatus.PLANNED),
        task("T2", "被取消的任务", TaskType.UNDIRECTED, "3", null, null, TaskScope.ALL, List.of(), TaskStatus.CANCELLED),
        task("T3", "企业公示信息抽查", TaskType.UNDIRECTED, null, null, new String[] {"2", "5", null, "80"}, TaskScope.ALL,
            List.of(), TaskStatus.DRAWN),
        task("T4", "=HYPERLINK(\"x\")", TaskType.UNDIRECTED, null, 20, null, TaskScope.ALL, List.of(), TaskStatus.PLANNED));
    return PlanTable.of("某县市场监督管理局2026年度双随机抽查工作计划", tasks, NAMES);
  }

  @Test
  void theTableHasTheTenColumnsAndOneRowPerTaskNotCancelled() {
    PlanTable t = table();
    assertThat(t.header()).containsExactlyElementsOf(COLUMNS);
    assertThat(t.rows()).hasSize(3);
    assertThat(t.rows().get(0)).containsExactly("1", "餐饮服务单位食品安全联合抽查", "定向", "餐饮服务食品安全检查、SX-WJJ-02",
        "乡镇：城关镇；行业：6210、6220；对象类型：个体工商户", "10%", "2026-04-01至2026-06-30", "某县市场监督管理局", "某县卫生健康局",
        "县抽县查");
    assertThat(t.rows().get(1).get(0)).isEqualTo("2");
    assertThat(t.rows().get(1).get(4)).isEqualTo("本部门检查对象名录全部对象");
    assertThat(t.rows().get(1).get(5)).isEqualTo("A类2%、B类5%、D类80%");
    assertThat(t.rows().get(2).get(5)).isEqualTo("20户");
  }

  @Test
  void theXlsxReadsBackCellForCellAndAFormulaStaysText() throws Exception {
    Path file = dir.resolve("plan.xlsx");
    new PlanXlsx().write(table(), file);
    List<List<String>> rows = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet sheet = wb.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("抽查工作计划");
      DataFormatter f = new DataFormatter();
      for (Row r : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
          cells.add(r.getCell(c) == null ? "" : f.formatCellValue(r.getCell(c)));
        }
        rows.add(cells);
      }
      assertThat(sheet.getRow(3).getCell(1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
    }
    assertThat(rows.get(0)).containsExactlyElementsOf(COLUMNS);
    assertThat(rows.subList(1, rows.size())).containsExactlyElementsOf(table().rows());
  }

  @Test
  void theDocxIsLandscapeA4WithTheTitleAndTheTable() throws Exception {
    Path file = dir.resolve("plan.docx");
    new PlanDocx().write(table(), file);
    try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
      assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("某县市场监督管理局2026年度双随机抽查工作计划");
      CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
      assertThat(size.getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
      assertThat(((java.math.BigInteger) size.getW()).intValue()).isGreaterThan(((java.math.BigInteger) size.getH()).intValue());
      assertThat(doc.getTables()).hasSize(1);
      XWPFTable t = doc.getTables().get(0);
      assertThat(t.getRows()).hasSize(4);
      assertThat(texts(t.getRow(0))).containsExactlyElementsOf(COLUMNS);
      assertThat(t.getRow(0).isRepeatHeader()).isTrue();
      for (int i = 1; i < 4; i++) {
        assertThat(texts(t.getRow(i))).containsExactlyElementsOf(table().rows().get(i - 1));
      }
    }
  }

  private static List<String> texts(XWPFTableRow row) {
    return row.getTableCells().stream().map(c -> c.getText()).toList();
  }
}
