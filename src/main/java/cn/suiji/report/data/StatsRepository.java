package cn.suiji.report.data;

import static cn.suiji.shared.db.generated.Tables.ANNUAL_PLAN;
import static cn.suiji.shared.db.generated.Tables.DEPARTMENT;
import static cn.suiji.shared.db.generated.Tables.FOLLOW_UP;
import static cn.suiji.shared.db.generated.Tables.INSPECTION;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_ITEM;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_RESULT;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_RESULT_CODE;
import static cn.suiji.shared.db.generated.Tables.PUBLICATION;
import static cn.suiji.shared.db.generated.Tables.RESULT_CODE;
import static cn.suiji.shared.db.generated.Tables.STATS_CELL;
import static cn.suiji.shared.db.generated.Tables.STATS_CODE_CELL;
import static cn.suiji.shared.db.generated.Tables.STATS_CODE_DAY;
import static cn.suiji.shared.db.generated.Tables.STATS_GROUP;
import static cn.suiji.shared.db.generated.Tables.TARGET;
import static cn.suiji.shared.db.generated.Tables.TARGET_DEPARTMENT;
import static cn.suiji.shared.db.generated.Tables.TASK;
import static cn.suiji.shared.db.generated.Tables.TASK_ITEM;

import cn.suiji.directory.domain.TargetStatus;
import cn.suiji.report.domain.CodeShare;
import cn.suiji.report.domain.Coverage;
import cn.suiji.report.domain.GroupFigures;
import cn.suiji.report.domain.Grouping;
import cn.suiji.report.domain.PeriodParts;
import cn.suiji.report.domain.StatsScope;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * The statistics of a year. A view is one GROUP BY over the pre-aggregate ({@link StatsCells},
 * ADR 0034: a few rows per task) joined to task, plan, department and items, merged by key with
 * the plan's k per task. The group-by-group figures ({@link #oneGroup}, the bench's peer and the
 * tests' reference) are still computed from the rows themselves: one GROUP BY per counted table
 * (inspections, current results, problem codes, publications, follow-ups) joined to the group.
 * Reads the plan's, the draw's, the inspection's, the publication's and the directory's tables:
 * the report is a read-only aggregate over every feature, as the home page is (ADR 0026).
 */
public final class StatsRepository {
  private final StatsCells cells = new StatsCells();

  /** How a target is named in the report: credit code, else registration number, else the key. */
  static final Field<String> TARGET_CODE = DSL.coalesce(TARGET.USCC, TARGET.REG_NO, TARGET.OBJECT_KEY);
  private static final Field<String> RESULT_MONTH = DSL.coalesce(DSL.concat(
      DSL.year(INSPECTION_RESULT.FORMED_ON).cast(String.class), DSL.inline("-"),
      DSL.lpad(DSL.month(INSPECTION_RESULT.FORMED_ON).cast(String.class), DSL.inline(2), DSL.inline("0"))), DSL.inline(""));

  /** The current result carries a code of kind 有问题. */
  static Condition problemFound() {
    return DSL.exists(DSL.selectOne().from(INSPECTION_RESULT_CODE).join(RESULT_CODE)
        .on(RESULT_CODE.CODE.eq(INSPECTION_RESULT_CODE.CODE))
        .where(INSPECTION_RESULT_CODE.RESULT_ID.eq(INSPECTION_RESULT.ID))
        .and(RESULT_CODE.KIND.eq("PROBLEM")));
  }

  /** Whether a task's cells are marked out of date ({@link StatsCells}). */
  public boolean cellsStale(DSLContext dsl) {
    return cells.stale(dsl);
  }

  /** Recomputes the cells of the tasks marked out of date, in the caller's transaction; returns how many. */
  public int refreshCells(DSLContext tx) {
    return cells.refresh(tx);
  }

