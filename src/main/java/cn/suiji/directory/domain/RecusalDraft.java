package cn.suiji.directory.domain;

import org.jspecify.annotations.Nullable;

/** A recusal being entered by the clerk: each part {@code null} until chosen. */
public record RecusalDraft(@Nullable Long inspectorId, @Nullable Long targetId, @Nullable RecusalReason reason,
    String note) {
  public RecusalDraft {
    note = note == null ? "" : note;
  }
}
