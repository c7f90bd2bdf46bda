package cn.suiji.report.service;

import cn.suiji.report.data.StatsRepository;
import cn.suiji.report.data.WarningRepository;
import cn.suiji.report.domain.EarlyWarning;
import cn.suiji.report.domain.GroupFigures;
import cn.suiji.report.domain.Grouping;
import cn.suiji.report.domain.StatsScope;
import cn.suiji.report.domain.StatsView;
import cn.suiji.report.domain.YearStats;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Statistics and early warning (统计分析, 预警) of a year, for the 统计分析 screen and
 * {@code suiji report stats}. Each call first brings the pre-aggregate up to date (the tasks a
 * change marked since the last read, in a transaction of its own: ADR 0034), then reads in one
 * transaction, so the views of a year agree with each other while results are being typed
 * elsewhere.
 */
public final class StatsService {
  /** How many rows an early-warning list shows at most. */
  public static final int WARNING_LIMIT = 500;
  /** One refresh of the pre-aggregate at a time, each committed before the next starts. */
  private static final Object REFRESH = new Object();

  private final DSLContext dsl;
  private final StatsRepository repository;
  private final WarningRepository warnings;
  private final Clock clock;

  public StatsService(DSLContext dsl, StatsRepository repository, WarningRepository warnings, Clock clock) {
    this.dsl = dsl;
    this.repository = repository;
    this.warnings = warnings;
    this.clock = clock;
  }

  /** Every view of the scope, the coverage and the result codes' shares. */
  public YearStats year(StatsScope scope, Progress progress) {
    refreshCells();
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      check(tx, scope);
      Map<Grouping, StatsView> views = new EnumMap<>(Grouping.class);
      Grouping[] all = Grouping.values();
      List<GroupFigures> byDepartment = repository.figures(tx, scope, Grouping.DEPARTMENT);
      for (int i = 0; i < all.length; i++) {
        progress.update(i, all.length + 1);
        List<GroupFigures> rows = all[i] == Grouping.DEPARTMENT ? byDepartment : repository.figures(tx, scope, all[i]);
        views.put(all[i], view(all[i], rows, byDepartment));
      }
      progress.update(all.length, all.length + 1);
      return new YearStats(scope, views, repository.coverage(tx, scope), repository.codeShares(tx, scope));
    });
  }

  /** One view of the scope. */
  public StatsView view(StatsScope scope, Grouping grouping) {
    refreshCells();
    return dsl.transactionResult(trx -> {
      check(trx.dsl(), scope);
      return view(trx.dsl(), scope, grouping);
    });
  }

  private StatsView view(DSLContext tx, StatsScope scope, Grouping grouping) {
    List<GroupFigures> rows = repository.figures(tx, scope, grouping);
    return view(grouping, rows, grouping == Grouping.DEPARTMENT ? rows
        : repository.figures(tx, scope, Grouping.DEPARTMENT));
  }

  private static StatsView view(Grouping grouping, List<GroupFigures> found, List<GroupFigures> byDepartment) {
    List<GroupFigures> rows = found.stream().map(r -> r.key().isEmpty() ? named(r, grouping) : r).toList();
    // each inspection and each task has one lead department, so the department rows partition the year
    GroupFigures total = GroupFigures.empty("", Messages.msg("report.stats.total"), true);
    for (GroupFigures r : byDepartment) {
      total = total.plus(r, total.key(), total.label());
    }
    if (!grouping.hasPlanned()) {
      total = new GroupFigures(total.key(), total.label(), null, 0, 0, total.drawn(), total.notified(),
          total.inspected(), total.withProblem(), total.published(), total.onTime(), total.followUps(),
          total.followUpsClosed());
    }
    return new StatsView(grouping, rows, total);
  }

  /**
   * The early-warning list of the scope on {@code asOf}: repeated problems, townships and
   * industries ranked by problem rate (groups of at least {@code minInspected} inspected),
   * overdue follow-ups, referrals without feedback.
   */
  public EarlyWarning warnings(StatsScope scope, LocalDate asOf, int minInspected) {
    refreshCells();
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      check(tx, scope);
      return new EarlyWarning(scope, asOf, minInspected,
          warnings.repeatedProblems(tx, scope, WARNING_LIMIT),
          EarlyWarning.rank(new StatsView(Grouping.TOWNSHIP, repository.figures(tx, scope, Grouping.TOWNSHIP),
              GroupFigures.empty("", "", false)), minInspected),
          EarlyWarning.rank(new StatsView(Grouping.INDUSTRY, repository.figures(tx, scope, Grouping.INDUSTRY),
              GroupFigures.empty("", "", false)), minInspected),
          warnings.overdue(tx, scope, asOf, WARNING_LIMIT),
          warnings.referralsWithoutFeedback(tx, scope, WARNING_LIMIT));
    });
  }

  /**
   * The view as a naive report computes it — the group keys, then one set of queries per group —
   * for {@code suiji bench stats} to time beside {@link #view}; the same rows (labels aside).
   */
  public List<GroupFigures> viewGroupByGroup(StatsScope scope, Grouping grouping) {
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      return repository.keys(tx, scope, grouping).stream()
          .map(k -> repository.oneGroup(tx, scope, grouping, k)).toList();
    });
  }

  /**
   * Recomputes the cells of the tasks changed since the last read; returns how many. A derived
   * copy of what the owners' tables say, so not audited. Nothing to do costs one look at an empty
   * table.
   */
  public int refreshCells() {
    if (!dsl.transactionResult(trx -> repository.cellsStale(trx.dsl()))) {
      return 0;
    }
    synchronized (REFRESH) {
      return dsl.transactionResult(trx -> repository.refreshCells(trx.dsl()));
    }
  }

  /** The row without a key named for what it lacks (no township recorded, no result yet). */
  private static GroupFigures named(GroupFigures r, Grouping grouping) {
    String label = switch (grouping) {
      case TOWNSHIP -> Messages.msg("report.none.township");
      case INDUSTRY -> Messages.msg("report.none.industry");
      case MONTH -> Messages.msg("report.none.month");
      default -> r.label();
    };
    return new GroupFigures(r.key(), label, r.planned(), r.tasks(), r.unsizedTasks(), r.drawn(), r.notified(),
        r.inspected(), r.withProblem(), r.published(), r.onTime(), r.followUps(), r.followUpsClosed());
  }

  /** The department codes → names, in the directory's order. */
  public Map<String, String> departments() {
    return repository.departments(dsl);
  }

  /** The plan years present, latest first. */
  public List<Integer> years() {
    return repository.years(dsl);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private void check(DSLContext tx, StatsScope scope) {
    if (scope.year() < 2000 || scope.year() > 2100 || scope.lastYear() > 2100) {
      throw new SuijiException("report.stats.badYear", scope.lastYear() > 2100 ? scope.lastYear() : scope.year());
    }
    if (scope.from() != null && scope.to() != null && scope.to().isBefore(scope.from())) {
      throw new SuijiException("report.stats.badPeriod", scope.from(), scope.to());
    }
    if (scope.departmentCode() != null && !repository.departments(tx).containsKey(scope.departmentCode())) {
      throw new SuijiException("report.stats.unknownDepartment", scope.departmentCode());
    }
  }
}