  /**
   * The rows of {@code grouping}, in key order, from the pre-aggregate (up to date only after
   * {@link #refreshCells}); planned filled where the grouping has a plan.
   */
  public List<GroupFigures> figures(DSLContext dsl, StatsScope scope, Grouping grouping) {
    if (scope.hasPeriod() && (grouping == Grouping.TOWNSHIP || grouping == Grouping.INDUSTRY)) {
      return periodCells(dsl, scope, grouping);
    }
    // with a period the month is cut from a MONTH or a DAY row's key ('YYYY-MM', 'YYYY-MM-DD', '')
    Field<String> key = scope.hasPeriod() && grouping == Grouping.MONTH
        ? DSL.substring(STATS_GROUP.GROUP_KEY, DSL.inline(1), DSL.inline(7)) : cellKey(grouping);
    Field<String> label = grouping == Grouping.MONTH ? key : cellLabel(grouping);
    Map<String, GroupFigures> rows = new TreeMap<>();
    Integer none = grouping.hasPlanned() ? 0 : null;
    SelectJoinStep<?> from = dsl.select(key, DSL.max(label), DSL.sum(STATS_GROUP.DRAWN),
            DSL.sum(STATS_GROUP.NOTIFIED), DSL.sum(STATS_GROUP.INSPECTED), DSL.sum(STATS_GROUP.WITH_PROBLEM),
            DSL.sum(STATS_GROUP.PUBLISHED), DSL.sum(STATS_GROUP.ON_TIME), DSL.sum(STATS_GROUP.FOLLOW_UPS),
            DSL.sum(STATS_GROUP.FOLLOW_UPS_CLOSED))
        .from(STATS_GROUP)
        .join(TASK).on(TASK.ID.eq(STATS_GROUP.TASK_ID))
        .join(ANNUAL_PLAN).on(ANNUAL_PLAN.ID.eq(TASK.PLAN_ID))
        .join(DEPARTMENT).on(DEPARTMENT.ID.eq(TASK.LEAD_DEPARTMENT_ID));
    if (grouping == Grouping.ITEM) {
      from = from.join(TASK_ITEM).on(TASK_ITEM.TASK_ID.eq(TASK.ID))
          .join(INSPECTION_ITEM).on(INSPECTION_ITEM.ID.eq(TASK_ITEM.ITEM_ID));
    }
    Condition groups = switch (grouping) {
      case TOWNSHIP -> STATS_GROUP.DIMENSION.eq("TOWNSHIP");
      case INDUSTRY -> STATS_GROUP.DIMENSION.eq("INDUSTRY");
      // a task's months add up to the task: department, task and item read those rows
      default -> scope.hasPeriod() ? inPeriod(scope, STATS_GROUP.DIMENSION.eq("MONTH"), STATS_GROUP.GROUP_KEY,
          STATS_GROUP.DIMENSION.eq("DAY"), STATS_GROUP.GROUP_KEY) : STATS_GROUP.DIMENSION.eq("MONTH");
    };
    from.where(planScope(scope)).and(groups).groupBy(key).forEach(r -> {
      GroupFigures g = new GroupFigures(r.get(0, String.class), text(r.get(1, String.class)), none, 0, 0,
          count(r, 2), count(r, 3), count(r, 4), count(r, 5), count(r, 6), count(r, 7), count(r, 8), count(r, 9));
      rows.put(g.key(), g);
    });
    if (grouping.hasPlanned()) {
      planned(dsl, scope, grouping, DSL.noCondition())
          .forEach(p -> rows.merge(p.key(), p, (a, b) -> a.plus(b, b.key(), b.label())));
    }
    return new ArrayList<>(rows.values());
  }

  /**
   * The township or industry rows of a period, from the cells (task, township, industry, day and
   * month of the result): {@code stats_group} keeps no month or day beside a township or an industry.
   */
  private List<GroupFigures> periodCells(DSLContext dsl, StatsScope scope, Grouping grouping) {
    Field<String> key = grouping == Grouping.TOWNSHIP ? STATS_CELL.TOWNSHIP : STATS_CELL.INDUSTRY_CODE;
    Field<String> label = grouping == Grouping.TOWNSHIP ? STATS_CELL.TOWNSHIP : STATS_CELL.INDUSTRY_NAME;
    List<GroupFigures> rows = new ArrayList<>();
    dsl.select(key, DSL.max(label), DSL.sum(STATS_CELL.DRAWN), DSL.sum(STATS_CELL.NOTIFIED),
            DSL.sum(STATS_CELL.INSPECTED), DSL.sum(STATS_CELL.WITH_PROBLEM), DSL.sum(STATS_CELL.PUBLISHED),
            DSL.sum(STATS_CELL.ON_TIME), DSL.sum(STATS_CELL.FOLLOW_UPS), DSL.sum(STATS_CELL.FOLLOW_UPS_CLOSED))
        .from(STATS_CELL)
        .join(TASK).on(TASK.ID.eq(STATS_CELL.TASK_ID))
        .join(ANNUAL_PLAN).on(ANNUAL_PLAN.ID.eq(TASK.PLAN_ID))
        .join(DEPARTMENT).on(DEPARTMENT.ID.eq(TASK.LEAD_DEPARTMENT_ID))
        .where(planScope(scope))
        .and(inPeriod(scope, DSL.noCondition(), STATS_CELL.RESULT_MONTH, DSL.noCondition(), STATS_CELL.RESULT_DAY))
        .groupBy(key).orderBy(key)
        .forEach(r -> rows.add(new GroupFigures(r.get(0, String.class), text(r.get(1, String.class)), null, 0, 0,
            count(r, 2), count(r, 3), count(r, 4), count(r, 5), count(r, 6), count(r, 7), count(r, 8), count(r, 9))));
    return rows;
  }

