package cn.suiji.directory.service;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a target import spent its time, phase by phase, sent as {@link cn.suiji.shared.trace.PhaseEvent}s of work {@code import.targets} for {@code suiji bench import --verbose}
 * (a profiler-lite: wall-clock nanoseconds summed over the batches). Reading and checking rows is
 * what is left of the total after the timed phases.
 */
final class ImportTimings {
  /** The timed parts of an import. */
  enum Phase { LOOKUP, INSERT, UPDATE, DEPARTMENT, REPORT, GRAMS, AUDIT, COMMIT, UNINDEX, INDEX }

  private final Map<Phase, Long> nanos = new EnumMap<>(Phase.class);
  private final long start = System.nanoTime();

  private long mark;

  /** Remembers now, for {@link #addSinceMark}. */
  void mark() {
    mark = System.nanoTime();
  }

  void addSinceMark(Phase phase) {
    add(phase, System.nanoTime() - mark);
  }

  void add(Phase phase, long elapsed) {
    nanos.merge(phase, elapsed, Long::sum);
  }

  /** Nanoseconds per phase in order, with {@code READ_CHECK} (the rest) first and {@code TOTAL} last. */
  Map<String, Long> nanos() {
    long total = System.nanoTime() - start;
    long timed = nanos.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Long> out = new LinkedHashMap<>();
    out.put("READ_CHECK", total - timed);
    for (Map.Entry<Phase, Long> e : nanos.entrySet()) {
      out.put(e.getKey().name(), e.getValue());
    }
    out.put("TOTAL", total);
    return out;
  }
}
