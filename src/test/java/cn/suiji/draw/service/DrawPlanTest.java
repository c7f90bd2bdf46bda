package cn.suiji.draw.service;

import static cn.suiji.shared.db.generated.Tables.DEPARTMENT;
import static cn.suiji.shared.db.generated.Tables.DRAW;
import static cn.suiji.shared.db.generated.Tables.INSPECTION;
import static cn.suiji.shared.db.generated.Tables.INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.INSPECTOR_ITEM;
import static cn.suiji.shared.db.generated.Tables.RECUSAL;
import static cn.suiji.shared.db.generated.Tables.TARGET;
import static cn.suiji.shared.db.generated.Tables.TARGET_DEPARTMENT;
import static cn.suiji.shared.db.generated.Tables.TASK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.draw.domain.Conflict;
import cn.suiji.draw.domain.DrawPlan;
import cn.suiji.draw.domain.Exclusion;
import cn.suiji.draw.domain.InspectorExclusion;
import cn.suiji.draw.domain.PlannedGroup;
import cn.suiji.draw.domain.PlannedStratum;
import cn.suiji.shared.SuijiException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

class DrawPlanTest {
  private final DemoDraws demo = new DemoDraws();
  private final DSLContext dsl = demo.db.dsl();

  @AfterEach
  void close() {
    demo.close();
  }

  private static List<String> pool(DrawPlan plan) {
    return plan.strata().stream().flatMap(s -> s.pool().stream()).toList();
  }

  private static int excluded(DrawPlan plan, Exclusion.Reason reason) {
    return plan.exclusions().stream().filter(e -> e.reason() == reason).mapToInt(Exclusion::count).sum();
  }

  @Test
  void poolFollowsTownshipAndIndustryScopeAndCountsEveryExclusion(TestReporter reporter) {
    long started = System.nanoTime();
    DrawPlan plan = demo.service.plan("2026-SCJGJ-04");
    reporter.publishEntry("plan 2026-SCJGJ-04 ms", Long.toString((System.nanoTime() - started) / 1_000_000));
    List<String> pool = pool(plan);
    assertThat(pool).isNotEmpty();
    Map<String, List<String>> facts = dsl.select(TARGET.OBJECT_KEY, TARGET.TOWNSHIP, TARGET.INDUSTRY_CODE, TARGET.STATUS)
        .from(TARGET).where(TARGET.OBJECT_KEY.in(pool))
        .fetchMap(r -> r.value1(), r -> List.of(r.value2(), r.value3(), r.value4()));
    assertThat(facts).hasSize(pool.size());
    assertThat(facts.values()).allSatisfy(f -> {
      assertThat(f.get(0)).isEqualTo("城关镇");
      assertThat(f.get(1)).isIn("5165", "5281", "5287");
      assertThat(f.get(2)).isIn("EXISTING", "OPERATING");
    });
    long scjgj = dsl.select(DEPARTMENT.ID).from(DEPARTMENT).where(DEPARTMENT.CODE.eq("SCJGJ")).fetchSingle().value1();
    int inScope = dsl.fetchCount(dsl.select().from(TARGET).join(TARGET_DEPARTMENT)
        .on(TARGET_DEPARTMENT.TARGET_ID.eq(TARGET.ID)).where(TARGET_DEPARTMENT.DEPARTMENT_ID.eq(scjgj))
        .and(TARGET.TOWNSHIP.eq("城关镇")).and(TARGET.INDUSTRY_CODE.in("5165", "5281", "5287")));
    int notInBusiness = dsl.fetchCount(dsl.select().from(TARGET).join(TARGET_DEPARTMENT)
        .on(TARGET_DEPARTMENT.TARGET_ID.eq(TARGET.ID)).where(TARGET_DEPARTMENT.DEPARTMENT_ID.eq(scjgj))
        .and(TARGET.TOWNSHIP.eq("城关镇")).and(TARGET.INDUSTRY_CODE.in("5165", "5281", "5287"))
        .and(TARGET.STATUS.notIn("EXISTING", "OPERATING")));
    assertThat(excluded(plan, Exclusion.Reason.NOT_IN_BUSINESS)).isEqualTo(notInBusiness).isPositive();
    assertThat(excluded(plan, Exclusion.Reason.OUT_OF_SCOPE)).isEqualTo(plan.directorySize() - inScope);
    assertThat(plan.exclusions().stream().mapToInt(Exclusion::count).sum() + pool.size())
        .isEqualTo(plan.directorySize());
    // 定向 15%: ratio rounded up, never below the 10% floor
    PlannedStratum all = plan.strata().stream().filter(s -> s.key().equals("all")).findFirst().orElseThrow();
    assertThat(all.k()).isEqualTo(new BigDecimal(all.n()).multiply(new BigDecimal("0.15"))
        .setScale(0, java.math.RoundingMode.CEILING).intValue());
  }

