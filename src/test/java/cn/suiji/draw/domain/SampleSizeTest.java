package cn.suiji.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SampleSizeTest {
  private static BigDecimal pct(String p) {
    return new BigDecimal(p);
  }

  @Test
  void ratioIsRoundedUp() {
    assertThat(SampleSize.ofRatio(pct("3"), 1)).isEqualTo(1);
    assertThat(SampleSize.ofRatio(pct("3"), 100)).isEqualTo(3);
    assertThat(SampleSize.ofRatio(pct("3"), 101)).isEqualTo(4);
    assertThat(SampleSize.ofRatio(pct("2.50"), 40)).isEqualTo(1);
    assertThat(SampleSize.ofRatio(pct("2.50"), 41)).isEqualTo(2);
    assertThat(SampleSize.ofRatio(pct("10.00"), 1_000_000)).isEqualTo(100_000);
  }

  @Test
  void zeroRatioOrEmptyPoolDrawsNothing() {
    assertThat(SampleSize.ofRatio(pct("0"), 500)).isZero();
    assertThat(SampleSize.ofRatio(pct("30"), 0)).isZero();
  }

  @Test
  void fullCoverageDrawsEveryoneAndNeverMore() {
    assertThat(SampleSize.ofRatio(pct("100"), 37)).isEqualTo(37);
    assertThat(SampleSize.ofRatio(pct("150"), 37)).isEqualTo(37);
  }

  @Test
  void fixedCountIsCappedAtThePool() {
    assertThat(SampleSize.ofFixed(20, 500)).isEqualTo(20);
    assertThat(SampleSize.ofFixed(20, 7)).isEqualTo(7);
    assertThat(SampleSize.ofFixed(-1, 7)).isZero();
  }

  @Test
  void floorRaisesASmallRequestButNeverBeyondThePool() {
    assertThat(SampleSize.withFloor(1, pct("3"), 1000)).isEqualTo(30);
    assertThat(SampleSize.withFloor(50, pct("3"), 1000)).isEqualTo(50);
    assertThat(SampleSize.withFloor(1, pct("10"), 1000)).isEqualTo(100);
    assertThat(SampleSize.withFloor(0, pct("10"), 3)).isEqualTo(1);
    assertThat(SampleSize.withFloor(9, pct("10"), 3)).isEqualTo(3);
  }
}
