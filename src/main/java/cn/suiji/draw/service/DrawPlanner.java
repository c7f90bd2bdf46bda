package cn.suiji.draw.service;

import cn.suiji.draw.data.PoolRepository;
import cn.suiji.draw.domain.Conflict;
import cn.suiji.draw.domain.DrawPlan;
import cn.suiji.draw.domain.DrawRules;
import cn.suiji.draw.domain.DrawTask;
import cn.suiji.draw.domain.Exclusion;
import cn.suiji.draw.domain.InspectorCandidate;
import cn.suiji.draw.domain.InspectorExclusion;
import cn.suiji.draw.domain.PlannedGroup;
import cn.suiji.draw.domain.PlannedStratum;
import cn.suiji.draw.domain.StrataBuilder;
import cn.suiji.rules.service.DrawSettings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Turns a task into the inputs of its draw (a {@link DrawPlan}), for {@link DrawService}: the
 * pool from the lead department's directory through the task's scope, business status and the
 * recent-inspection window; the strata and k per {@link StrataBuilder}; one inspector group per
 * taking-part department with m from that department's working rules (each department inspects
 * in its own right, so each brings at least two); the recusal pairs among them.
 */
final class DrawPlanner {
  private final PoolRepository pools;
  private final DrawSettings settings = new DrawSettings();

  DrawPlanner(PoolRepository pools) {
    this.pools = pools;
  }

  /** The department's working rules as the draw follows them, or the schema's defaults where it has none. */
  private DrawRules rules(DSLContext tx, long departmentId) {
    return settings.saved(tx, departmentId)
        .map(r -> new DrawRules(r.inspectorsPerTarget(), r.floorUndirected(), r.floorDirected(), r.exclusionMonths(),
            r.listedFullCoverage()))
        .orElse(DrawRules.DEFAULT);
  }

  DrawPlan plan(DSLContext tx, DrawTask task, DrawTimings timings) {
    DrawRules rules = rules(tx, task.leadDepartment().id());
    long leadId = task.leadDepartment().id();
    // one pass: each entry goes to its stratum, which checks its order and keeps it for the hash
    StrataBuilder.Sorter sorter = StrataBuilder.sorter(task.amount(), rules.listedFullCoverage());
    PoolRepository.Pool found = pools.pool(tx, leadId, task.scope(), task.itemCodes(),
        task.startDate().minusMonths(rules.exclusionMonths()), task.id(), rules.exclusionMonths() > 0,
        new PoolRepository.Needs(task.amount().stratified(), rules.listedFullCoverage()), sorter);
    StrataBuilder.Result strata = sorter.finish(rules.floor(task.directed()));
    timings.lap("pool");
    List<Exclusion> exclusions = List.of(
        new Exclusion(Exclusion.Reason.OUT_OF_SCOPE, found.outOfScope()),
        new Exclusion(Exclusion.Reason.NOT_IN_BUSINESS, found.notInBusiness()),
        new Exclusion(Exclusion.Reason.RECENTLY_INSPECTED, found.recent()),
        new Exclusion(Exclusion.Reason.CLASS_NOT_DRAWN, strata.classLeftOut()));

    List<PlannedGroup> groups = new ArrayList<>();
    List<InspectorExclusion> left = new ArrayList<>();
    Set<String> inspectorKeys = new HashSet<>();
    for (DrawTask.Department d : task.departments()) {
      DrawRules own = d.id() == leadId ? rules : rules(tx, d.id());
      Set<String> required = task.itemCodesOf(d.id());
      List<String> pool = new ArrayList<>();
      for (InspectorCandidate c : pools.inspectors(tx, d.id())) {
        Optional<InspectorExclusion.Reason> why = c.exclusion(task.endDate(), required);
        if (why.isPresent()) {
          left.add(new InspectorExclusion(d.code(), c.key(), c.name(), why.get()));
        } else {
          pool.add(c.key());
          inspectorKeys.add(c.key());
        }
      }
      groups.add(new PlannedGroup(d.code(), d.name(), own.inspectorsPerTarget(), pool));
    }
    groups.sort(Comparator.comparing(PlannedGroup::key));

    List<Long> departmentIds = task.departments().stream().map(DrawTask.Department::id).toList();
    Set<Conflict> conflicts = new LinkedHashSet<>();
    for (Conflict c : pools.recusals(tx, departmentIds)) {
      if (inspectorKeys.contains(c.inspectorKey()) && inPool(strata.strata(), c.objectKey())) {
        conflicts.add(c);
      }
    }
    timings.lap("inspectors");
    return new DrawPlan(task.code(), task.name(), task.directed(), task.startDate(), task.endDate(),
        found.directory(), task.hasKeyItems(), strata.strata(), groups, List.copyOf(conflicts), exclusions, left);
  }

  /** The stratum pools are sorted (the pool query's ORDER BY), so a binary search will do. */
  private static boolean inPool(List<PlannedStratum> strata, String key) {
    for (PlannedStratum s : strata) {
      if (Collections.binarySearch(s.pool(), key) >= 0) {
        return true;
      }
    }
    return false;
  }
}
