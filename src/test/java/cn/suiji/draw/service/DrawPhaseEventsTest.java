package cn.suiji.draw.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.cli.bench.PhaseRecorder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The draw service keeps no timings (issue 17 §4): each step sends its phases as JFR events,
 * which a recording stream of the benchmark's own receives — here a real one, on a real draw.
 */
class DrawPhaseEventsTest {
  @Test
  void eachStepOfADrawSendsItsPhasesAndTheirSumIsItsTotal() {
    try (DemoDraws demo = new DemoDraws(); PhaseRecorder recorder = new PhaseRecorder()) {
      DrawSession session = demo.service.open("2026-SCJGJ-03", "张操作");
      demo.service.perform(session.drawId(), "38 17 05", List.of("王监督", "李监督"));
      demo.service.confirm(session.drawId());
      Map<String, Map<String, Double>> phases = recorder.phases();
      assertThat(phases).containsKeys("draw.open", "draw.perform", "draw.confirm");
      for (String step : List.of("draw.open", "draw.perform", "draw.confirm")) {
        Map<String, Double> p = phases.get(step);
        assertThat(p).as(step).containsKey("total").hasSizeGreaterThan(1);
        double parts = p.entrySet().stream().filter(e -> !e.getKey().equals("total")).mapToDouble(Map.Entry::getValue).sum();
        assertThat(parts).as(step + ": the phases lie within the step").isLessThanOrEqualTo(p.get("total") + 1e-6);
        assertThat(p.get("total")).as(step).isPositive();
      }
    }
  }
}
