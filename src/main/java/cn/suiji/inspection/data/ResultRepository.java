package cn.suiji.inspection.data;

import static cn.suiji.shared.db.generated.Tables.DEPARTMENT;
import static cn.suiji.shared.db.generated.Tables.DRAW;
import static cn.suiji.shared.db.generated.Tables.INSPECTION;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_RESULT;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_RESULT_CODE;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_RESULT_FINDING;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_RESULT_INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.PENDING_PUBLICATION_DAY;
import static cn.suiji.shared.db.generated.Tables.TARGET;
import static cn.suiji.shared.db.generated.Tables.TASK;

import cn.suiji.inspection.domain.DrawSheetRow;
import cn.suiji.inspection.domain.Finding;
import cn.suiji.inspection.domain.InspectionFacts;
import cn.suiji.inspection.domain.InspectionResult;
import cn.suiji.inspection.domain.InspectionStatus;
import cn.suiji.inspection.domain.InspectorMatch;
import cn.suiji.inspection.domain.PendingCount;
import cn.suiji.inspection.domain.PendingKey;
import cn.suiji.inspection.domain.PendingPublication;
import cn.suiji.inspection.domain.PresentInspector;
import cn.suiji.inspection.domain.ResultDraft;
import cn.suiji.inspection.domain.UnresultedInspection;
import cn.suiji.inspection.domain.VerificationMethod;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The results of inspections (INSPECTION_RESULT and its codes, inspectors and findings): stored
 * as versions, read back with what the rules and the deadlines need. Reads the task, its
 * department, the draw's confirmation day, the target and the inspectors of other features
 * (named exceptions of the ownership test). Every method takes the caller's transaction.
 */
public final class ResultRepository {
  /** The code a target is known by: credit code, else registration number, else the draw key. */
  static final Field<String> TARGET_CODE = DSL.coalesce(TARGET.USCC, TARGET.REG_NO, TARGET.OBJECT_KEY);

  /** The inspection with its task, department, draw day, target and drawn inspectors. */
  public Optional<InspectionFacts> facts(DSLContext tx, long inspectionId) {
    Optional<? extends Record> row = tx.select(INSPECTION.ID, INSPECTION.DRAW_ID, INSPECTION.STATUS, TASK.CODE,
            TASK.START_DATE, TASK.END_DATE, DRAW.CLOSED_AT, DRAW.CREATED_AT, DEPARTMENT.ID, DEPARTMENT.CODE,
            DEPARTMENT.NAME, TARGET_CODE, TARGET.NAME)
        .from(INSPECTION).join(TASK).on(TASK.ID.eq(INSPECTION.TASK_ID))
        .join(DEPARTMENT).on(DEPARTMENT.ID.eq(TASK.LEAD_DEPARTMENT_ID))
        .join(DRAW).on(DRAW.ID.eq(INSPECTION.DRAW_ID))
        .join(TARGET).on(TARGET.ID.eq(INSPECTION.TARGET_ID))
        .where(INSPECTION.ID.eq(inspectionId)).fetchOptional();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Record r = row.get();
    List<Long> assigned = tx.select(INSPECTION_INSPECTOR.INSPECTOR_ID).from(INSPECTION_INSPECTOR)
        .where(INSPECTION_INSPECTOR.INSPECTION_ID.eq(inspectionId)).orderBy(INSPECTION_INSPECTOR.PICK_ORDER)
        .fetch(INSPECTION_INSPECTOR.INSPECTOR_ID);
    OffsetDateTime drawn = r.get(DRAW.CLOSED_AT) != null ? r.get(DRAW.CLOSED_AT) : r.get(DRAW.CREATED_AT);
    return Optional.of(new InspectionFacts(inspectionId, r.get(INSPECTION.DRAW_ID),
        InspectionStatus.valueOf(r.get(INSPECTION.STATUS)), r.get(TASK.CODE), r.get(TASK.START_DATE), r.get(TASK.END_DATE),
        drawn.toLocalDate(), r.get(DEPARTMENT.ID), r.get(DEPARTMENT.CODE), r.get(DEPARTMENT.NAME), r.get(TARGET_CODE),
        r.get(TARGET.NAME), assigned));
  }

