package cn.suiji.joint.data;

import static cn.suiji.shared.db.generated.Tables.JOINT_INSPECTION;
import static cn.suiji.shared.db.generated.Tables.JOINT_INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.JOINT_MERGE;
import static cn.suiji.shared.db.generated.Tables.JOINT_RESULT;
import static cn.suiji.shared.db.generated.Tables.JOINT_TASK;

import cn.suiji.inspection.domain.FollowUpKind;
import cn.suiji.inspection.domain.VerificationMethod;
import cn.suiji.joint.domain.JointAssignment;
import cn.suiji.joint.domain.JointHeader;
import cn.suiji.joint.domain.JointInspector;
import cn.suiji.joint.domain.JointResult;
import cn.suiji.joint.domain.JointTask;
import cn.suiji.shared.db.generated.tables.records.JointResultRecord;
import cn.suiji.shared.db.generated.tables.records.JointTaskRecord;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The joint tables (V048), in the caller's transaction: on the partner's side the tasks received
 * with their inspections, inspectors and results; on the lead's side which result came from which
 * partner's package.
 */
public final class JointRepository {

  /** Stores a received task with its inspections and their inspectors; returns the task's id. */
  public long insertTask(DSLContext tx, JointHeader h, String recordJson, String manifestSha256,
      List<JointAssignment> assignments, OffsetDateTime at, String by) {
    long id = tx.insertInto(JOINT_TASK)
        .set(JOINT_TASK.TASK_CODE, h.taskCode())
        .set(JOINT_TASK.TASK_NAME, h.taskName())
        .set(JOINT_TASK.COUNTY, h.county())
        .set(JOINT_TASK.LEAD_CODE, h.leadCode())
        .set(JOINT_TASK.LEAD_NAME, h.leadName())
        .set(JOINT_TASK.PARTNER_CODE, h.partnerCode())
        .set(JOINT_TASK.PARTNER_NAME, h.partnerName())
        .set(JOINT_TASK.LEAD_DRAW_ID, h.drawId())
        .set(JOINT_TASK.START_DATE, h.startDate())
        .set(JOINT_TASK.END_DATE, h.endDate())
        .set(JOINT_TASK.RECORD_JSON, recordJson)
        .set(JOINT_TASK.MANIFEST_SHA256, manifestSha256)
        .set(JOINT_TASK.IMPORTED_AT, at)
        .set(JOINT_TASK.IMPORTED_BY, by)
        .returning(JOINT_TASK.ID).fetchSingle().getId();
    for (JointAssignment a : assignments) {
      long inspection = tx.insertInto(JOINT_INSPECTION)
          .set(JOINT_INSPECTION.JOINT_TASK_ID, id)
          .set(JOINT_INSPECTION.LEAD_INSPECTION_ID, a.leadInspectionId())
          .set(JOINT_INSPECTION.TARGET_KEY, a.targetKey())
          .set(JOINT_INSPECTION.TARGET_CODE, a.targetCode())
          .set(JOINT_INSPECTION.TARGET_NAME, a.targetName())
          .set(JOINT_INSPECTION.DRAW_ORDER, a.drawOrder())
          .returning(JOINT_INSPECTION.ID).fetchSingle().getId();
      int pick = 0;
      for (JointInspector i : a.inspectors()) {
        tx.insertInto(JOINT_INSPECTOR, JOINT_INSPECTOR.JOINT_INSPECTION_ID, JOINT_INSPECTOR.PICK_ORDER,
            JOINT_INSPECTOR.INSPECTOR_KEY, JOINT_INSPECTOR.INSPECTOR_NAME).values(inspection, ++pick, i.key(), i.name())
            .execute();
      }
    }
    return id;
  }

  /** The received task of that lead and code, if any. */
  public Optional<JointTask> task(DSLContext tx, String leadCode, String taskCode) {
    return tx.selectFrom(JOINT_TASK).where(JOINT_TASK.LEAD_CODE.eq(leadCode)).and(JOINT_TASK.TASK_CODE.eq(taskCode))
        .fetchOptional(r -> map(tx, r));
  }

  /** The received tasks of that code (from any lead: a code is the lead's, so usually one). */
  public List<JointTask> tasksOfCode(DSLContext tx, String taskCode) {
    return tx.selectFrom(JOINT_TASK).where(JOINT_TASK.TASK_CODE.eq(taskCode)).orderBy(JOINT_TASK.ID)
        .fetch(r -> map(tx, r));
  }

  /** Every received task, newest first. */
  public List<JointTask> tasks(DSLContext tx) {
    return tx.selectFrom(JOINT_TASK).orderBy(JOINT_TASK.ID.desc()).fetch(r -> map(tx, r));
  }

  /** A received task's inspections with their inspectors, in draw order, by joint inspection id. */
  public Map<Long, JointAssignment> inspections(DSLContext tx, long taskId) {
    Map<Long, List<JointInspector>> inspectors = new HashMap<>();
    tx.select(JOINT_INSPECTOR.JOINT_INSPECTION_ID, JOINT_INSPECTOR.INSPECTOR_KEY, JOINT_INSPECTOR.INSPECTOR_NAME)
        .from(JOINT_INSPECTOR).join(JOINT_INSPECTION).on(JOINT_INSPECTION.ID.eq(JOINT_INSPECTOR.JOINT_INSPECTION_ID))
        .where(JOINT_INSPECTION.JOINT_TASK_ID.eq(taskId)).orderBy(JOINT_INSPECTOR.PICK_ORDER)
        .forEach(r -> inspectors.computeIfAbsent(r.value1(), k -> new ArrayList<>())
            .add(new JointInspector(r.value2(), r.value3())));
    Map<Long, JointAssignment> out = new java.util.LinkedHashMap<>();
    tx.selectFrom(JOINT_INSPECTION).where(JOINT_INSPECTION.JOINT_TASK_ID.eq(taskId))
        .orderBy(JOINT_INSPECTION.DRAW_ORDER)
        .forEach(r -> out.put(r.getId(), new JointAssignment(r.getLeadInspectionId(), r.getTargetKey(),
            r.getTargetCode(), r.getTargetName(), r.getDrawOrder(), inspectors.getOrDefault(r.getId(), List.of()))));
    return out;
  }