  @Test
  void kindScopeKeepsOnlyThatKind() {
    DrawPlan plan = demo.service.plan("2026-SCJGJ-02");
    List<String> kinds = dsl.selectDistinct(TARGET.KIND).from(TARGET).where(TARGET.OBJECT_KEY.in(pool(plan)))
        .fetch(TARGET.KIND);
    assertThat(kinds).containsExactly("INDIVIDUAL");
    // without a place filter the pass reads only targets in business and counts the others
    // from the status index: the counts must be those of the full pass
    long scjgj = dsl.select(DEPARTMENT.ID).from(DEPARTMENT).where(DEPARTMENT.CODE.eq("SCJGJ")).fetchSingle().value1();
    var members = dsl.select(TARGET.KIND, TARGET.STATUS).from(TARGET).join(TARGET_DEPARTMENT)
        .on(TARGET_DEPARTMENT.TARGET_ID.eq(TARGET.ID)).where(TARGET_DEPARTMENT.DEPARTMENT_ID.eq(scjgj)).fetch();
    long otherKinds = members.stream().filter(r -> !r.value1().equals("INDIVIDUAL")).count();
    long closed = members.stream().filter(r -> r.value1().equals("INDIVIDUAL")
        && !List.of("EXISTING", "OPERATING").contains(r.value2())).count();
    assertThat(excluded(plan, Exclusion.Reason.OUT_OF_SCOPE)).isEqualTo(otherKinds).isPositive();
    assertThat(excluded(plan, Exclusion.Reason.NOT_IN_BUSINESS)).isEqualTo(closed).isPositive();
    assertThat(plan.exclusions().stream().mapToInt(Exclusion::count).sum() + pool(plan).size())
        .isEqualTo(plan.directorySize()).isEqualTo(members.size());
  }

  @Test
  void targetsInspectedForTheSameItemWithinTheWindowAreLeftOut() {
    DrawPlan before = demo.service.plan("2026-SCJGJ-01");
    List<String> pool = pool(before);
    String recent = pool.get(5);
    String old = pool.get(6);
    // 2026-JYJ-01 shares the item SCJGJ 25 with 2026-SCJGJ-01
    long other = dsl.select(TASK.ID).from(TASK).where(TASK.CODE.eq("2026-JYJ-01")).fetchSingle().value1();
    long draw = dsl.insertInto(DRAW).set(DRAW.TASK_ID, other).set(DRAW.ATTEMPT, 1).set(DRAW.SPEC, "suiji-draw-v1")
        .set(DRAW.STATUS, "VOIDED").set(DRAW.OPERATOR_NAME, "x").set(DRAW.CREATED_AT, OffsetDateTime.now())
        .set(DRAW.COMMITMENT, "0".repeat(64)).set(DRAW.RECORD_JSON, "{}").returningResult(DRAW.ID).fetchSingle()
        .value1();
    for (Object[] row : new Object[][] {{recent, LocalDate.of(2026, 1, 10)}, {old, LocalDate.of(2024, 12, 1)}}) {
      long target = dsl.select(TARGET.ID).from(TARGET).where(TARGET.OBJECT_KEY.eq((String) row[0])).fetchSingle()
          .value1();
      dsl.insertInto(INSPECTION).set(INSPECTION.DRAW_ID, draw).set(INSPECTION.TASK_ID, other)
          .set(INSPECTION.TARGET_ID, target).set(INSPECTION.DRAW_ORDER, 1).set(INSPECTION.STATUS, "INSPECTED")
          .set(INSPECTION.INSPECTED_ON, (LocalDate) row[1]).execute();
    }
    DrawPlan after = demo.service.plan("2026-SCJGJ-01");
    assertThat(pool(after)).doesNotContain(recent).contains(old).hasSize(pool.size() - 1);
    assertThat(excluded(after, Exclusion.Reason.RECENTLY_INSPECTED))
        .isEqualTo(excluded(before, Exclusion.Reason.RECENTLY_INSPECTED) + 1);
  }

  @Test
  void perClassRatiosGiveOneStratumPerClassAndListedTargetsTheirOwnAtFullCoverage() {
    DrawPlan plan = demo.service.plan("2026-SCJGJ-01");
    assertThat(plan.strata()).extracting(PlannedStratum::key).containsSubsequence("A", "B", "C", "D", "listed");
    Map<String, PlannedStratum> byKey = plan.strata().stream().collect(Collectors.toMap(PlannedStratum::key, s -> s));
    PlannedStratum listed = byKey.get("listed");
    assertThat(listed.k()).isEqualTo(listed.n()).isPositive();
    assertThat(dsl.fetchCount(TARGET, TARGET.OBJECT_KEY.in(listed.pool())
        .and(TARGET.ABNORMAL.isFalse()).and(TARGET.SERIOUS_VIOLATION.isFalse()))).isZero();
    assertThat(byKey.get("D").ratioPercent()).isEqualByComparingTo("80");
    assertThat(byKey.get("D").k()).isEqualTo((int) Math.ceil(byKey.get("D").n() * 0.8));
    for (String tier : List.of("A", "B", "C", "D")) {
      String risk = dsl.selectDistinct(TARGET.RISK_CLASS).from(TARGET)
          .where(TARGET.OBJECT_KEY.in(byKey.get(tier).pool())).fetchSingle().value1();
      assertThat(risk).isEqualTo(tier);
    }
  }

