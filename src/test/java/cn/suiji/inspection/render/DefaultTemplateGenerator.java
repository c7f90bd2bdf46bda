package cn.suiji.inspection.render;

import cn.suiji.inspection.domain.TemplateKind;
import cn.suiji.shared.docx.Docx;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Builds the default templates shipped in src/main/resources/cn/suiji/inspection/render/ with
 * POI. Run once when the wording or the form changes:
 * {@code ./mvnw test -Dtest=DefaultTemplatesTest -Dsuiji.templates.write=true}; otherwise
 * {@link DefaultTemplatesTest} checks that the shipped files are what this class writes.
 *
 * <p>The 公告 and the 通知书 follow GB/T 9704-2012: A4, margins 37/35/28/26 mm, a 22 × 28 grid
 * (w:docGrid of lines, linePitch 579, with the charSpace -849 Word's 28-character grid would
 * use; the 28 characters come from a -0.25 pt character spacing in the Normal style, because
 * LibreOffice lays a character grid narrower than the font out in whole double cells), body 3号
 * 仿宋_GB2312 with fixed 28.95 pt lines, titles 2号 方正小标宋简体, headings 黑体, page numbers 4号
 * 宋体 "— 1 —" at the outer edge (odd right, even left: w:evenAndOddHeaders). Word and WPS pick a
 * font that is not installed through the font table: 仿宋_GB2312 names 仿宋 as its w:altName,
 * 方正小标宋简体 names 黑体, with their Chinese charset and panose. The 记录表 is a form of tables
 * on A4.
 */
final class DefaultTemplateGenerator {
  static final String BODY = "仿宋_GB2312";
  static final String TITLE = "方正小标宋简体";
  static final String HEADING = "黑体";
  static final String PAGE_NUMBER = "宋体";
  private static final double MM = 56.7;
  /** One line of the GB/T 9704 grid: 225 mm / 22, in twips (rounded down). */
  static final int LINE_PITCH = 579;
  /** The character grid's adjustment: 28 characters in 156 mm at a 16 pt default, in 1/4096 pt. */
  static final int CHAR_SPACE = -849;
  /**
   * The Normal style's character spacing, in twips: -0.25 pt, so 28 characters of 3号 fit the
   * 156 mm line in Word, WPS and LibreOffice alike (the grid is of lines only; see the class comment).
   */
  static final int CHAR_SPACING = -5;
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private DefaultTemplateGenerator() {}

