package cn.suiji.draw.data;

import static cn.suiji.shared.db.generated.Tables.DEPARTMENT;
import static cn.suiji.shared.db.generated.Tables.DRAW;
import static cn.suiji.shared.db.generated.Tables.DRAW_POOL;
import static cn.suiji.shared.db.generated.Tables.INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.TARGET;
import static cn.suiji.shared.db.generated.Tables.TASK;

import cn.suiji.draw.domain.AttemptStatus;
import cn.suiji.draw.domain.DrawSummary;
import cn.suiji.draw.domain.Exclusion;
import cn.suiji.draw.domain.KeyPool;
import cn.suiji.draw.domain.PoolExclusions;
import cn.suiji.draw.domain.Stratum;
import cn.suiji.shared.SuijiException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * The stored draw attempts and their pools. The task and the working rules the draw reads come
 * through the plan's and the rules' services; what a confirmed draw writes into other features'
 * tables (inspections, last-drawn dates, the task's status) goes through their services
 * ({@code ConfirmedDrawWriter}). Every method takes the caller's transaction.
 */
public final class DrawRepository {
  private static final int CHUNK = 1_000;
  private final ObjectMapper mapper = new ObjectMapper();

  public int nextAttempt(DSLContext tx, long taskId) {
    Integer last = tx.select(DSL.max(DRAW.ATTEMPT)).from(DRAW).where(DRAW.TASK_ID.eq(taskId)).fetchOne(0, Integer.class);
    return last == null ? 1 : last + 1;
  }

  public Optional<DrawSummary> confirmedOf(DSLContext tx, long taskId) {
    return summaries(tx, DRAW.CONFIRMED_TASK_ID.eq(taskId)).stream().findFirst();
  }

  public long insert(DSLContext tx, long taskId, int attempt, String spec, String operator, OffsetDateTime createdAt,
      String commitment, String json, PoolExclusions exclusions, @Nullable String lateReason) {
    return tx.insertInto(DRAW)
        .set(DRAW.TASK_ID, taskId)
        .set(DRAW.ATTEMPT, attempt)
        .set(DRAW.SPEC, spec)
        .set(DRAW.STATUS, AttemptStatus.OPEN.name())
        .set(DRAW.OPERATOR_NAME, operator)
        .set(DRAW.CREATED_AT, createdAt)
        .set(DRAW.COMMITMENT, commitment)
        .set(DRAW.RECORD_JSON, json)
        .set(DRAW.EXCLUSIONS_JSON, exclusionsJson(exclusions))
        .set(DRAW.LATE_REASON, lateReason)
        .returningResult(DRAW.ID)
        .fetchSingle().value1();
  }

  /** Locks the attempt's row for the rest of the transaction and returns it. */
  public Optional<DrawSummary> lock(DSLContext tx, long drawId) {
    tx.select(DRAW.ID).from(DRAW).where(DRAW.ID.eq(drawId)).forUpdate().fetch();
    return find(tx, drawId);
  }

  public Optional<DrawSummary> find(DSLContext tx, long drawId) {
    return summaries(tx, DRAW.ID.eq(drawId)).stream().findFirst();
  }

  public String recordJson(DSLContext tx, long drawId) {
    return tx.select(DRAW.RECORD_JSON).from(DRAW).where(DRAW.ID.eq(drawId)).fetchSingle().value1();
  }

  /**
   * Stores the attempt's stratum pools (V023 {@code draw_pool}) that are not stored yet: each
   * once, as its keys joined with {@code "\n"} under its hash. Open stores them all; perform and
   * void find them there (and store them only for an attempt kept before V023, whose pools
   * were inline). The pool must be the stratum's at {@code strata} index.
   */
  public void savePools(DSLContext tx, long drawId, List<Stratum> strata) {
    Map<Integer, String> stored = new HashMap<>();
    tx.select(DRAW_POOL.STRATUM, DRAW_POOL.POOL_HASH).from(DRAW_POOL).where(DRAW_POOL.DRAW_ID.eq(drawId))
        .forEach(r -> stored.put(r.value1(), r.value2()));
    for (int i = 0; i < strata.size(); i++) {
      KeyPool pool = KeyPool.copyOf(strata.get(i).pool());
      String hash = pool.textHash();
      if (hash.equals(stored.get(i))) {
        continue;
      }
      if (stored.containsKey(i)) {
        tx.deleteFrom(DRAW_POOL).where(DRAW_POOL.DRAW_ID.eq(drawId)).and(DRAW_POOL.STRATUM.eq(i)).execute();
      }
      tx.insertInto(DRAW_POOL)
          .set(DRAW_POOL.DRAW_ID, drawId)
          .set(DRAW_POOL.STRATUM, i)
          .set(DRAW_POOL.POOL_HASH, hash)
          .set(DRAW_POOL.N, pool.size())
          .set(DRAW_POOL.POOL_KEYS, pool.text())
          .execute();
    }
  }

  /** The attempt's stored pool with this hash, read back into its keys (hashed again as they are read). */
  public Optional<KeyPool> pool(DSLContext tx, long drawId, String hash, int n) {
    return tx.select(DRAW_POOL.POOL_KEYS).from(DRAW_POOL)
        .where(DRAW_POOL.DRAW_ID.eq(drawId)).and(DRAW_POOL.POOL_HASH.eq(hash))
        .limit(1).fetchOptional(DRAW_POOL.POOL_KEYS)
        .map(text -> KeyPool.fromText(text, n));
  }

  /** The pool funnel the attempt froze; empty for attempts stored before it was kept. */
  public Optional<PoolExclusions> exclusions(DSLContext tx, long drawId) {
    String json = tx.select(DRAW.EXCLUSIONS_JSON).from(DRAW).where(DRAW.ID.eq(drawId)).fetchSingle().value1();
    if (json == null) {
      return Optional.empty();
    }
    try {
      JsonNode root = mapper.readTree(json);
      List<Exclusion> exclusions = new ArrayList<>();
      for (JsonNode e : root.path("exclusions")) {
        exclusions.add(new Exclusion(Exclusion.Reason.valueOf(e.path("reason").asText()), e.path("count").asInt()));
      }
      return Optional.of(new PoolExclusions(root.path("directory").asInt(), root.path("pool").asInt(), exclusions));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new SuijiException(e, "draw.exclusionsUnreadable", drawId);
    }
  }

  /** The task's open attempts not yet drawn, oldest first. */
  public List<DrawSummary> undrawn(DSLContext tx, long taskId) {
    return summaries(tx, DRAW.TASK_ID.eq(taskId).and(DRAW.STATUS.eq(AttemptStatus.OPEN.name()))
        .and(DRAW.SEED.isNull()));
  }

  /** The task's open attempts, drawn or not, oldest first. */
  public List<DrawSummary> open(DSLContext tx, long taskId) {
    return summaries(tx, DRAW.TASK_ID.eq(taskId).and(DRAW.STATUS.eq(AttemptStatus.OPEN.name())));
  }

  /** Why the attempt was opened after its task's window, or null (V024). */
  public @Nullable String lateReason(DSLContext tx, long drawId) {
    return tx.select(DRAW.LATE_REASON).from(DRAW).where(DRAW.ID.eq(drawId)).fetchSingle().value1();
  }

  /** Every attempt, oldest first. */
  public List<DrawSummary> list(DSLContext tx) {
    return summaries(tx, DSL.trueCondition());
  }

  public void update(DSLContext tx, long drawId, AttemptStatus status, @Nullable OffsetDateTime closedAt,
      @Nullable String seed, @Nullable String resultHash, @Nullable String voidReason, String json) {
    tx.update(DRAW)
        .set(DRAW.STATUS, status.name())
        .set(DRAW.CLOSED_AT, closedAt)
        .set(DRAW.SEED, seed)
        .set(DRAW.RESULT_HASH, resultHash)
        .set(DRAW.VOID_REASON, voidReason)
        .set(DRAW.RECORD_JSON, json)
        .set(DRAW.CONFIRMED_TASK_ID, status == AttemptStatus.CONFIRMED ? DRAW.TASK_ID : DSL.val((Long) null))
        .where(DRAW.ID.eq(drawId))
        .execute();
  }

  /** Closes the attempt (status, closing time) leaving its stored record as it is. */
  public void close(DSLContext tx, long drawId, AttemptStatus status, OffsetDateTime closedAt) {
    tx.update(DRAW)
        .set(DRAW.STATUS, status.name())
        .set(DRAW.CLOSED_AT, closedAt)
        .set(DRAW.CONFIRMED_TASK_ID, status == AttemptStatus.CONFIRMED ? DRAW.TASK_ID : DSL.val((Long) null))
        .where(DRAW.ID.eq(drawId))
        .execute();
  }

  /** The target's name, for messages. */
  public Optional<String> targetName(DSLContext tx, String objectKey) {
    return tx.select(TARGET.NAME).from(TARGET).where(TARGET.OBJECT_KEY.eq(objectKey)).fetchOptional(TARGET.NAME);
  }

  /** The department's name, for messages. */
  public Optional<String> departmentName(DSLContext tx, String code) {
    return tx.select(DEPARTMENT.NAME).from(DEPARTMENT).where(DEPARTMENT.CODE.eq(code)).fetchOptional(DEPARTMENT.NAME);
  }

  /**
   * Name and uscc (the registration number where there is none, else blank) of each target
   * key found, for the printed draw record; keys no longer in the directory are left out.
   */
  public Map<String, String[]> targetCards(DSLContext tx, List<String> objectKeys) {
    Map<String, String[]> cards = new HashMap<>();
    for (int from = 0; from < objectKeys.size(); from += CHUNK) {
      tx.select(TARGET.OBJECT_KEY, TARGET.NAME, TARGET.USCC, TARGET.REG_NO).from(TARGET)
          .where(TARGET.OBJECT_KEY.in(objectKeys.subList(from, Math.min(objectKeys.size(), from + CHUNK))))
          .forEach(r -> cards.put(r.value1(), new String[] {r.value2(),
              r.value3() != null ? r.value3() : r.value4() != null ? r.value4() : ""}));
    }
    return cards;
  }

  /** Name and 执法证号 (blank where none) of each inspector key found, for the printed draw record. */
  public Map<String, String[]> inspectorCards(DSLContext tx, List<String> inspectorKeys) {
    Map<String, String[]> cards = new HashMap<>();
    for (int from = 0; from < inspectorKeys.size(); from += CHUNK) {
      tx.select(INSPECTOR.INSPECTOR_KEY, INSPECTOR.NAME, INSPECTOR.CERT_NO).from(INSPECTOR)
          .where(INSPECTOR.INSPECTOR_KEY.in(inspectorKeys.subList(from, Math.min(inspectorKeys.size(), from + CHUNK))))
          .forEach(r -> cards.put(r.value1(), new String[] {r.value2(), r.value3() == null ? "" : r.value3()}));
    }
    return cards;
  }

  /** The row's {@code confirmed_task_id}, null when it has none. */
  public @Nullable Long confirmedTaskId(DSLContext tx, long drawId) {
    return tx.select(DRAW.CONFIRMED_TASK_ID).from(DRAW).where(DRAW.ID.eq(drawId)).fetchSingle().value1();
  }

  private List<DrawSummary> summaries(DSLContext tx, org.jooq.Condition where) {
    return tx.select(DRAW.ID, DRAW.TASK_ID, TASK.CODE, TASK.NAME, DRAW.ATTEMPT, DRAW.STATUS, DRAW.OPERATOR_NAME, DRAW.CREATED_AT,
            DRAW.CLOSED_AT, DRAW.COMMITMENT, DRAW.SEED, DRAW.RESULT_HASH, DRAW.VOID_REASON)
        .from(DRAW).join(TASK).on(TASK.ID.eq(DRAW.TASK_ID))
        .where(where)
        .orderBy(DRAW.ID)
        .fetch(r -> new DrawSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
            AttemptStatus.valueOf(r.value6()), r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(),
            r.value13()));
  }

  private String exclusionsJson(PoolExclusions funnel) {
    ObjectNode root = mapper.createObjectNode();
    root.put("directory", funnel.directorySize());
    root.put("pool", funnel.poolSize());
    ArrayNode list = root.putArray("exclusions");
    for (Exclusion e : funnel.exclusions()) {
      list.addObject().put("reason", e.reason().name()).put("count", e.count());
    }
    return root.toString();
  }

  /**
   * Puts back the row of an attempt the database lost (from the evidence journal), closed as
   * its record says; its exclusions were not in the journal and stay empty. Returns the id the
   * row got, which the caller compares with the one the audit entries name.
   */
  public long insertRestored(DSLContext tx, long taskId, int attempt, String spec, AttemptStatus status,
      String operator, OffsetDateTime createdAt, OffsetDateTime closedAt, String commitment, String seed,
      String resultHash, @Nullable String voidReason, String json) {
    return tx.insertInto(DRAW)
        .set(DRAW.TASK_ID, taskId)
        .set(DRAW.ATTEMPT, attempt)
        .set(DRAW.SPEC, spec)
        .set(DRAW.STATUS, status.name())
        .set(DRAW.OPERATOR_NAME, operator)
        .set(DRAW.CREATED_AT, createdAt)
        .set(DRAW.CLOSED_AT, closedAt)
        .set(DRAW.COMMITMENT, commitment)
        .set(DRAW.SEED, seed)
        .set(DRAW.RESULT_HASH, resultHash)
        .set(DRAW.VOID_REASON, voidReason)
        .set(DRAW.RECORD_JSON, json)
        .set(DRAW.CONFIRMED_TASK_ID, status == AttemptStatus.CONFIRMED ? taskId : null)
        .returningResult(DRAW.ID)
        .fetchSingle().value1();
  }
}
