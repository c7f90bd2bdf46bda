package cn.suiji.shared.docx.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import java.util.function.Consumer;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * Templates as Word leaves them: placeholders split across runs (and typed with full-width
 * braces) load; unknown, missing and broken ones are refused by name; list rows and paragraphs
 * repeat; a section on an empty list drops; the filled text has no brace left.
 */
class DocxTemplateTest {
  private static final Vocabulary WORDS = Vocabulary.builder()
      .scalar("文号", "对象名称")
      .list("事项", "序号", "名称")
      .list("人员", "姓名")
      .require("文号")
      .build();

  @Test
  void aPlaceholderWordSplitAcrossRunsLoadsAndFills() throws IOException {
    byte[] docx = docx(doc -> {
      XWPFParagraph p = doc.createParagraph();
      p.createRun().setText("致{");
      p.createRun().setText("{对象");
      p.createRun().setBold(true);
      p.getRuns().get(2).setText("名称}");
      p.createRun().setText("}：请配合。文号 ｛｛ 文号 ｝｝");
    });
    assertThat(DocxTemplate.check(docx, WORDS)).isEmpty();
    DocxTemplate t = DocxTemplate.compile(docx, WORDS, "t", "测试");
    String filled = t.fill(new TemplateValues().put("对象名称", "青山县鑫源商贸有限公司").put("文号", "青市监抽通〔2026〕1号"),
        false, "", new int[1]);
    assertThat(text(filled)).isEqualTo("致青山县鑫源商贸有限公司：请配合。文号 青市监抽通〔2026〕1号");
    assertThat(filled).doesNotContain("{{").doesNotContain("}}");
  }

  @Test
  void anUnknownPlaceholderIsRefusedByName() throws IOException {
    byte[] docx = docx(doc -> {
      doc.createParagraph().createRun().setText("{{文号}}");
      XWPFParagraph p = doc.createParagraph();
      p.createRun().setText("{{对像");
      p.createRun().setText("名称}}");
    });
    assertThat(DocxTemplate.check(docx, WORDS)).containsExactly(
        new TemplateProblem(TemplateProblem.Kind.UNKNOWN, "{{对像名称}}"));
    assertThatThrownBy(() -> DocxTemplate.compile(docx, WORDS, "t", "notice.docx"))
        .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(Messages.current().describe(e))
            .contains("notice.docx").contains("无法识别的占位符 {{对像名称}}"));
  }

  @Test
  void aMissingRequiredPlaceholderIsNamed() throws IOException {
    byte[] docx = docx(doc -> doc.createParagraph().createRun().setText("{{对象名称}}"));
    assertThat(DocxTemplate.check(docx, WORDS)).extracting(p -> p.describe())
        .containsExactly("缺少必需的占位符 {{文号}}");
  }

  @Test
  void bracesThatDoNotMakeAPlaceholderAreReported() throws IOException {
    byte[] docx = docx(doc -> {
      doc.createParagraph().createRun().setText("{{文号}}");
      XWPFParagraph p = doc.createParagraph();
      p.createRun().setText("{{对象");
      p.createRun().addTab();
      p.createRun().setText("名称}}");
    });
    assertThat(DocxTemplate.check(docx, WORDS)).extracting(TemplateProblem::kind)
        .containsExactly(TemplateProblem.Kind.BROKEN);
  }

  @Test
  void aPlaceholderInAFooterIsRefused() throws IOException {
    byte[] docx = docx(doc -> {
      doc.createParagraph().createRun().setText("{{文号}}");
      doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("{{文号}}");
    });
    assertThat(DocxTemplate.check(docx, WORDS)).extracting(TemplateProblem::kind)
        .containsExactly(TemplateProblem.Kind.HEADER_FOOTER);
  }

  @Test
  void rowsAndParagraphsRepeatPerElementAndAnEmptySectionDrops() throws IOException {
    byte[] docx = docx(doc -> {
      doc.createParagraph().createRun().setText("{{文号}}");
      doc.createParagraph().createRun().setText("（{{事项.序号}}）{{事项.名称}}");
      XWPFTable table = doc.createTable(2, 1);
      table.getRow(0).getCell(0).setText("姓名");
      table.getRow(1).getCell(0).setText("{{人员.姓名}}");
      doc.createParagraph().createRun().setText("{{#人员}}");
      doc.createParagraph().createRun().setText("以上人员出示执法证件。");
      doc.createParagraph().createRun().setText("{{/人员}}");
      doc.createParagraph().createRun().setText("完。");
    });
    DocxTemplate t = DocxTemplate.compile(docx, WORDS, "t", "测试");
    TemplateValues values = new TemplateValues().put("文号", "1号")
        .add("事项", "序号", "1", "名称", "甲").add("事项", "序号", "2", "名称", "乙")
        .add("人员", "姓名", "王一").add("人员", "姓名", "李二");
    String filled = text(t.fill(values, false, "", new int[1]));
    assertThat(filled).isEqualTo("1号（1）甲（2）乙姓名王一李二以上人员出示执法证件。完。");
    TemplateValues nobody = new TemplateValues().put("文号", "2号").add("事项", "序号", "1", "名称", "甲").list("人员");
    assertThat(text(t.fill(nobody, false, "", new int[1]))).isEqualTo("2号（1）甲姓名完。");
  }

  @Test
  void twoListsInOneRowAreRefused() throws IOException {
    byte[] docx = docx(doc -> {
      doc.createParagraph().createRun().setText("{{文号}}");
      doc.createParagraph().createRun().setText("{{事项.名称}}{{人员.姓名}}");
    });
    assertThat(DocxTemplate.check(docx, WORDS)).extracting(TemplateProblem::kind)
        .containsExactly(TemplateProblem.Kind.TWO_LISTS);
  }

  @Test
  void valuesAreEscapedAndLineBreaksBecomeBreaks() throws IOException {
    byte[] docx = docx(doc -> doc.createParagraph().createRun().setText("{{文号}}"));
    DocxTemplate t = DocxTemplate.compile(docx, WORDS, "t", "测试");
    String filled = t.fill(new TemplateValues().put("文号", "A&B <c>\n第二行"), false, "", new int[1]);
    assertThat(filled).contains("A&amp;B &lt;c&gt;</w:t><w:br/><w:t xml:space=\"preserve\">第二行");
  }

  @Test
  void aFileThatIsNotADocxIsRefused() {
    assertThat(DocxTemplate.check("not a zip".getBytes(StandardCharsets.UTF_8), WORDS)).extracting(TemplateProblem::kind)
        .containsExactly(TemplateProblem.Kind.NOT_DOCX);
  }

  static byte[] docx(Consumer<XWPFDocument> content) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      content.accept(doc);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** The text of filled WordprocessingML: what the w:t elements hold. */
  static String text(String xml) {
    StringBuilder s = new StringBuilder();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<w:t(?:\\s[^>]*)?>([^<]*)</w:t>").matcher(xml);
    while (m.find()) {
      s.append(m.group(1));
    }
    return s.toString();
  }

}