  /**
   * The pre-aggregate's rows of a period ({@link PeriodParts}): the month rows ({@code monthRows})
   * of its whole months and of the inspections without a result yet (month ''), and the day rows
   * ({@code dayRows}) of the days at either end. The same day as the rows' period test: the
   * current result's {@code formed_on} ({@link #inScope}).
   */
  private static Condition inPeriod(StatsScope scope, Condition monthRows, Field<String> month, Condition dayRows,
      Field<String> day) {
    if (scope.from() == null || scope.to() == null) {
      return DSL.noCondition();
    }
    PeriodParts parts = PeriodParts.of(scope.from(), scope.to());
    Condition months = month.eq("");
    if (parts.firstMonth() != null && parts.lastMonth() != null) {
      months = months.or(month.between(monthKey(parts.firstMonth()), monthKey(parts.lastMonth())));
    }
    Condition days = DSL.falseCondition();
    for (PeriodParts.Days d : parts.days()) {
      days = days.or(day.between(d.from().toString(), d.to().toString()));
    }
    return monthRows.and(months).or(dayRows.and(days));
  }

  private static String monthKey(YearMonth month) {
    return String.format(java.util.Locale.ROOT, "%04d-%02d", month.getYear(), month.getMonthValue());
  }

  private static int count(Record r, int index) {
    Integer n = r.get(index, Integer.class);
    return n == null ? 0 : n;
  }

  /** The same rows as {@link #figures}, computed from the inspections and what hangs off them (no pre-aggregate). */
  public List<GroupFigures> figuresFromRows(DSLContext dsl, StatsScope scope, Grouping grouping) {
    return figures(dsl, scope, grouping, DSL.noCondition());
  }

  /**
   * The one group {@code key} of {@code grouping}, by queries restricted to it: what a naive
   * report does per group (the bench's peer); empty figures when the group has none.
   */
  public GroupFigures oneGroup(DSLContext dsl, StatsScope scope, Grouping grouping, String key) {
    List<GroupFigures> rows = figures(dsl, scope, grouping, key(grouping).eq(key));
    return rows.isEmpty() ? GroupFigures.empty(key, "", grouping.hasPlanned()) : rows.get(0);
  }

  /** The group keys of {@code grouping} that have inspections or (where planned) tasks, in key order. */
  public List<String> keys(DSLContext dsl, StatsScope scope, Grouping grouping) {
    Field<String> key = key(grouping);
    java.util.SortedSet<String> out = new java.util.TreeSet<>(joins(dsl.selectDistinct(key).from(INSPECTION), grouping, true)
        .where(inScope(scope)).fetch(key));
    if (grouping.hasPlanned()) {
      SelectJoinStep<org.jooq.Record1<String>> from = dsl.selectDistinct(key).from(TASK)
          .join(ANNUAL_PLAN).on(ANNUAL_PLAN.ID.eq(TASK.PLAN_ID))
          .join(DEPARTMENT).on(DEPARTMENT.ID.eq(TASK.LEAD_DEPARTMENT_ID));
      if (grouping == Grouping.ITEM) {
        from = from.join(TASK_ITEM).on(TASK_ITEM.TASK_ID.eq(TASK.ID))
            .join(INSPECTION_ITEM).on(INSPECTION_ITEM.ID.eq(TASK_ITEM.ITEM_ID));
      }
      out.addAll(from.where(planScope(scope)).and(TASK.STATUS.ne("CANCELLED")).fetch(key));
    }
    return new ArrayList<>(out);
  }

