package cn.suiji.draw.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where one step of a draw (open, perform, confirm, verify) spent its wall-clock time, phase
 * by phase, sent as {@link cn.suiji.shared.trace.PhaseEvent}s (work {@code draw.<step>}) for
 * {@code suiji bench draw --verbose}: a profiler-lite. Each {@link #lap} charges
 * the time since the previous lap to a phase; laps of the same name add up.
 */
final class DrawTimings {
  private final Map<String, Long> nanos = new LinkedHashMap<>();
  private final long start = System.nanoTime();
  private long mark = start;

  /** Charges the time since the last lap (or the start) to {@code phase}. */
  void lap(String phase) {
    long now = System.nanoTime();
    nanos.merge(phase, now - mark, Long::sum);
    mark = now;
  }

  /** Nanoseconds per phase in the order first lapped, then {@code total}. */
  Map<String, Long> nanos() {
    Map<String, Long> out = new LinkedHashMap<>(nanos);
    out.put("total", System.nanoTime() - start);
    return Collections.unmodifiableMap(out);
  }
}
