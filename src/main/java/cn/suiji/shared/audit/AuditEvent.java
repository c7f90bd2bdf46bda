package cn.suiji.shared.audit;

import org.jspecify.annotations.Nullable;

/**
 * What a service tells the log about one change: the action, the entity, and the entity's
 * state before and after in any stable text form (a record's {@code toString()} will do); only
 * their digests are kept.
 */
public record AuditEvent(
    String action,
    String entity,
    @Nullable String entityId,
    @Nullable String before,
    @Nullable String after,
    @Nullable String detail) {

  /** An event with no before/after state, e.g. a draw attempt or an import. */
  public static AuditEvent of(String action, String entity, @Nullable String entityId, @Nullable String detail) {
    return new AuditEvent(action, entity, entityId, null, null, detail);
  }
}