  /** Inspectors' names by row id. */
  public Map<Long, String> inspectorNames(DSLContext tx, Set<Long> ids) {
    Map<Long, String> out = new HashMap<>();
    tx.select(INSPECTOR.ID, INSPECTOR.NAME).from(INSPECTOR).where(INSPECTOR.ID.in(ids))
        .forEach(r -> out.put(r.value1(), r.value2()));
    return out;
  }

  /** Inspectors whose 执法证号 is {@code text}, else whose name is {@code text} (at most {@code limit}). */
  public List<InspectorMatch> inspectors(DSLContext tx, String text, int limit) {
    List<InspectorMatch> byCert = tx.select(INSPECTOR.ID, INSPECTOR.NAME, INSPECTOR.CERT_NO).from(INSPECTOR)
        .where(INSPECTOR.CERT_NO.eq(text)).fetch(r -> new InspectorMatch(r.value1(), r.value2(), r.value3()));
    if (!byCert.isEmpty()) {
      return byCert;
    }
    return tx.select(INSPECTOR.ID, INSPECTOR.NAME, INSPECTOR.CERT_NO).from(INSPECTOR).where(INSPECTOR.NAME.eq(text))
        .orderBy(INSPECTOR.ID).limit(limit).fetch(r -> new InspectorMatch(r.value1(), r.value2(), r.value3()));
  }

  /** The inspection of {@code drawId} whose target has {@code code} (credit code, registration number or key). */
  public Optional<Long> inspectionOf(DSLContext tx, long drawId, String code) {
    return tx.select(INSPECTION.ID).from(INSPECTION).join(TARGET).on(TARGET.ID.eq(INSPECTION.TARGET_ID))
        .where(INSPECTION.DRAW_ID.eq(drawId))
        .and(TARGET.USCC.eq(code).or(TARGET.REG_NO.eq(code)).or(TARGET.OBJECT_KEY.eq(code)))
        .fetchOptional(INSPECTION.ID);
  }