  /**
   * The pass reads each target's class as one number the database computes (risk class, lists,
   * scope): a target without a class, one on the serious-violation list only, and one whose
   * township is missing must land where the rules put them.
   */
  @Test
  void unclassifiedSeriousOnlyAndMissingTownshipLandWhereTheRulesPutThem() {
    Map<String, PlannedStratum> before = byKey(demo.service.plan("2026-SCJGJ-01"));
    String unclassified = before.get("A").pool().get(0);
    String seriousOnly = before.get("A").pool().get(1);
    dsl.update(TARGET).setNull(TARGET.RISK_CLASS).where(TARGET.OBJECT_KEY.eq(unclassified)).execute();
    dsl.update(TARGET).set(TARGET.ABNORMAL, false).set(TARGET.SERIOUS_VIOLATION, true)
        .where(TARGET.OBJECT_KEY.eq(seriousOnly)).execute();
    Map<String, PlannedStratum> after = byKey(demo.service.plan("2026-SCJGJ-01"));
    assertThat(after.get("A").pool()).doesNotContain(unclassified, seriousOnly).hasSize(before.get("A").n() - 2);
    assertThat(after.get("none").pool()).contains(unclassified);
    assertThat(after.get("listed").pool()).contains(seriousOnly).hasSize(before.get("listed").n() + 1);

    DrawPlan scoped = demo.service.plan("2026-SCJGJ-04"); // township 城关镇
    String placeless = pool(scoped).get(0);
    dsl.update(TARGET).setNull(TARGET.TOWNSHIP).where(TARGET.OBJECT_KEY.eq(placeless)).execute();
    DrawPlan without = demo.service.plan("2026-SCJGJ-04");
    assertThat(pool(without)).doesNotContain(placeless).hasSize(pool(scoped).size() - 1);
    assertThat(excluded(without, Exclusion.Reason.OUT_OF_SCOPE))
        .isEqualTo(excluded(scoped, Exclusion.Reason.OUT_OF_SCOPE) + 1);
  }

  /**
   * A county-wide task that does not stratify by class (文化市场不定向抽查, WLJ) reads each
   * target's listing from the sign of its id: a target put on the serious-violation list moves
   * from all to listed, and the targets not in business are counted without a second query.
   */
  @Test
  void aCountyWideTaskReadsTheListingAndCountsTheClosedWithoutAFilter() {
    String code = dsl.select(TASK.CODE).from(TASK).where(TASK.NAME.eq("文化市场不定向抽查")).fetchSingle().value1();
    DrawPlan before = demo.service.plan(code);
    Map<String, PlannedStratum> strata = byKey(before);
    String moved = strata.get("all").pool().get(0);
    dsl.update(TARGET).set(TARGET.ABNORMAL, false).set(TARGET.SERIOUS_VIOLATION, true)
        .where(TARGET.OBJECT_KEY.eq(moved)).execute();
    DrawPlan after = demo.service.plan(code);
    Map<String, PlannedStratum> now = byKey(after);
    assertThat(now.get("all").pool()).doesNotContain(moved).hasSize(strata.get("all").n() - 1);
    assertThat(now.get("listed").pool()).contains(moved);
    assertThat(dsl.fetchCount(TARGET, TARGET.OBJECT_KEY.in(now.get("listed").pool())
        .and(TARGET.ABNORMAL.isFalse()).and(TARGET.SERIOUS_VIOLATION.isFalse()))).isZero();
    assertThat(dsl.fetchCount(TARGET, TARGET.OBJECT_KEY.in(now.get("all").pool())
        .and(TARGET.ABNORMAL.isTrue().or(TARGET.SERIOUS_VIOLATION.isTrue())))).isZero();
    long wlj = dsl.select(DEPARTMENT.ID).from(DEPARTMENT).where(DEPARTMENT.CODE.eq("WLJ")).fetchSingle().value1();
    int closed = dsl.fetchCount(dsl.select().from(TARGET).join(TARGET_DEPARTMENT)
        .on(TARGET_DEPARTMENT.TARGET_ID.eq(TARGET.ID)).where(TARGET_DEPARTMENT.DEPARTMENT_ID.eq(wlj))
        .and(TARGET.STATUS.notIn("EXISTING", "OPERATING")));
    assertThat(excluded(after, Exclusion.Reason.NOT_IN_BUSINESS)).isEqualTo(closed).isPositive();
    assertThat(excluded(after, Exclusion.Reason.OUT_OF_SCOPE)).isZero();
    assertThat(after.exclusions().stream().mapToInt(Exclusion::count).sum() + pool(after).size())
        .isEqualTo(after.directorySize());
  }