  /** The template of {@code kind}, as a .docx. */
  static byte[] build(TemplateKind kind) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      switch (kind) {
        case ANNOUNCEMENT -> announcement(doc);
        case NOTICE -> notice(doc);
        case SHEET -> sheet(doc);
        case RESULTS -> ResultTemplateGenerator.results(doc);
      }
      fontTable(doc);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return withSettings(out.toByteArray());
    }
  }

  /**
   * Replaces POI's settings part (odd and even footers only) with the full set Word writes for a
   * Chinese document: the default tab stop of two characters, odd and even footers, no
   * compression of punctuation, Word 2013+ layout.
   */
  private static byte[] withSettings(byte[] docx) throws IOException {
    String settings = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:settings xmlns:w=\"" + W
        + "\"><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"420\"/><w:evenAndOddHeaders/>"
        + "<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\""
        + " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
        + "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:settings>";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx));
        java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      java.util.zip.ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        byte[] bytes = e.getName().equals("word/settings.xml") ? settings.getBytes(StandardCharsets.UTF_8)
            : in.readAllBytes();
        zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** Writes the four templates into {@code dir}. */
  static void writeAll(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.write(dir.resolve("announcement.docx"), build(TemplateKind.ANNOUNCEMENT));
    Files.write(dir.resolve("notice.docx"), build(TemplateKind.NOTICE));
    Files.write(dir.resolve("sheet.docx"), build(TemplateKind.SHEET));
    Files.write(dir.resolve("results.docx"), build(TemplateKind.RESULTS));
  }

  // ---- 抽查任务公告 ----

  private static void announcement(XWPFDocument doc) throws IOException {
    officialPage(doc);
    title(doc, "{{发文机关}}");
    title(doc, "抽查任务公告");
    centred(doc, "{{文号}}");
    blank(doc);
    body(doc, "根据《国务院办公厅关于推广随机抽查规范事中事后监管的通知》（国办发〔2015〕58号）和{{计划名称}}"
        + "（抽查计划编号：{{计划编号}}），{{检查机关}}将开展{{抽查类型}}抽查。现将有关事项公告如下：");
    labelled(doc, "一、抽查任务：", "{{任务名称}}（抽查任务编号：{{任务编号}}）。");
    labelled(doc, "二、抽查类型：", "{{抽查类型}}抽查。");
    labelled(doc, "三、抽查事项：", "");
    body(doc, "（{{事项.序号}}）{{事项.名称}}");
    labelled(doc, "四、抽查对象范围：", "{{抽查对象范围}}。");
    labelled(doc, "五、检查时间：", "{{检查开始日期}}至{{检查结束日期}}。");
    labelled(doc, "六、检查机关：", "{{检查机关}}。");
    labelled(doc, "七、抽查数量：", "随机抽取检查对象{{抽查数量}}户。");
    marker(doc, "{{#对象}}");
    body(doc, "被抽取的检查对象名单见附件。");
    marker(doc, "{{/对象}}");
    labelled(doc, "八、有关事项：", "检查时执法检查人员不少于两人，并出示行政执法证件；检查不收取任何费用。"
        + "被抽查对象应当配合检查，如实反映情况、提供有关资料；不配合检查情节严重的，将依法通过国家企业信用信息公示系统"
        + "向社会公示。执法检查人员与被抽查对象有利害关系的，被抽查对象可以申请其回避。");
    body(doc, "特此公告。").setKeepNext(true); // with the signature, as in the notice
    signature(doc);
    marker(doc, "{{#对象}}");
    XWPFParagraph annex = para(doc, ParagraphAlignment.LEFT, 0);
    annex.setPageBreak(true);
    run(annex, "附件", HEADING, 16, false);
    title(doc, "抽查对象名单");
    XWPFTable t = table(doc, new int[] {700, 3100, 2644, 2400}, 10.5);
    row(t, true, 0, cell("序号", true), cell("检查对象名称", true), cell("统一社会信用代码（注册号）", true),
        cell("登记机关", true));
    row(t, false, 0, cell("{{对象.序号}}", false), cell("{{对象.名称}}", false).left(),
        cell("{{对象.代码}}", false), cell("{{对象.登记机关}}", false).left());
    marker(doc, "{{/对象}}");
    pageNumbers(doc);
  }

  // ---- 检查通知书 ----

  private static void notice(XWPFDocument doc) throws IOException {
    officialPage(doc);
    title(doc, "{{发文机关}}");
    title(doc, "检查通知书");
    centred(doc, "{{文号}}");
    blank(doc);
    XWPFParagraph to = para(doc, ParagraphAlignment.LEFT, 0);
    run(to, "{{对象名称}}：", BODY, 16, false);
    XWPFParagraph code = para(doc, ParagraphAlignment.LEFT, 0);
    run(code, "（统一社会信用代码/注册号：{{对象代码}}）", BODY, 16, false);
    body(doc, "根据《国务院办公厅关于推广随机抽查规范事中事后监管的通知》（国办发〔2015〕58号）和本机关年度抽查工作计划，"
        + "经随机抽取，你单位被确定为“{{任务名称}}”（抽查任务编号：{{任务编号}}）的检查对象。"
        + "{{实施部门}}定于{{检查开始日期}}至{{检查结束日期}}期间依法对你单位进行检查。现将有关事项通知如下：");
    heading(doc, "一、检查事项和依据");
    body(doc, "（{{事项.序号}}）{{事项.名称}}。检查依据：{{事项.依据}}");
    heading(doc, "二、检查方式");
    body(doc, "本次检查采取{{检查方式}}等方式进行。");
    heading(doc, "三、需要准备的资料");
    body(doc, "请你单位在检查前准备以下资料，检查时如实提供：{{资料清单}}");
    heading(doc, "四、配合检查的义务");
    body(doc, "你单位应当配合检查，如实反映情况，提供有关资料，不得拒绝、阻挠、拖延。"
        + "不配合检查情节严重的，检查机关将依法通过国家企业信用信息公示系统向社会公示。");
    heading(doc, "五、申请回避的权利");
    body(doc, "执法检查人员与你单位有直接利害关系或者有其他关系可能影响公正检查的，你单位有权申请其回避。"
        + "申请回避的，请在检查开始前向检查机关提出，并说明理由。");
    heading(doc, "六、不收取费用");
    body(doc, "本次检查不收取任何费用。");
    heading(doc, "七、执法检查人员");
    body(doc, "本次检查由下列执法检查人员实施，检查时出示行政执法证件：");
    XWPFTable t = table(doc, new int[] {850, 3600, 1700, 2694}, 14);
    row(t, true, 0, cell("序号", true), cell("所属部门", true), cell("姓名", true), cell("执法证号", true));
    row(t, false, 0, cell("{{人员.序号}}", false), cell("{{人员.部门}}", false), cell("{{人员.姓名}}", false),
        cell("{{人员.执法证号}}", false));
    heading(doc, "八、联系方式");
    // the last lines of the text go with the signature: the issuer and date never stand on a page alone
    body(doc, "联系人：{{联系人}}　　联系电话：{{联系电话}}").setKeepNext(true);
    signature(doc);
    pageNumbers(doc);
  }

  // ---- 检查记录表 ----

  private static void sheet(XWPFDocument doc) throws IOException {
    styles(doc, 21, false);
    Docx.a4(doc, mm(20), mm(15), mm(25), mm(20));
    XWPFParagraph title = para(doc, ParagraphAlignment.CENTER, 0);
    title.setSpacingAfter(120);
    run(title, "检查记录表", TITLE, 18, false);
    XWPFParagraph number = para(doc, ParagraphAlignment.RIGHT, 0);
    number.setSpacingAfter(60);
    run(number, "检查通知书文号：{{通知书文号}}", BODY, 10.5, false);
    int[] four = {2098, 2608, 2098, 2551};
    XWPFTable info = table(doc, four, 10.5);
    row(info, false, 454, cell("抽查任务名称", true), cell("{{任务名称}}", false).span(3).left());
    row(info, false, 454, cell("抽查任务编号", true), cell("{{任务编号}}", false).left(), cell("检查通知书文号", true),
        cell("{{通知书文号}}", false).left());
    row(info, false, 454, cell("检查对象名称", true), cell("{{对象名称}}", false).span(3).left());
    row(info, false, 454, cell("统一社会信用代码（注册号）", true), cell("{{对象代码}}", false).left(),
        cell("法定代表人（负责人）", true), cell("{{法定代表人}}", false).left());
    row(info, false, 454, cell("住所（经营场所）", true), cell("{{地址}}", false).span(3).left());
    row(info, false, 454, cell("联系电话", true), cell("{{联系电话}}", false).left(), cell("联络员", true),
        cell("{{联络员}}", false).left());
    gap(doc);
    XWPFTable items = table(doc, new int[] {567, 2041, 3005, 1134, 1588, 1020}, 10.5);
    row(items, true, 397, cell("序号", true).shaded(), cell("检查事项", true).shaded(), cell("检查要点", true).shaded(),
        cell("是否检查", true).shaded(), cell("发现问题情况", true).shaded(), cell("处置情况", true).shaded());
    row(items, false, 567, cell("{{事项.序号}}", false), cell("{{事项.名称}}", false).left(),
        cell("{{事项.检查要点}}", false).left(), cell("□是　□否", false), cell("", false), cell("", false));
    gap(doc);
    XWPFTable tail = table(doc, four, 10.5);
    row(tail, false, 454, cell("检查方式", true), cell("{{检查方式选项}}", false).span(3).left());
    row(tail, false, 567, cell("检查结果", true), cell("{{检查结果选项}}", false).span(3).left());
    row(tail, false, 454, cell("后续处置", true), cell("{{后续处置选项}}", false).span(3).left());
    row(tail, false, 1020, cell("被检查对象意见", true),
        cell("签字（盖章）：　　　　　　　　　年　　月　　日", false).span(3).bottomRight());
    row(tail, false, 454, cell("检查人员", true), cell("{{人员.姓名}}", false), cell("执法证号：{{人员.执法证号}}", false),
        cell("签名：", false).left());
    row(tail, false, 794, cell("检查组长审核", true),
        cell("签名：　　　　　　　　　年　　月　　日", false).span(3).bottomRight());
    row(tail, false, 454, cell("检查日期", true), cell("　　　　年　　月　　日", false).span(3).left());
    XWPFParagraph note = para(doc, ParagraphAlignment.LEFT, 0);
    note.setSpacingBefore(60);
    run(note, "注：本表由执法检查人员现场填写，一式两份，检查机关和被检查对象各执一份。", BODY, 9, false);
    XWPFFooter odd = doc.createFooter(HeaderFooterType.DEFAULT);
    XWPFFooter even = doc.createFooter(HeaderFooterType.EVEN);
    for (XWPFFooter f : new XWPFFooter[] {odd, even}) {
      XWPFParagraph p = f.createParagraph();
      p.setAlignment(ParagraphAlignment.CENTER);
      // the page within this sheet (numbering restarts with each document); no "of N": NUMPAGES
      // would count the whole batch, and LibreOffice does not count SECTIONPAGES
      run(p, "第 ", PAGE_NUMBER, 9, false);
      field(p, "PAGE", 9);
      run(p, " 页", PAGE_NUMBER, 9, false);
    }
    doc.setEvenAndOddHeadings(true);
  }

  // ---- page, styles, fonts ----

  private static long mm(double v) {
    return Math.round(v * MM);
  }

  /** GB/T 9704: A4, 37/35/28/26 mm, the 22 × 28 grid, 3号 body. */
  static void officialPage(XWPFDocument doc) throws IOException {
    styles(doc, 32, true);
    Docx.a4(doc, 2098, 1984, 1588, 1474);
    CTSectPr s = doc.getDocument().getBody().getSectPr();
    s.getPgMar().setFooter(BigInteger.valueOf(1247));
    s.getPgMar().setHeader(BigInteger.valueOf(851));
    CTDocGrid grid = s.isSetDocGrid() ? s.getDocGrid() : s.addNewDocGrid();
    grid.setType(STDocGrid.LINES);
    grid.setLinePitch(BigInteger.valueOf(LINE_PITCH));
    grid.setCharSpace(BigInteger.valueOf(CHAR_SPACE));
  }

  /** The styles part: the defaults (body font and size), Normal, the tables' and the footer's. */
  private static void styles(XWPFDocument doc, int halfPoints, boolean grid) throws IOException {
    String normal = grid ? "<w:pPr><w:spacing w:line=\"" + LINE_PITCH + "\" w:lineRule=\"exact\"/></w:pPr>"
        + "<w:rPr><w:spacing w:val=\"" + CHAR_SPACING + "\"/><w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\""
        + halfPoints + "\"/></w:rPr>" : "<w:pPr/>";
    String xml = "<w:styles xmlns:w=\"" + W + "\"><w:docDefaults><w:rPrDefault><w:rPr>"
        + "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"" + BODY
        + "\" w:cs=\"Times New Roman\"/><w:kern w:val=\"2\"/><w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\""
        + halfPoints + "\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
        + "<w:pPrDefault><w:pPr><w:widowControl w:val=\"0\"/><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault>"
        + "</w:docDefaults>"
        + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
        + normal + "</w:style>"
        + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
        + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"
        + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
        + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
        + "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
        + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
        + "<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/>"
        + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/>"
        + "<w:pPr><w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:style>"
        + "</w:styles>";
    try {
      doc.createStyles().setStyles(StylesDocument.Factory.parse(xml).getStyles());
    } catch (org.apache.xmlbeans.XmlException e) {
      throw new IOException(e);
    }
  }

  /** The font table: the GB/T faces with the names Word and WPS fall back to. */
  private static void fontTable(XWPFDocument doc) throws IOException {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:fonts xmlns:w=\"" + W + "\">"
        + font("Times New Roman", null, "02020603050405020304", "00", "roman", "variable")
        + font(BODY, "仿宋", "02010609030101010101", "86", "modern", "fixed")
        + font("仿宋", "FangSong", "02010609060101010101", "86", "modern", "fixed")
        + font(TITLE, HEADING, "02000000000000000000", "86", "auto", "variable")
        + font(HEADING, "SimHei", "02010609060101010101", "86", "modern", "fixed")
        + font(PAGE_NUMBER, "SimSun", "02010600030101010101", "86", "auto", "variable")
        + "</w:fonts>";
    try {
      PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
      PackagePart part = doc.getPackage().createPart(name,
          "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
      try (OutputStream out = part.getOutputStream()) {
        out.write(xml.getBytes(StandardCharsets.UTF_8));
      }
      doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable");
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e);
    }
  }

  private static String font(String name, String alt, String panose, String charset, String family, String pitch) {
    return "<w:font w:name=\"" + name + "\">" + (alt == null ? "" : "<w:altName w:val=\"" + alt + "\"/>")
        + "<w:panose1 w:val=\"" + panose + "\"/><w:charset w:val=\"" + charset + "\"/><w:family w:val=\"" + family
        + "\"/><w:pitch w:val=\"" + pitch + "\"/></w:font>";
  }

  // ---- paragraphs ----

  static XWPFParagraph para(XWPFDocument doc, ParagraphAlignment align, int firstLineChars) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(align);
    if (firstLineChars > 0) {
      CTPPr pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
      CTInd ind = pPr.isSetInd() ? pPr.getInd() : pPr.addNewInd();
      ind.setFirstLineChars(BigInteger.valueOf(firstLineChars));
      ind.setFirstLine(BigInteger.valueOf(firstLineChars * 16 / 5));
    }
    return p;
  }

  static XWPFRun run(XWPFParagraph p, String text, String font, double size, boolean bold) {
    XWPFRun r = Docx.run(p, text, font, size, bold);
    r.getCTR().getRPr().getRFontsArray(0).setHint(STHint.EAST_ASIA);
    return r;
  }

  static void title(XWPFDocument doc, String text) {
    run(para(doc, ParagraphAlignment.CENTER, 0), text, TITLE, 22, false);
  }

  static void centred(XWPFDocument doc, String text) {
    run(para(doc, ParagraphAlignment.CENTER, 0), text, BODY, 16, false);
  }

  static void blank(XWPFDocument doc) {
    run(para(doc, ParagraphAlignment.LEFT, 0), "", BODY, 16, false);
  }

  static XWPFParagraph body(XWPFDocument doc, String text) {
    XWPFParagraph p = para(doc, ParagraphAlignment.BOTH, 200);
    run(p, text, BODY, 16, false);
    return p;
  }

  private static void heading(XWPFDocument doc, String text) {
    XWPFParagraph p = para(doc, ParagraphAlignment.BOTH, 200);
    p.setKeepNext(true);
    run(p, text, HEADING, 16, false);
  }

  /** A first-level heading and its text in one paragraph: 一、抽查任务：… */
  static void labelled(XWPFDocument doc, String label, String text) {
    XWPFParagraph p = para(doc, ParagraphAlignment.BOTH, 200);
    run(p, label, HEADING, 16, false);
    if (!text.isEmpty()) {
      run(p, text, BODY, 16, false);
    }
  }

  static void marker(XWPFDocument doc, String text) {
    run(para(doc, ParagraphAlignment.LEFT, 0), text, BODY, 16, false);
  }

  /**
   * Two blank lines (the seal lands over the signature), the issuer, the date four characters from
   * the right — kept together on one page (keep with next), so the date never stands alone.
   */
  static void signature(XWPFDocument doc) {
    for (int i = 0; i < 2; i++) {
      XWPFParagraph blank = para(doc, ParagraphAlignment.LEFT, 0);
      blank.setKeepNext(true);
      run(blank, "", BODY, 16, false);
    }
    for (String text : new String[] {"{{发文机关}}", "{{成文日期}}"}) {
      XWPFParagraph p = para(doc, ParagraphAlignment.RIGHT, 0);
      p.setIndentationRight(1280);
      p.setKeepNext(text.equals("{{发文机关}}"));
      run(p, text, BODY, 16, false);
    }
  }

  /** — 1 — in 4号 宋体 at the outer edge: odd pages right, even pages left, one character in. */
  static void pageNumbers(XWPFDocument doc) {
    XWPFFooter odd = doc.createFooter(HeaderFooterType.DEFAULT);
    XWPFFooter even = doc.createFooter(HeaderFooterType.EVEN);
    XWPFParagraph p = odd.createParagraph();
    p.setAlignment(ParagraphAlignment.RIGHT);
    p.setIndentationRight(280);
    pageNumber(p);
    XWPFParagraph q = even.createParagraph();
    q.setAlignment(ParagraphAlignment.LEFT);
    q.setIndentationLeft(280);
    pageNumber(q);
    doc.setEvenAndOddHeadings(true);
  }

  private static void pageNumber(XWPFParagraph p) {
    p.setStyle("Footer");
    run(p, "— ", PAGE_NUMBER, 14, false).getCTR().getRPr().getRFontsArray(0).setAscii(PAGE_NUMBER);
    field(p, "PAGE", 14);
    run(p, " —", PAGE_NUMBER, 14, false).getCTR().getRPr().getRFontsArray(0).setAscii(PAGE_NUMBER);
  }

  /** A complex field (begin, instruction, separate, "1", end) in the page-number font. */
  private static void field(XWPFParagraph p, String instruction, double size) {
    run(p, "", PAGE_NUMBER, size, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    CTR instr = run(p, "", PAGE_NUMBER, size, false).getCTR();
    instr.addNewInstrText().setStringValue(" " + instruction + " ");
    run(p, "", PAGE_NUMBER, size, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    run(p, "1", PAGE_NUMBER, size, false);
    run(p, "", PAGE_NUMBER, size, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }

  /** A small space between the record sheet's tables. */
  private static void gap(XWPFDocument doc) {
    XWPFParagraph p = para(doc, ParagraphAlignment.LEFT, 0);
    p.setSpacingBetween(6, LineSpacingRule.EXACT);
    run(p, "", BODY, 6, false);
  }

  // ---- tables ----

  /** A cell to write: text, bold, alignment, span, shading. */
  static final class Cell {
    final String text;
    final boolean bold;
    ParagraphAlignment align = ParagraphAlignment.CENTER;
    STVerticalJc.Enum valign = STVerticalJc.CENTER;
    int span = 1;
    boolean shaded;

    Cell(String text, boolean bold) {
      this.text = text;
      this.bold = bold;
    }

    Cell left() {
      align = ParagraphAlignment.LEFT;
      return this;
    }

    Cell span(int n) {
      span = n;
      return this;
    }

    Cell shaded() {
      shaded = true;
      return this;
    }

    Cell bottomRight() {
      align = ParagraphAlignment.RIGHT;
      valign = STVerticalJc.BOTTOM;
      return this;
    }
  }

  static Cell cell(String text, boolean bold) {
    return new Cell(text, bold);
  }

  /** A table of fixed columns (twips) with single borders, its text {@code size} points. */
  static XWPFTable table(XWPFDocument doc, int[] columns, double size) {
    XWPFTable t = doc.createTable();
    t.setTableAlignment(TableRowAlign.CENTER);
    CTTblPr pr = t.getCTTbl().getTblPr();
    int total = 0;
    for (int c : columns) {
      total += c;
    }
    pr.getTblW().setType(STTblWidth.DXA);
    pr.getTblW().setW(BigInteger.valueOf(total));
    (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
    CTTblBorders borders = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
    for (CTBorder b : new CTBorder[] {borders.isSetTop() ? borders.getTop() : borders.addNewTop(),
        borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(),
        borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(),
        borders.isSetRight() ? borders.getRight() : borders.addNewRight(),
        borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(),
        borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV()}) {
      b.setVal(STBorder.SINGLE);
      b.setSz(BigInteger.valueOf(6));
      b.setSpace(BigInteger.ZERO);
      b.setColor("000000");
    }
    CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int c : columns) {
      grid.addNewGridCol().setW(BigInteger.valueOf(c));
    }
    t.removeRow(0);
    SIZES.put(t, new double[] {size});
    COLUMNS.put(t, columns);
    return t;
  }

  private static final java.util.Map<XWPFTable, double[]> SIZES = new java.util.IdentityHashMap<>();
  private static final java.util.Map<XWPFTable, int[]> COLUMNS = new java.util.IdentityHashMap<>();

  static void row(XWPFTable t, boolean header, int minHeight, Cell... cells) {
    XWPFTableRow row = t.insertNewTableRow(t.getNumberOfRows());
    if (header) {
      row.setRepeatHeader(true);
    }
    if (minHeight > 0) {
      row.setHeight(minHeight);
      row.setHeightRule(TableRowHeightRule.AT_LEAST);
    }
    row.setCantSplitRow(true);
    int[] columns = COLUMNS.get(t);
    double size = SIZES.get(t)[0];
    int column = 0;
    for (Cell c : cells) {
      XWPFTableCell cell = row.createCell();
      CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
      int width = 0;
      for (int i = column; i < column + c.span; i++) {
        width += columns[i];
      }
      column += c.span;
      (pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW()).setW(BigInteger.valueOf(width));
      pr.getTcW().setType(STTblWidth.DXA);
      if (c.span > 1) {
        pr.addNewGridSpan().setVal(BigInteger.valueOf(c.span));
      }
      if (c.shaded) {
        cell.setColor("E7E6E6");
      }
      pr.addNewVAlign().setVal(c.valign);
      XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
      p.setAlignment(c.align);
      p.setSpacingBetween(1, LineSpacingRule.AUTO);
      CTPPr pPr = p.getCTP().getPPr();
      pPr.addNewSnapToGrid().setVal("0");
      run(p, c.text, c.bold ? HEADING : BODY, size, false);
    }
  }
}
