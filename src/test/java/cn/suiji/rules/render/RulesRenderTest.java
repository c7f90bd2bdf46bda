package cn.suiji.rules.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.rules.domain.WorkingRules;
import cn.suiji.shared.l10n.Messages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The printed rules written and read back: the .docx with POI, the PDF with PDFBox's text extraction. */
class RulesRenderTest {
  private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);

  private static RulesSheet sheet(String text) {
    WorkingRules r = new WorkingRules(1, 3, new BigDecimal("5.50"), BigDecimal.TEN, 12, 20, true,
        "执法检查人员与检查对象有亲属关系、曾在该单位任职或有其他利害关系的，应当回避。", text);
    return RulesSheet.of("崇信县市场监督管理局", r, ZH);
  }

  @Test
  void theSheetHasTheTitleParametersAndParagraphs() {
    RulesSheet s = sheet("第一条　为规范双随机抽查。\n\n　第二条　本细则自印发之日起施行。 ");
    assertThat(s.title()).isEqualTo("崇信县市场监督管理局双随机抽查工作细则");
    assertThat(s.parameters()).extracting(RulesSheet.Line::value).contains("3 名", "5.5%", "10%", "12 个月", "20 个工作日", "是");
    assertThat(s.paragraphs()).containsExactly("第一条　为规范双随机抽查。", "第二条　本细则自印发之日起施行。");
  }

  @Test
  void theWordDocumentReadsBackWithTitleTableAndFangSongText() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RulesDocx.write(sheet("第一条　为规范双随机抽查。\n第二条　本细则自印发之日起施行。"), out);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
      List<XWPFParagraph> ps = doc.getParagraphs();
      assertThat(ps.get(0).getText()).isEqualTo("崇信县市场监督管理局双随机抽查工作细则");
      XWPFTable table = doc.getTables().get(0);
      assertThat(table.getNumberOfRows()).isEqualTo(6);
      assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("每户检查人员数");
      assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("3 名");
      assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("5.5%");
      XWPFParagraph last = ps.get(ps.size() - 1);
      assertThat(last.getText()).isEqualTo("第二条　本细则自印发之日起施行。");
      XWPFRun run = last.getRuns().get(0);
      assertThat(run.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋");
      assertThat(run.getFontSizeAsDouble()).isEqualTo(16.0);
      // A4 portrait, 37 mm top margin
      var section = doc.getDocument().getBody().getSectPr();
      assertThat(section.getPgSz().getW().toString()).isEqualTo("11906");
      assertThat(section.getPgMar().getTop().toString()).isEqualTo("2098");
      assertThat(doc.getFooterList()).isNotEmpty();
      assertThat(doc.getFooterList().get(0).getText()).contains("第").contains("页");
    }
  }

  @Test
  void thePdfReadsBackWithTitleParameterAndPageNumbers() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RulesPdf.standard().write(sheet("第一条　为规范双随机抽查。"), out);
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      assertThat(text).contains("崇信县市场监督管理局双随机抽查工作细则");
      assertThat(text).contains("不定向抽查比例下限").contains("5.5%");
      assertThat(text).contains("第一条");
      assertThat(text).contains("第1页 共1页");
      assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(595.27563f, org.assertj.core.data.Offset.offset(0.5f));
    }
  }

  @Test
  void longTextWrapsOntoNumberedPagesWithinTheMargins() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 40; i++) {
      text.append("第").append(i).append("条　").append("抽查检查结果按照规定在国家企业信用信息公示系统公示，接受社会监督。".repeat(3)).append('\n');
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RulesPdf.standard().write(sheet(text.toString()), out);
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      int pages = pdf.getNumberOfPages();
      assertThat(pages).isGreaterThan(2);
      PDFTextStripper last = new PDFTextStripper();
      last.setStartPage(pages);
      last.setEndPage(pages);
      assertThat(last.getText(pdf)).contains("第" + pages + "页 共" + pages + "页").contains("第40条");
      // every line fits the text block: no extracted line is longer than 30 characters of 16 pt text
      PDFTextStripper first = new PDFTextStripper();
      first.setStartPage(2);
      first.setEndPage(2);
      for (String line : first.getText(pdf).split("\\R")) {
        assertThat(line.length()).as(line).isLessThanOrEqualTo(30);
      }
    }
  }
}
