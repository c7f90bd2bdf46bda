package cn.suiji.draw.service;

import cn.suiji.draw.data.DrawRepository;
import cn.suiji.draw.domain.Assignment;
import cn.suiji.draw.domain.AttemptStatus;
import cn.suiji.draw.domain.DrawRecord;
import cn.suiji.draw.domain.DrawSummary;
import cn.suiji.draw.render.DrawRecordJson;
import cn.suiji.inspection.domain.DrawnInspection;
import cn.suiji.inspection.domain.InspectionStatus;
import cn.suiji.inspection.service.InspectionService;
import cn.suiji.plan.domain.TaskStatus;
import cn.suiji.shared.audit.AuditEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * What {@code verifyAll} checks beyond the recomputation (issue 10): that a stored draw agrees
 * with the audit log and with the inspections it created. The audit log is the reference — its
 * entries are chained, so changing them shows in {@code audit verify}, and the chain's head is
 * printed on the draw record:
 * <ul>
 *   <li>the row's status is the one the draw's last audit entry leaves it in (a confirmed draw
 *       set to INFEASIBLE, or an OPEN one set to CONFIRMED, is found), a confirmed draw holds
 *       its task ({@code confirmed_task_id}) and its task is not reopened;
 *   <li>the digest the last audit entry keeps is the stored record's: the exported record's
 *       digest (DRAW-SPEC §7) since confirm and void store it, else the stored text's (older
 *       entries, and open, infeasible or undrawn attempts) — a record rewritten in full, every
 *       hash recomputed, is found here;
 *   <li>a confirmed draw's inspections are exactly its record's assignments: one per selected
 *       target in draw order, with the recorded inspectors in pick order and a legal status
 *       (one past {@code AWAITING_NOTICE} only with an audit entry about that inspection);
 *       any other attempt has none.
 * </ul>
 */
final class DrawTableCheck {
  static final String ENTITY = "draw";
  static final String INSPECTION_ENTITY = InspectionService.ENTITY;
  private static final Set<String> LEGAL_INSPECTION_STATUS = Stream.of(InspectionStatus.values()).map(Enum::name)
      .collect(Collectors.toUnmodifiableSet());
  private static final Set<TaskStatus> TASK_HELD_BY_A_DRAW = Set.of(TaskStatus.DRAWN, TaskStatus.IN_PROGRESS,
      TaskStatus.DONE);
  private static final Map<String, AttemptStatus> STATUS_AFTER = Map.of(
      "DRAW_OPEN", AttemptStatus.OPEN,
      "DRAW_PERFORM", AttemptStatus.OPEN,
      "DRAW_INFEASIBLE", AttemptStatus.INFEASIBLE,
      "DRAW_CONFIRM", AttemptStatus.CONFIRMED,
      "DRAW_VOID", AttemptStatus.VOIDED);

  private final DrawRepository draws;
  private final ConfirmedDrawWriter outcome;
  private final DrawRecordJson recordJson = new DrawRecordJson();

  DrawTableCheck(DrawRepository draws, ConfirmedDrawWriter outcome) {
    this.draws = draws;
    this.outcome = outcome;
  }

