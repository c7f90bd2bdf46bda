package cn.suiji.draw.data;

import static cn.suiji.shared.db.generated.Tables.INSPECTION;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_ITEM;
import static cn.suiji.shared.db.generated.Tables.INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.INSPECTOR_ITEM;
import static cn.suiji.shared.db.generated.Tables.RECUSAL;
import static cn.suiji.shared.db.generated.Tables.TARGET;
import static cn.suiji.shared.db.generated.Tables.TARGET_DEPARTMENT;
import static cn.suiji.shared.db.generated.Tables.TASK;
import static cn.suiji.shared.db.generated.Tables.TASK_ITEM;

import cn.suiji.draw.domain.Conflict;
import cn.suiji.draw.domain.InspectorCandidate;
import cn.suiji.draw.domain.PoolEntry;
import cn.suiji.draw.domain.PoolScope;
import cn.suiji.draw.domain.RiskTier;
import cn.suiji.shared.db.generated.tables.Task;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.Record5;
import org.jooq.impl.DSL;

/**
 * The queries that build a draw's pool, for the draw service. The pool query selects only the
 * key, the risk class and the listed flag, filtered in the database and ordered by key, so a
 * directory of a million targets costs one indexed pass and the engine need not sort again.
 * Every method takes the caller's transaction.
 */
public final class PoolRepository {
  private static final List<String> IN_BUSINESS = List.of("EXISTING", "OPERATING");

  /** How many of the lead department's targets pass each filter in turn. */
  public record Funnel(int directory, int inScope, int inBusiness) {}

  public Funnel funnel(DSLContext tx, long leadDepartmentId, PoolScope scope) {
    Condition inScope = scope(scope);
    Condition inBusiness = inScope.and(TARGET.STATUS.in(IN_BUSINESS));
    var row = tx.select(DSL.count(), DSL.count().filterWhere(inScope), DSL.count().filterWhere(inBusiness))
        .from(TARGET_DEPARTMENT)
        .join(TARGET).on(TARGET.ID.eq(TARGET_DEPARTMENT.TARGET_ID))
        .where(TARGET_DEPARTMENT.DEPARTMENT_ID.eq(leadDepartmentId))
        .fetchSingle();
    return new Funnel(row.value1(), row.value2(), row.value3());
  }

  /**
   * The targets in the lead department's directory, in scope and in business, minus those
   * inspected for one of {@code itemCodes} on or after {@code windowStart} by another task;
   * sorted by key. A null window start excludes nobody.
   */
  public List<PoolEntry> pool(DSLContext tx, long leadDepartmentId, PoolScope scope, Collection<String> itemCodes,
      LocalDate windowStart, long taskId, boolean excludeRecent) {
    Condition where = TARGET_DEPARTMENT.DEPARTMENT_ID.eq(leadDepartmentId)
        .and(scope(scope))
        .and(TARGET.STATUS.in(IN_BUSINESS));
    if (excludeRecent && !itemCodes.isEmpty()) {
      Task other = TASK.as("other");
      where = where.andNotExists(DSL.selectOne()
          .from(INSPECTION)
          .join(other).on(other.ID.eq(INSPECTION.TASK_ID))
          .join(TASK_ITEM).on(TASK_ITEM.TASK_ID.eq(INSPECTION.TASK_ID))
          .join(INSPECTION_ITEM).on(INSPECTION_ITEM.ID.eq(TASK_ITEM.ITEM_ID))
          .where(INSPECTION.TARGET_ID.eq(TARGET.ID))
          .and(INSPECTION.TASK_ID.ne(taskId))
          .and(INSPECTION_ITEM.CODE.in(itemCodes))
          .and(DSL.coalesce(INSPECTION.INSPECTED_ON, other.START_DATE).ge(windowStart)));
    }
    List<PoolEntry> entries = new ArrayList<>();
    try (Cursor<Record3<String, String, Boolean>> cursor = tx
        .select(TARGET.OBJECT_KEY, TARGET.RISK_CLASS, DSL.field(TARGET.ABNORMAL.isTrue().or(TARGET.SERIOUS_VIOLATION.isTrue())))
        .from(TARGET_DEPARTMENT)
        .join(TARGET).on(TARGET.ID.eq(TARGET_DEPARTMENT.TARGET_ID))
        .where(where)
        .orderBy(TARGET.OBJECT_KEY)
        .fetchSize(10_000)
        .fetchLazy()) {
      for (Record3<String, String, Boolean> r : cursor) {
        String risk = r.value2();
        entries.add(new PoolEntry(r.value1(), risk == null ? null : RiskTier.valueOf(risk.trim()),
            Boolean.TRUE.equals(r.value3())));
      }
    }
    return entries;
  }

  /** The inspectors of a department with their status, certificate expiry and items, by key. */
  public List<InspectorCandidate> inspectors(DSLContext tx, long departmentId) {
    Map<Long, Set<String>> items = new HashMap<>();
    tx.select(INSPECTOR_ITEM.INSPECTOR_ID, INSPECTOR_ITEM.ITEM_CODE)
        .from(INSPECTOR_ITEM)
        .join(INSPECTOR).on(INSPECTOR.ID.eq(INSPECTOR_ITEM.INSPECTOR_ID))
        .where(INSPECTOR.DEPARTMENT_ID.eq(departmentId))
        .forEach(r -> items.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
    List<InspectorCandidate> out = new ArrayList<>();
    for (Record5<Long, String, String, String, LocalDate> r : tx
        .select(INSPECTOR.ID, INSPECTOR.INSPECTOR_KEY, INSPECTOR.NAME, INSPECTOR.STATUS, INSPECTOR.CERT_EXPIRY)
        .from(INSPECTOR)
        .where(INSPECTOR.DEPARTMENT_ID.eq(departmentId))
        .orderBy(INSPECTOR.INSPECTOR_KEY)
        .fetch()) {
      out.add(new InspectorCandidate(r.value2(), r.value3(), "ON_DUTY".equals(r.value4()), r.value5(),
          items.getOrDefault(r.value1(), Set.of())));
    }
    return out;
  }

  /** Every recusal pair of the departments' inspectors, as (inspector key, object key). */
  public List<Conflict> recusals(DSLContext tx, Collection<Long> departmentIds) {
    return tx.select(INSPECTOR.INSPECTOR_KEY, TARGET.OBJECT_KEY)
        .from(RECUSAL)
        .join(INSPECTOR).on(INSPECTOR.ID.eq(RECUSAL.INSPECTOR_ID))
        .join(TARGET).on(TARGET.ID.eq(RECUSAL.TARGET_ID))
        .where(INSPECTOR.DEPARTMENT_ID.in(departmentIds))
        .orderBy(INSPECTOR.INSPECTOR_KEY, TARGET.OBJECT_KEY)
        .fetch(r -> new Conflict(r.value1(), r.value2()));
  }

  private static Condition scope(PoolScope scope) {
    Condition c = DSL.trueCondition();
    if (!scope.townships().isEmpty()) {
      c = c.and(TARGET.TOWNSHIP.in(scope.townships()));
    }
    if (!scope.industries().isEmpty()) {
      c = c.and(TARGET.INDUSTRY_CODE.in(scope.industries()));
    }
    if (!scope.kinds().isEmpty()) {
      c = c.and(TARGET.KIND.in(scope.kinds()));
    }
    return c;
  }
}
