package cn.suiji.shared.docx.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A document as the PDF renderer lays it out: blocks (paragraphs and tables) with their
 * properties resolved to points, and the page set-up of each section. Built by
 * {@link BodyReader} from filled WordprocessingML.
 */
final class Flow {
  private Flow() {}

  /** A paragraph or a table. */
  sealed interface Block permits Paragraph, Table {}

  /** How a run's text looks; sizes in points, colour RGB. */
  record Style(float size, boolean bold, int rgb, boolean underline, float spacing, boolean heavy, float rise) {}

  /** What a paragraph holds, in order. */
  sealed interface Item permits Text, Tab, Break, Field, Watermark {}

  record Text(String text, Style style) implements Item {}

  record Tab(Style style) implements Item {}

  /** A line break, or a page break when {@code page}. */
  record Break(boolean page) implements Item {}

  /** A page number ({@code PAGE}) or the number of pages ({@code NUMPAGES}), known only when drawn. */
  record Field(String name, Style style) implements Item {}

  /** A watermark (VML text path), drawn large and diagonal across the page it is on. */
  record Watermark(String text, int rgb) implements Item {}

  enum LineRule { AUTO, EXACT, AT_LEAST }

  static final class Paragraph implements Block {
    String align = "left";
    float left;
    float right;
    /** First-line indent, negative for hanging. */
    float first;
    float before;
    float after;
    /** Spacing before and after in lines (w:beforeLines, w:afterLines), which win over points; NaN when unsaid. */
    float beforeLines = Float.NaN;
    float afterLines = Float.NaN;
    LineRule rule = LineRule.AUTO;
    /** For AUTO a multiple of single spacing; else points. */
    float line = 1;
    boolean pageBreakBefore;
    boolean keepNext;
    boolean snap = true;
    Props.@Nullable Line top;
    Props.@Nullable Line bottom;
    /** Size of the paragraph mark: the height of an empty paragraph. */
    float markSize = 10.5f;
    /** Tab stops in points from the left indent. */
    float[] tabs = new float[0];
    final List<Item> items = new ArrayList<>();
    /** The section this paragraph ends, when it carries a section break. */
    @Nullable Geometry sectionEnd;
  }

  static final class Table implements Block {
    float[] columns = new float[0];
    float indent;
    String align = "left";
    /** top, left, bottom, right, insideH, insideV. */
    Props.@Nullable Line[] borders = new Props.Line[6];
    /** Cell margins in points: top, left, bottom, right. */
    float[] margins = {0, 5.4f, 0, 5.4f};
    final List<Row> rows = new ArrayList<>();
  }

  static final class Row {
    float height;
    boolean exact;
    boolean header;
    final List<Cell> cells = new ArrayList<>();
  }

  static final class Cell {
    int column;
    int span = 1;
    /** null, "restart" or "continue". */
    @Nullable String vMerge;
    /** Borders set on the cell (top, left, bottom, right), with {@link #bordersSet}. */
    Props.@Nullable Line[] borders = new Props.Line[4];
    boolean[] bordersSet = new boolean[4];
    @Nullable Integer fill;
    String vAlign = "top";
    /** Margins in points (top, left, bottom, right); NaN where the table's apply. */
    float[] margins = {Float.NaN, Float.NaN, Float.NaN, Float.NaN};
    final List<Block> blocks = new ArrayList<>();
  }

  /**
   * A section's page: size and margins in points, the document grid, and its headers and
   * footers by type (default, even, first) as relationship ids.
   */
  record Geometry(float width, float height, float top, float bottom, float left, float right, float header,
      float footer, String grid, float linePitch, float charDelta, boolean titlePage, Map<String, String> headers,
      Map<String, String> footers) {

    static Geometry a4() {
      return new Geometry(595.3f, 841.9f, 72, 72, 90, 90, 42.55f, 49.6f, "default", 15.6f, 0, false, Map.of(), Map.of());
    }

    float textWidth() {
      return width - left - right;
    }

    /** Whether lines snap to the grid's pitch. */
    boolean lineGrid() {
      return grid.equals("lines") || grid.equals("linesAndChars") || grid.equals("snapToChars");
    }

    /** Whether East Asian characters are spaced to the character grid. */
    boolean charGrid() {
      return grid.equals("linesAndChars") || grid.equals("snapToChars");
    }
  }

  /** Blocks and the section properties that end them (the body's last, where there is one). */
  record Parsed(List<Block> blocks, @Nullable Geometry lastSection) {}
}