  /** The draw's inspections by draw order, with their drawn inspectors' names. */
  public List<DrawSheetRow> drawSheet(DSLContext tx, long drawId) {
    Map<Long, List<String>> names = new HashMap<>();
    tx.select(INSPECTION_INSPECTOR.INSPECTION_ID, INSPECTOR.NAME).from(INSPECTION_INSPECTOR)
        .join(INSPECTION).on(INSPECTION.ID.eq(INSPECTION_INSPECTOR.INSPECTION_ID))
        .join(INSPECTOR).on(INSPECTOR.ID.eq(INSPECTION_INSPECTOR.INSPECTOR_ID))
        .where(INSPECTION.DRAW_ID.eq(drawId))
        .orderBy(INSPECTION_INSPECTOR.INSPECTION_ID, INSPECTION_INSPECTOR.PICK_ORDER)
        .forEach(r -> names.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
    return tx.select(INSPECTION.ID, TASK.CODE, TARGET_CODE, TARGET.NAME, INSPECTION.STATUS).from(INSPECTION)
        .join(TASK).on(TASK.ID.eq(INSPECTION.TASK_ID)).join(TARGET).on(TARGET.ID.eq(INSPECTION.TARGET_ID))
        .where(INSPECTION.DRAW_ID.eq(drawId)).orderBy(INSPECTION.DRAW_ORDER)
        .fetch(r -> new DrawSheetRow(r.value1(), drawId, r.value2(), r.value3(), r.value4(),
            InspectionStatus.valueOf(r.value5()), names.getOrDefault(r.value1(), List.of())));
  }

  /** Whether a draw of that id exists. */
  public boolean drawExists(DSLContext tx, long drawId) {
    return tx.fetchExists(DRAW, DRAW.ID.eq(drawId));
  }

  /** Stores a new version, current; returns its id. */
  public long insert(DSLContext tx, ResultDraft d, int version, OffsetDateTime at, String by) {
    long id = tx.insertInto(INSPECTION_RESULT, INSPECTION_RESULT.INSPECTION_ID, INSPECTION_RESULT.VERSION,
            INSPECTION_RESULT.FORMED_ON, INSPECTION_RESULT.WINDOW_NOTE, INSPECTION_RESULT.METHODS, INSPECTION_RESULT.REMARK,
            INSPECTION_RESULT.RECORDED_AT, INSPECTION_RESULT.RECORDED_BY, INSPECTION_RESULT.CURRENT_INSPECTION_ID)
        .values(d.inspectionId(), version, d.formedOn(), d.windowNote(), methods(d.methods()), d.remark(), at, by,
            d.inspectionId())
        .returningResult(INSPECTION_RESULT.ID).fetchSingle().value1();
    PendingPublications.sync(tx, d.inspectionId());
    int order = 0;
    for (String code : d.codes()) {
      tx.insertInto(INSPECTION_RESULT_CODE, INSPECTION_RESULT_CODE.RESULT_ID, INSPECTION_RESULT_CODE.CODE,
          INSPECTION_RESULT_CODE.SORT_ORDER).values(id, code, ++order).execute();
    }
    order = 0;
    for (PresentInspector p : d.inspectors()) {
      tx.insertInto(INSPECTION_RESULT_INSPECTOR, INSPECTION_RESULT_INSPECTOR.RESULT_ID,
          INSPECTION_RESULT_INSPECTOR.INSPECTOR_ID, INSPECTION_RESULT_INSPECTOR.SORT_ORDER,
          INSPECTION_RESULT_INSPECTOR.SUBSTITUTION_REASON).values(id, p.inspectorId(), ++order, p.substitutionReason())
          .execute();
    }
    order = 0;
    for (Finding f : d.findings()) {
      tx.insertInto(INSPECTION_RESULT_FINDING, INSPECTION_RESULT_FINDING.RESULT_ID, INSPECTION_RESULT_FINDING.SEQ,
          INSPECTION_RESULT_FINDING.ITEM_ID, INSPECTION_RESULT_FINDING.CHECKED, INSPECTION_RESULT_FINDING.PROBLEM,
          INSPECTION_RESULT_FINDING.HANDLING).values(id, ++order, f.itemId(), f.checked(), f.problem(), f.handling())
          .execute();
    }
    return id;
  }

  /** Marks a version superseded by {@code byId}; it is no longer current. */
  public void supersede(DSLContext tx, long resultId, OffsetDateTime at, String reason, long byId) {
    tx.update(INSPECTION_RESULT).set(INSPECTION_RESULT.SUPERSEDED_AT, at).set(INSPECTION_RESULT.SUPERSEDED_REASON, reason)
        .set(INSPECTION_RESULT.SUPERSEDED_BY, byId).setNull(INSPECTION_RESULT.CURRENT_INSPECTION_ID)
        .where(INSPECTION_RESULT.ID.eq(resultId)).execute();
  }

  /** Takes the current mark off a version (before its successor is inserted). */
  public void uncurrent(DSLContext tx, long resultId) {
    tx.update(INSPECTION_RESULT).setNull(INSPECTION_RESULT.CURRENT_INSPECTION_ID)
        .where(INSPECTION_RESULT.ID.eq(resultId)).execute();
  }

  /** Every version of the inspection's result, oldest first. */
  public List<InspectionResult> versions(DSLContext tx, long inspectionId) {
    return results(tx, tx.selectFrom(INSPECTION_RESULT).where(INSPECTION_RESULT.INSPECTION_ID.eq(inspectionId))
        .orderBy(INSPECTION_RESULT.VERSION).fetch());
  }

  /** The inspection's current result. */
  public Optional<InspectionResult> current(DSLContext tx, long inspectionId) {
    return results(tx, tx.selectFrom(INSPECTION_RESULT).where(INSPECTION_RESULT.CURRENT_INSPECTION_ID.eq(inspectionId))
        .fetch()).stream().findFirst();
  }

  /**
   * The oldest {@code limit} results of the department's tasks awaiting publication, by result
   * date then inspection: a range of the index on {@code (pending_department_id, formed_on,
   * current_inspection_id)} (V036, ADR 0027) that stops at {@code limit}.
   */
  public List<PendingKey> oldestPending(DSLContext tx, long departmentId, int limit) {
    return tx.select(INSPECTION_RESULT.CURRENT_INSPECTION_ID, INSPECTION_RESULT.FORMED_ON).from(INSPECTION_RESULT)
        .where(INSPECTION_RESULT.PENDING_DEPARTMENT_ID.eq(departmentId))
        .orderBy(INSPECTION_RESULT.PENDING_DEPARTMENT_ID, INSPECTION_RESULT.FORMED_ON,
            INSPECTION_RESULT.CURRENT_INSPECTION_ID)
        .limit(limit).fetch(r -> new PendingKey(r.value1(), r.value2()));
  }

  /** The inspections (at INSPECTED, with a current result) with their task, department and target, in the order given. */
  public List<PendingPublication> pending(DSLContext tx, List<Long> inspectionIds) {
    if (inspectionIds.isEmpty()) {
      return List.of();
    }
    Map<Long, PendingPublication> byId = new HashMap<>();
    tx.select(INSPECTION.ID, TASK.CODE, DEPARTMENT.ID, DEPARTMENT.CODE, DEPARTMENT.NAME, TARGET_CODE, TARGET.NAME,
            INSPECTION_RESULT.FORMED_ON)
        .from(INSPECTION_RESULT).join(INSPECTION).on(INSPECTION.ID.eq(INSPECTION_RESULT.CURRENT_INSPECTION_ID))
        .join(TASK).on(TASK.ID.eq(INSPECTION.TASK_ID)).join(DEPARTMENT).on(DEPARTMENT.ID.eq(TASK.LEAD_DEPARTMENT_ID))
        .join(TARGET).on(TARGET.ID.eq(INSPECTION.TARGET_ID))
        .where(INSPECTION_RESULT.CURRENT_INSPECTION_ID.in(inspectionIds))
        .and(INSPECTION.STATUS.eq(InspectionStatus.INSPECTED.name()))
        .forEach(r -> byId.put(r.value1(), new PendingPublication(r.value1(), r.value2(), r.value3(), r.value4(),
            r.value5(), r.value6(), r.value7(), r.value8())));
    return inspectionIds.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  /** The results awaiting publication counted per department and result day (V036's day counts, a few hundred rows). */
  public List<PendingCount> pendingDays(DSLContext tx) {
    return tx.select(DEPARTMENT.ID, DEPARTMENT.CODE, DEPARTMENT.NAME, PENDING_PUBLICATION_DAY.FORMED_ON,
            PENDING_PUBLICATION_DAY.PENDING)
        .from(PENDING_PUBLICATION_DAY).join(DEPARTMENT).on(DEPARTMENT.ID.eq(PENDING_PUBLICATION_DAY.DEPARTMENT_ID))
        .fetch(r -> new PendingCount(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
  }

  /** The target's inspections that have a result (any version), by inspection: id and task code. */
  public List<Map.Entry<Long, String>> inspectionsWithResults(DSLContext tx, long targetId) {
    return tx.selectDistinct(INSPECTION.ID, TASK.CODE).from(INSPECTION).join(TASK).on(TASK.ID.eq(INSPECTION.TASK_ID))
        .join(INSPECTION_RESULT).on(INSPECTION_RESULT.INSPECTION_ID.eq(INSPECTION.ID))
        .where(INSPECTION.TARGET_ID.eq(targetId)).orderBy(INSPECTION.ID)
        .fetch(r -> Map.entry(r.value1(), r.value2()));
  }

  /** Inspections at INSPECTED with their current result's date, by result date then inspection: what awaits publication. */
  public List<PendingPublication> pendingPublication(DSLContext tx) {
    return tx.select(INSPECTION.ID, TASK.CODE, DEPARTMENT.ID, DEPARTMENT.CODE, DEPARTMENT.NAME, TARGET_CODE, TARGET.NAME,
            INSPECTION_RESULT.FORMED_ON)
        .from(INSPECTION_RESULT).join(INSPECTION).on(INSPECTION.ID.eq(INSPECTION_RESULT.CURRENT_INSPECTION_ID))
        .join(TASK).on(TASK.ID.eq(INSPECTION.TASK_ID)).join(DEPARTMENT).on(DEPARTMENT.ID.eq(TASK.LEAD_DEPARTMENT_ID))
        .join(TARGET).on(TARGET.ID.eq(INSPECTION.TARGET_ID))
        .where(INSPECTION.STATUS.eq(InspectionStatus.INSPECTED.name()))
        .orderBy(INSPECTION_RESULT.FORMED_ON, INSPECTION_RESULT.CURRENT_INSPECTION_ID)
        .fetch(r -> new PendingPublication(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
            r.value7(), r.value8()));
  }

  /** {@link #pastWindow} counted per department (result date null). */
  public List<PendingCount> pastWindowCounts(DSLContext tx, LocalDate asOf) {
    var n = DSL.count();
    return tx.select(DEPARTMENT.ID, DEPARTMENT.CODE, DEPARTMENT.NAME, n)
        .from(INSPECTION).join(TASK).on(TASK.ID.eq(INSPECTION.TASK_ID))
        .join(DEPARTMENT).on(DEPARTMENT.ID.eq(TASK.LEAD_DEPARTMENT_ID))
        .where(INSPECTION.STATUS.in(InspectionStatus.AWAITING_NOTICE.name(), InspectionStatus.NOTIFIED.name()))
        .and(TASK.END_DATE.lt(asOf))
        .andNotExists(DSL.selectOne().from(INSPECTION_RESULT).where(INSPECTION_RESULT.CURRENT_INSPECTION_ID.eq(INSPECTION.ID)))
        .groupBy(DEPARTMENT.ID, DEPARTMENT.CODE, DEPARTMENT.NAME)
        .fetch(r -> new PendingCount(r.value1(), r.value2(), r.value3(), null, r.value4()));
  }

  /** Inspections still waiting for their notice or visit whose task ended before {@code asOf}. */
  public List<UnresultedInspection> pastWindow(DSLContext tx, LocalDate asOf) {
    return tx.select(INSPECTION.ID, TASK.CODE, DEPARTMENT.ID, DEPARTMENT.CODE, DEPARTMENT.NAME, TARGET_CODE, TARGET.NAME,
            TASK.END_DATE, INSPECTION.STATUS)
        .from(INSPECTION).join(TASK).on(TASK.ID.eq(INSPECTION.TASK_ID))
        .join(DEPARTMENT).on(DEPARTMENT.ID.eq(TASK.LEAD_DEPARTMENT_ID)).join(TARGET).on(TARGET.ID.eq(INSPECTION.TARGET_ID))
        .where(INSPECTION.STATUS.in(InspectionStatus.AWAITING_NOTICE.name(), InspectionStatus.NOTIFIED.name()))
        .and(TASK.END_DATE.lt(asOf))
        .andNotExists(DSL.selectOne().from(INSPECTION_RESULT).where(INSPECTION_RESULT.CURRENT_INSPECTION_ID.eq(INSPECTION.ID)))
        .orderBy(TASK.END_DATE, TASK.CODE, INSPECTION.DRAW_ORDER)
        .fetch(r -> new UnresultedInspection(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
            r.value7(), r.value8(), InspectionStatus.valueOf(r.value9())));
  }

  /** The current result of each of the draw's inspections that has one, by inspection (the results grid, in four queries). */
  public Map<Long, InspectionResult> currentOfDraw(DSLContext tx, long drawId) {
    Map<Long, InspectionResult> out = new HashMap<>();
    results(tx, tx.select(INSPECTION_RESULT.fields()).from(INSPECTION_RESULT).join(INSPECTION)
        .on(INSPECTION.ID.eq(INSPECTION_RESULT.CURRENT_INSPECTION_ID)).where(INSPECTION.DRAW_ID.eq(drawId)).fetch())
        .forEach(r -> out.put(r.inspectionId(), r));
    return out;
  }

  /** The results of the rows with their codes, inspectors and findings: one query each for all the rows. */
  private List<InspectionResult> results(DSLContext tx, List<? extends Record> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(r -> r.get(INSPECTION_RESULT.ID)).toList();
    Map<Long, List<String>> codes = new HashMap<>();
    tx.select(INSPECTION_RESULT_CODE.RESULT_ID, INSPECTION_RESULT_CODE.CODE).from(INSPECTION_RESULT_CODE)
        .where(INSPECTION_RESULT_CODE.RESULT_ID.in(ids))
        .orderBy(INSPECTION_RESULT_CODE.RESULT_ID, INSPECTION_RESULT_CODE.SORT_ORDER)
        .forEach(x -> codes.computeIfAbsent(x.value1(), k -> new ArrayList<>()).add(x.value2()));
    Map<Long, List<PresentInspector>> present = new HashMap<>();
    tx.select(INSPECTION_RESULT_INSPECTOR.RESULT_ID, INSPECTION_RESULT_INSPECTOR.INSPECTOR_ID,
            INSPECTION_RESULT_INSPECTOR.SUBSTITUTION_REASON).from(INSPECTION_RESULT_INSPECTOR)
        .where(INSPECTION_RESULT_INSPECTOR.RESULT_ID.in(ids))
        .orderBy(INSPECTION_RESULT_INSPECTOR.RESULT_ID, INSPECTION_RESULT_INSPECTOR.SORT_ORDER)
        .forEach(x -> present.computeIfAbsent(x.value1(), k -> new ArrayList<>())
            .add(new PresentInspector(x.value2(), x.value3())));
    Map<Long, List<Finding>> findings = new HashMap<>();
    tx.selectFrom(INSPECTION_RESULT_FINDING).where(INSPECTION_RESULT_FINDING.RESULT_ID.in(ids))
        .orderBy(INSPECTION_RESULT_FINDING.RESULT_ID, INSPECTION_RESULT_FINDING.SEQ)
        .forEach(x -> findings.computeIfAbsent(x.getResultId(), k -> new ArrayList<>())
            .add(new Finding(x.getItemId(), x.getChecked(), x.getProblem(), x.getHandling())));
    List<InspectionResult> out = new ArrayList<>();
    for (Record r : rows) {
      long id = r.get(INSPECTION_RESULT.ID);
      out.add(new InspectionResult(id, r.get(INSPECTION_RESULT.INSPECTION_ID), r.get(INSPECTION_RESULT.VERSION),
          r.get(INSPECTION_RESULT.FORMED_ON), List.copyOf(present.getOrDefault(id, List.of())),
          List.copyOf(findings.getOrDefault(id, List.of())), methods(r.get(INSPECTION_RESULT.METHODS)),
          List.copyOf(codes.getOrDefault(id, List.of())), r.get(INSPECTION_RESULT.WINDOW_NOTE),
          r.get(INSPECTION_RESULT.REMARK), r.get(INSPECTION_RESULT.RECORDED_AT), r.get(INSPECTION_RESULT.RECORDED_BY),
          r.get(INSPECTION_RESULT.SUPERSEDED_AT), r.get(INSPECTION_RESULT.SUPERSEDED_REASON),
          r.get(INSPECTION_RESULT.SUPERSEDED_BY)));
    }
    return out;
  }

  private static String methods(Set<VerificationMethod> methods) {
    return methods.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  private static Set<VerificationMethod> methods(String stored) {
    return stored == null || stored.isBlank() ? Set.of()
        : Arrays.stream(stored.split(",")).map(VerificationMethod::valueOf).collect(Collectors.toSet());
  }
}