  private List<GroupFigures> figures(DSLContext dsl, StatsScope scope, Grouping grouping, Condition only) {
    Field<String> key = key(grouping);
    Field<String> label = DSL.max(label(grouping));
    Map<String, GroupFigures> rows = new TreeMap<>();
    Integer none = grouping.hasPlanned() ? 0 : null;

    // one query per table, each driven by the rows it counts and joined to its group by primary keys:
    // a left join of results and publications onto every inspection, with an EXISTS per row for the
    // problem codes, took seconds on 100,000 inspections (ADR 0026)
    Field<Integer> notified = DSL.count().filterWhere(INSPECTION.STATUS.in("NOTIFIED", "INSPECTED", "PUBLISHED"));
    add(rows, joins(dsl.select(key, label, DSL.count(), notified).from(INSPECTION), grouping, true)
        .where(inScope(scope)).and(only).groupBy(key).fetch(),
        r -> new GroupFigures(r.value1(), text(r.value2()), none, 0, 0, r.value3(), r.value4(), 0, 0, 0, 0, 0, 0));

    add(rows, joins(dsl.select(key, label, DSL.count()).from(INSPECTION_RESULT)
        .join(INSPECTION).on(INSPECTION.ID.eq(INSPECTION_RESULT.CURRENT_INSPECTION_ID)), grouping, false)
        .where(inScope(scope)).and(only).groupBy(key).fetch(),
        r -> new GroupFigures(r.value1(), text(r.value2()), none, 0, 0, 0, 0, r.value3(), 0, 0, 0, 0, 0));

    add(rows, joins(dsl.select(key, label, DSL.countDistinct(INSPECTION_RESULT.ID)).from(INSPECTION_RESULT_CODE)
        .join(RESULT_CODE).on(RESULT_CODE.CODE.eq(INSPECTION_RESULT_CODE.CODE).and(RESULT_CODE.KIND.eq("PROBLEM")))
        .join(INSPECTION_RESULT).on(INSPECTION_RESULT.ID.eq(INSPECTION_RESULT_CODE.RESULT_ID))
        .join(INSPECTION).on(INSPECTION.ID.eq(INSPECTION_RESULT.CURRENT_INSPECTION_ID)), grouping, false)
        .where(inScope(scope)).and(only).groupBy(key).fetch(),
        r -> new GroupFigures(r.value1(), text(r.value2()), none, 0, 0, 0, 0, 0, r.value3(), 0, 0, 0, 0));

    Field<Integer> onTime = DSL.count().filterWhere(PUBLICATION.PUBLISHED_ON.le(PUBLICATION.DUE_ON));
    add(rows, joins(dsl.select(key, label, DSL.count(), onTime).from(PUBLICATION)
        .join(INSPECTION).on(INSPECTION.ID.eq(PUBLICATION.INSPECTION_ID)), grouping, true)
        .where(inScope(scope)).and(only).groupBy(key).fetch(),
        r -> new GroupFigures(r.value1(), text(r.value2()), none, 0, 0, 0, 0, 0, 0, r.value3(), r.value4(), 0, 0));

    Field<Integer> closed = DSL.count().filterWhere(FOLLOW_UP.CLOSED.isTrue());
    add(rows, joins(dsl.select(key, label, DSL.count(), closed).from(FOLLOW_UP)
        .join(INSPECTION).on(INSPECTION.ID.eq(FOLLOW_UP.INSPECTION_ID)), grouping, true)
        .where(inScope(scope)).and(only).groupBy(key).fetch(),
        r -> new GroupFigures(r.value1(), text(r.value2()), none, 0, 0, 0, 0, 0, 0, 0, 0, r.value3(), r.value4()));

    if (grouping.hasPlanned()) {
      planned(dsl, scope, grouping, only).forEach(p -> rows.merge(p.key(), p, (a, b) -> a.plus(b, b.key(), b.label())));
    }
    return new ArrayList<>(rows.values());
  }

  private static <R extends Record> void add(Map<String, GroupFigures> rows, List<R> found,
      java.util.function.Function<R, GroupFigures> figures) {
    for (R r : found) {
      GroupFigures g = figures.apply(r);
      rows.merge(g.key(), g, (a, b) -> a.plus(b, a.key(), a.label().isEmpty() ? b.label() : a.label()));
    }
  }

