package cn.suiji.joint.domain;

import java.util.List;

/** What importing a joint package did: a task received (partner) or results merged (lead). */
public sealed interface JointOutcome permits JointOutcome.TaskReceived, JointOutcome.ResultsMerged {

  /** The package's task with its inspections is in this file; {@code already}: it was before, nothing changed. */
  record TaskReceived(JointTask task, boolean already) implements JointOutcome {}

  /**
   * The partner's results merged into this file's results: how many were new, how many were
   * already there as they are, and, each in a sentence, the conflicts (a different result already
   * here, left as it is) and the results that could not be recorded yet (e.g. the notice not
   * delivered), also left out.
   */
  record ResultsMerged(String taskCode, String partnerCode, int merged, int unchanged, List<String> conflicts,
      List<String> notRecorded) implements JointOutcome {
    public ResultsMerged {
      conflicts = List.copyOf(conflicts);
      notRecorded = List.copyOf(notRecorded);
    }
  }
}