  /**
   * The findings about one draw.
   *
   * @param stored the row's record_json
   * @param record the stored record read, null when the attempt was not drawn or cannot be read
   * @param entries the audit entries about this draw, oldest first
   * @param auditedInspections ids of the inspections the audit log has entries about
   */
  List<DrawFinding> check(DSLContext tx, DrawSummary row, String stored, @Nullable DrawRecord record,
      List<AuditEntry> entries, Set<String> auditedInspections) {
    List<DrawFinding> findings = new ArrayList<>();
    AuditEntry last = null;
    AuditEntry lastWithDigest = null;
    boolean everConfirmed = false;
    for (AuditEntry e : entries) {
      if (STATUS_AFTER.containsKey(e.action())) {
        last = e;
        everConfirmed |= e.action().equals("DRAW_CONFIRM");
      }
      if (e.afterDigest() != null) {
        lastWithDigest = e;
      }
    }
    if (last == null) {
      findings.add(DrawFinding.of("draw.verify.noAuditEntry"));
      return findings;
    }
    AttemptStatus expected = STATUS_AFTER.get(last.action());
    if (row.status() == AttemptStatus.CONFIRMED && !everConfirmed) {
      findings.add(DrawFinding.of("draw.verify.noConfirmEntry"));
    } else if (row.status() != expected) {
      findings.add(DrawFinding.of("draw.verify.statusVsAudit", row.status().name(), last.seq(), last.action(),
          expected.name()));
    }
    if (expected == AttemptStatus.CONFIRMED) {
      Long held = draws.confirmedTaskId(tx, row.id());
      if (!Objects.equals(held, row.taskId())) {
        findings.add(DrawFinding.of("draw.verify.confirmedTaskId", row.taskCode(), row.taskId(), held == null ? "NULL"
            : held));
      }
      TaskStatus taskStatus = outcome.taskStatus(tx, row.taskId());
      if (!TASK_HELD_BY_A_DRAW.contains(taskStatus)) {
        findings.add(DrawFinding.of("draw.verify.taskReopened", row.taskCode(), taskStatus.name()));
      }
    }
    if (lastWithDigest != null) {
      String kept = Objects.requireNonNull(lastWithDigest.afterDigest());
      String storedDigest = DrawRecordJson.textDigest(stored);
      String recordDigest = record == null ? null : recordJson.digest(record);
      if (!kept.equals(storedDigest) && !kept.equals(recordDigest)) {
        findings.add(DrawFinding.of("draw.verify.digest", recordDigest != null ? recordDigest : storedDigest,
            lastWithDigest.seq(), lastWithDigest.action(), kept));
      }
    }
    boolean confirmed = expected == AttemptStatus.CONFIRMED || row.status() == AttemptStatus.CONFIRMED;
    List<DrawnInspection> inspections = outcome.inspections().ofDraw(tx, row.id(), confirmed ? row.taskId() : null);
    if (confirmed && record != null) {
      inspections(row, record, inspections, auditedInspections, findings);
    } else if (!confirmed && !inspections.isEmpty()) {
      findings.add(DrawFinding.of("draw.verify.inspectionsOfUnconfirmed", inspections.size()));
    }
    return findings;
  }

  private static void inspections(DrawSummary row, DrawRecord record, List<DrawnInspection> found,
      Set<String> audited, List<DrawFinding> findings) {
    List<Assignment> assignments = record.assignments();
    if (found.size() != assignments.size()) {
      findings.add(DrawFinding.of("draw.verify.inspectionCount", assignments.size(), found.size()));
    }
    Map<Integer, List<DrawnInspection>> byOrder = new LinkedHashMap<>();
    for (DrawnInspection i : found) {
      byOrder.computeIfAbsent(i.drawOrder(), o -> new ArrayList<>()).add(i);
    }
    for (int n = 0; n < assignments.size(); n++) {
      Assignment a = assignments.get(n);
      List<DrawnInspection> at = byOrder.remove(n + 1);
      if (at == null) {
        findings.add(DrawFinding.of("draw.verify.inspectionMissing", n + 1, a.object()));
        continue;
      }
      DrawnInspection i = at.get(0);
      if (!i.objectKey().equals(a.object())) {
        findings.add(DrawFinding.of("draw.verify.inspectionTarget", i.id(), n + 1, a.object(), i.objectKey()));
      }
      if (!i.inspectors().equals(a.inspectors())) {
        findings.add(DrawFinding.of("draw.verify.inspectionInspectors", i.id(), i.objectKey(),
            String.join(",", a.inspectors()), String.join(",", i.inspectors())));
      }
      checkOne(row, i, audited, findings);
      for (DrawnInspection extra : at.subList(1, at.size())) {
        findings.add(DrawFinding.of("draw.verify.inspectionExtra", extra.id(), extra.objectKey(), extra.drawOrder()));
        checkOne(row, extra, audited, findings);
      }
    }
    for (List<DrawnInspection> rest : byOrder.values()) {
      for (DrawnInspection extra : rest) {
        findings.add(DrawFinding.of("draw.verify.inspectionExtra", extra.id(), extra.objectKey(), extra.drawOrder()));
        checkOne(row, extra, audited, findings);
      }
    }
  }

  private static void checkOne(DrawSummary row, DrawnInspection i, Set<String> audited, List<DrawFinding> findings) {
    if (i.drawId() != row.id() || i.taskId() != row.taskId()) {
      findings.add(DrawFinding.of("draw.verify.inspectionOwner", i.id(), i.objectKey(), i.drawId(), i.taskId(),
          row.id(), row.taskId()));
    }
    if (!LEGAL_INSPECTION_STATUS.contains(i.status())) {
      findings.add(DrawFinding.of("draw.verify.inspectionStatus", i.id(), i.objectKey(), i.status()));
    } else if (!i.status().equals(InspectionStatus.AWAITING_NOTICE.name()) && !audited.contains(Long.toString(i.id()))) {
      findings.add(DrawFinding.of("draw.verify.inspectionStatusUnaudited", i.id(), i.objectKey(), i.status()));
    }
  }
}
