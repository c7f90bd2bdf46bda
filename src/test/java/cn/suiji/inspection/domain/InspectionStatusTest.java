package cn.suiji.inspection.domain;

import static cn.suiji.inspection.domain.InspectionStatus.AWAITING_NOTICE;
import static cn.suiji.inspection.domain.InspectionStatus.CLOSED_WITHOUT_VISIT;
import static cn.suiji.inspection.domain.InspectionStatus.INSPECTED;
import static cn.suiji.inspection.domain.InspectionStatus.NOTIFIED;
import static cn.suiji.inspection.domain.InspectionStatus.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InspectionStatusTest {
  /** Every allowed move, written out from issue 12; all other pairs are refused. */
  private static final Set<String> ALLOWED = Set.of(
      "AWAITING_NOTICE>NOTIFIED",
      "NOTIFIED>INSPECTED",
      "INSPECTED>PUBLISHED",
      "AWAITING_NOTICE>CLOSED_WITHOUT_VISIT",
      "NOTIFIED>CLOSED_WITHOUT_VISIT");

  @Test
  void everyPairIsAllowedExactlyWhenTheLifecycleSaysSo() {
    int allowed = 0;
    for (InspectionStatus from : InspectionStatus.values()) {
      for (InspectionStatus to : InspectionStatus.values()) {
        boolean expected = ALLOWED.contains(from + ">" + to);
        assertThat(InspectionStatus.canMove(from, to)).as(from + " → " + to).isEqualTo(expected);
        allowed += expected ? 1 : 0;
      }
    }
    assertThat(allowed).isEqualTo(ALLOWED.size());
  }

  @Test
  void theWayToTheDoorGoesInOrder() {
    assertThat(InspectionStatus.canMove(AWAITING_NOTICE, NOTIFIED)).isTrue();
    assertThat(InspectionStatus.canMove(NOTIFIED, INSPECTED)).isTrue();
    assertThat(InspectionStatus.canMove(INSPECTED, PUBLISHED)).isTrue();
    assertThat(InspectionStatus.canMove(AWAITING_NOTICE, INSPECTED)).as("no result without a delivered notice").isFalse();
    assertThat(InspectionStatus.canMove(NOTIFIED, PUBLISHED)).as("nothing published before the result").isFalse();
    assertThat(InspectionStatus.canMove(PUBLISHED, INSPECTED)).as("no way back").isFalse();
    assertThat(InspectionStatus.canMove(NOTIFIED, AWAITING_NOTICE)).isFalse();
  }

  @Test
  void onlyInspectionsNotYetInspectedCanBeClosedWithoutAVisit() {
    assertThat(InspectionStatus.canMove(AWAITING_NOTICE, CLOSED_WITHOUT_VISIT)).isTrue();
    assertThat(InspectionStatus.canMove(NOTIFIED, CLOSED_WITHOUT_VISIT)).isTrue();
    assertThat(InspectionStatus.canMove(INSPECTED, CLOSED_WITHOUT_VISIT)).isFalse();
    assertThat(InspectionStatus.canMove(PUBLISHED, CLOSED_WITHOUT_VISIT)).isFalse();
    for (InspectionStatus to : InspectionStatus.values()) {
      assertThat(InspectionStatus.canMove(CLOSED_WITHOUT_VISIT, to)).as("closed is the end").isFalse();
    }
  }

  @Test
  void stayingPutIsNotAMove() {
    for (InspectionStatus s : InspectionStatus.values()) {
      assertThat(InspectionStatus.canMove(s, s)).isFalse();
    }
  }

  @Test
  void onlyClosingNeedsAReason() {
    assertThat(EnumSet.allOf(InspectionStatus.class).stream().filter(InspectionStatus::needsReason))
        .containsExactly(CLOSED_WITHOUT_VISIT);
  }
}
