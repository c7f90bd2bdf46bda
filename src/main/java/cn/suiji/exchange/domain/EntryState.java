package cn.suiji.exchange.domain;

/**
 * Where an outbox entry is on its way to the province: PENDING → PACKAGED (put in an exchange
 * package) or SENT (posted over HTTP) → ACCEPTED or REJECTED (with the platform's reason);
 * REJECTED → RESENT once a newer entry of the same subject (the corrected record) is added.
 */
public enum EntryState {
  PENDING, PACKAGED, SENT, ACCEPTED, REJECTED, RESENT;

  /** Waiting for the platform's answer (in a batch, no receipt yet). */
  public boolean awaitingReceipt() {
    return this == PACKAGED || this == SENT;
  }
}
