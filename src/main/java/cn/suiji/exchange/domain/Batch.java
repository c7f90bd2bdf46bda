package cn.suiji.exchange.domain;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A batch of entries sent together, as an exchange package or an HTTP post: its key (the
 * idempotency key of the whole batch, kept across resends), how it went, its file and manifest
 * hash (a package), attempts (HTTP), and the receipt's counts once one was read.
 */
public record Batch(long id, String key, Way way, int entries, OffsetDateTime createdAt, @Nullable String fileName,
    @Nullable String manifestSha256, int attempts, @Nullable OffsetDateTime receiptAt, int accepted, int rejected) {

  /** How a batch leaves the county. */
  public enum Way { PACKAGE, HTTP }

  public boolean hasReceipt() {
    return receiptAt != null;
  }
}
