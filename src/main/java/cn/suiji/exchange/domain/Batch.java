package cn.suiji.exchange.domain;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A batch of entries sent together, as an exchange package, an HTTP post or the platform's
 * import workbook: its key (the idempotency key of the whole batch, kept across resends), how it
 * went, its file and manifest hash (a package), attempts (HTTP), when the clerk marked it uploaded
 * (a workbook), and the receipt's counts once one was read.
 */
public record Batch(long id, String key, Way way, int entries, OffsetDateTime createdAt, @Nullable String fileName,
    @Nullable String manifestSha256, int attempts, @Nullable OffsetDateTime receiptAt, int accepted, int rejected,
    @Nullable OffsetDateTime sentAt) {

  /** How a batch leaves the county. */
  public enum Way { PACKAGE, HTTP, WORKBOOK }

  /**
   * The state of its entries still awaiting an answer: SENT once posted or marked uploaded (a
   * workbook), PACKAGED while the file only waits to be handed over.
   */
  public EntryState awaiting() {
    return way == Way.HTTP || sentAt != null ? EntryState.SENT : EntryState.PACKAGED;
  }

  public boolean hasReceipt() {
    return receiptAt != null;
  }
}
