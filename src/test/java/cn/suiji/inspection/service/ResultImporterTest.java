package cn.suiji.inspection.service;

import static cn.suiji.shared.db.generated.Tables.INSPECTION_RESULT;
import static cn.suiji.shared.db.generated.Tables.INSPECTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.inspection.data.ResultRepository;
import cn.suiji.inspection.domain.FollowUp;
import cn.suiji.inspection.domain.FollowUpKind;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.imports.ImportRequest;
import cn.suiji.shared.imports.ImportSummary;
import cn.suiji.shared.imports.RowProblem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The results template of the demo county's 2026-WJJ-01 draw written and read back, and messy
 * workbooks imported: a title above the header, blank rows, dates as text and as date cells,
 * every refusal naming its column, one transaction for the file.
 */
class ResultImporterTest {
  private static ResultFixture f;
  private static ResultImporter importer;
  @TempDir
  static Path dir;

  @BeforeAll
  static void county() {
    f = new ResultFixture();
    importer = new ResultImporter(f.dsl, f.results, new ResultRepository(), f.auditor);
  }

  @AfterAll
  static void close() {
    f.close();
  }

  private static String code(int order) {
    return f.results.drawSheet(f.wjjDraw).get(order - 1).targetCode();
  }

  private static String inspectors(long inspectionId) {
    List<String> names = new ArrayList<>();
    for (long id : f.assigned(inspectionId)) {
      names.add(f.dsl.select(INSPECTOR.NAME).from(INSPECTOR).where(INSPECTOR.ID.eq(id)).fetchSingle().value1());
    }
    return String.join("、", names);
  }

