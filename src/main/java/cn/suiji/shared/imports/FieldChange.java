package cn.suiji.shared.imports;

import cn.suiji.shared.l10n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One field an 更新 row changes, for the preview and the report: the column's header text and the
 * stored and the new value as the importer stores them, written the way an export writes them
 * ({@code ""} for empty). Importers compare these normalised texts, so a row that only spells a
 * value differently (spaces, lower-case codes, a date as a number) changes nothing.
 */
public record FieldChange(String column, String before, String after) {
  public FieldChange {
    before = before == null ? "" : before;
    after = after == null ? "" : after;
  }

  /**
   * The fields whose text differs between {@code stored} and {@code incoming}, in the order of
   * {@code incoming}'s keys (header text → value, {@code null} meaning empty). A key missing from
   * {@code stored} compares as empty.
   */
  public static List<FieldChange> between(Map<String, ? extends Object> stored, Map<String, ? extends Object> incoming) {
    List<FieldChange> changes = new ArrayList<>();
    incoming.forEach((column, now) -> {
      String after = text(now);
      String before = text(stored.get(column));
      if (!Objects.equals(before, after)) {
        changes.add(new FieldChange(column, before, after));
      }
    });
    return changes;
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  /** "名称：甲公司 → 乙公司；地址：（空） → 某街1号" in the current language. */
  public static String describe(List<FieldChange> changes) {
    StringBuilder out = new StringBuilder();
    for (FieldChange c : changes) {
      if (!out.isEmpty()) {
        out.append(Messages.msg("import.change.separator"));
      }
      out.append(Messages.msg("import.change.item", c.column(), shown(c.before()), shown(c.after())));
    }
    return out.toString();
  }

  private static String shown(String value) {
    return value.isEmpty() ? Messages.msg("import.change.empty") : value;
  }
}
