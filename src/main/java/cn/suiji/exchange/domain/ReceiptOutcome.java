package cn.suiji.exchange.domain;

import java.util.List;

/**
 * What reading a receipt changed: entries newly accepted and rejected, those whose state already
 * said so (a receipt read twice changes nothing), and keys the batch does not hold (reported, ignored).
 */
public record ReceiptOutcome(String batchKey, int accepted, int rejected, int unchanged, List<String> unknownKeys) {
  public ReceiptOutcome {
    unknownKeys = List.copyOf(unknownKeys);
  }
}
