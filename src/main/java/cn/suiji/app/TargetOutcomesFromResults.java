package cn.suiji.app;

import cn.suiji.directory.domain.TargetOutcome;
import cn.suiji.directory.domain.TargetOutcomes;
import cn.suiji.inspection.domain.FollowUp;
import cn.suiji.inspection.domain.InspectionResult;
import cn.suiji.inspection.domain.TargetResults;
import cn.suiji.inspection.service.ResultService;
import cn.suiji.shared.l10n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * The targets screen's history of results and follow-ups, read through {@link ResultService}: the
 * inspection feature builds on the directory, so the directory's screen gets them from here, the
 * composition root, as {@link TargetOutcomes} (issue 13).
 */
final class TargetOutcomesFromResults implements TargetOutcomes {
  private final ResultService results;
  private final Messages messages;

  TargetOutcomesFromResults(ResultService results, Messages messages) {
    this.results = results;
    this.messages = messages;
  }

  @Override
  public List<TargetOutcome> of(long targetId) {
    List<TargetOutcome> out = new ArrayList<>();
    for (TargetResults t : results.ofTarget(targetId)) {
      for (InspectionResult v : t.versions()) {
        String text = String.join("、", results.labels(v.codes()))
            + (v.remark() == null || v.remark().isBlank() ? "" : messages.get("targets.history.remark", v.remark().strip()));
        boolean superseded = v.supersededAt() != null;
        out.add(new TargetOutcome(t.taskCode(), superseded ? TargetOutcome.Kind.SUPERSEDED_RESULT : TargetOutcome.Kind.RESULT,
            v.formedOn(), text, superseded && v.supersededReason() != null ? v.supersededReason() : ""));
      }
      for (FollowUp f : t.followUps()) {
        String text = messages.label(f.kind()) + (f.detail().isBlank() ? "" : " " + f.detail().strip())
            + (f.receivingBody().isBlank() ? "" : messages.get("targets.history.receivingBody", f.receivingBody().strip()));
        out.add(new TargetOutcome(t.taskCode(), f.closed() ? TargetOutcome.Kind.FOLLOW_UP_CLOSED
            : TargetOutcome.Kind.FOLLOW_UP_OPEN, f.closed() ? f.closedOn() : f.dueDate(), text, ""));
      }
    }
    return out;
  }
}