  /** Σ k per group of the scope's tasks (not cancelled): a fixed number, else what the confirmed draw selected. */
  private List<GroupFigures> planned(DSLContext dsl, StatsScope scope, Grouping grouping, Condition only) {
    Field<Integer> selected = DSL.field(DSL.selectCount().from(INSPECTION).where(INSPECTION.TASK_ID.eq(TASK.ID)));
    Field<Integer> k = DSL.coalesce(TASK.FIXED_COUNT, selected);
    Field<Integer> planned = DSL.sum(k).cast(Integer.class);
    Field<Integer> tasks = DSL.countDistinct(TASK.ID);
    Field<Integer> unsized = DSL.countDistinct(TASK.ID).filterWhere(TASK.FIXED_COUNT.isNull()
        .andNotExists(DSL.selectOne().from(INSPECTION).where(INSPECTION.TASK_ID.eq(TASK.ID))));
    Field<String> key = key(grouping);
    SelectJoinStep<?> from = dsl.select(key, DSL.max(label(grouping)), planned, tasks, unsized).from(TASK)
        .join(ANNUAL_PLAN).on(ANNUAL_PLAN.ID.eq(TASK.PLAN_ID))
        .join(DEPARTMENT).on(DEPARTMENT.ID.eq(TASK.LEAD_DEPARTMENT_ID));
    if (grouping == Grouping.ITEM) {
      from = from.join(TASK_ITEM).on(TASK_ITEM.TASK_ID.eq(TASK.ID))
          .join(INSPECTION_ITEM).on(INSPECTION_ITEM.ID.eq(TASK_ITEM.ITEM_ID));
    }
    List<GroupFigures> out = new ArrayList<>();
    from.where(planScope(scope)).and(TASK.STATUS.ne("CANCELLED")).and(only).groupBy(key).forEach(r -> out.add(
        new GroupFigures(r.get(0, String.class), text(r.get(1, String.class)), r.get(2, Integer.class) == null ? 0
            : r.get(2, Integer.class), r.get(3, Integer.class), r.get(4, Integer.class), 0, 0, 0, 0, 0, 0, 0, 0)));
    return out;
  }

  /**
   * The joins from an inspection to its group: task, plan, department, and what the grouping
   * needs; {@code withResult}: the current result left-joined for the month (when the query does
   * not start from the result already).
   */
  private static <R extends Record> SelectJoinStep<R> joins(SelectJoinStep<R> from, Grouping grouping,
      boolean withResult) {
    SelectJoinStep<R> q = from.join(TASK).on(TASK.ID.eq(INSPECTION.TASK_ID))
        .join(ANNUAL_PLAN).on(ANNUAL_PLAN.ID.eq(TASK.PLAN_ID))
        .join(DEPARTMENT).on(DEPARTMENT.ID.eq(TASK.LEAD_DEPARTMENT_ID));
    return switch (grouping) {
      case TOWNSHIP, INDUSTRY -> q.join(TARGET).on(TARGET.ID.eq(INSPECTION.TARGET_ID));
      case ITEM -> q.join(TASK_ITEM).on(TASK_ITEM.TASK_ID.eq(TASK.ID))
          .join(INSPECTION_ITEM).on(INSPECTION_ITEM.ID.eq(TASK_ITEM.ITEM_ID));
      case MONTH -> withResult
          ? q.leftJoin(INSPECTION_RESULT).on(INSPECTION_RESULT.CURRENT_INSPECTION_ID.eq(INSPECTION.ID)) : q;
      default -> q;
    };
  }

  private static Field<String> key(Grouping g) {
    return switch (g) {
      case DEPARTMENT -> DEPARTMENT.CODE;
      case TASK -> TASK.CODE;
      case ITEM -> INSPECTION_ITEM.CODE;
      case TOWNSHIP -> DSL.coalesce(TARGET.TOWNSHIP, DSL.inline(""));
      case INDUSTRY -> DSL.coalesce(TARGET.INDUSTRY_CODE, DSL.inline(""));
      case MONTH -> RESULT_MONTH;
    };
  }

  private static Field<String> cellKey(Grouping g) {
    return switch (g) {
      case TOWNSHIP, INDUSTRY, MONTH -> STATS_GROUP.GROUP_KEY;
      default -> key(g);
    };
  }

