package cn.suiji.draw.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The printed draw record as .docx, written and read back with XWPF. */
class DrawRecordDocxTest {
  private static PrintedDraws draws;
  private static DrawRecordSheet sheet;

  @TempDir
  Path dir;

  @BeforeAll
  static void draw() {
    draws = new PrintedDraws();
    sheet = draws.services.draw().sheet(draws.largeDraw);
  }

  @AfterAll
  static void close() {
    draws.close();
  }

  @Test
  void theTargetTableHasOneRowPerDrawnTargetUnderARepeatedHeader() throws IOException {
    Path file = dir.resolve("record.docx");
    new DrawRecordDocx().write(sheet, file);
    try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
      XWPFTable targets = doc.getTables().stream()
          .filter(t -> t.getRow(0).getCell(1).getText().equals("检查对象名称")).findFirst().orElseThrow();
      List<XWPFTableRow> rows = targets.getRows();
      assertThat(rows).hasSize(sheet.record().selected().size() + 1);
      assertThat(rows.get(0).isRepeatHeader()).isTrue();
      for (int i = 0; i < sheet.rows().size(); i++) {
        DrawRecordSheet.TargetRow expected = sheet.rows().get(i);
        XWPFTableRow row = rows.get(i + 1);
        assertThat(row.getCell(0).getText()).isEqualTo(Integer.toString(expected.order()));
        assertThat(row.getCell(1).getText()).isEqualTo(expected.name());
        assertThat(row.getCell(2).getText()).isEqualTo(expected.uscc());
        for (DrawRecordSheet.Person p : expected.inspectors()) {
          assertThat(row.getCell(3).getText()).contains(p.name()).contains(p.certNo());
        }
      }
      String all = text(doc);
      assertThat(all).contains("随机抽取记录").contains(sheet.taskCode()).contains(sheet.verificationCode())
          .contains(sheet.record().entropy()).contains(sheet.record().seed()).contains(sheet.record().nonce())
          .contains(sheet.record().commitment()).contains("监督人：王监督").contains("监督人：李监督")
          .contains("操作人：张操作").contains("suiji draw verify").contains("docs/verify/verify_draw.py");
      assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
      XWPFRun first = doc.getParagraphs().get(0).getRuns().get(0);
      assertThat(first.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("宋体");
      assertThat(doc.getFooterList()).isNotEmpty();
      assertThat(doc.getFooterList().get(0).getText()).contains("第").contains("页").contains(sheet.verificationCode());
    }
  }

  private static String text(XWPFDocument doc) {
    StringBuilder out = new StringBuilder();
    doc.getParagraphs().forEach(p -> out.append(p.getText()).append('\n'));
    doc.getTables().forEach(t -> out.append(t.getText()).append('\n'));
    return out.toString();
  }
}
