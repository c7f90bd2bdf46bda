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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Record5;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * The queries that build a draw's pool, for the draw service. The pool is read in one pass in
 * key order over a covering index, so a directory of a million targets costs one sequential
 * index scan, the exclusion counts come with it, and the engine need not sort again. Every
 * method takes the caller's transaction.
 */
public final class PoolRepository {
  private static final RiskTier[] TIERS = RiskTier.values();
  private static final String IN_BUSINESS_SQL = "'EXISTING', 'OPERATING'";
  /** The other statuses V001's check constraint allows (吊销, 注销, 迁出). */
  private static final String NOT_IN_BUSINESS_SQL = "'REVOKED', 'CANCELLED', 'MOVED_OUT'";
  private static final int FETCH = 10_000;
  /** The columns of ix_target_pool (V021), in order. */
  public static final String POOL_INDEX_COLUMNS =
      "object_key, status, kind, township, industry_code, risk_class, abnormal, serious_violation";

  /**
   * What the one pass over the lead department's directory counted: its size and how many
   * targets each filter left out, in turn — out of scope, not in business, recently inspected.
   * The pool itself went to the caller's sink as it streamed by.
   */
  public record Pool(int directory, int outOfScope, int notInBusiness, int recent) {}

  /**
   * The targets in the lead department's directory, in scope and in business, minus those
   * inspected for one of {@code itemCodes} on or after {@code windowStart} by another task
   * (when {@code excludeRecent}), handed to {@code sink} one by one in key order as they are
   * read (so the caller can sort them into strata and hash them in the same pass); returns the
   * counts of those left out.
   *
   * <p>One pass in key order over the covering index {@code ix_target_pool} (V021), whose
   * columns are all this reads, so neither the rows nor a sort are touched: the department's
   * target ids come first from its own index into a bit set, the few recently inspected ones
   * into another, and the filters are applied here as the keys stream by. The earlier query
   * (a join from target_department, a NOT EXISTS per row, ORDER BY) read each target row at
   * random and sorted a million keys through temporary files.
   */
  public Pool pool(DSLContext tx, long leadDepartmentId, PoolScope scope, Collection<String> itemCodes,
      LocalDate windowStart, long taskId, boolean excludeRecent, Consumer<PoolEntry> sink) {
    BitSet directory = new BitSet();
    try (Cursor<Record1<Long>> ids = tx.select(TARGET_DEPARTMENT.TARGET_ID).from(TARGET_DEPARTMENT)
        .where(TARGET_DEPARTMENT.DEPARTMENT_ID.eq(leadDepartmentId)).fetchSize(FETCH).fetchLazy()) {
      for (Record1<Long> r : ids) {
        directory.set(Math.toIntExact(r.value1()));
      }
    }
    BitSet recent = excludeRecent && !itemCodes.isEmpty() ? recent(tx, itemCodes, windowStart, taskId) : new BitSet();
    Set<String> townships = Set.copyOf(scope.townships());
    Set<String> industries = Set.copyOf(scope.industries());
    Set<String> kinds = Set.copyOf(scope.kinds());
    int members = directory.cardinality();
    // H2 walks the first index whose leading columns are the ORDER BY's: by object_key alone
    // that is the unique key index, which reads every row. object_key is unique, so ordering by
    // all of ix_target_pool's columns is the same order, and makes H2 walk that index alone.
    // Without a township or industry filter the pass takes only targets in business (H2 drops
    // the others inside the index walk, a third cheaper than handing them over), and those not
    // in business are counted from ix_target_status, which holds their kind: no row is read.
    boolean byPlace = !townships.isEmpty() || !industries.isEmpty();
    String sql = "SELECT id, object_key, status, township, industry_code, kind, risk_class, abnormal,"
        + " serious_violation FROM target USE INDEX (ix_target_pool)"
        + (byPlace ? "" : " WHERE status IN (" + IN_BUSINESS_SQL + ")") + " ORDER BY " + POOL_INDEX_COLUMNS;
    // plain JDBC: no per-field conversion through jOOQ records for a million rows
    int[] left = tx.connectionResult(c -> {
      int[] counts = new int[3];
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setFetchSize(FETCH);
        try (ResultSet r = ps.executeQuery()) {
          while (r.next()) {
            long id = r.getLong(1);
            if (id > Integer.MAX_VALUE || !directory.get((int) id)) {
              continue;
            }
            if (!in(townships, r.getString(4)) || !in(industries, r.getString(5)) || !in(kinds, r.getString(6))) {
              counts[0]++;
            } else if (!inBusiness(r.getString(3))) {
              counts[1]++;
            } else if (recent.get((int) id)) {
              counts[2]++;
            } else {
              String risk = r.getString(7);
              sink.accept(new PoolEntry(r.getString(2), tier(risk),
                  r.getBoolean(8) || r.getBoolean(9)));
            }
          }
        }
      }
      if (!byPlace) {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, kind FROM target USE INDEX (ix_target_status)"
            + " WHERE status IN (" + NOT_IN_BUSINESS_SQL + ")")) {
          ps.setFetchSize(FETCH);
          try (ResultSet r = ps.executeQuery()) {
            while (r.next()) {
              long id = r.getLong(1);
              if (id <= Integer.MAX_VALUE && directory.get((int) id)) {
                counts[in(kinds, r.getString(2)) ? 1 : 0]++;
              }
            }
          }
        }
      }
      return counts;
    });
    int outOfScope = left[0];
    int notInBusiness = left[1];
    int recentlyInspected = left[2];
    return new Pool(members, outOfScope, notInBusiness, recentlyInspected);
  }

  /**
   * Ids of the targets inspected for one of {@code itemCodes} on or after {@code windowStart} by
   * another task. Two steps, so the inspections read are only those of the tasks that share an
   * item: first those tasks (few) with their start dates, then their inspections by the
   * inspection's task index. As one join H2 started from the task table and read every
   * inspection ever recorded (265,000 in the bench after a few runs: 1.8 s cold per draw).
   */
  private static BitSet recent(DSLContext tx, Collection<String> itemCodes, LocalDate windowStart, long taskId) {
    Map<Long, LocalDate> starts = new HashMap<>();
    tx.selectDistinct(TASK.ID, TASK.START_DATE)
        .from(INSPECTION_ITEM)
        .join(TASK_ITEM).on(TASK_ITEM.ITEM_ID.eq(INSPECTION_ITEM.ID))
        .join(TASK).on(TASK.ID.eq(TASK_ITEM.TASK_ID))
        .where(INSPECTION_ITEM.CODE.in(itemCodes))
        .and(TASK.ID.ne(taskId))
        .forEach(r -> starts.put(r.value1(), r.value2()));
    BitSet ids = new BitSet();
    if (starts.isEmpty()) {
      return ids;
    }
    tx.select(INSPECTION.TARGET_ID, INSPECTION.TASK_ID, INSPECTION.INSPECTED_ON)
        .from(INSPECTION)
        .where(INSPECTION.TASK_ID.in(starts.keySet()))
        .forEach(r -> {
          LocalDate when = r.value3() != null ? r.value3() : starts.get(r.value2());
          if (when != null && !when.isBefore(windowStart)) {
            ids.set(Math.toIntExact(r.value1()));
          }
        });
    return ids;
  }

  /**
   * Whether a status is 存续 or 在业: two {@code equals}, not a set look-up, because this runs a
   * million times per draw and each row's string is new (its hash would be computed each time).
   */
  private static boolean inBusiness(@Nullable String status) {
    return "EXISTING".equals(status) || "OPERATING".equals(status);
  }

  /** The risk tier of a stored class ({@code A}–{@code D}, possibly padded), without a map look-up per row. */
  static @Nullable RiskTier tier(@Nullable String risk) {
    if (risk == null) {
      return null;
    }
    String r = risk.length() == 1 ? risk : risk.trim();
    return r.length() == 1 && r.charAt(0) >= 'A' && r.charAt(0) <= 'D' ? TIERS[r.charAt(0) - 'A']
        : RiskTier.valueOf(r);
  }

  /** An empty filter lets everything through; otherwise the value must be listed. */
  private static boolean in(Set<String> filter, String value) {
    return filter.isEmpty() || value != null && filter.contains(value);
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

}