  private static Field<String> cellLabel(Grouping g) {
    return switch (g) {
      case TOWNSHIP, INDUSTRY, MONTH -> STATS_GROUP.GROUP_LABEL;
      default -> label(g);
    };
  }

  private static Field<String> label(Grouping g) {
    return switch (g) {
      case DEPARTMENT -> DEPARTMENT.NAME;
      case TASK -> TASK.NAME;
      case ITEM -> INSPECTION_ITEM.NAME;
      case TOWNSHIP -> DSL.coalesce(TARGET.TOWNSHIP, DSL.inline(""));
      case INDUSTRY -> DSL.coalesce(TARGET.INDUSTRY_NAME, DSL.inline(""));
      case MONTH -> RESULT_MONTH;
    };
  }

  static Condition planScope(StatsScope scope) {
    Condition c = scope.hasPeriod() ? ANNUAL_PLAN.PLAN_YEAR.between(scope.year(), scope.lastYear())
        : ANNUAL_PLAN.PLAN_YEAR.eq(scope.year());
    return scope.departmentCode() == null ? c : c.and(DEPARTMENT.CODE.eq(scope.departmentCode()));
  }

  /**
   * The plan scope and, with a period, the inspections counted in it: no current result formed
   * outside the period (a result within it, or none yet).
   */
  static Condition inScope(StatsScope scope) {
    Condition c = planScope(scope);
    if (scope.from() == null || scope.to() == null) {
      return c;
    }
    var outside = INSPECTION_RESULT.as("period_result");
    return c.andNotExists(DSL.selectOne().from(outside).where(outside.CURRENT_INSPECTION_ID.eq(INSPECTION.ID))
        .and(outside.FORMED_ON.lt(scope.from()).or(outside.FORMED_ON.gt(scope.to()))));
  }

  /** Distinct targets drawn in the scope against the directory (existing and operating targets). */
  public Coverage coverage(DSLContext dsl, StatsScope scope) {
    int covered = dsl.select(DSL.countDistinct(INSPECTION.TARGET_ID)).from(INSPECTION)
        .join(TASK).on(TASK.ID.eq(INSPECTION.TASK_ID))
        .join(ANNUAL_PLAN).on(ANNUAL_PLAN.ID.eq(TASK.PLAN_ID))
        .join(DEPARTMENT).on(DEPARTMENT.ID.eq(TASK.LEAD_DEPARTMENT_ID))
        .where(inScope(scope)).fetchSingle().value1();
    Condition live = TARGET.STATUS.in(java.util.Arrays.stream(TargetStatus.values())
        .filter(TargetStatus::inBusiness).map(Enum::name).toList());
    // the county's live targets as all of them (a row count H2 keeps) less the few gone (the status index):
    // counting 950,000 live ones through the index took a second
    int directory = scope.departmentCode() == null
        ? dsl.fetchCount(TARGET) - dsl.fetchCount(TARGET, TARGET.STATUS.in(java.util.Arrays.stream(TargetStatus.values())
            .filter(st -> !st.inBusiness()).map(Enum::name).toList()))
        : dsl.selectCount().from(TARGET_DEPARTMENT)
            .join(DEPARTMENT).on(DEPARTMENT.ID.eq(TARGET_DEPARTMENT.DEPARTMENT_ID))
            .join(TARGET).on(TARGET.ID.eq(TARGET_DEPARTMENT.TARGET_ID))
            .where(DEPARTMENT.CODE.eq(scope.departmentCode())).and(live)
            .fetchSingle().value1();
    return new Coverage(covered, directory);
  }

