package cn.suiji.report.render;

import cn.suiji.report.domain.Evidence;
import cn.suiji.report.domain.IndicatorRow;
import cn.suiji.report.domain.Scorecard;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.docx.Docx;
import cn.suiji.shared.l10n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * A department's self-evaluation report (自评报告) of a year, written from its scorecard: the
 * county's document format (GB/T 9704-like: A4, 37/35/28/26 mm margins, title in 方正小标宋简体
 * 2号, body 仿宋 3号 on 28 pt lines with a two-character indent, headings 黑体 and 楷体, the page
 * number “— N —” at the foot). Sections: the score and grade; each of the 14 indicators with its
 * figures, points and what cost points; the problems and what is to be done; the index of the
 * evidence files; the department and the day. One report per scorecard, each from a new page.
 */
public final class SelfEvaluationDocx {
  private static final String BODY_FONT = "仿宋";
  private static final String TITLE_FONT = "方正小标宋简体";
  private static final String HEADING_FONT = "黑体";
  private static final String SUB_FONT = "楷体";
  private static final double MM = 56.7;
  private static final double BODY = 16;
  private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一",
      "十二", "十三", "十四"};

  private SelfEvaluationDocx() {}

  /** Writes the reports of {@code cards} to {@code file} (.docx), which appears only when complete. */
  public static void write(List<Scorecard> cards, LocalDate dated, Path file) {
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
      throw new SuijiException("report.self.format", file.getFileName().toString());
    }
    Path part = file.resolveSibling(file.getFileName() + ".part");
    try {
      try (OutputStream out = Files.newOutputStream(part)) {
        write(cards, dated, out);
      }
      Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new SuijiException(e, "report.evaluation.writeFailed", file, e.getMessage());
    } finally {
      try {
        Files.deleteIfExists(part);
      } catch (IOException ignored) {
        // the temporary file is left; the report itself was not written
      }
    }
  }

  public static void write(List<Scorecard> cards, LocalDate dated, OutputStream out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      Docx.a4(doc, Math.round(37 * MM), Math.round(35 * MM), Math.round(28 * MM), Math.round(26 * MM));
      boolean first = true;
      for (Scorecard c : cards) {
        report(doc, c, dated, first);
        first = false;
      }
      if (cards.isEmpty()) {
        body(doc, msg("report.eval.print.none"));
      }
      footer(doc);
      doc.write(out);
    }
  }

  private static void report(XWPFDocument doc, Scorecard c, LocalDate dated, boolean first) {
    XWPFParagraph title = doc.createParagraph();
    title.setAlignment(ParagraphAlignment.CENTER);
    title.setPageBreak(!first);
    title.setSpacingBetween(35, LineSpacingRule.EXACT);
    title.setSpacingAfter(560);
    Docx.run(title, msg("report.self.title", c.departmentName(), c.year()), TITLE_FONT, 22, false);
    XWPFParagraph to = line(doc);
    Docx.run(to, msg("report.self.addressee"), BODY_FONT, BODY, false);
    body(doc, msg("report.self.opening", c.year()));

    int full = 0;
    int lost = 0;
    int none = 0;
    for (IndicatorRow r : c.rows()) {
      if (r.score() == null) {
        none++;
      } else if (r.score() >= 1) {
        full++;
      } else {
        lost++;
      }
    }
    heading(doc, msg("report.self.overall"));
    body(doc, msg("report.self.score", c.score() == null ? "—" : Scorecard.points(c.score() / 100),
        c.grade() == null ? "—" : c.grade(), full, lost, none));

    heading(doc, msg("report.self.indicators"));
    for (int i = 0; i < c.rows().size(); i++) {
      IndicatorRow r = c.rows().get(i);
      XWPFParagraph p = paragraph(doc);
      Docx.run(p, msg("report.self.indicatorHead", NUMERALS[i], Messages.current().label(r.indicator())), SUB_FONT,
          BODY, true);
      StringBuilder text = new StringBuilder();
      for (String f : r.figures()) {
        text.append(sentence(f));
      }
      double weight = c.weights().getOrDefault(r.indicator(), 0.0);
      text.append(r.score() == null ? msg("report.self.notApplicable")
          : msg("report.self.points", Scorecard.points(r.score()), weight(weight)));
      if (!r.problems().isEmpty()) {
        text.append(msg("report.self.shortOf", String.join("；", r.problems().stream().map(SelfEvaluationDocx::bare)
            .toList())));
      }
      Docx.run(p, text.toString(), BODY_FONT, BODY, false);
    }

    heading(doc, msg("report.self.problems"));
    List<String> problems = new ArrayList<>();
    for (IndicatorRow r : c.rows()) {
      for (String p : r.problems()) {
        problems.add(msg("report.self.problem", r.indicator().number(), Messages.current().label(r.indicator()),
            bare(p)));
      }
    }
    if (problems.isEmpty()) {
      body(doc, msg("report.self.noProblems"));
    } else {
      for (int i = 0; i < problems.size(); i++) {
        body(doc, (i + 1) + ". " + problems.get(i));
      }
      body(doc, msg("report.self.nextSteps"));
    }

    heading(doc, msg("report.self.evidence"));
    if (c.evidence().isEmpty()) {
      body(doc, msg("report.eval.print.noEvidence"));
    }
    for (int i = 0; i < c.evidence().size(); i++) {
      Evidence e = c.evidence().get(i);
      body(doc, msg("report.self.evidenceLine", i + 1, e.indicator().number(), e.originalName(), e.dated().toString(),
          e.note() == null || e.note().isBlank() ? "" : "，" + e.note(), e.sha256().substring(0, 10),
          Messages.current().label(e.state())));
    }

    XWPFParagraph sign = line(doc);
    sign.setAlignment(ParagraphAlignment.RIGHT);
    sign.setSpacingBefore(560);
    sign.setIndentationRight(640);
    Docx.run(sign, c.departmentName(), BODY_FONT, BODY, false);
    XWPFParagraph day = line(doc);
    day.setAlignment(ParagraphAlignment.RIGHT);
    day.setIndentationRight(640);
    Docx.run(day, msg("report.self.date", dated.getYear(), dated.getMonthValue(), dated.getDayOfMonth()), BODY_FONT,
        BODY, false);
  }

  /** A figure line as a sentence: ended with 。 unless it already ends in punctuation. */
  private static String sentence(String s) {
    String t = s.strip();
    if (t.isEmpty()) {
      return "";
    }
    char last = t.charAt(t.length() - 1);
    return "。；！？".indexOf(last) >= 0 ? t : t + "。";
  }

  /** A problem without its closing stop (it is joined to others). */
  private static String bare(String s) {
    String t = s.strip();
    return t.endsWith("。") ? t.substring(0, t.length() - 1) : t;
  }

  private static String weight(double w) {
    return w == Math.rint(w) ? Long.toString((long) w) : Double.toString(w);
  }

  private static XWPFParagraph line(XWPFDocument doc) {
    XWPFParagraph p = doc.createParagraph();
    p.setSpacingBetween(28, LineSpacingRule.EXACT);
    return p;
  }

  private static XWPFParagraph paragraph(XWPFDocument doc) {
    XWPFParagraph p = line(doc);
    p.setIndentationFirstLine(640);
    p.setAlignment(ParagraphAlignment.BOTH);
    return p;
  }

  private static void heading(XWPFDocument doc, String text) {
    XWPFParagraph p = paragraph(doc);
    p.setKeepNext(true);
    Docx.run(p, text, HEADING_FONT, BODY, false);
  }

  private static void body(XWPFDocument doc, String text) {
    Docx.run(paragraph(doc), text, BODY_FONT, BODY, false);
  }

  /** “— N —” centred at the foot of every page, with Word's PAGE field. */
  private static void footer(XWPFDocument doc) {
    XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph p = footer.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    Docx.run(p, "— ", BODY_FONT, 14, false);
    p.getCTP().addNewFldSimple().setInstr("PAGE");
    Docx.run(p, " —", BODY_FONT, 14, false);
  }

  private static String msg(String key, Object... args) {
    return Messages.msg(key, args);
  }
}
