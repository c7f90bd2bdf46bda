package cn.suiji.shared.trace;

import java.util.Map;
import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * One phase of a step of long work and the wall-clock time it took, e.g. work {@code draw.confirm},
 * phase {@code inspections}. Sent by the services instead of keeping timing fields for the
 * benchmarks (issue 17 §4); {@code suiji bench draw --verbose} and {@code bench import --verbose}
 * read them from a recording stream of their own.
 */
@Name(PhaseEvent.NAME)
@Label("Phase of work")
@Category("suiji")
@Description("The wall-clock time one phase of a step of long work took (a draw's step, an import)")
@StackTrace(false)
public final class PhaseEvent extends jdk.jfr.Event {
  /** The event's name for recordings. */
  public static final String NAME = "cn.suiji.Phase";

  @Label("Work")
  @Description("The step of work, e.g. draw.confirm, import.targets")
  String work;

  @Label("Phase")
  String phase;

  @Label("Time")
  @Timespan(Timespan.NANOSECONDS)
  long nanos;

  private PhaseEvent(String work, String phase, long nanos) {
    this.work = work;
    this.phase = phase;
    this.nanos = nanos;
  }

  /** Sends one event per phase of {@code work}, in the map's order; nothing when none is recorded. */
  public static void send(String work, Map<String, Long> nanosByPhase) {
    if (!new PhaseEvent(work, "", 0).isEnabled()) {
      return;
    }
    nanosByPhase.forEach((phase, nanos) -> new PhaseEvent(work, phase, nanos).commit());
  }

  public String work() {
    return work;
  }

  public String phase() {
    return phase;
  }

  public long nanos() {
    return nanos;
  }
}
