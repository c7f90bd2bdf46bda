package cn.suiji.draw.data;

import static cn.suiji.shared.db.generated.Tables.INSPECTION;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_ITEM;
import static cn.suiji.shared.db.generated.Tables.INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.INSPECTOR_ITEM;
import static cn.suiji.shared.db.generated.Tables.RECUSAL;
import static cn.suiji.shared.db.generated.Tables.TARGET;
import static cn.suiji.shared.db.generated.Tables.TASK;
import static cn.suiji.shared.db.generated.Tables.TASK_ITEM;

import cn.suiji.draw.domain.Conflict;
import cn.suiji.draw.domain.InspectorCandidate;
import cn.suiji.draw.domain.PoolEntry;
import cn.suiji.draw.domain.PoolScope;
import cn.suiji.draw.domain.RiskTier;
import cn.suiji.shared.db.KeysetReads;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Record5;
import org.jspecify.annotations.Nullable;

/**
 * The queries that build a draw's pool, for the draw service. The pool is read in one pass in
 * key order over a covering index, so a directory of a million targets costs one sequential
 * index scan, the exclusion counts come with it, and the engine need not sort again. Every
 * method takes the caller's transaction.
 */
public final class PoolRepository {
  private static final RiskTier[] TIERS = RiskTier.values();
  /** A target's class in the pass (see {@link #classOf}): left out of scope. */
  private static final int OUT_OF_SCOPE = 0;
  /** A target's class in the pass: not in business. */
  private static final int NOT_IN_BUSINESS = 1;
  /** The first class of a target in the pool. */
  private static final int IN_POOL = 2;
  /** The tier of a target without a risk class (or when the draw does not stratify by class). */
  private static final int NO_TIER = 4;
  /** Classes fit in 4 bits: the pass reads id and class as one number, {@code id × 16 + class}. */
  private static final int CLASSES = 16;
  private static final String IN_BUSINESS_SQL = "'EXISTING', 'OPERATING'";
  /** The other statuses V001's check constraint allows (吊销, 注销, 迁出). */
  private static final String NOT_IN_BUSINESS_SQL = "'REVOKED', 'CANCELLED', 'MOVED_OUT'";
  /**
   * What the one pass over the lead department's directory counted: its size and how many
   * targets each filter left out, in turn — out of scope, not in business, recently inspected.
   * The pool itself went to the caller's sink as it streamed by.
   */
  public record Pool(int directory, int outOfScope, int notInBusiness, int recent) {}

  /**
   * What the draw needs to know of each target in its pool besides the key: its risk class
   * (a task with per-class ratios) and whether it is on the abnormal or serious-violation list
   * (working rules that draw those in full). What is not needed is not read: the entries then
   * carry no class and no listing.
   */
  public record Needs(boolean risk, boolean listed) {}

