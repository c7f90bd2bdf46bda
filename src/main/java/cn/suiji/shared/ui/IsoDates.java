package cn.suiji.shared.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import org.jspecify.annotations.Nullable;
import cn.suiji.shared.l10n.Messages;

/**
 * Dates on screen as the office writes them, {@code 2026-03-16}, whatever the machine's
 * locale; typing {@code 2026/3/16} or {@code 2026.3.16} is accepted too.
 */
public final class IsoDates {
  private static final DateTimeFormatter LENIENT = DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);

  private IsoDates() {}

  public static void use(DatePicker picker) {
    picker.setConverter(new StringConverter<>() {
      @Override
      public String toString(LocalDate date) {
        return date == null ? "" : date.toString();
      }

      @Override
      public LocalDate fromString(String text) {
        return parse(text);
      }
    });
    picker.setPromptText(Messages.msg("common.datePrompt"));
  }

  /** The date typed, or {@code null} for empty or unreadable text (the picker keeps its value). */
  static @Nullable LocalDate parse(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip().replace('/', '-').replace('.', '-');
    try {
      return LocalDate.parse(t, LENIENT);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
