package cn.suiji.shared.outbox;

import java.util.Map;
import org.jooq.DSLContext;

/**
 * Where a feature puts what must reach the provincial platform, in the transaction of the change
 * it carries, so the entry commits and rolls back with it (issue 14). Implemented by
 * {@code cn.suiji.exchange.service.OutboxService}; features see only this interface, so the
 * dependency points from {@code exchange} to them and never back.
 */
public interface Outbox {
  /** An outbox that keeps nothing, for services built without one (tests of other features). */
  Outbox NONE = (tx, kind, key, subject, payload) -> { };

  /**
   * Adds an entry in the caller's transaction. Adding a key already present with the same content
   * does nothing (a replayed change); a rejected entry of the same subject is marked resent.
   *
   * @param key the stable idempotency key the province sees ({@code result:42}); one per content
   * @param subject what the entry is about ({@code inspection:7}): a newer entry of the same subject
   *     supersedes an older rejected one
   * @param payload the values sent, as JSON members (strings, numbers, booleans, lists and maps of them)
   */
  void add(DSLContext tx, OutboxKind kind, String key, String subject, Map<String, ?> payload);
}
