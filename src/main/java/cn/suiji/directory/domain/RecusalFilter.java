package cn.suiji.directory.domain;

import org.jspecify.annotations.Nullable;

/**
 * The filters of the recusals list, each {@code null} (or an empty text) when not used; the text
 * is looked for in the inspector's name and 执法证号 and the target's name and codes.
 */
public record RecusalFilter(@Nullable Long departmentId, @Nullable RecusalReason reason, @Nullable RecusalSource source,
    String text) {
  public RecusalFilter {
    text = text == null ? "" : text.strip();
  }

  public static RecusalFilter all() {
    return new RecusalFilter(null, null, null, "");
  }
}
