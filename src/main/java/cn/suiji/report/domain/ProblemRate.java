package cn.suiji.report.domain;

/**
 * A township's or an industry's problem rate: inspections with a problem code of those
 * inspected, with the 95 % Wilson interval. Ranked by the interval's lower bound: the rate the
 * data supports at least, so a group of few inspections does not raise an alarm.
 */
public record ProblemRate(Grouping grouping, String key, String label, int inspected, int withProblem,
    WilsonInterval interval) {

  public Share rate() {
    return new Share(withProblem, inspected);
  }
}
