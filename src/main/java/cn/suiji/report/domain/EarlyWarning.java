package cn.suiji.report.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The early-warning list (预警) of a scope on a day: targets with repeated problems, townships
 * and industries ranked by problem rate (only those with at least {@code minInspected}
 * inspected), overdue follow-ups and referrals without feedback.
 */
public record EarlyWarning(StatsScope scope, LocalDate asOf, int minInspected, List<RepeatedProblemTarget> repeated,
    List<ProblemRate> townships, List<ProblemRate> industries, List<OpenFollowUp> overdueFollowUps,
    List<OpenFollowUp> referralsWithoutFeedback) {

  /** Inspections a group needs before it is ranked: below it the interval is too wide to say anything. */
  public static final int MIN_INSPECTED = 30;

  public EarlyWarning {
    repeated = List.copyOf(repeated);
    townships = List.copyOf(townships);
    industries = List.copyOf(industries);
    overdueFollowUps = List.copyOf(overdueFollowUps);
    referralsWithoutFeedback = List.copyOf(referralsWithoutFeedback);
  }

  /**
   * The groups of {@code view} with at least {@code minInspected} inspected, ranked by the Wilson
   * lower bound (highest first), then by the rate, then by key; the group without a key
   * (no township or industry recorded) is left out.
   */
  public static List<ProblemRate> rank(StatsView view, int minInspected) {
    return view.rows().stream()
        .filter(r -> !r.key().isEmpty() && r.inspected() >= Math.max(1, minInspected))
        .map(r -> new ProblemRate(view.grouping(), r.key(), r.label(), r.inspected(), r.withProblem(),
            WilsonInterval.of95(r.withProblem(), r.inspected())))
        .sorted(Comparator.comparingDouble((ProblemRate p) -> p.interval().lower()).reversed()
            .thenComparing(Comparator.comparingDouble((ProblemRate p) -> (double) p.withProblem() / p.inspected())
                .reversed())
            .thenComparing(ProblemRate::key))
        .toList();
  }
}