  private static Map<String, PlannedStratum> byKey(DrawPlan plan) {
    return plan.strata().stream().collect(Collectors.toMap(PlannedStratum::key, s -> s));
  }

  @Test
  void jointTaskHasOneGroupPerDepartmentSortedWithIneligibleInspectorsExplained() {
    // make one inspector of each kind of trouble in SCJGJ
    long scjgj001 = inspectorId("SCJGJ-001");
    dsl.update(INSPECTOR).set(INSPECTOR.STATUS, "ON_LEAVE").where(INSPECTOR.ID.eq(scjgj001)).execute();
    dsl.update(INSPECTOR).set(INSPECTOR.CERT_EXPIRY, LocalDate.of(2026, 7, 30))
        .where(INSPECTOR.INSPECTOR_KEY.eq("SCJGJ-002")).execute(); // the task ends 2026-07-31
    dsl.deleteFrom(INSPECTOR_ITEM).where(INSPECTOR_ITEM.INSPECTOR_ID.eq(inspectorId("SCJGJ-003"))).execute();

    DrawPlan plan = demo.service.plan("2026-SCJGJ-03");
    assertThat(plan.groups()).extracting(PlannedGroup::key).containsExactly("SCJGJ", "WJJ");
    assertThat(plan.groups()).allSatisfy(g -> assertThat(g.m()).isEqualTo(2));
    Map<String, InspectorExclusion.Reason> why = plan.inspectorExclusions().stream()
        .collect(Collectors.toMap(InspectorExclusion::inspectorKey, InspectorExclusion::reason));
    assertThat(why).containsEntry("SCJGJ-001", InspectorExclusion.Reason.NOT_ON_DUTY)
        .containsEntry("SCJGJ-002", InspectorExclusion.Reason.EXPIRED_CERT)
        .containsEntry("SCJGJ-003", InspectorExclusion.Reason.NOT_ELIGIBLE);
    List<String> pooled = plan.groups().stream().flatMap(g -> g.pool().stream()).toList();
    assertThat(pooled).doesNotContainAnyElementsOf(why.keySet()).contains("SCJGJ-004", "WJJ-001");
    // every pooled inspector really is on duty with a certificate valid through the end
    assertThat(dsl.fetchCount(INSPECTOR, INSPECTOR.INSPECTOR_KEY.in(pooled)
        .and(INSPECTOR.STATUS.ne("ON_DUTY").or(INSPECTOR.CERT_EXPIRY.lt(LocalDate.of(2026, 7, 31)))))).isZero();
  }

  @Test
  void recusalsAmongThePoolsBecomeTheConflicts() {
    DrawPlan before = demo.service.plan("2026-SCJGJ-04");
    String target = pool(before).get(0);
    long targetId = dsl.select(TARGET.ID).from(TARGET).where(TARGET.OBJECT_KEY.eq(target)).fetchSingle().value1();
    dsl.insertInto(RECUSAL).set(RECUSAL.INSPECTOR_ID, inspectorId("SCJGJ-004")).set(RECUSAL.TARGET_ID, targetId)
        .set(RECUSAL.REASON, "KIN").set(RECUSAL.SOURCE, "DECLARED").set(RECUSAL.CREATED_AT, OffsetDateTime.now())
        .execute();
    DrawPlan plan = demo.service.plan("2026-SCJGJ-04");
    assertThat(plan.conflicts()).contains(new Conflict("SCJGJ-004", target));
    List<String> pool = pool(plan);
    List<String> inspectors = plan.groups().stream().flatMap(g -> g.pool().stream()).toList();
    assertThat(plan.conflicts()).allSatisfy(c -> {
      assertThat(pool).contains(c.objectKey());
      assertThat(inspectors).contains(c.inspectorKey());
    });
  }

  @Test
  void unknownTaskIsRefusedByName() {
    assertThatThrownBy(() -> demo.service.plan("NO-SUCH")).isInstanceOf(SuijiException.class)
        .satisfies(e -> assertThat(((SuijiException) e).key()).isEqualTo("draw.service.noSuchTask"));
  }

  private long inspectorId(String key) {
    return dsl.select(INSPECTOR.ID).from(INSPECTOR).where(INSPECTOR.INSPECTOR_KEY.eq(key)).fetchSingle().value1();
  }
}
