package cn.suiji.exchange.domain;

import cn.suiji.shared.outbox.OutboxKind;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * 交接单: the printed page that goes in the paper file with a batch handed over (issue 14) — who
 * sends it (county, departments), the batch, when it was made, how it leaves, its file, the count
 * of each kind and the SHA-256 of the package's manifest (what the province checks the package
 * against; null for a batch without a package).
 */
public record Transmittal(String county, List<String> departments, String batchKey, Batch.Way way,
    OffsetDateTime createdAt, @Nullable String fileName, @Nullable String manifestSha256,
    Map<OutboxKind, Integer> counts, int entries) {
  public Transmittal {
    departments = List.copyOf(departments);
    counts = Map.copyOf(counts);
  }
}