  /**
   * The targets in the lead department's directory, in scope and in business, minus those
   * inspected for one of {@code itemCodes} on or after {@code windowStart} by another task
   * (when {@code excludeRecent}), handed to {@code sink} one by one in key order as they are
   * read (so the caller can sort them into strata and hash them in the same pass); returns the
   * counts of those left out.
   *
   * <p>One pass in key order over the covering index {@code ix_target_pool} (V021), whose
   * columns are all this reads, so neither the rows nor a sort are touched ({@link #passSql}):
   * the department's target ids come first from its own index into a bit set, the few recently
   * inspected ones into another; the database sorts each target into a class (out of scope,
   * not in business, or its place in the pool with what the draw {@link Needs}) and the rest is
   * done here as the keys stream by. The earlier query (a join from target_department, a NOT
   * EXISTS per row, ORDER BY) read each target row at random and sorted a million keys through
   * temporary files.
   */
  public Pool pool(DSLContext tx, long leadDepartmentId, PoolScope scope, Collection<String> itemCodes,
      LocalDate windowStart, long taskId, boolean excludeRecent, Needs needs, Consumer<PoolEntry> sink) {
    BitSet recent = excludeRecent && !itemCodes.isEmpty() ? recent(tx, itemCodes, windowStart, taskId) : new BitSet();
    Set<String> kinds = Set.copyOf(scope.kinds());
    boolean byPlace = byPlace(scope);
    List<Object> params = new ArrayList<>();
    String sql = passSql(scope, needs, params);
    boolean signed = signed(scope, needs);
    // plain JDBC (no jOOQ record per row), in pieces (no result of a million rows built first),
    // two calls per row as for the floor (each call on an H2 result set takes the connection's
    // lock: nine columns a row made the lock a quarter of the pass)
    int[] left = tx.connectionResult(c -> {
      BitSet directory = directory(c, leadDepartmentId);
      int[] counts = new int[5]; // out of scope, not in business, recent, directory, members the pass saw
      counts[3] = directory.cardinality();
      KeysetReads.read(c, sql, "object_key", params.toArray(), 2, r -> {
        long first = r.getLong(1);
        long id;
        int cls;
        if (signed) {
          id = Math.abs(first);
          cls = IN_POOL + 2 * NO_TIER + (first < 0 ? 1 : 0);
        } else {
          id = first / CLASSES;
          cls = (int) (first % CLASSES);
        }
        if (id > Integer.MAX_VALUE || !directory.get((int) id)) {
          return;
        }
        counts[4]++;
        if (cls < IN_POOL) {
          counts[cls]++; // OUT_OF_SCOPE or NOT_IN_BUSINESS
        } else if (recent.get((int) id)) {
          counts[2]++;
        } else {
          int tier = (cls - IN_POOL) >> 1;
          sink.accept(new PoolEntry(r.getString(2), tier < TIERS.length ? TIERS[tier] : null, (cls & 1) == 1));
        }
      });
      if (!byPlace && kinds.isEmpty()) {
        counts[1] = counts[3] - counts[4]; // the pass saw every member in business, and only those
      } else if (!byPlace) {
        // those not in business, by kind, counted by the database (a few percent of the directory)
        try (PreparedStatement ps = c.prepareStatement("SELECT t.kind, COUNT(*) FROM target t USE INDEX (ix_target_status)"
            + " JOIN target_department d ON d.target_id = t.id AND d.department_id = ?"
            + " WHERE t.status IN (" + NOT_IN_BUSINESS_SQL + ") GROUP BY t.kind")) {
          ps.setLong(1, leadDepartmentId);
          try (ResultSet r = ps.executeQuery()) {
            while (r.next()) {
              counts[in(kinds, r.getString(1)) ? 1 : 0] += r.getInt(2);
            }
          }
        }
      }
      return counts;
    });
    int members = left[3];
    int outOfScope = left[0];
    int notInBusiness = left[1];
    int recentlyInspected = left[2];
    return new Pool(members, outOfScope, notInBusiness, recentlyInspected);
  }

