package cn.suiji.exchange.remote;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.exchange.domain.EntryState;
import cn.suiji.exchange.domain.OutboxEntry;
import cn.suiji.shared.Progress;
import cn.suiji.shared.outbox.OutboxKind;
import cn.suiji.shared.xlsx.TableReader;
import cn.suiji.shared.xlsx.TextWorkbookWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import workbook written as its own XML ({@link PlatformWorkbook}, {@link TextWorkbookWriter})
 * reads back cell for cell as the workbook POI's SXSSF wrote before (ADR 0037, addendum): the
 * same sheets in the same order, the same header and rows, every cell's text, type and
 * quote-prefix, the bold header, the column widths and the frozen first row — over payloads that
 * carry what XML and Excel make hard: & < > " ', TAB, LF, CR, forbidden control characters, a
 * character outside the BMP, leading and trailing blanks, formula-like text, a list, a null, an
 * over-long text, a plan's tasks and a draw's targets.
 */
class PlatformWorkbookFormatTest {
  private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 7, 9, 30, 0, 0, ZoneOffset.ofHours(8));
  private static final PlatformWorkbook.DrawRows DRAWS = draw -> List.of(
      Map.of("targetUscc", "91330100MA27XK0001", "targetName", "杭州<甲>&乙 \"商行\"", "inspectors", "张三、李四",
          "inspectorCerts", "33010012345、33010012346"),
      Map.of("targetUscc", "=HYPERLINK(\"x\")", "targetName", "  前后空格  ", "inspectors", "王五"));

  @TempDir
  Path dir;

  @Test
  void theHandWrittenWorkbookReadsBackCellForCellAsPoisDid() throws Exception {
    List<OutboxEntry> entries = entries();
    ByteArrayOutputStream poi = new ByteArrayOutputStream();
    SxssfReferenceWorkbook.write(poi, WorkbookMapping.standard(), entries, DRAWS);
    ByteArrayOutputStream ours = new ByteArrayOutputStream();
    PlatformWorkbook.Written w = PlatformWorkbook.write(ours, WorkbookMapping.standard(), each -> {
      entries.forEach(each);
      return entries.size();
    }, DRAWS, Progress.NONE);
    assertThat(w.entries()).isEqualTo(entries.size());
    assertThat(w.rows()).containsEntry(OutboxKind.DRAW, 2).containsEntry(OutboxKind.PLAN, 2)
        .containsEntry(OutboxKind.RESULT, 4).containsEntry(OutboxKind.PUBLICATION, 1);

    try (XSSFWorkbook expected = new XSSFWorkbook(new ByteArrayInputStream(poi.toByteArray()));
        XSSFWorkbook actual = new XSSFWorkbook(new ByteArrayInputStream(ours.toByteArray()))) {
      assertThat(actual.getNumberOfSheets()).isEqualTo(expected.getNumberOfSheets()).isEqualTo(4);
      int cells = 0;
      for (int s = 0; s < expected.getNumberOfSheets(); s++) {
        Sheet e = expected.getSheetAt(s);
        Sheet a = actual.getSheetAt(s);
        assertThat(a.getSheetName()).isEqualTo(e.getSheetName());
        assertThat(a.getLastRowNum()).as(e.getSheetName()).isEqualTo(e.getLastRowNum());
        PaneInformation pane = a.getPaneInformation();
        assertThat(pane).isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo(e.getPaneInformation().getHorizontalSplitPosition());
        for (int r = 0; r <= e.getLastRowNum(); r++) {
          Row er = e.getRow(r);
          Row ar = a.getRow(r);
          assertThat(ar.getLastCellNum()).as("%s row %d", e.getSheetName(), r).isEqualTo(er.getLastCellNum());
          for (int c = 0; c < er.getLastCellNum(); c++) {
            Cell ec = er.getCell(c);
            Cell ac = ar.getCell(c);
            String where = e.getSheetName() + " " + new org.apache.poi.ss.util.CellReference(r, c).formatAsString();
            if (ec == null) {
              assertThat(ac).as(where).isNull();
              continue;
            }
            cells++;
            assertThat(ac.getCellType()).as(where).isEqualTo(CellType.STRING).isEqualTo(ec.getCellType());
            assertThat(ac.getStringCellValue()).as(where).isEqualTo(ec.getStringCellValue());
            assertThat(ac.getCellStyle().getQuotePrefixed()).as(where).isEqualTo(ec.getCellStyle().getQuotePrefixed());
            assertThat(((XSSFCell) ac).getCellStyle().getFont().getBold()).as(where)
                .isEqualTo(((XSSFCell) ec).getCellStyle().getFont().getBold());
          }
        }
        for (int c = 0; c < e.getRow(0).getLastCellNum(); c++) {
          assertThat(a.getColumnWidth(c)).as("%s column %d", e.getSheetName(), c).isEqualTo(e.getColumnWidth(c));
        }
      }
      assertThat(cells).isGreaterThan(60);
      Sheet results = actual.getSheet("检查结果");
      assertThat(results.getRow(1).getCell(0).getStringCellValue()).isEqualTo("result:1");
      assertThat(texts(results)).anySatisfy(t -> assertThat(t).contains("A&B <c> \"d\" 'e'"))
          .anySatisfy(t -> assertThat(t).isEqualTo("tab\there\nline\r\nend"))
          .anySatisfy(t -> assertThat(t).isEqualTo("ctl?x?y"))
          .anySatisfy(t -> assertThat(t).isEqualTo("𠀀𡈽 生僻字"))
          .anySatisfy(t -> assertThat(t).hasSize(TextWorkbookWriter.MAX_TEXT));
    }
  }

  @Test
  void theFileIsAWorkbookOurOwnImportReaderOpens() throws Exception {
    List<OutboxEntry> entries = entries();
    Path file = dir.resolve("平台导入.xlsx");
    PlatformWorkbook.Written w = PlatformWorkbook.write(file, WorkbookMapping.standard(), each -> {
      entries.forEach(each);
      return entries.size();
    }, DRAWS, Progress.NONE);
    assertThat(w.sha256()).isEqualTo(Payloads.sha256(Files.readAllBytes(file)));
    assertThat(dir).isDirectoryNotContaining("glob:**.part");
    List<List<String>> rows = new ArrayList<>();
    try (TableReader reader = TableReader.open(file)) {
      assertThat(reader.sheetNames()).containsExactly("抽查计划", "抽查名单", "检查结果", "结果公示");
      reader.read("抽查名单", row -> {
        rows.add(List.copyOf(row.cells()));
        return true;
      }, Progress.NONE);
    }
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1)).contains("draw:7", "91330100MA27XK0001", "杭州<甲>&乙 \"商行\"");
    assertThat(rows.get(2)).contains("=HYPERLINK(\"x\")");
  }

  private static List<String> texts(Sheet sheet) {
    List<String> out = new ArrayList<>();
    for (Row r : sheet) {
      for (Cell c : r) {
        out.add(c.getStringCellValue());
      }
    }
    return out;
  }

  private static List<OutboxEntry> entries() {
    List<OutboxEntry> out = new ArrayList<>();
    out.add(entry(1, "plan:3:abc", OutboxKind.PLAN, "{\"plan\":3,\"planCode\":\"2026-JH-01\",\"department\":\"WJJ\","
        + "\"year\":2026,\"title\":\"2026 年度抽查计划 & 附表\",\"publishedOn\":\"2026-03-01\",\"tasks\":["
        + "{\"task\":11,\"taskName\":\"食品<经营>抽查\",\"taskType\":\"定向\",\"provinceNumber\":\"330100-001\"},"
        + "{\"task\":12,\"taskName\":\"-负号开头\",\"taskType\":\"不定向\",\"provinceNumber\":null}]}"));
    out.add(entry(2, "draw:7", OutboxKind.DRAW, "{\"task\":\"2026-WJJ-01\",\"draw\":7,\"attempt\":1,"
        + "\"verificationCode\":\"AB12-CD34\",\"recordSha256\":\"" + "0".repeat(64) + "\",\"targets\":[{\"x\":1}]}"));
    out.add(entry(3, "result:1", OutboxKind.RESULT, "{\"task\":\"2026-WJJ-01\",\"department\":\"WJJ\","
        + "\"targetName\":\"A&B <c> \\\"d\\\" 'e'\",\"inspection\":5,\"version\":2,\"formedOn\":\"2026-05-20\","
        + "\"codes\":[\"01\",\"02\"],\"methods\":[],\"corrects\":null,\"nested\":{\"a\":1}}"));
    out.add(entry(4, "result:2", OutboxKind.RESULT, "{\"task\":\"2026-WJJ-01\",\"department\":\"WJJ\","
        + "\"targetName\":\"tab\\there\\nline\\r\\nend\",\"codes\":\"@mention\",\"methods\":\"+86\",\"version\":1.5}"));
    out.add(entry(5, "result:3", OutboxKind.RESULT, "{\"task\":\"2026-WJJ-01\",\"department\":\"WJJ\","
        + "\"targetName\":\"ctl\\u0001x\\u001fy\",\"codes\":\"𠀀𡈽 生僻字\",\"methods\":\" lead\",\"corrects\":\"trail \"}"));
    out.add(entry(6, "result:4", OutboxKind.RESULT, "{\"task\":\"2026-WJJ-01\",\"department\":\"WJJ\","
        + "\"targetName\":\"" + "长".repeat(TextWorkbookWriter.MAX_TEXT + 10) + "\",\"inspection\":-3}"));
    out.add(entry(7, "publication:9", OutboxKind.PUBLICATION, "{\"task\":\"2026-WJJ-01\",\"target\":\"91330100MA27XK0001\","
        + "\"inspection\":5,\"result\":\"未发现问题\",\"publishedOn\":\"2026-06-01\",\"reviewedBy\":\"=1+1\"}"));
    return out;
  }

  private static OutboxEntry entry(long id, String key, OutboxKind kind, String payload) {
    return new OutboxEntry(id, key, kind, key.substring(0, key.lastIndexOf(':') < 0 ? key.length()
        : key.lastIndexOf(':')), payload, Payloads.sha256(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        EntryState.PENDING, null, null, AT, AT);
  }
}
