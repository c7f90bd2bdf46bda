package cn.suiji.joint.service;

import cn.suiji.inspection.domain.FollowUpDraft;
import cn.suiji.inspection.domain.FollowUpRules;
import cn.suiji.inspection.domain.InspectionFacts;
import cn.suiji.inspection.domain.InspectionStatus;
import cn.suiji.inspection.domain.PresentInspector;
import cn.suiji.inspection.domain.ResultCheck;
import cn.suiji.inspection.domain.ResultCode;
import cn.suiji.inspection.domain.ResultDraft;
import cn.suiji.joint.data.JointRepository;
import cn.suiji.joint.domain.JointAssignment;
import cn.suiji.joint.domain.JointEntry;
import cn.suiji.joint.domain.JointInspector;
import cn.suiji.joint.domain.JointResult;
import cn.suiji.joint.domain.JointTask;
import cn.suiji.shared.SuijiException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The partner's side of the results: a received task found by its code, and a result checked by
 * the result rules of the inspection feature ({@link ResultCheck}) — the same ones the lead's file
 * applies when it merges — against the task's window, the lead's draw day and the partner's
 * assigned inspectors, who are all taken as present.
 */
final class JointResults {
  private JointResults() {}

  static JointTask received(JointRepository repository, DSLContext tx, String taskCode) {
    String code = taskCode == null ? "" : taskCode.strip();
    List<JointTask> found = repository.tasksOfCode(tx, code);
    if (found.isEmpty()) {
      throw new SuijiException("joint.record.noTask", code);
    }
    return found.get(0);
  }

  /** The inspection of the task whose target key or code is {@code target}, by its joint id. */
  static Map.Entry<Long, JointAssignment> inspection(JointRepository repository, DSLContext tx, JointTask task,
      String target) {
    String t = target == null ? "" : target.strip();
    return repository.inspections(tx, task.id()).entrySet().stream()
        .filter(e -> e.getValue().targetKey().equals(t) || e.getValue().targetCode().equals(t)).findFirst()
        .orElseThrow(() -> new SuijiException("joint.record.noTarget", t, task.taskCode()));
  }

  /** The entry as a result, or the first problem the result rules find in it. */
  static JointResult check(JointTask task, LocalDate drawnOn, JointAssignment a, JointEntry e, Map<String, ResultCode> codes,
      OffsetDateTime now, String by) {
    List<Long> assigned = new ArrayList<>();
    for (int i = 0; i < a.inspectors().size(); i++) {
      assigned.add((long) i + 1);
    }
    InspectionFacts facts = new InspectionFacts(a.leadInspectionId(), task.leadDrawId(), InspectionStatus.NOTIFIED,
        task.taskCode(), task.startDate(), task.endDate(), drawnOn, 0L,
        task.leadCode(), task.leadName(), a.targetCode(), a.targetName(), assigned);
    List<FollowUpDraft> followUps = e.followUp() == null ? List.of()
        : List.of(FollowUpDraft.of(e.followUp(), e.followUpDetail() == null ? "" : e.followUpDetail(), null));
    ResultDraft draft = new ResultDraft(a.leadInspectionId(), e.formedOn(),
        assigned.stream().map(PresentInspector::drawn).toList(), List.of(), e.methods(), e.codes(), followUps,
        e.windowNote(), e.remark());
    // a follow-up the lead's file makes itself when it merges the result counts, as on its own entry
    boolean automatic = !FollowUpRules.automatic(draft.codes().stream().map(codes::get)
        .filter(java.util.Objects::nonNull).toList(), facts.marketSupervision()).isEmpty();
    List<ResultCheck.Problem> problems = ResultCheck.check(draft, facts, codes, now.toLocalDate(), automatic,
        i -> a.inspectors().get((int) i - 1).name());
    if (!problems.isEmpty()) {
      throw problems.get(0).reason();
    }
    return new JointResult(a.leadInspectionId(), a.targetKey(), e.formedOn(), draft.codes(), e.methods(),
        e.followUp(), e.followUpDetail(), draft.windowNote(), draft.remark(),
        a.inspectors().stream().map(JointInspector::key).toList(), by, now);
  }
}