  /**
   * The ids of the targets in a department's directory, from target_department's own index (in
   * pieces, see {@link KeysetReads}); the benchmark's floor reads them the same way.
   */
  private static BitSet directory(Connection c, long departmentId) throws SQLException {
    BitSet directory = new BitSet();
    KeysetReads.read(c, "SELECT target_id FROM target_department WHERE department_id = ?%s"
        + " ORDER BY department_id, target_id", "target_id", new Object[] {departmentId}, 1,
        r -> directory.set(Math.toIntExact(r.getLong(1))));
    return directory;
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
   * The pass over {@code ix_target_pool}, with {@code %s} for the key condition of each piece
   * ({@link KeysetReads}); {@code params} receives the values of its marks. It reads two
   * columns a row, as the floor does: {@code id × 16 + class} (see {@link #classOf}), or the id
   * signed by the listing where that is all the draw needs ({@link #signed}), and the key.
   * Without a township or industry filter it takes only targets in business (H2 drops the
   * others inside the index walk, a third cheaper than handing them over); those not in
   * business are counted apart. The order is the floor's too: by object_key and status, the
   * index's leading columns, so H2 walks that index alone (ordered by object_key alone it would
   * walk the unique key index and read every row; ordered by all eight columns it compares
   * more and gains nothing, the key being unique).
   */
  static String passSql(PoolScope scope, Needs needs, List<Object> params) {
    boolean byPlace = byPlace(scope);
    String first;
    if (signed(scope, needs)) {
      first = needs.listed() ? "CASE WHEN abnormal OR serious_violation THEN -id ELSE id END" : "id";
    } else {
      first = "id * " + CLASSES + " + " + classOf(scope, byPlace, needs, params);
    }
    return "SELECT " + first + ", object_key"
        + " FROM target USE INDEX (ix_target_pool) WHERE "
        + (byPlace ? "TRUE" : "status IN (" + IN_BUSINESS_SQL + ")") + "%s ORDER BY object_key, status";
  }

  /**
   * Whether the pass reads the id alone, negative for a listed target, instead of {@code id × 16
   * + class}: when there is no scope filter and no stratum by risk class (a county-wide task,
   * the usual case), the only class left is the listing, and the sign carries it (ids are
   * positive). Most rows then hand over their own id with no arithmetic: about a fifth of the
   * raw index read cheaper than the packed number.
   */
  private static boolean signed(PoolScope scope, Needs needs) {
    return !byPlace(scope) && scope.kinds().isEmpty() && !needs.risk();
  }

  /**
   * Whether the scope filters by township or industry (columns the status index does not hold),
   * or names its targets (a directed task made from a watch list).
   */
  private static boolean byPlace(PoolScope scope) {
    return !scope.townships().isEmpty() || !scope.industries().isEmpty() || !scope.targets().isEmpty();
  }

  /**
   * The SQL for a target's class in the pass, one small number the database computes from the
   * index's own columns: {@link #OUT_OF_SCOPE} (a township, industry or kind filter leaves it
   * out; a missing value is out too), {@link #NOT_IN_BUSINESS} (only checked here when the
   * query does not filter on status already), or {@code IN_POOL + 2 × tier + listed} with tier
   * 0–3 for risk class A–D and 4 for none, listed 1 when the target is on the abnormal or the
   * serious-violation list — each only when the draw {@link Needs} it (every expression costs the
   * pass a tenth). The filter values go to {@code params}, in the order of their marks.
   */
  private static String classOf(PoolScope scope, boolean byPlace, Needs needs, List<Object> params) {
    String tier = needs.risk() ? "2 * CASE risk_class WHEN 'A' THEN 0 WHEN 'B' THEN 1 WHEN 'C' THEN 2"
        + " WHEN 'D' THEN 3 ELSE " + NO_TIER + " END" : Integer.toString(2 * NO_TIER);
    String inPool = "(" + IN_POOL + " + " + tier
        + (needs.listed() ? " + CASE WHEN abnormal OR serious_violation THEN 1 ELSE 0 END" : "") + ")";
    List<String> out = new ArrayList<>();
    outside("township", scope.townships(), out, params);
    outside("industry_code", scope.industries(), out, params);
    outside("kind", scope.kinds(), out, params);
    outside("object_key", scope.targets(), out, params);
    StringBuilder sql = new StringBuilder();
    if (!out.isEmpty()) {
      sql.append(" WHEN ").append(String.join(" OR ", out)).append(" THEN ").append(OUT_OF_SCOPE);
    }
    if (byPlace) {
      sql.append(" WHEN status NOT IN (" + IN_BUSINESS_SQL + ") THEN ").append(NOT_IN_BUSINESS);
    }
    return sql.isEmpty() ? inPool : "CASE" + sql + " ELSE " + inPool + " END";
  }

  /** The condition that {@code column}'s value is not one of {@code values} (none: no condition). */
  private static void outside(String column, List<String> values, List<String> conditions, List<Object> params) {
    if (values.isEmpty()) {
      return;
    }
    conditions.add("(" + column + " IS NULL OR " + column + " NOT IN ("
        + String.join(", ", Collections.nCopies(values.size(), "?")) + "))");
    params.addAll(values);
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
