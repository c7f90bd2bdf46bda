package cn.suiji.inspection.service;

import cn.suiji.shared.l10n.Messages;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Enum constants found by what a clerk types: the label in the current language (or one of its
 * parts around “/”, 移送 or 抄告 for 移送/抄告), a label that starts with the text (实地 for
 * 实地检查), or the constant's name.
 */
final class Labels {
  private Labels() {}

  static <E extends Enum<E>> @Nullable E find(E[] values, String typed) {
    String t = typed.strip();
    if (t.isEmpty()) {
      return null;
    }
    for (E e : values) {
      String label = Messages.current().label(e);
      if (label.equals(t) || e.name().equals(t.toUpperCase(Locale.ROOT))) {
        return e;
      }
      for (String part : label.split("/")) {
        if (part.equals(t)) {
          return e;
        }
      }
    }
    for (E e : values) {
      if (t.length() >= 2 && Messages.current().label(e).startsWith(t)) {
        return e;
      }
    }
    return null;
  }
}
