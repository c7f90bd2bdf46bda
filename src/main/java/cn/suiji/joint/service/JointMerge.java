package cn.suiji.joint.service;

import cn.suiji.directory.service.DrawnTargets;
import cn.suiji.inspection.domain.DrawnInspection;
import cn.suiji.inspection.domain.Finding;
import cn.suiji.inspection.domain.FollowUpDraft;
import cn.suiji.inspection.domain.InspectionResult;
import cn.suiji.inspection.domain.PresentInspector;
import cn.suiji.inspection.domain.ResultCheck;
import cn.suiji.inspection.domain.ResultDraft;
import cn.suiji.inspection.service.InspectionService;
import cn.suiji.inspection.service.ResultService;
import cn.suiji.joint.data.JointRepository;
import cn.suiji.joint.domain.JointHeader;
import cn.suiji.joint.domain.JointOutcome;
import cn.suiji.joint.domain.JointResult;
import cn.suiji.joint.remote.JointJson;
import cn.suiji.joint.remote.JointPackage;
import cn.suiji.plan.domain.TaskForDraw;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.l10n.Messages;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The lead's side of a results package, in the import's transaction: first every result must name
 * an inspection of the task's confirmed draw by both its id and its target (else the package is
 * refused and nothing is saved); then each result goes into the lead's results through
 * {@link ResultService#record(DSLContext, ResultDraft)} — checked by the same rules as the clerk's
 * entry, put in the outbox for the province — unless the inspection already has one: the same
 * result is counted unchanged (a second import), a different one is a conflict, reported and left
 * as it is. A result the rules refuse here (e.g. the notice not delivered yet) is reported and left
 * out; importing the package again later merges it.
 */
final class JointMerge {
  private final JointRepository repository;
  private final InspectionService inspections;
  private final ResultService results;
  private final Auditor auditor;
  private final DrawnTargets directory;

  JointMerge(JointRepository repository, InspectionService inspections, ResultService results, Auditor auditor,
      DrawnTargets directory) {
    this.repository = repository;
    this.inspections = inspections;
    this.results = results;
    this.auditor = auditor;
    this.directory = directory;
  }

  JointOutcome.ResultsMerged merge(DSLContext tx, JointPackage.Opened opened, TaskForDraw task, OffsetDateTime now) {
    JointHeader h = opened.header();
    List<JointResult> incoming = JointJson.results(opened.file(JointJson.RESULTS));
    Map<Long, DrawnInspection> drawn = new HashMap<>();
    inspections.ofDraw(tx, h.drawId(), null).forEach(d -> drawn.put(d.id(), d));
    List<String> keys = new ArrayList<>();
    for (JointResult r : incoming) {
      DrawnInspection d = drawn.get(r.leadInspectionId());
      if (d == null || !d.objectKey().equals(r.targetKey())) {
        throw new SuijiException("joint.merge.notInDraw", JointJson.RESULTS, r.targetKey(), h.taskCode());
      }
      keys.addAll(r.inspectorKeys());
    }
    Map<String, Long> inspectorIds = directory.inspectorIds(tx, keys);
    int merged = 0;
    int unchanged = 0;
    List<String> conflicts = new ArrayList<>();
    List<String> notRecorded = new ArrayList<>();
    for (JointResult r : incoming) {
      long inspectionId = r.leadInspectionId();
      var current = results.current(tx, inspectionId);
      if (current.isPresent()) {
        if (same(current.get(), r)) {
          unchanged++;
        } else {
          conflicts.add(Messages.msg("joint.merge.conflict", r.targetKey(), String.join(",", current.get().codes()),
              current.get().formedOn(), String.join(",", r.codes()), r.formedOn()));
        }
        continue;
      }
      ResultDraft draft = draft(r, inspectorIds);
      List<ResultCheck.Problem> problems = results.problems(tx, draft);
      if (!problems.isEmpty()) {
        SuijiException first = problems.get(0).reason();
        notRecorded.add(Messages.msg("joint.merge.notRecorded", r.targetKey(),
            Messages.msg(first.key(), first.args())));
        continue;
      }
      InspectionResult saved = results.record(tx, draft);
      repository.insertMerge(tx, inspectionId, saved.id(), h.taskCode(), h.partnerCode(), opened.manifestSha256(), now);
      merged++;
    }
    auditor.record(tx, AuditEvent.of("joint.merge", "jointTask", h.taskCode(), "partner=" + h.partnerCode()
        + " merged=" + merged + " unchanged=" + unchanged + " conflicts=" + conflicts.size() + " notRecorded="
        + notRecorded.size() + " manifest=" + opened.manifestSha256()));
    return new JointOutcome.ResultsMerged(task.code(), h.partnerCode(), merged, unchanged, conflicts, notRecorded);
  }

  /** The same result: date, codes in order. */
  private static boolean same(InspectionResult current, JointResult r) {
    return current.formedOn().equals(r.formedOn()) && current.codes().equals(r.codes());
  }

  private static ResultDraft draft(JointResult r, Map<String, Long> inspectorIds) {
    List<PresentInspector> present = new ArrayList<>();
    for (String key : r.inspectorKeys()) {
      Long id = inspectorIds.get(key);
      if (id != null) {
        present.add(PresentInspector.drawn(id));
      }
    }
    List<FollowUpDraft> followUps = r.followUp() == null ? List.of()
        : List.of(FollowUpDraft.of(r.followUp(), r.followUpDetail() == null ? "" : r.followUpDetail(), null));
    return new ResultDraft(r.leadInspectionId(), r.formedOn(), present,
        List.of(new Finding(null, true, "", "")), r.methods(), r.codes(), followUps,
        r.windowNote(), r.remark());
  }
}
