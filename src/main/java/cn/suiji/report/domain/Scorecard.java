package cn.suiji.report.domain;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A department's evaluation (考评) of a year: the 14 rows, the weighted score out of 100, the
 * grade, and the evidence files the score rests on.
 */
public record Scorecard(int year, String departmentCode, String departmentName, List<IndicatorRow> rows,
    Map<Indicator, Double> weights, @Nullable Double score, @Nullable String grade, List<Evidence> evidence,
    List<Referral> referrals, List<OtherInspection> otherInspections) {

  public Scorecard {
    rows = List.copyOf(rows);
    weights = Map.copyOf(weights);
    evidence = List.copyOf(evidence);
    referrals = List.copyOf(referrals);
    otherInspections = List.copyOf(otherInspections);
  }

  /**
   * Σ weight × score over the rows that apply, divided by Σ weight of those, × 100; null when no
   * row applies or the weights of those that do are all 0.
   */
  public static @Nullable Double score(List<IndicatorRow> rows, Map<Indicator, Double> weights) {
    double sum = 0;
    double weight = 0;
    for (IndicatorRow r : rows) {
      Double s = r.score();
      double w = weights.getOrDefault(r.indicator(), 0.0);
      if (s != null && w > 0) {
        sum += w * s;
        weight += w;
      }
    }
    return weight == 0 ? null : Math.round(sum / weight * 1000) / 10.0;
  }

  public IndicatorRow row(Indicator indicator) {
    return rows.stream().filter(r -> r.indicator() == indicator).findFirst().orElseThrow();
  }

  /** A score in points, or with its weight: the row's score × 100, one decimal; "—" when it does not apply. */
  public static String points(@Nullable Double score) {
    return score == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f", score * 100);
  }
}
