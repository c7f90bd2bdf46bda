package cn.suiji.shared.xlsx;

import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the header row of a messy sheet: title rows (merged or not) and notes above it, header
 * texts with stars, {@code （必填）}, line breaks, full-width letters or a combined name such as
 * {@code 统一社会信用代码/注册号}. The row that matches most {@link ColumnSpec}s wins.
 */
public final class HeaderMatcher {
  private static final Pattern MARKS = Pattern.compile("\\*|\\((必填|必须|选填|可选)\\)|[\\s\\u00A0\\u200B\\uFEFF]");
  private static final Pattern PARTS = Pattern.compile("[/|、或]");

  private HeaderMatcher() {}

  /** Header text as compared: trimmed, half-width, lower-case, without spaces, line breaks and required marks. */
  public static String normalise(String header) {
    String s = Cells.halfWidth(Cells.text(header));
    return MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
  }

  static HeaderMapping find(TableReader table, List<ColumnSpec> specs) {
    List<String> sheets = table.sheetNames();
    if (sheets.isEmpty()) {
      throw new SuijiException("xlsx.error.noSheet", table.fileName(), "");
    }
    @Nullable HeaderMapping best = null;
    int bestScore = 0;
    for (String sheet : sheets) {
      List<Row> head = new ArrayList<>();
      table.read(sheet, row -> {
        head.add(row);
        return head.size() < TableReader.HEADER_SCAN_ROWS;
      }, Progress.NONE);
      for (Row row : head) {
        HeaderMapping m = match(sheet, row, specs);
        int score = m.columns().size();
        if (score > bestScore) {
          best = m;
          bestScore = score;
        }
      }
    }
    if (best == null) {
      throw new SuijiException("xlsx.error.noHeader", table.fileName());
    }
    return best;
  }

  /** How {@code row} maps as a header; its {@code columns} is empty if nothing matches. */
  public static HeaderMapping match(String sheet, Row row, List<ColumnSpec> specs) {
    List<Candidate> candidates = new ArrayList<>();
    for (int col = 0; col < row.cells().size(); col++) {
      String h = normalise(row.cell(col));
      if (h.isEmpty()) {
        continue;
      }
      for (int s = 0; s < specs.size(); s++) {
        int rank = rank(h, specs.get(s));
        if (rank >= 0) {
          candidates.add(new Candidate(s, col, rank));
        }
      }
    }
    candidates.sort(Comparator.comparingInt(Candidate::rank).thenComparingInt(Candidate::column)
        .thenComparingInt(Candidate::spec));
    Map<String, Integer> columns = new LinkedHashMap<>();
    boolean[] columnTaken = new boolean[row.cells().size()];
    for (Candidate c : candidates) {
      String field = specs.get(c.spec()).field();
      if (!columns.containsKey(field) && !columnTaken[c.column()]) {
        columns.put(field, c.column());
        columnTaken[c.column()] = true;
      }
    }
    List<String> unmapped = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int col = 0; col < row.cells().size(); col++) {
      String text = Cells.text(row.cell(col));
      texts.add(text);
      if (!columnTaken[col] && !text.isEmpty()) {
        unmapped.add(text);
      }
    }
    List<String> missing = specs.stream().filter(ColumnSpec::required).map(ColumnSpec::field)
        .filter(f -> !columns.containsKey(f)).toList();
    return new HeaderMapping(sheet, row.excelRowNumber(), columns, unmapped, missing, texts);
  }

  /**
   * 0 if the whole header is a synonym (or the field name), 1 + i if its i-th part split at
   * {@code /}, {@code |}, {@code 、} or {@code 或} is one; -1 if it does not match.
   */
  private static int rank(String header, ColumnSpec spec) {
    if (matchesAny(header, spec)) {
      return 0;
    }
    String[] parts = PARTS.split(header);
    if (parts.length > 1) {
      for (int i = 0; i < parts.length; i++) {
        if (!parts[i].isEmpty() && matchesAny(parts[i], spec)) {
          return 1 + i;
        }
      }
    }
    return -1;
  }

  private static boolean matchesAny(String header, ColumnSpec spec) {
    if (header.equals(normalise(spec.field()))) {
      return true;
    }
    for (String synonym : spec.synonyms()) {
      if (header.equals(normalise(synonym))) {
        return true;
      }
    }
    return false;
  }

  private record Candidate(int spec, int column, int rank) {}
}
