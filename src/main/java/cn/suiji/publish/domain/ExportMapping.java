package cn.suiji.publish.domain;

import cn.suiji.shared.SuijiException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns of the public results export, in order: each a header as the county's disclosure
 * platform wants it and the field it holds. Kept as text the clerk edits, one column a line:
 * {@code 表头=字段} (the field by its term, e.g. {@code 企业名称=市场主体名称}), or just the field
 * when the header is its term; blank lines and lines starting with {@code #} are skipped. A field
 * left out is not exported. {@link #DEFAULT} is the platforms' eleven columns.
 */
public record ExportMapping(List<Column> columns) {
  /** The longest header a column may have. */
  public static final int MAX_HEADER = 50;

  /** One column: its header and its field. */
  public record Column(String header, ExportField field) {}

  /** 抽查计划编号 … 备注: every field but the publishing department, each under its own term. */
  public static final ExportMapping DEFAULT = new ExportMapping(List.of(ExportField.values()).stream()
      .filter(f -> f != ExportField.ISSUER).map(f -> new Column(f.term(), f)).toList());

  public ExportMapping {
    columns = List.copyOf(columns);
  }

  public List<String> headers() {
    return columns.stream().map(Column::header).toList();
  }

  /** The mapping as the text {@link #parse} reads. */
  public String text() {
    StringBuilder out = new StringBuilder();
    for (Column c : columns) {
      out.append(c.header().equals(c.field().term()) ? c.header() : c.header() + "=" + c.field().term()).append('\n');
    }
    return out.toString();
  }

  /**
   * Reads a mapping's text.
   *
   * @throws SuijiException {@code publish.mapping.unknownField}, {@code publish.mapping.badHeader},
   *     {@code publish.mapping.twice} naming the line; {@code publish.mapping.empty}
   */
  public static ExportMapping parse(String text) {
    List<Column> out = new ArrayList<>();
    Set<String> headers = new HashSet<>();
    String[] lines = text.replace("\r", "").split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].replace('＝', '=').strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      String term = (eq < 0 ? line : line.substring(eq + 1)).strip();
      ExportField field = ExportField.byTerm(term);
      if (field == null) {
        throw new SuijiException("publish.mapping.unknownField", i + 1, term, terms());
      }
      String header = eq < 0 ? field.term() : line.substring(0, eq).strip();
      if (header.isEmpty() || header.length() > MAX_HEADER) {
        throw new SuijiException("publish.mapping.badHeader", i + 1, MAX_HEADER);
      }
      if (!headers.add(header)) {
        throw new SuijiException("publish.mapping.twice", i + 1, header);
      }
      out.add(new Column(header, field));
    }
    if (out.isEmpty()) {
      throw new SuijiException("publish.mapping.empty");
    }
    return new ExportMapping(out);
  }

  private static String terms() {
    return String.join("、", List.of(ExportField.values()).stream().map(ExportField::term).toList());
  }
}
