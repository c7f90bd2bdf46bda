package cn.suiji.publish.service;

import static cn.suiji.shared.db.generated.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.admin.data.SettingsRepository;
import cn.suiji.admin.service.SettingsService;
import cn.suiji.inspection.domain.TaskResults;
import cn.suiji.inspection.service.PublishedResultsFixture;
import cn.suiji.publish.domain.ExportMapping;
import cn.suiji.shared.SuijiException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public export of the demo task's four results as .xlsx and .csv, read back: the default
 * columns and values, the county's mapping kept and applied, a target named like a formula made
 * inert in both formats, the CSV's UTF-8 with BOM, and never an inspector.
 */
class PublicExportServiceTest {
  @TempDir
  Path dir;
  private final PublishedResultsFixture p = new PublishedResultsFixture();
  private final SettingsService settings = new SettingsService(p.f.dsl, new SettingsRepository(), p.f.auditor);
  private final PublicExportService export = new PublicExportService(p.announcements, settings);

  @AfterEach
  void close() {
    p.close();
  }

  @Test
  void theWorkbookHasThePlatformsColumnsAndOneRowPerResult() throws IOException {
    Path file = dir.resolve("公示.xlsx");
    PublicExportService.Exported done = export.export(PublishedResultsFixture.TASK, file);
    TaskResults r = p.announcements.results(PublishedResultsFixture.TASK);
    assertThat(done.rows()).isEqualTo(4);
    assertThat(done.withoutResult()).isEqualTo(r.withoutResult());
    List<List<String>> rows = xlsx(file);
    assertThat(rows.get(0)).isEqualTo(ExportMapping.DEFAULT.headers());
    assertThat(rows).hasSize(5);
    TaskResults.Row second = r.rows().get(1);
    assertThat(rows.get(2)).containsExactly(r.planCode(), r.planName(), r.taskNumber(), r.taskName(), r.type(),
        r.departmentNames(), second.name(), second.code(), "2026-04-15", "发现问题经责令已改正", "已当场责令改正");
    assertThat(rows.get(4).get(9)).isEqualTo("注销");
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Cell date = wb.getSheetAt(0).getRow(1).getCell(8);
      assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
      assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 15));
    }
  }

  @Test
  void aTargetNamedLikeAFormulaComesOutInertInBothFormats() throws IOException {
    Path xlsx = dir.resolve("公示.xlsx");
    Path csv = dir.resolve("公示.csv");
    export.export(PublishedResultsFixture.TASK, xlsx);
    export.export(PublishedResultsFixture.TASK, csv);
    try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Cell name = wb.getSheetAt(0).getRow(1).getCell(6);
      assertThat(name.getCellType()).isEqualTo(CellType.STRING);
      assertThat(name.getStringCellValue()).isEqualTo(PublishedResultsFixture.HOSTILE_NAME);
      assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
    }
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
          StandardCharsets.UTF_8);
      assertThat(sheet).contains("HYPERLINK").doesNotContain("<f>").doesNotContain("<f ");
    }
    String text = new String(Files.readAllBytes(csv), StandardCharsets.UTF_8);
    assertThat(text).contains(",\"'=HYPERLINK(\"\"http://evil.example/x\"\",\"\"点我\"\")\",");
  }

  @Test
  void theCsvIsUtf8WithABomForExcel() throws IOException {
    Path csv = dir.resolve("公示.csv");
    export.export(PublishedResultsFixture.TASK, csv);
    byte[] bytes = Files.readAllBytes(csv);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    String[] lines = text.split("\r\n");
    assertThat(lines[0]).isEqualTo(String.join(",", ExportMapping.DEFAULT.headers()));
    assertThat(lines).hasSize(5);
    assertThat(lines[2]).contains("发现问题经责令已改正").contains("已当场责令改正").contains("2026-04-15");
    assertThat(lines[4]).endsWith(",注销,已注销");
  }

  @Test
  void theCountysMappingIsKeptInTheDataFileAuditedAndApplied() throws IOException {
    long audits = p.f.dsl.fetchCount(AUDIT_LOG);
    export.saveMapping("企业名称=市场主体名称\n统一社会信用代码/注册号\n检查日期=检查完成日期\n检查结果\n公示机关\n");
    assertThat(p.f.dsl.fetchCount(AUDIT_LOG)).isEqualTo(audits + 1);
    PublicExportService later = new PublicExportService(p.announcements,
        new SettingsService(p.f.dsl, new SettingsRepository(), p.f.auditor));
    Path file = dir.resolve("本县.xlsx");
    later.export(PublishedResultsFixture.TASK, file);
    List<List<String>> rows = xlsx(file);
    TaskResults r = p.announcements.results(PublishedResultsFixture.TASK);
    assertThat(rows.get(0)).containsExactly("企业名称", "统一社会信用代码/注册号", "检查日期", "检查结果", "公示机关");
    assertThat(rows.get(3)).containsExactly(r.rows().get(2).name(), r.rows().get(2).code(), "2026-04-15",
        "通过登记的住所（经营场所）无法联系", r.issuer());
    assertThatThrownBy(() -> export.saveMapping("企业名称=市场主体名称\n身份证号=检查人员身份证号\n"))
        .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("publish.mapping.unknownField"));
    assertThat(later.mapping().headers()).startsWith("企业名称");
    assertThat(export.resetMapping()).isEqualTo(ExportMapping.DEFAULT);
    assertThat(later.mapping()).isEqualTo(ExportMapping.DEFAULT);
  }

  @Test
  void noInspectorIsExported() throws IOException {
    Path xlsx = dir.resolve("公示.xlsx");
    Path csv = dir.resolve("公示.csv");
    export.export(PublishedResultsFixture.TASK, xlsx);
    export.export(PublishedResultsFixture.TASK, csv);
    String cells = xlsx(xlsx).toString();
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(p.inspectorParticulars()).isNotEmpty().allSatisfy(s -> {
      assertThat(cells).doesNotContain(s);
      assertThat(text).doesNotContain(s);
    });
  }

  @Test
  void anUnknownFormatOrATaskWithoutResultsLeavesNoFile() {
    Path txt = dir.resolve("公示.txt");
    assertThatThrownBy(() -> export.export(PublishedResultsFixture.TASK, txt))
        .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("publish.export.format"));
    Path none = dir.resolve("无.xlsx");
    assertThatThrownBy(() -> export.export("2026-SCJGJ-04", none))
        .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("publish.export.nothing"));
    assertThat(txt).doesNotExist();
    assertThat(none).doesNotExist();
  }

  private static List<List<String>> xlsx(Path file) throws IOException {
    List<List<String>> out = new ArrayList<>();
    DataFormatter format = new DataFormatter();
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet sheet = wb.getSheetAt(0);
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
          Cell c = row.getCell(i);
          cells.add(c == null ? "" : c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)
              ? c.getLocalDateTimeCellValue().toLocalDate().toString() : format.formatCellValue(c));
        }
        out.add(cells);
      }
    }
    return out;
  }
}
