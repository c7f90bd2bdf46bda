package cn.suiji.shared.ui;

import org.jspecify.annotations.Nullable;

/** An entry of a filter box: the value it filters by ({@code null}: no filter) and its text. */
public record Choice<T>(@Nullable T value, String label) {
  @Override
  public String toString() {
    return label;
  }
}
