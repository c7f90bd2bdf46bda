package cn.suiji.shared.xlsx;

import java.util.List;

/**
 * A column an importer wants: its {@code field} name (for the importer, e.g. {@code uscc}), the
 * header texts that mean it ({@code 统一社会信用代码}, {@code 信用代码} …; compared after
 * {@link HeaderMatcher#normalise}), and whether the import cannot go on without it.
 */
public record ColumnSpec(String field, List<String> synonyms, boolean required) {
  public ColumnSpec {
    synonyms = List.copyOf(synonyms);
  }

  public static ColumnSpec required(String field, String... synonyms) {
    return new ColumnSpec(field, List.of(synonyms), true);
  }

  public static ColumnSpec optional(String field, String... synonyms) {
    return new ColumnSpec(field, List.of(synonyms), false);
  }
}
