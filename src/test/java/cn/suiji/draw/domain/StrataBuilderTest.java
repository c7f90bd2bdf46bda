package cn.suiji.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrataBuilderTest {
  private static final BigDecimal THREE = new BigDecimal("3");
  private static final BigDecimal TEN = new BigDecimal("10");

  /** n entries T00000… of the given class, sorted. */
  private static List<PoolEntry> entries(int from, int n, RiskTier risk, boolean listed) {
    List<PoolEntry> out = new ArrayList<>();
    for (int i = from; i < from + n; i++) {
      out.add(new PoolEntry(String.format("T%05d", i), risk, listed));
    }
    return out;
  }

  @Test
  void oneStratumAllFromTheRatioRoundedUp() {
    StrataBuilder.Result r = StrataBuilder.build(entries(0, 201, RiskTier.A, false),
        TaskAmount.ratio(new BigDecimal("5")), THREE, true);
    assertThat(r.strata()).hasSize(1);
    PlannedStratum all = r.strata().get(0);
    assertThat(all.key()).isEqualTo("all");
    assertThat(all.n()).isEqualTo(201);
    assertThat(all.requestedK()).isEqualTo(11);
    assertThat(all.k()).isEqualTo(11);
    assertThat(all.floorApplied()).isFalse();
  }

  @Test
  void fixedCountBelowTheDirectedFloorIsRaised() {
    PlannedStratum all = StrataBuilder.build(entries(0, 300, null, false), TaskAmount.fixed(5), TEN, true)
        .strata().get(0);
    assertThat(all.requestedK()).isEqualTo(5);
    assertThat(all.floorK()).isEqualTo(30);
    assertThat(all.k()).isEqualTo(30);
    assertThat(all.floorApplied()).isTrue();
  }

  @Test
  void listedTargetsFormTheirOwnStratumAtFullCoverageLast() {
    List<PoolEntry> pool = new ArrayList<>(entries(0, 100, RiskTier.B, false));
    pool.addAll(entries(100, 4, RiskTier.D, true));
    List<PlannedStratum> strata = StrataBuilder.build(pool, TaskAmount.ratio(new BigDecimal("5")), THREE, true).strata();
    assertThat(strata).extracting(PlannedStratum::key).containsExactly("all", "listed");
    assertThat(strata.get(1).k()).isEqualTo(4);
    assertThat(strata.get(1).pool()).containsExactly("T00100", "T00101", "T00102", "T00103");
    assertThat(strata.get(0).n()).isEqualTo(100);
  }

  @Test
  void listedTargetsStayWithTheOthersWhenTheRulesSaySo() {
    List<PoolEntry> pool = new ArrayList<>(entries(0, 100, RiskTier.B, false));
    pool.addAll(entries(100, 4, RiskTier.D, true));
    List<PlannedStratum> strata = StrataBuilder.build(pool, TaskAmount.ratio(new BigDecimal("5")), THREE, false).strata();
    assertThat(strata).extracting(PlannedStratum::key).containsExactly("all");
    assertThat(strata.get(0).n()).isEqualTo(104);
  }

  @Test
  void perClassRatiosMakeOneStratumPerClassAndUnclassifiedGoToNone() {
    List<PoolEntry> pool = new ArrayList<>();
    pool.addAll(entries(0, 600, RiskTier.A, false));
    pool.addAll(entries(600, 300, RiskTier.B, false));
    pool.addAll(entries(900, 80, RiskTier.C, false));
    pool.addAll(entries(980, 20, RiskTier.D, false));
    pool.addAll(entries(1000, 10, null, false));
    TaskAmount amount = TaskAmount.perClass(new BigDecimal("2"), new BigDecimal("5"), new BigDecimal("30"),
        new BigDecimal("80"));
    List<PlannedStratum> strata = StrataBuilder.build(pool, amount, THREE, true).strata();
    assertThat(strata).extracting(PlannedStratum::key).containsExactly("A", "B", "C", "D", "none");
    assertThat(strata).extracting(PlannedStratum::k).containsExactly(12, 15, 24, 16, 1);
    // 68 of 1010 ≥ 3%: no floor needed, A keeps its low ratio
    assertThat(strata).noneMatch(PlannedStratum::floorApplied);
  }

  @Test
  void perClassTotalBelowTheFloorRaisesEachClassToItsFloor() {
    List<PoolEntry> pool = new ArrayList<>(entries(0, 1000, RiskTier.A, false));
    pool.addAll(entries(1000, 100, RiskTier.B, false));
    TaskAmount amount = TaskAmount.perClass(new BigDecimal("1"), new BigDecimal("2"), null, null);
    List<PlannedStratum> strata = StrataBuilder.build(pool, amount, THREE, true).strata();
    assertThat(strata).extracting(PlannedStratum::k).containsExactly(30, 3);
    assertThat(strata.get(0).floorApplied()).isTrue();
  }

  @Test
  void aClassWithoutARatioIsLeftOutAndCounted() {
    List<PoolEntry> pool = new ArrayList<>(entries(0, 50, RiskTier.A, false));
    pool.addAll(entries(50, 7, RiskTier.C, false));
    StrataBuilder.Result r = StrataBuilder.build(pool,
        TaskAmount.perClass(new BigDecimal("10"), null, null, null), THREE, true);
    assertThat(r.strata()).extracting(PlannedStratum::key).containsExactly("A");
    assertThat(r.classLeftOut()).isEqualTo(7);
  }

  @Test
  void emptyStrataAreDroppedAndKeyItemsMayDrawEveryone() {
    List<PlannedStratum> strata = StrataBuilder.build(entries(0, 9, RiskTier.C, false),
        TaskAmount.ratio(new BigDecimal("100")), TEN, true).strata();
    assertThat(strata).singleElement().satisfies(s -> {
      assertThat(s.k()).isEqualTo(9);
      assertThat(s.toStratum().pool()).hasSize(9);
    });
    assertThat(StrataBuilder.build(List.of(), TaskAmount.ratio(TEN), TEN, true).strata()).isEmpty();
  }

  @Test
  void inspectorEligibilityGivesTheFirstReason() {
    java.time.LocalDate end = java.time.LocalDate.of(2026, 6, 30);
    var ok = new InspectorCandidate("X-1", "甲", true, end, java.util.Set.of("I1", "I2"));
    assertThat(ok.exclusion(end, java.util.Set.of("I1"))).isEmpty();
    assertThat(new InspectorCandidate("X-2", "乙", false, null, java.util.Set.of()).exclusion(end, java.util.Set.of()))
        .contains(InspectorExclusion.Reason.NOT_ON_DUTY);
    assertThat(new InspectorCandidate("X-3", "丙", true, end.minusDays(1), java.util.Set.of("I1"))
        .exclusion(end, java.util.Set.of("I1"))).contains(InspectorExclusion.Reason.EXPIRED_CERT);
    assertThat(ok.exclusion(end, java.util.Set.of("I1", "I3"))).contains(InspectorExclusion.Reason.NOT_ELIGIBLE);
  }
}
