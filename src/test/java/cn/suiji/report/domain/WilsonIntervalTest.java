package cn.suiji.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The 95 % Wilson score interval against the worked examples of Newcombe, "Two-sided confidence
 * intervals for the single proportion: comparison of seven methods", Statistics in Medicine 17
 * (1998) 857–872, Table II, method 3 (score interval without continuity correction), given there
 * to four decimals.
 */
class WilsonIntervalTest {
  private static void assertInterval(int x, int n, double lower, double upper) {
    WilsonInterval w = WilsonInterval.of95(x, n);
    assertThat(w.lower()).as("lower of %d/%d", x, n).isCloseTo(lower, within(0.00005));
    assertThat(w.upper()).as("upper of %d/%d", x, n).isCloseTo(upper, within(0.00005));
  }

  @Test
  void matchesNewcombesWorkedExamples() {
    assertInterval(81, 263, 0.2553, 0.3662);
    assertInterval(15, 148, 0.0624, 0.1605);
    assertInterval(0, 20, 0.0, 0.1611);
    assertInterval(1, 29, 0.0061, 0.1718);
  }

  @Test
  void staysWithinZeroAndOneAtTheEdges() {
    assertThat(WilsonInterval.of95(0, 1).lower()).isZero();
    assertThat(WilsonInterval.of95(5, 5).upper()).isEqualTo(1.0);
    assertThat(WilsonInterval.of95(5, 5).lower()).isCloseTo(0.5655, within(0.00005));
  }

  @Test
  void aHandfulOfInspectionsGivesAWideInterval() {
    WilsonInterval few = WilsonInterval.of95(2, 3);
    WilsonInterval many = WilsonInterval.of95(40, 200);
    assertThat(few.upper() - few.lower()).isGreaterThan(0.6);
    assertThat(many.upper() - many.lower()).isLessThan(0.12);
    // the naive rates say 67 % against 20 %; the intervals overlap: three visits prove little
    assertThat(few.lower()).isLessThan(many.upper());
  }

  @Test
  void refusesImpossibleCounts() {
    assertThatThrownBy(() -> WilsonInterval.of95(1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WilsonInterval.of95(4, 3)).isInstanceOf(IllegalArgumentException.class);
  }
}
