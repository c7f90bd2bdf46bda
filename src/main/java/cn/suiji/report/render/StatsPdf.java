package cn.suiji.report.render;

import cn.suiji.inspection.domain.ResultKind;
import cn.suiji.report.domain.CodeShare;
import cn.suiji.report.domain.GroupFigures;
import cn.suiji.report.domain.Grouping;
import cn.suiji.report.domain.Share;
import cn.suiji.report.domain.StatsView;
import cn.suiji.report.domain.YearStats;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.pdf.CjkFontLocator;
import cn.suiji.shared.pdf.PdfPages;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The statistics as a PDF to print: A4 landscape; per grouping asked, the title with the year or
 * period and the department, the coverage and the four rates, the table (counts, then the rates,
 * the total last), the chart drawn as bars (drawn, inspected, with a problem per group, the
 * figures written beside them: what the screen's chart shows), and after the last grouping the
 * share per result code. Chinese text through the font {@link CjkFontLocator} finds, embedded as
 * a subset; 第 N 页 共 M 页 on every page.
 */
public final class StatsPdf {
  private static final float MM = 72f / 25.4f;
  private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
  private static final float LEFT = 20 * MM;
  private static final float RIGHT = PAGE.getWidth() - 20 * MM;
  private static final float WIDTH = RIGHT - LEFT;
  private static final float TOP = PAGE.getHeight() - 20 * MM;
  private static final float BOTTOM = 20 * MM;
  private static final float CELL = 9;
  private static final float ROW = 15;
  /** The bars shown at most; a longer view (items, tasks) is in the table whole. */
  static final int MAX_BARS = 40;
  /** The bars' colours (r, g, b in 0–1): grey drawn, blue inspected, red with a problem. */
  private static final float[][] SERIES = {{0.55f, 0.55f, 0.55f}, {0.18f, 0.43f, 0.71f}, {0.75f, 0.22f, 0.17f}};

  private final CjkFontLocator fonts;

  public StatsPdf(CjkFontLocator fonts) {
    this.fonts = fonts;
  }

  public static StatsPdf standard() {
    return new StatsPdf(CjkFontLocator.standard(null));
  }

  /** The title of a print of {@code stats}: the year or the period, and the department. */
  public static String title(YearStats stats, String departmentName) {
    var s = stats.scope();
    String when = s.from() == null ? Messages.msg("report.print.year", s.year())
        : Messages.msg("report.print.period", s.from().toString(), String.valueOf(s.to()));
    return Messages.msg("report.print.title", when, departmentName);
  }

  /**
   * Writes the {@code groupings} of {@code stats} to {@code out} (not closed).
   *
   * @throws SuijiException {@code draw.print.noFont} without a Chinese font, {@code report.print.failed} on I/O
   */
  public void write(YearStats stats, String departmentName, List<Grouping> groupings, OutputStream out,
      Progress progress) {
    try (PDDocument document = new PDDocument(); CjkFontLocator.Fonts loaded = fonts.load(document)) {
      Layout layout = new Layout(document, loaded.text());
      for (int i = 0; i < groupings.size(); i++) {
        progress.update(i, groupings.size() + 1);
        progress.checkCancelled();
        layout.view(stats, departmentName, stats.view(groupings.get(i)));
      }
      layout.codes(stats);
      layout.finish();
      progress.checkCancelled();
      document.save(out);
    } catch (IOException e) {
      throw new SuijiException(e, "report.print.failed", e.getMessage());
    }
  }

  private static String[] headers() {
    return new String[] {msg("report.col.key"), msg("report.col.label"), msg("report.short.planned"),
        msg("report.short.drawn"), msg("report.short.notified"), msg("report.short.inspected"),
        msg("report.short.withProblem"), msg("report.short.published"), msg("report.short.followUps"),
        msg("report.short.completion"), msg("report.short.problemRate"), msg("report.short.closure"),
        msg("report.short.onTimeRate")};
  }

  private static final float[] WIDTHS = {78, 0, 40, 40, 40, 40, 40, 54, 54, 50, 50, 50, 60};

  private static String[] cells(GroupFigures g) {
    return new String[] {g.key(), g.label(), g.planned() == null ? "—" : Integer.toString(g.planned()),
        Integer.toString(g.drawn()), Integer.toString(g.notified()), Integer.toString(g.inspected()),
        Integer.toString(g.withProblem()), g.onTime() + "/" + g.published(), g.followUpsClosed() + "/" + g.followUps(),
        g.completion().percentText(), g.problemRate().percentText(), g.closure().percentText(),
        g.onTimeRate().percentText()};
  }

  private static String msg(String key, Object... args) {
    return Messages.msg(key, args);
  }

  /** Places the text page by page. */
  private static final class Layout extends PdfPages {
    private final float[] widths = WIDTHS.clone();

    Layout(PDDocument document, PDFont font) {
      super(document, font, PAGE, LEFT, RIGHT, TOP, BOTTOM);
      float fixed = 0;
      for (float w : WIDTHS) {
        fixed += w;
      }
      widths[1] = WIDTH - fixed;
    }

    void view(YearStats stats, String departmentName, StatsView view) throws IOException {
      newPage();
      centred(title(stats, departmentName), 16, y - 16);
      centred(StatsWorkbook.groupingName(view.grouping()), 12, y - 34);
      y -= 46;
      GroupFigures t = stats.total();
      for (String line : wrap(msg("report.print.summary", stats.coverage().coveredTargets(),
          stats.coverage().directoryTargets(), stats.coverage().share().percentText(), t.completion().percentText(),
          t.problemRate().percentText(), t.closure().percentText(), t.onTimeRate().percentText()), 10, WIDTH)) {
        show(line, 10, LEFT, y - 10);
        y -= 15;
      }
      y -= 6;
      String[] headers = headers();
      row(headers, true);
      for (GroupFigures g : view.rows()) {
        if (y - ROW * 2 < BOTTOM) {
          newPage();
          row(headers, true);
        }
        row(cells(g), false);
      }
      if (!view.rows().isEmpty()) {
        row(cells(view.total()), true);
      } else {
        show(msg("report.screen.empty"), CELL, LEFT, y - 14);
        y -= 20;
      }
      chart(view);
    }

    /** One table row, a cell per column, text wrapped in its cell; bold rows shaded. */
    private void row(String[] cells, boolean shaded) throws IOException {
      List<List<String>> lines = new ArrayList<>();
      int most = 1;
      for (int i = 0; i < cells.length; i++) {
        List<String> l = wrap(cells[i], CELL, widths[i] - 4);
        lines.add(l);
        most = Math.max(most, l.size());
      }
      float height = most * (CELL + 3) + 5;
      if (y - height < BOTTOM) {
        newPage();
      }
      PDPageContentStream s = stream();
      float x = LEFT;
      if (shaded) {
        s.setNonStrokingColor(0.93f, 0.93f, 0.93f);
        s.addRect(LEFT, y - height, WIDTH, height);
        s.fill();
        s.setNonStrokingColor(0f, 0f, 0f);
      }
      for (int i = 0; i < cells.length; i++) {
        s.addRect(x, y - height, widths[i], height);
        float baseline = y - CELL - 2;
        for (String l : lines.get(i)) {
          float tx = i >= 2 ? x + widths[i] - 2 - width(l, CELL) : x + 2;
          show(l, CELL, tx, baseline);
          baseline -= CELL + 3;
        }
        x += widths[i];
      }
      s.stroke();
      y -= height;
    }

    /** The chart of the view: per group three bars (drawn, inspected, with a problem), each with its figure. */
    private void chart(StatsView view) throws IOException {
      List<GroupFigures> plotted = view.rows().stream().filter(g -> !g.key().isEmpty()).limit(MAX_BARS).toList();
      if (plotted.isEmpty()) {
        return;
      }
      float barHeight = 4;
      float groupHeight = 3 * barHeight + 6;
      if (y - 40 - groupHeight * Math.min(plotted.size(), 4) < BOTTOM) {
        newPage();
      }
      y -= 22;
      show(msg("report.print.chart"), 11, LEFT, y);
      String[] names = {msg("report.short.drawn"), msg("report.short.inspected"), msg("report.short.withProblem")};
      float lx = LEFT + width(msg("report.print.chart"), 11) + 20;
      for (int i = 0; i < names.length; i++) {
        stream().setNonStrokingColor(SERIES[i][0], SERIES[i][1], SERIES[i][2]);
        stream().addRect(lx, y, 10, 8);
        stream().fill();
        stream().setNonStrokingColor(0f, 0f, 0f);
        show(names[i], CELL, lx + 13, y);
        lx += 13 + width(names[i], CELL) + 14;
      }
      y -= 10;
      int max = plotted.stream().mapToInt(GroupFigures::drawn).max().orElse(0);
      float labelWidth = 150;
      float barSpace = WIDTH - labelWidth - 40;
      for (GroupFigures g : plotted) {
        if (y - groupHeight < BOTTOM) {
          newPage();
        }
        String label = g.label().isEmpty() ? g.key() : g.label();
        List<String> l = wrap(label, CELL, labelWidth - 6);
        show(l.get(0), CELL, LEFT, y - barHeight * 2 - 3);
        int[] values = {g.drawn(), g.inspected(), g.withProblem()};
        float by = y - 2;
        for (int i = 0; i < values.length; i++) {
          float w = max == 0 ? 0 : barSpace * values[i] / max;
          stream().setNonStrokingColor(SERIES[i][0], SERIES[i][1], SERIES[i][2]);
          stream().addRect(LEFT + labelWidth, by - barHeight, Math.max(w, 0.5f), barHeight);
          stream().fill();
          stream().setNonStrokingColor(0f, 0f, 0f);
          show(Integer.toString(values[i]), 6, LEFT + labelWidth + w + 3, by - barHeight + 0.5f);
          by -= barHeight;
        }
        y -= groupHeight;
      }
      if (view.rows().stream().filter(g -> !g.key().isEmpty()).count() > MAX_BARS) {
        y -= 4;
        show(msg("report.print.moreBars", MAX_BARS), CELL, LEFT, y - CELL);
        y -= CELL + 4;
      }
    }

    /** The share per result code of the current results. */
    void codes(YearStats stats) throws IOException {
      if (y - 80 < BOTTOM) {
        newPage();
      }
      y -= 22;
      show(msg("report.print.codes"), 11, LEFT, y);
      y -= 8;
      int inspected = stats.total().inspected();
      float[] saved = widths.clone();
      float[] w = {78, WIDTH - 78 - 80 - 70 - 80, 80, 70, 80};
      System.arraycopy(w, 0, widths, 0, w.length);
      row(new String[] {msg("report.col.code"), msg("report.col.label"), msg("report.col.kind"),
          msg("report.col.results"), msg("report.col.codeShare")}, true);
      for (CodeShare c : stats.codes()) {
        row(new String[] {c.code(), c.label(), Messages.current().label(ResultKind.valueOf(c.kind())),
            Integer.toString(c.results()), new Share(Math.min(c.results(), inspected), inspected).percentText()}, false);
      }
      System.arraycopy(saved, 0, widths, 0, saved.length);
    }

    void finish() throws IOException {
      numberPages((n, total) -> msg("rules.print.page", n, total), 9, BOTTOM - 18);
    }

  }
}