  /** A workbook with two title rows, the header, and {@code rows} with a blank row after the first. */
  private static Path workbook(String name, List<List<Object>> rows) throws IOException {
    Path file = dir.resolve(name);
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("结果");
      sheet.createRow(0).createCell(0).setCellValue("青山县卫生健康局 公共场所卫生抽查 检查结果汇总");
      List<String> header = List.of("抽取记录编号", "统一社会信用代码", "检查对象名称", "检查完成日期", "检查人员", "替换理由",
          "检查方式", "检查结果代码", "发现问题情况", "后续处置", "处置期限", "接收机关", "期限外说明", "备注");
      Row h = sheet.createRow(2);
      for (int i = 0; i < header.size(); i++) {
        h.createCell(i).setCellValue(header.get(i));
      }
      CellStyle dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      int r = 3;
      for (List<Object> values : rows) {
        Row row = sheet.createRow(r == 4 ? ++r : r);
        r++;
        for (int i = 0; i < values.size(); i++) {
          Object v = values.get(i);
          if (v instanceof LocalDate d) {
            row.createCell(i).setCellValue(d);
            row.getCell(i).setCellStyle(dateStyle);
          } else if (v instanceof Number n) {
            row.createCell(i).setCellValue(n.doubleValue());
          } else if (v != null) {
            row.createCell(i).setCellValue(v.toString());
          }
        }
      }
      wb.write(out);
    }
    return file;
  }

  private static List<Object> row(Object target, Object date, String inspectors, String codes, String followUp) {
    return List.of(f.wjjDraw, target, "", date, inspectors, "", "实地检查、书面检查", codes, "", followUp, "", "", "", "");
  }

  @Test
  void theTemplateListsTheDrawsTargetsWithTheirDrawnInspectors() throws IOException {
    Path file = dir.resolve("template.xlsx");
    int rows = importer.writeTemplate(f.wjjDraw, file);

    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
      Sheet sheet = wb.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("抽取记录编号");
      assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("检查结果代码");
      assertThat(sheet.getLastRowNum()).isEqualTo(rows);
      assertThat(rows).isEqualTo(f.results.drawSheet(f.wjjDraw).size());
      Row first = sheet.getRow(1);
      assertThat((long) first.getCell(0).getNumericCellValue()).isEqualTo(f.wjjDraw);
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo(code(1));
      assertThat(first.getCell(4).getStringCellValue()).isEqualTo(inspectors(f.inspection(f.wjjDraw, 1)));
    }
    assertThatThrownBy(() -> importer.writeTemplate(-5, dir.resolve("none.xlsx")))
        .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("inspection.result.noSuchDraw"));
  }

  @Test
  void aMessyWorkbookIsCheckedRowByRowEachRefusalNamingItsColumn() throws IOException {
    long ok = f.notified(f.wjjDraw, 1);
    long withFollowUp = f.notified(f.wjjDraw, 2);
    long[] bad = new long[7];
    for (int i = 0; i < bad.length; i++) {
      bad[i] = f.notified(f.wjjDraw, 3 + i);
    }
    long awaiting = f.inspection(f.wjjDraw, 10);
    Path file = workbook("messy.xlsx", List.of(
        row(" " + code(1).toLowerCase() + " ", "2026/4/15", inspectors(ok), "1", ""),                       // row 4
        row(code(2), LocalDate.of(2026, 4, 16), inspectors(withFollowUp), "3", "责令改正：限期整改"),          // row 6
        row("91350100M000100Y43", "2026-04-15", inspectors(bad[0]), "1", ""),                               // 7 not in draw
        row(code(4), "2026-04-15", inspectors(bad[1]), "1、E", ""),                                         // 8 1 with E
        row(code(5), "2026-13-45", inspectors(bad[2]), "1", ""),                                            // 9 bad date
        row(code(6), "2026-02-01", inspectors(bad[3]), "1", ""),                                            // 10 before draw
        row(code(7), "2026-04-15", inspectors(bad[4]).split("、")[0], "1", ""),                              // 11 one inspector
        row(code(8), "2026-04-15", inspectors(bad[5]), "Z", ""),                                            // 12 unknown code
        row(code(9), "2026-04-15", inspectors(bad[6]), "3", ""),                                            // 13 no follow-up
        row(code(10), "2026-04-15", inspectors(awaiting), "1", ""),                                         // 14 no notice
        row(code(1), "2026-04-15", inspectors(ok), "1", "")));                                              // 15 duplicate

    ImportSummary preview = importer.preview(ImportRequest.of(file), Progress.NONE);
    assertThat(f.dsl.fetchCount(INSPECTION_RESULT, INSPECTION_RESULT.INSPECTION_ID.eq(ok))).isZero();
    ImportSummary s = importer.commit(ImportRequest.of(file), Progress.NONE);

    for (ImportSummary x : List.of(preview, s)) {
      assertThat(x.read()).isEqualTo(11);
      assertThat(x.created()).isEqualTo(2);
      assertThat(x.duplicates()).isEqualTo(1);
      assertThat(x.rejected()).isEqualTo(8);
    }
    assertThat(s.rejectedRows()).extracting(RowProblem::row).containsExactly(7, 8, 9, 10, 11, 12, 13, 14);
    assertThat(s.rejectedRows()).extracting(RowProblem::column).containsExactly("统一社会信用代码/注册号", "检查结果代码",
        "检查完成日期", "检查完成日期", "检查人员", "检查结果代码", "后续处置", "统一社会信用代码/注册号");
    assertThat(s.rejectedRows()).allSatisfy(p -> assertThat(p.reason()).startsWith("“" + p.column() + "”列："));
    assertThat(s.rejectedRows().get(0).reason()).contains("不在抽取记录");
    assertThat(s.rejectedRows().get(1).reason()).contains("不能与其他检查结果同时填写");
    assertThat(s.rejectedRows().get(2).reason()).contains("2026-13-45");
    assertThat(s.rejectedRows().get(3).reason()).contains("早于抽取日期");
    assertThat(s.rejectedRows().get(4).reason()).contains("只有 1 名");
    assertThat(s.rejectedRows().get(5).reason()).contains("“Z”");
    assertThat(s.rejectedRows().get(6).reason()).contains("须有后续处置");
    assertThat(s.rejectedRows().get(7).reason()).contains("尚未送达");

    assertThat(f.status(ok)).isEqualTo("INSPECTED");
    assertThat(f.results.current(ok)).hasValueSatisfying(r -> assertThat(r.formedOn()).isEqualTo(LocalDate.of(2026, 4, 15)));
    assertThat(f.results.current(withFollowUp)).hasValueSatisfying(r -> assertThat(r.codes()).containsExactly("3"));
    assertThat(f.followUps.ofInspection(withFollowUp)).singleElement().satisfies((FollowUp x) -> {
      assertThat(x.kind()).isEqualTo(FollowUpKind.ORDER_CORRECTION);
      assertThat(x.detail()).isEqualTo("限期整改");
    });
    for (long b : bad) {
      assertThat(f.status(b)).isEqualTo("NOTIFIED");
    }
    assertThat(f.auditor.entriesFor(f.dsl, "inspectionResult")).extracting(e -> e.action()).contains("result.import");
  }

  @Test
  void aFileThatBreaksHalfWayLeavesNothingSaved() throws IOException {
    long first = f.notified(f.wjjDraw, 11);
    String csv = "抽取记录编号,统一社会信用代码,检查完成日期,检查人员,检查方式,检查结果代码\n"
        + f.wjjDraw + "," + code(11) + ",2026-04-15," + inspectors(first) + ",实地检查,1\n"
        + f.wjjDraw + ",\"" + code(12) + ",2026-04-15\n";
    Path file = dir.resolve("broken.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> importer.commit(ImportRequest.of(file), Progress.NONE))
        .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("xlsx.error.unclosedQuote"));
    assertThat(f.dsl.fetchCount(INSPECTION_RESULT, INSPECTION_RESULT.INSPECTION_ID.eq(first))).isZero();
    assertThat(f.status(first)).isEqualTo("NOTIFIED");
  }

  @Test
  void aFileWithoutTheResultColumnsIsRefusedNamingThem() throws IOException {
    Path file = dir.resolve("wrong.csv");
    Files.writeString(file, "统一社会信用代码,企业名称\n91350100M000100Y43,某公司\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> importer.preview(ImportRequest.of(file), Progress.NONE))
        .isInstanceOfSatisfying(SuijiException.class, e -> {
          assertThat(e.key()).isEqualTo("inspection.import.missingColumns");
          assertThat(e.args()[1].toString()).contains("抽取记录编号", "检查完成日期", "检查人员", "检查结果代码");
        });
  }
}
