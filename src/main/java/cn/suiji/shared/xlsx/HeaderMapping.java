package cn.suiji.shared.xlsx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the header was found and which column holds which field: the sheet used, the header's
 * Excel row number, {@code columns} (field → column index), the header texts no spec claimed
 * ({@code unmapped}, for the clerk to see), the required fields not found and the whole header
 * row's texts by column index ({@code headerTexts}, trimmed, {@code ""} for a blank cell; empty when
 * the mapping was built without them). The import screen shows them for the clerk to correct the
 * mapping with {@link #with}/{@link #without}, then the importer reads the data.
 */
public record HeaderMapping(String sheet, int headerRow, Map<String, Integer> columns, List<String> unmapped,
    List<String> missingRequired, List<String> headerTexts) {
  public HeaderMapping {
    columns = Map.copyOf(columns);
    unmapped = List.copyOf(unmapped);
    missingRequired = List.copyOf(missingRequired);
    headerTexts = List.copyOf(headerTexts);
  }

  /** A mapping without the header row's texts (as before {@code headerTexts} existed). */
  public HeaderMapping(String sheet, int headerRow, Map<String, Integer> columns, List<String> unmapped,
      List<String> missingRequired) {
    this(sheet, headerRow, columns, unmapped, missingRequired, List.of());
  }

  /** The header text of column {@code index}; {@code ""} if blank or unknown. */
  public String headerText(int index) {
    return index >= 0 && index < headerTexts.size() ? headerTexts.get(index) : "";
  }

  /** The text of {@code field} in {@code row}; {@code ""} if the field has no column. */
  public String get(Row row, String field) {
    Integer column = columns.get(field);
    return column == null ? "" : row.cell(column);
  }

  /** True if {@code field} has a column. */
  public boolean has(String field) {
    return columns.containsKey(field);
  }

  /** This mapping with {@code field} read from {@code column} (the clerk's correction). */
  public HeaderMapping with(String field, int column) {
    Map<String, Integer> changed = new LinkedHashMap<>(columns);
    changed.values().removeIf(c -> c == column);
    changed.put(field, column);
    List<String> missing = new ArrayList<>(missingRequired);
    missing.remove(field);
    return new HeaderMapping(sheet, headerRow, changed, unmapped, missing, headerTexts);
  }

  /** This mapping without a column for {@code field} (it is not added to {@code missingRequired}). */
  public HeaderMapping without(String field) {
    Map<String, Integer> changed = new LinkedHashMap<>(columns);
    changed.remove(field);
    return new HeaderMapping(sheet, headerRow, changed, unmapped, missingRequired, headerTexts);
  }
}
