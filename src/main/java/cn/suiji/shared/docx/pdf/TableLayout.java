package cn.suiji.shared.docx.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A table's columns in points and its rows laid out: each cell's place, width, margins and
 * content, each row's height (its tallest cell, at least or exactly the height it asks for), and
 * which border each cell edge draws (the cell's own, else the table's outer or inside line;
 * none between vertically merged cells).
 */
final class TableLayout {
  private final Flow.Table table;
  private final float[] starts;
  private final float total;
  private final float offset;

  /** Lays out blocks for a width, for the cells' content. */
  @FunctionalInterface
  interface Boxes {
    List<WordPdf.Box> lay(List<Flow.Block> blocks, float width, Lines.Setting setting);
  }

  record LaidCell(Flow.Cell cell, float x, float width, float[] margins, List<WordPdf.Box> boxes,
      float contentHeight) {}

  record LaidRow(Flow.Row row, int index, List<LaidCell> cells, float height) {}

  TableLayout(Flow.Table table, float available) {
    this.table = table;
    float[] columns = table.columns;
    int count = columns.length;
    float sum = 0;
    for (float c : columns) {
      sum += c;
    }
    if (count == 0 || sum <= 0) {
      count = 1;
      for (Flow.Row r : table.rows) {
        int n = 0;
        for (Flow.Cell c : r.cells) {
          n += c.span;
        }
        count = Math.max(count, n);
      }
      columns = new float[count];
      java.util.Arrays.fill(columns, available / count);
      sum = available;
    }
    starts = new float[columns.length + 1];
    for (int i = 0; i < columns.length; i++) {
      starts[i + 1] = starts[i] + columns[i];
    }
    total = sum;
    offset = switch (table.align) {
      case "center" -> (available - total) / 2;
      case "right", "end" -> available - total;
      default -> table.indent;
    };
  }

  /** Where the table starts, from the column's left edge. */
  float offset() {
    return offset;
  }

  private float start(int column) {
    return starts[Math.min(Math.max(column, 0), starts.length - 1)];
  }

  LaidRow row(int index, Boxes boxes, Lines.Setting setting) {
    Flow.Row row = table.rows.get(index);
    List<LaidCell> cells = new ArrayList<>();
    float height = 0;
    for (Flow.Cell c : row.cells) {
      float x = start(c.column);
      float width = Math.max(1, start(c.column + c.span) - x);
      float[] margins = new float[4];
      for (int i = 0; i < 4; i++) {
        margins[i] = Float.isNaN(c.margins[i]) ? table.margins[i] : c.margins[i];
      }
      float inner = Math.max(1, width - margins[1] - margins[3]);
      List<WordPdf.Box> content = boxes.lay(c.blocks, inner, setting);
      float h = margins[0] + margins[2];
      for (WordPdf.Box b : content) {
        h += b.height();
      }
      if (!"continue".equals(c.vMerge)) {
        height = Math.max(height, h);
      }
      cells.add(new LaidCell(c, x, width, margins, content, h));
    }
    if (row.exact && row.height > 0) {
      height = row.height;
    } else {
      height = Math.max(height, row.height);
    }
    return new LaidRow(row, index, cells, Math.max(height, 1));
  }

  /** The lines to draw around {@code cell}: top, left, bottom, right (null for none). */
  Props.Line[] edges(LaidRow row, LaidCell cell, boolean repeated) {
    Flow.Cell c = cell.cell();
    Props.Line[] b = table.borders;
    boolean firstRow = row.index() == 0 || repeated && row.index() == 0;
    boolean lastRow = row.index() == table.rows.size() - 1;
    boolean lastColumn = c.column + c.span >= starts.length - 1;
    Props.Line[] out = new Props.Line[4];
    out[0] = c.bordersSet[0] ? c.borders[0] : firstRow ? b[0] : b[4];
    out[1] = c.bordersSet[1] ? c.borders[1] : c.column == 0 ? b[1] : b[5];
    out[2] = c.bordersSet[2] ? c.borders[2] : lastRow ? b[2] : b[4];
    out[3] = c.bordersSet[3] ? c.borders[3] : lastColumn ? b[3] : b[5];
    if ("continue".equals(c.vMerge)) {
      out[0] = null;
    }
    if (!lastRow) {
      for (Flow.Cell below : table.rows.get(row.index() + 1).cells) {
        if (below.column == c.column && "continue".equals(below.vMerge)) {
          out[2] = null;
        }
      }
    }
    return out;
  }
}
