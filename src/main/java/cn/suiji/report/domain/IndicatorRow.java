package cn.suiji.report.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One indicator of a department's year: its score and the figures behind it.
 *
 * @param score in [0, 1]; null when the indicator does not apply (nothing to measure: no
 *     follow-up to close, no task due yet), which leaves it out of the weighted score
 * @param figures the figures the score is computed from, each a line a clerk reads
 * @param problems what keeps the score from full marks (the undrawn task past its window …)
 */
public record IndicatorRow(Indicator indicator, @Nullable Double score, List<String> figures, List<String> problems) {
  public IndicatorRow {
    if (score != null && (score < 0 || score > 1)) {
      throw new IllegalArgumentException("score " + score);
    }
    figures = List.copyOf(figures);
    problems = List.copyOf(problems);
  }
}
