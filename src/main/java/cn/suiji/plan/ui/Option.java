package cn.suiji.plan.ui;

import org.jspecify.annotations.Nullable;

/** An entry of a choice box: the value ({@code null}: any / none) and the text shown. */
public record Option<T>(@Nullable T value, String label) {
  @Override
  public String toString() {
    return label;
  }
}
