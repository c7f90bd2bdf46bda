package cn.suiji.shared.ui;

import java.util.function.Function;
import javafx.util.StringConverter;
import org.jspecify.annotations.Nullable;

/** The text a choice box or combo box shows for its items; the boxes are not editable, so no text is ever turned back into an item. */
public final class Converters {
  private Converters() {}

  /** Shows {@code text} of a value, and nothing for no value. */
  public static <T> StringConverter<T> showing(Function<T, String> text) {
    return showing(text, "");
  }

  /** Shows {@code text} of a value, and {@code none} for no value (a combo box asks for both). */
  public static <T> StringConverter<T> showing(Function<T, String> text, String none) {
    return new StringConverter<>() {
      @Override
      public String toString(@Nullable T value) {
        return value == null ? none : text.apply(value);
      }

      @Override
      public @Nullable T fromString(String s) {
        return null; // not editable: JavaFX never asks
      }
    };
  }
}