  /** Current results per result code, in the list's order; codes no result carries are left out. */
  public List<CodeShare> codeShares(DSLContext dsl, StatsScope scope) {
    if (scope.from() != null && scope.to() != null) {
      // a period's shares from the codes per day of the result (V049): the same day as the rows' period test
      Field<String> day = STATS_CODE_DAY.RESULT_DAY;
      return dsl.select(RESULT_CODE.CODE, RESULT_CODE.LABEL, RESULT_CODE.KIND, DSL.sum(STATS_CODE_DAY.RESULTS))
          .from(STATS_CODE_DAY)
          .join(RESULT_CODE).on(RESULT_CODE.CODE.eq(STATS_CODE_DAY.CODE))
          .join(TASK).on(TASK.ID.eq(STATS_CODE_DAY.TASK_ID))
          .join(ANNUAL_PLAN).on(ANNUAL_PLAN.ID.eq(TASK.PLAN_ID))
          .join(DEPARTMENT).on(DEPARTMENT.ID.eq(TASK.LEAD_DEPARTMENT_ID))
          .where(planScope(scope))
          .and(day.eq("").or(day.between(scope.from().toString(), scope.to().toString())))
          .groupBy(RESULT_CODE.CODE, RESULT_CODE.LABEL, RESULT_CODE.KIND, RESULT_CODE.SORT_ORDER)
          .having(DSL.sum(STATS_CODE_DAY.RESULTS).gt(java.math.BigDecimal.ZERO))
          .orderBy(RESULT_CODE.SORT_ORDER)
          .fetch(r -> new CodeShare(r.value1(), r.value2(), r.value3(), count(r, 3)));
    }
    return dsl.select(RESULT_CODE.CODE, RESULT_CODE.LABEL, RESULT_CODE.KIND, DSL.sum(STATS_CODE_CELL.RESULTS))
        .from(STATS_CODE_CELL)
        .join(RESULT_CODE).on(RESULT_CODE.CODE.eq(STATS_CODE_CELL.CODE))
        .join(TASK).on(TASK.ID.eq(STATS_CODE_CELL.TASK_ID))
        .join(ANNUAL_PLAN).on(ANNUAL_PLAN.ID.eq(TASK.PLAN_ID))
        .join(DEPARTMENT).on(DEPARTMENT.ID.eq(TASK.LEAD_DEPARTMENT_ID))
        .where(inScope(scope))
        .groupBy(RESULT_CODE.CODE, RESULT_CODE.LABEL, RESULT_CODE.KIND, RESULT_CODE.SORT_ORDER)
        .having(DSL.sum(STATS_CODE_CELL.RESULTS).gt(java.math.BigDecimal.ZERO))
        .orderBy(RESULT_CODE.SORT_ORDER)
        .fetch(r -> new CodeShare(r.value1(), r.value2(), r.value3(), count(r, 3)));
  }

  /** {@link #codeShares} from the results themselves (no pre-aggregate), for the tests. */
  public List<CodeShare> codeSharesFromRows(DSLContext dsl, StatsScope scope) {
    return dsl.select(RESULT_CODE.CODE, RESULT_CODE.LABEL, RESULT_CODE.KIND, DSL.count())
        .from(INSPECTION)
        .join(TASK).on(TASK.ID.eq(INSPECTION.TASK_ID))
        .join(ANNUAL_PLAN).on(ANNUAL_PLAN.ID.eq(TASK.PLAN_ID))
        .join(DEPARTMENT).on(DEPARTMENT.ID.eq(TASK.LEAD_DEPARTMENT_ID))
        .join(INSPECTION_RESULT).on(INSPECTION_RESULT.CURRENT_INSPECTION_ID.eq(INSPECTION.ID))
        .join(INSPECTION_RESULT_CODE).on(INSPECTION_RESULT_CODE.RESULT_ID.eq(INSPECTION_RESULT.ID))
        .join(RESULT_CODE).on(RESULT_CODE.CODE.eq(INSPECTION_RESULT_CODE.CODE))
        .where(inScope(scope))
        .groupBy(RESULT_CODE.CODE, RESULT_CODE.LABEL, RESULT_CODE.KIND, RESULT_CODE.SORT_ORDER)
        .orderBy(RESULT_CODE.SORT_ORDER)
        .fetch(r -> new CodeShare(r.value1(), r.value2(), r.value3(), r.value4()));
  }

  /** The department codes and names, for the choice of a scope. */
  public Map<String, String> departments(DSLContext dsl) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    dsl.select(DEPARTMENT.CODE, DEPARTMENT.NAME).from(DEPARTMENT).orderBy(DEPARTMENT.SORT_ORDER, DEPARTMENT.CODE)
        .forEach(r -> out.put(r.value1(), r.value2()));
    return out;
  }

  /** The plan years present, latest first. */
  public List<Integer> years(DSLContext dsl) {
    return dsl.selectDistinct(ANNUAL_PLAN.PLAN_YEAR).from(ANNUAL_PLAN).orderBy(ANNUAL_PLAN.PLAN_YEAR.desc())
        .fetch(ANNUAL_PLAN.PLAN_YEAR);
  }

  static String text(@Nullable String s) {
    return s == null ? "" : s;
  }
}
