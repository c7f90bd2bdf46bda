package cn.suiji.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskCheckTest {
  private static final TaskCheck.Context CONTEXT = new TaskCheck.Context(2026, RatioFloors.DEFAULT,
      Set.of("SCJGJ", "WJJ"), Set.of("SX-SCJGJ-01", "SX-SCJGJ-02", "SX-WJJ-02"), Set.of("城关镇", "清水镇"),
      Set.of("2026-SCJGJ-01")::contains);

  /** A valid undirected task at 5%. */
  private static TaskDraft good() {
    return new TaskDraft(null, "2026-SCJGJ-09", "个体户年报抽查", TaskType.UNDIRECTED, new BigDecimal("5"), null, null, null,
        null, null, List.of(), List.of(), List.of(), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), "SCJGJ",
        List.of("WJJ"), InspectionMode.COUNTY_COUNTY, TaskStatus.PLANNED, List.of("SX-SCJGJ-01", "SX-WJJ-02"));
  }

  private static Builder draft() {
    return new Builder(good());
  }

  private static List<String> keys(TaskDraft d) {
    return TaskCheck.check(d, CONTEXT).problems().stream().map(TaskProblem::key).toList();
  }

  @Test
  void aGoodTaskPassesAndKeepsItsFields() {
    TaskCheck.Result r = TaskCheck.check(good(), CONTEXT);
    assertThat(r.problems()).isEmpty();
    assertThat(r.task().code()).isEqualTo("2026-SCJGJ-09");
    assertThat(r.task().itemCodes()).containsExactly("SX-SCJGJ-01", "SX-WJJ-02");
    assertThat(r.task().scope().toJson()).isEqualTo("{}");
  }

  @Test
  void anItemMustBeOnTheLeadsOrAPartnersListWhenTheContextSaysWhose() {
    TaskCheck.Context owners = TaskCheck.Context.of(2026, RatioFloors.DEFAULT, Set.of("SCJGJ", "WJJ", "YJJ"),
        List.of(new ItemRef("SX-SCJGJ-01", "甲", "SCJGJ"), new ItemRef("SX-WJJ-02", "乙", "WJJ"),
            new ItemRef("SX-YJJ-04", "丙", "YJJ")), Set.of(), code -> false);
    assertThat(TaskCheck.check(good(), owners).problems()).isEmpty();
    assertThat(TaskCheck.check(draft().partners().build(), owners).problems()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo(TaskField.ITEMS);
      assertThat(p.key()).isEqualTo("quality.plan.items.notOfDepartments");
      assertThat(p.args()).containsExactly("SX-WJJ-02", "WJJ");
    });
    assertThat(TaskCheck.check(draft().partners("YJJ").items("SX-YJJ-04").build(), owners).problems()).isEmpty();
    assertThat(keys(draft().partners().build())).as("a context without owners does not check").isEmpty();
  }

  @Test
  void codeMustBeGivenWellFormedAndUnused() {
    assertThat(keys(draft().code("  ").build())).containsExactly("plan.check.code.empty");
    assertThat(keys(draft().code("2026 SCJGJ").build())).containsExactly("plan.check.code.format");
    assertThat(keys(draft().code("-01").build())).containsExactly("plan.check.code.format");
    assertThat(keys(draft().code("A".repeat(41)).build())).containsExactly("plan.check.code.format");
    assertThat(keys(draft().code("2026-SCJGJ-01").build())).containsExactly("plan.check.code.taken");
  }

  @Test
  void nameAndTypeAreRequired() {
    assertThat(keys(draft().name("").build())).containsExactly("plan.check.name.empty");
    assertThat(keys(draft().name("名".repeat(201)).build())).containsExactly("plan.check.name.long");
    assertThat(keys(draft().type(null).build())).containsExactly("plan.check.type.missing");
  }

  @Test
  void aRatioUnderTheFloorOfItsTypeIsRefusedNamingTheFloor() {
    TaskCheck.Result undirected = TaskCheck.check(draft().ratio("2.99").build(), CONTEXT);
    assertThat(undirected.problems()).singleElement().satisfies(p -> {
      assertThat(p.key()).isEqualTo("plan.check.ratio.floorUndirected");
      assertThat(p.field()).isEqualTo(TaskField.RATIO);
      assertThat(p.args()).containsExactly("2.99", "3");
    });
    assertThat(keys(draft().ratio("3").build())).isEmpty();
    TaskDraft directed = draft().type(TaskType.DIRECTED).ratio("9.5").townships("城关镇").build();
    assertThat(TaskCheck.check(directed, CONTEXT).problems()).singleElement()
        .satisfies(p -> assertThat(p.args()).containsExactly("9.5", "10"));
    assertThat(keys(draft().type(TaskType.DIRECTED).ratio("10").townships("城关镇").build())).isEmpty();
    // the department's own floors count, not the defaults
    TaskCheck.Context strict = new TaskCheck.Context(2026, new RatioFloors(new BigDecimal("5"), new BigDecimal("20")),
        CONTEXT.departments(), CONTEXT.items(), CONTEXT.townships(), c -> false);
    assertThat(TaskCheck.check(draft().ratio("4").build(), strict).problems()).singleElement()
        .satisfies(p -> assertThat(p.args()).containsExactly("4", "5"));
  }

  @Test
  void ratioMustBeAbove0AtMost100WithTwoDecimals() {
    assertThat(keys(draft().ratio("0").build())).containsExactly("plan.check.ratio.range");
    assertThat(keys(draft().ratio("-5").build())).containsExactly("plan.check.ratio.range");
    assertThat(keys(draft().ratio("100.01").build())).containsExactly("plan.check.ratio.range");
    assertThat(keys(draft().ratio("100").build())).isEmpty();
    assertThat(keys(draft().ratio("5.125").build())).containsExactly("plan.check.ratio.scale");
    assertThat(keys(draft().ratio("5.10").build())).isEmpty();
  }

  @Test
  void exactlyOneAmountRatioXorCountXorClassRatios() {
    assertThat(keys(draft().ratio(null).build())).containsExactly("plan.check.amount.none");
    assertThat(keys(draft().count(20).build())).containsExactly("plan.check.amount.several");
    assertThat(keys(draft().ratio(null).count(20).build())).isEmpty();
    assertThat(keys(draft().ratio(null).count(0).build())).containsExactly("plan.check.count.min");
    assertThat(keys(draft().ratio(null).classes("2", "5", "30", "80").build())).isEmpty();
    assertThat(keys(draft().classes("2", null, null, null).build())).containsExactly("plan.check.amount.several");
  }

  @Test
  void classRatiosMayBeUnderTheFloorButNotOutOfRange() {
    // the draw raises a stratified task to the floor as a whole: a low class ratio (A 2%) is allowed
    assertThat(keys(draft().ratio(null).classes("2", null, null, null).build())).isEmpty();
    TaskCheck.Result r = TaskCheck.check(draft().ratio(null).classes("2", "0", "30", "101").build(), CONTEXT);
    assertThat(r.problems()).extracting(TaskProblem::key).containsExactly("plan.check.classRatio.range",
        "plan.check.classRatio.range");
    assertThat(r.problems()).extracting(p -> p.args().get(0)).containsExactly("B", "D");
    assertThat(r.problems()).extracting(TaskProblem::field).containsOnly(TaskField.CLASS_RATIOS);
  }

  @Test
  void theWindowLiesInThePlanYearAndEndsAfterItStarts() {
    assertThat(keys(draft().window(null, LocalDate.of(2026, 6, 30)).build())).containsExactly("plan.check.start.missing");
    assertThat(keys(draft().window(LocalDate.of(2026, 4, 1), null).build())).containsExactly("plan.check.end.missing");
    assertThat(keys(draft().window(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 5)).build()))
        .containsExactly("plan.check.window.year");
    assertThat(keys(draft().window(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 5)).build()))
        .containsExactly("plan.check.window.year");
    assertThat(keys(draft().window(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 31)).build()))
        .containsExactly("plan.check.window.order");
    assertThat(keys(draft().window(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1)).build())).isEmpty();
  }

  @Test
  void itemsAreRequiredKnownAndNotRepeated() {
    assertThat(keys(draft().items().build())).containsExactly("plan.check.items.none");
    assertThat(keys(draft().items("SX-SCJGJ-01", "SX-XXX-99").build())).containsExactly("plan.check.items.unknown");
    assertThat(keys(draft().items("SX-SCJGJ-01", "SX-SCJGJ-01").build())).containsExactly("plan.check.items.repeat");
  }

  @Test
  void partnersAreOtherKnownDepartmentsOnce() {
    assertThat(keys(draft().partners("SCJGJ").build())).containsExactly("plan.check.partner.lead");
    assertThat(keys(draft().partners("XYZ").build())).containsExactly("plan.check.partner.unknown");
    assertThat(keys(draft().partners("WJJ", "WJJ").build())).containsExactly("plan.check.partner.repeat");
    assertThat(keys(draft().lead("XYZ").partners().build())).containsExactly("plan.check.lead.unknown");
    assertThat(keys(draft().lead(null).partners().build())).containsExactly("plan.check.lead.missing");
  }

  @Test
  void modeAndStatusAreRequired() {
    assertThat(keys(draft().mode(null).build())).containsExactly("plan.check.mode.missing");
    assertThat(keys(draft().status(null).build())).containsExactly("plan.check.status.missing");
  }

  @Test
  void scopeFiltersMustBeKnownTownshipsFourDigitIndustriesAndKinds() {
    assertThat(keys(draft().townships("火星镇").build())).containsExactly("plan.check.township.unknown");
    assertThat(keys(draft().industries("5211", "F521", "52111").build()))
        .containsExactly("plan.check.industry.format", "plan.check.industry.format");
    assertThat(keys(draft().kinds("ENTERPRISE", "ALIEN").build())).containsExactly("plan.check.kind.unknown");
    TaskDraft all = draft().townships("城关镇").industries("5211").kinds("INDIVIDUAL").build();
    assertThat(TaskCheck.check(all, CONTEXT).task().scope().toJson())
        .isEqualTo("{\"townships\":[\"城关镇\"],\"industries\":[\"5211\"],\"kinds\":[\"INDIVIDUAL\"]}");
    // an empty directory has no townships to check against
    TaskCheck.Context empty = new TaskCheck.Context(2026, RatioFloors.DEFAULT, CONTEXT.departments(), CONTEXT.items(),
        Set.of(), c -> false);
    assertThat(TaskCheck.check(draft().townships("火星镇").build(), empty).problems()).isEmpty();
  }

  @Test
  void aDirectedTaskNarrowsThePool() {
    assertThat(keys(draft().type(TaskType.DIRECTED).ratio("10").build())).containsExactly("plan.check.directed.scope");
  }

  @Test
  void everyProblemIsReportedInFieldOrder() {
    TaskDraft bad = new TaskDraft(null, "", "", null, null, null, null, null, null, null, List.of(), List.of(), List.of(),
        null, null, null, List.of(), null, null, List.of());
    assertThat(TaskCheck.check(bad, CONTEXT).problems()).extracting(TaskProblem::field).containsExactly(TaskField.CODE,
        TaskField.NAME, TaskField.TYPE, TaskField.RATIO, TaskField.START, TaskField.END, TaskField.LEAD, TaskField.ITEMS,
        TaskField.MODE, TaskField.STATUS);
  }

  /** Changes one field of a draft at a time. */
  private static final class Builder {
    private TaskDraft d;

    Builder(TaskDraft d) {
      this.d = d;
    }

    Builder code(String v) {
      d = new TaskDraft(d.id(), v, d.name(), d.type(), d.ratioPercent(), d.fixedCount(), d.ratioA(), d.ratioB(), d.ratioC(),
          d.ratioD(), d.townships(), d.industries(), d.kinds(), d.startDate(), d.endDate(), d.leadDepartment(),
          d.partners(), d.mode(), d.status(), d.itemCodes());
      return this;
    }

    Builder name(String v) {
      d = new TaskDraft(d.id(), d.code(), v, d.type(), d.ratioPercent(), d.fixedCount(), d.ratioA(), d.ratioB(),
          d.ratioC(), d.ratioD(), d.townships(), d.industries(), d.kinds(), d.startDate(), d.endDate(),
          d.leadDepartment(), d.partners(), d.mode(), d.status(), d.itemCodes());
      return this;
    }

    Builder type(TaskType v) {
      d = new TaskDraft(d.id(), d.code(), d.name(), v, d.ratioPercent(), d.fixedCount(), d.ratioA(), d.ratioB(),
          d.ratioC(), d.ratioD(), d.townships(), d.industries(), d.kinds(), d.startDate(), d.endDate(),
          d.leadDepartment(), d.partners(), d.mode(), d.status(), d.itemCodes());
      return this;
    }

    Builder ratio(String v) {
      d = new TaskDraft(d.id(), d.code(), d.name(), d.type(), v == null ? null : new BigDecimal(v), d.fixedCount(),
          d.ratioA(), d.ratioB(), d.ratioC(), d.ratioD(), d.townships(), d.industries(), d.kinds(), d.startDate(),
          d.endDate(), d.leadDepartment(), d.partners(), d.mode(), d.status(), d.itemCodes());
      return this;
    }

    Builder count(Integer v) {
      d = new TaskDraft(d.id(), d.code(), d.name(), d.type(), d.ratioPercent(), v, d.ratioA(), d.ratioB(), d.ratioC(),
          d.ratioD(), d.townships(), d.industries(), d.kinds(), d.startDate(), d.endDate(), d.leadDepartment(),
          d.partners(), d.mode(), d.status(), d.itemCodes());
      return this;
    }

    Builder classes(String a, String b, String c, String dd) {
      d = new TaskDraft(d.id(), d.code(), d.name(), d.type(), d.ratioPercent(), d.fixedCount(), dec(a), dec(b), dec(c),
          dec(dd), d.townships(), d.industries(), d.kinds(), d.startDate(), d.endDate(), d.leadDepartment(),
          d.partners(), d.mode(), d.status(), d.itemCodes());
      return this;
    }

    Builder townships(String... v) {
      d = new TaskDraft(d.id(), d.code(), d.name(), d.type(), d.ratioPercent(), d.fixedCount(), d.ratioA(), d.ratioB(),
          d.ratioC(), d.ratioD(), List.of(v), d.industries(), d.kinds(), d.startDate(), d.endDate(), d.leadDepartment(),
          d.partners(), d.mode(), d.status(), d.itemCodes());
      return this;
    }

    Builder industries(String... v) {
      d = new TaskDraft(d.id(), d.code(), d.name(), d.type(), d.ratioPercent(), d.fixedCount(), d.ratioA(), d.ratioB(),
          d.ratioC(), d.ratioD(), d.townships(), List.of(v), d.kinds(), d.startDate(), d.endDate(), d.leadDepartment(),
          d.partners(), d.mode(), d.status(), d.itemCodes());
      return this;
    }

    Builder kinds(String... v) {
      d = new TaskDraft(d.id(), d.code(), d.name(), d.type(), d.ratioPercent(), d.fixedCount(), d.ratioA(), d.ratioB(),
          d.ratioC(), d.ratioD(), d.townships(), d.industries(), List.of(v), d.startDate(), d.endDate(),
          d.leadDepartment(), d.partners(), d.mode(), d.status(), d.itemCodes());
      return this;
    }

    Builder window(LocalDate s, LocalDate e) {
      d = new TaskDraft(d.id(), d.code(), d.name(), d.type(), d.ratioPercent(), d.fixedCount(), d.ratioA(), d.ratioB(),
          d.ratioC(), d.ratioD(), d.townships(), d.industries(), d.kinds(), s, e, d.leadDepartment(), d.partners(),
          d.mode(), d.status(), d.itemCodes());
      return this;
    }

    Builder lead(String v) {
      d = new TaskDraft(d.id(), d.code(), d.name(), d.type(), d.ratioPercent(), d.fixedCount(), d.ratioA(), d.ratioB(),
          d.ratioC(), d.ratioD(), d.townships(), d.industries(), d.kinds(), d.startDate(), d.endDate(), v, d.partners(),
          d.mode(), d.status(), d.itemCodes());
      return this;
    }

    Builder partners(String... v) {
      d = new TaskDraft(d.id(), d.code(), d.name(), d.type(), d.ratioPercent(), d.fixedCount(), d.ratioA(), d.ratioB(),
          d.ratioC(), d.ratioD(), d.townships(), d.industries(), d.kinds(), d.startDate(), d.endDate(),
          d.leadDepartment(), List.of(v), d.mode(), d.status(), d.itemCodes());
      return this;
    }

    Builder mode(InspectionMode v) {
      d = new TaskDraft(d.id(), d.code(), d.name(), d.type(), d.ratioPercent(), d.fixedCount(), d.ratioA(), d.ratioB(),
          d.ratioC(), d.ratioD(), d.townships(), d.industries(), d.kinds(), d.startDate(), d.endDate(),
          d.leadDepartment(), d.partners(), v, d.status(), d.itemCodes());
      return this;
    }

    Builder status(TaskStatus v) {
      d = new TaskDraft(d.id(), d.code(), d.name(), d.type(), d.ratioPercent(), d.fixedCount(), d.ratioA(), d.ratioB(),
          d.ratioC(), d.ratioD(), d.townships(), d.industries(), d.kinds(), d.startDate(), d.endDate(),
          d.leadDepartment(), d.partners(), d.mode(), v, d.itemCodes());
      return this;
    }

    Builder items(String... v) {
      d = new TaskDraft(d.id(), d.code(), d.name(), d.type(), d.ratioPercent(), d.fixedCount(), d.ratioA(), d.ratioB(),
          d.ratioC(), d.ratioD(), d.townships(), d.industries(), d.kinds(), d.startDate(), d.endDate(),
          d.leadDepartment(), d.partners(), d.mode(), d.status(), List.of(v));
      return this;
    }

    TaskDraft build() {
      return d;
    }

    private static BigDecimal dec(String v) {
      return v == null ? null : new BigDecimal(v);
    }
  }
}
