package cn.suiji.exchange.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The platform's answer to a batch (docs/exchange-protocol.md): per entry key, accepted or
 * rejected with a reason. The same shape comes back from a file in the exchange folder and from
 * the HTTP reply.
 */
public record Receipt(String batchKey, String receivedAt, List<Line> lines) {
  public Receipt {
    lines = List.copyOf(lines);
  }

  /** One entry's answer. */
  public record Line(String key, boolean accepted, @Nullable String reason) {}
}
