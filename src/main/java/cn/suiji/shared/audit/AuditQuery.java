package cn.suiji.shared.audit;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the audit log screen asks for: entries in a time range, of one action, operator and kind
 * of object, whose text holds {@code text}. Null or blank means "any". {@code actionsNamed}
 * are the action codes whose shown (Chinese) name holds the text, so a search for 抽取 finds
 * {@code DRAW_CONFIRM} although the stored code is English.
 */
public record AuditQuery(
    @Nullable Instant from,
    @Nullable Instant to,
    @Nullable String action,
    @Nullable String user,
    @Nullable String entity,
    @Nullable String text,
    Set<String> actionsNamed) {

  public AuditQuery {
    actionsNamed = Set.copyOf(actionsNamed);
  }

  /** Every entry. */
  public static AuditQuery all() {
    return new AuditQuery(null, null, null, null, null, null, Set.of());
  }
}
