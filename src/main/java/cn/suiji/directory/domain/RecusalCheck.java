package cn.suiji.directory.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a recusal, for the add pane (checked as the clerk types), the service (before it
 * saves) and the import: an inspector, a target and a reason are chosen, the note fits, and the
 * reason and source texts of a file (亲属, 本人申报 …) are read with their common variants.
 */
public final class RecusalCheck {
  /** The longest note the table keeps. */
  public static final int MAX_NOTE = 500;

  private RecusalCheck() {}

  /** A problem: the field at fault and a message key whose text names it. */
  public record Problem(Field field, String key) {}

  /** The parts of a recusal a problem can name. */
  public enum Field { INSPECTOR, TARGET, REASON, NOTE }

  /** Every problem of {@code d}; empty if it may be saved. */
  public static List<Problem> problems(RecusalDraft d) {
    List<Problem> out = new ArrayList<>();
    if (d.inspectorId() == null) {
      out.add(new Problem(Field.INSPECTOR, "directory.recusal.error.noInspector"));
    }
    if (d.targetId() == null) {
      out.add(new Problem(Field.TARGET, "directory.recusal.error.noTarget"));
    }
    if (d.reason() == null) {
      out.add(new Problem(Field.REASON, "directory.recusal.error.noReason"));
    }
    if (noteTooLong(d.note())) {
      out.add(new Problem(Field.NOTE, "directory.recusal.error.noteTooLong"));
    }
    return out;
  }

  public static boolean noteTooLong(String note) {
    String s = note.strip();
    return s.codePointCount(0, s.length()) > MAX_NOTE;
  }

  /** 亲属 / 曾任职 / 利害关系 / 其他 and their variants (近亲属, 利益关系 …), or the constant's name; else {@code null}. */
  public static @Nullable RecusalReason reason(String raw) {
    String s = compact(raw);
    if (s.isEmpty()) {
      return null;
    }
    for (RecusalReason r : RecusalReason.values()) {
      if (r.name().equalsIgnoreCase(s)) {
        return r;
      }
    }
    if (s.contains("亲") || s.contains("配偶") || s.contains("家属")) {
      return RecusalReason.KIN;
    }
    if (s.contains("任职") || s.contains("工作过") || s.contains("曾在")) {
      return RecusalReason.FORMER_EMPLOYMENT;
    }
    if (s.contains("利害") || s.contains("利益")) {
      return RecusalReason.INTEREST;
    }
    if (s.equals("其他") || s.equals("其它")) {
      return RecusalReason.OTHER;
    }
    return null;
  }

  /**
   * 本人申报 (and 申报, 自行申报, 声明) or 系统发现 (发现, 核查发现, 比对发现) or the constant's name;
   * empty is 本人申报; anything else {@code null}.
   */
  public static @Nullable RecusalSource source(String raw) {
    String s = compact(raw);
    if (s.isEmpty()) {
      return RecusalSource.DECLARED;
    }
    for (RecusalSource r : RecusalSource.values()) {
      if (r.name().equalsIgnoreCase(s)) {
        return r;
      }
    }
    if (s.contains("申报") || s.contains("声明") || s.equals("本人")) {
      return RecusalSource.DECLARED;
    }
    if (s.contains("发现") || s.contains("系统") || s.contains("比对") || s.contains("核查")) {
      return RecusalSource.FOUND;
    }
    return null;
  }

  private static String compact(@Nullable String raw) {
    return PersonNames.normalise(raw).toUpperCase(Locale.ROOT);
  }
}