  /** Whether the inspection has a result. */
  public boolean hasResult(DSLContext tx, long jointInspectionId) {
    return tx.fetchExists(JOINT_RESULT, JOINT_RESULT.JOINT_INSPECTION_ID.eq(jointInspectionId));
  }

  public void insertResult(DSLContext tx, long jointInspectionId, JointResult r) {
    tx.insertInto(JOINT_RESULT)
        .set(JOINT_RESULT.JOINT_INSPECTION_ID, jointInspectionId)
        .set(JOINT_RESULT.FORMED_ON, r.formedOn())
        .set(JOINT_RESULT.CODES, String.join(",", r.codes()))
        .set(JOINT_RESULT.METHODS, r.methods().stream().sorted().map(Enum::name).collect(Collectors.joining(",")))
        .set(JOINT_RESULT.FOLLOW_UP_KIND, r.followUp() == null ? null : r.followUp().name())
        .set(JOINT_RESULT.FOLLOW_UP_DETAIL, r.followUpDetail())
        .set(JOINT_RESULT.WINDOW_NOTE, r.windowNote())
        .set(JOINT_RESULT.REMARK, r.remark())
        .set(JOINT_RESULT.RECORDED_AT, r.recordedAt())
        .set(JOINT_RESULT.RECORDED_BY, r.recordedBy())
        .execute();
  }

  /** The task's results, in draw order, with the present inspectors (the assigned ones). */
  public List<JointResult> results(DSLContext tx, long taskId) {
    Map<Long, JointAssignment> inspections = inspections(tx, taskId);
    List<JointResult> out = new ArrayList<>();
    tx.selectFrom(JOINT_RESULT).where(JOINT_RESULT.JOINT_INSPECTION_ID.in(inspections.keySet()))
        .fetch().stream()
        .sorted(java.util.Comparator.comparingInt(r -> inspections.get(r.getJointInspectionId()).drawOrder()))
        .forEach(r -> out.add(result(r, inspections.get(r.getJointInspectionId()))));
    return out;
  }

  private static JointResult result(JointResultRecord r, JointAssignment a) {
    List<VerificationMethod> methods = r.getMethods().isEmpty() ? List.of()
        : Arrays.stream(r.getMethods().split(",")).map(VerificationMethod::valueOf).toList();
    return new JointResult(a.leadInspectionId(), a.targetKey(), r.getFormedOn(), List.of(r.getCodes().split(",")),
        java.util.Set.copyOf(methods), r.getFollowUpKind() == null ? null : FollowUpKind.valueOf(r.getFollowUpKind()),
        r.getFollowUpDetail(), r.getWindowNote(), r.getRemark(),
        a.inspectors().stream().map(JointInspector::key).toList(), r.getRecordedBy(), r.getRecordedAt());
  }

  /** The lead's side: notes that the inspection's result came from a partner's package. */
  public void insertMerge(DSLContext tx, long inspectionId, long resultId, String taskCode, String partnerCode,
      String manifestSha256, OffsetDateTime at) {
    tx.insertInto(JOINT_MERGE, JOINT_MERGE.INSPECTION_ID, JOINT_MERGE.RESULT_ID, JOINT_MERGE.TASK_CODE,
        JOINT_MERGE.PARTNER_CODE, JOINT_MERGE.MANIFEST_SHA256, JOINT_MERGE.MERGED_AT)
        .values(inspectionId, resultId, taskCode, partnerCode, manifestSha256, at).execute();
  }

  /** The lead's side: inspection id → the partner whose result was merged, for a task. */
  public Map<Long, String> mergedPartners(DSLContext tx, String taskCode) {
    Map<Long, String> out = new HashMap<>();
    tx.select(JOINT_MERGE.INSPECTION_ID, JOINT_MERGE.PARTNER_CODE).from(JOINT_MERGE)
        .where(JOINT_MERGE.TASK_CODE.eq(taskCode)).forEach(r -> out.put(r.value1(), r.value2()));
    return out;
  }

  private JointTask map(DSLContext tx, JointTaskRecord r) {
    int inspections = tx.fetchCount(JOINT_INSPECTION, JOINT_INSPECTION.JOINT_TASK_ID.eq(r.getId()));
    int results = tx.fetchCount(DSL.selectOne().from(JOINT_RESULT).join(JOINT_INSPECTION)
        .on(JOINT_INSPECTION.ID.eq(JOINT_RESULT.JOINT_INSPECTION_ID)).where(JOINT_INSPECTION.JOINT_TASK_ID.eq(r.getId())));
    return new JointTask(r.getId(), r.getTaskCode(), r.getTaskName(), r.getCounty(), r.getLeadCode(), r.getLeadName(),
        r.getPartnerCode(), r.getPartnerName(), r.getLeadDrawId(), r.getStartDate(), r.getEndDate(),
        r.getManifestSha256(), r.getImportedAt(), inspections, results);
  }

  /** The stored record of a received task, as it came. */
  public String recordJson(DSLContext tx, long taskId) {
    return tx.select(JOINT_TASK.RECORD_JSON).from(JOINT_TASK).where(JOINT_TASK.ID.eq(taskId)).fetchSingle().value1();
  }
}
