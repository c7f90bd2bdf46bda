package cn.suiji.rules.render;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.pdf.CjkFontLocator;
import cn.suiji.shared.pdf.PdfPages;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The working rules as a PDF to print or send: A4 with the GB/T 9704 margins, the title, a table
 * of the parameters, the recusal rule and the rules text (3号, 28 pt lines, two-character indent),
 * Chinese text wrapped between any two characters, and 第 N 页 共 M 页 on every page. The font is
 * the Chinese font {@link CjkFontLocator} finds, embedded as a subset. {@link #write} is what the
 * in-app print adapter will call.
 */
public final class RulesPdf {
  private static final float MM = 72f / 25.4f;
  private static final float LEFT = 28 * MM;
  private static final float RIGHT = PDRectangle.A4.getWidth() - 26 * MM;
  private static final float WIDTH = RIGHT - LEFT;
  private static final float TOP = PDRectangle.A4.getHeight() - 37 * MM;
  private static final float BOTTOM = 35 * MM;
  private static final float BODY = 16;
  private static final float BODY_LEADING = 28;
  private static final float CELL = 12;
  private static final float PAD = 4;

  private final CjkFontLocator fonts;

  public RulesPdf(CjkFontLocator fonts) {
    this.fonts = fonts;
  }

  /** With the fonts of {@link CjkFontLocator#standard}. */
  public static RulesPdf standard() {
    return new RulesPdf(CjkFontLocator.standard(null));
  }

  /**
   * Writes {@code sheet} to {@code out} (not closed).
   *
   * @throws SuijiException {@code draw.print.noFont} without a Chinese font, {@code rules.print.failed} on I/O
   */
  public void write(RulesSheet sheet, OutputStream out) {
    try (PDDocument document = new PDDocument(); CjkFontLocator.Fonts loaded = fonts.load(document)) {
      Layout layout = new Layout(document, loaded.text());
      layout.render(sheet);
      layout.finish();
      document.save(out);
    } catch (IOException e) {
      throw new SuijiException(e, "rules.print.failed", e.getMessage());
    }
  }

  /** Places the text page by page. */
  private static final class Layout extends PdfPages {
    Layout(PDDocument document, PDFont font) {
      super(document, font, PDRectangle.A4, LEFT, RIGHT, TOP, BOTTOM);
    }

    void render(RulesSheet sheet) throws IOException {
      newPage();
      for (String line : wrap(sheet.title(), 22, WIDTH)) {
        space(34);
        centred(line, 22, y);
      }
      space(14);
      heading(Messages.msg("rules.print.parameters"));
      float labelWidth = WIDTH * 0.45f;
      for (RulesSheet.Line line : sheet.parameters()) {
        List<String> left = wrap(line.label(), CELL, labelWidth - 2 * PAD);
        List<String> right = wrap(line.value(), CELL, WIDTH - labelWidth - 2 * PAD);
        float height = Math.max(left.size(), right.size()) * (CELL + 4) + 2 * PAD;
        if (y - height < BOTTOM) {
          newPage();
        }
        float top = y;
        stream().addRect(LEFT, top - height, labelWidth, height);
        stream().addRect(LEFT + labelWidth, top - height, WIDTH - labelWidth, height);
        stream().stroke();
        float baseline = top - PAD - CELL;
        for (String l : left) {
          show(l, CELL, LEFT + PAD, baseline);
          baseline -= CELL + 4;
        }
        baseline = top - PAD - CELL;
        for (String l : right) {
          show(l, CELL, LEFT + labelWidth + PAD, baseline);
          baseline -= CELL + 4;
        }
        y = top - height;
      }
      if (!sheet.recusalRule().isEmpty()) {
        heading(Messages.msg("rules.print.recusal"));
        for (String p : sheet.recusalRule().split("\\R")) {
          paragraph(p.strip());
        }
      }
      if (!sheet.paragraphs().isEmpty()) {
        heading(Messages.msg("rules.print.text"));
        for (String p : sheet.paragraphs()) {
          paragraph(p);
        }
      }
    }

    void finish() throws IOException {
      numberPages((n, total) -> Messages.msg("rules.print.page", n, total), 10.5f, BOTTOM - 24);
    }

    private void heading(String text) throws IOException {
      space(BODY_LEADING + 6);
      if (y - 2 * BODY_LEADING < BOTTOM) { // a heading with no line of its text under it goes to the next page
        newPage();
        space(BODY_LEADING);
      }
      show(text, BODY, LEFT, y);
      y -= 10;
    }

    /** A paragraph with a two-character first-line indent. */
    private void paragraph(String text) throws IOException {
      String indent = "\u3000\u3000";
      for (String line : wrap(indent + text, BODY, WIDTH)) {
        space(BODY_LEADING);
        show(line, BODY, LEFT, y);
      }
    }

  }
}
