package cn.suiji.cli.bench;

import cn.suiji.shared.trace.PhaseEvent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordingStream;

/**
 * Records the {@link PhaseEvent}s this JVM sends while it is open (a JFR recording stream of its
 * own), for a benchmark's {@code --verbose} lines: the services keep no timings (issue 17 §4).
 * {@link #phases()} waits until the stream has passed on everything sent before it was called.
 */
public final class PhaseRecorder implements AutoCloseable {
  private static final String END = "cn.suiji.PhaseRecorder.end";
  private static final long WAIT_SECONDS = 20;
  private final RecordingStream stream = new RecordingStream();
  /** By work, then phase: seconds; the last of each work wins (a step run again replaces it). */
  private final Map<String, Map<String, Double>> byWork = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Map<String, Map<String, Double>> current = new LinkedHashMap<>();
  private final CountDownLatch ended = new CountDownLatch(1);

  public PhaseRecorder() {
    stream.enable(PhaseEvent.NAME).withoutThreshold();
    stream.onEvent(PhaseEvent.NAME, e -> {
      String work = e.getString("work");
      if (END.equals(work)) {
        ended.countDown();
        return;
      }
      String phase = e.getString("phase");
      // a phase already seen for this work starts its next run
      Map<String, Double> phases = current.computeIfAbsent(work, w -> new LinkedHashMap<>());
      if (phases.containsKey(phase)) {
        phases = new LinkedHashMap<>();
        current.put(work, phases);
      }
      phases.put(phase, e.getLong("nanos") / 1e9);
      byWork.put(work, Collections.unmodifiableMap(new LinkedHashMap<>(phases)));
    });
    stream.startAsync();
  }

  /** Seconds by work (e.g. {@code draw.confirm}), then phase, in the order they came; empty when the stream lagged over 20 s. */
  public Map<String, Map<String, Double>> phases() {
    PhaseEvent.send(END, Map.of("end", 0L));
    try {
      if (!ended.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
        return Map.of();
      }
    } catch (InterruptedException e) {
      throw new IllegalStateException("Interrupted while waiting for the recorded phases", e);
    }
    synchronized (byWork) {
      return Collections.unmodifiableMap(new LinkedHashMap<>(byWork));
    }
  }

  @Override
  public void close() {
    stream.close();
  }
}
