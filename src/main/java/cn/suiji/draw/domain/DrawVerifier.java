package cn.suiji.draw.domain;

import cn.suiji.shared.SuijiException;
import java.util.List;
import java.util.Map;

/**
 * Recomputes a {@link DrawRecord} from its inputs alone (DRAW-SPEC §7) and names the first
 * recorded value that differs. Checks run in this order: spec id, commitment against the
 * nonce, seed, selection, assignments, resultHash. Every input of the draw is in the header,
 * so a changed pool, k, m, conflict, task or entropy shows up as a different seed. A record
 * whose inputs the engine rejects, or whose draw is INFEASIBLE, is a failure too.
 */
public final class DrawVerifier {
  /** Shown as the recorded or recomputed value where a list has no element at that index. */
  static final String ABSENT = "(none)";

  /** Input errors that belong to one member of the record rather than to the inputs at large. */
  private static final Map<String, String> MEMBER_OF_INPUT_ERROR =
      Map.of(
          "draw.engine.taskInvalid", "task",
          "draw.engine.entropyMalformed", "entropy",
          "draw.engine.entropyNotNormalised", "entropy");

  private DrawVerifier() {}

  public static Verification verify(DrawRecord record) {
    if (!DrawEngine.SPEC.equals(record.spec())) {
      return mismatch("spec", record.spec(), DrawEngine.SPEC);
    }
    if (!Hashing.isLowerHex(record.nonce(), DrawInput.NONCE_BYTES)) {
      return mismatch("nonce", record.nonce(), "64 lowercase hex digits");
    }
    byte[] nonce = Hashing.unhex(record.nonce());
    String commitment = Hashing.hex(Hashing.sha256(nonce));
    if (!commitment.equals(record.commitment())) {
      return mismatch("commitment", record.commitment(), commitment);
    }
    CanonicalDraw draw;
    try {
      draw = new CanonicalDraw(new DrawInput(record.task(), record.strata(), record.groups(),
          record.conflicts(), nonce, record.entropy()));
    } catch (SuijiException e) {
      String member = MEMBER_OF_INPUT_ERROR.getOrDefault(e.key(), "input");
      return mismatch(member, "(as recorded)", "rejected: " + e.getMessage());
    }
    String seed = Hashing.hex(draw.seed);
    if (!seed.equals(record.seed())) {
      return mismatch("seed", record.seed(), seed);
    }
    List<String> selected = DrawEngine.select(draw);
    for (int i = 0; i < Math.max(selected.size(), record.selected().size()); i++) {
      String recorded = at(record.selected(), i);
      String recomputed = at(selected, i);
      if (!recorded.equals(recomputed)) {
        return mismatch("selected[" + i + "]", recorded, recomputed);
      }
    }
    List<Assignment> assignments;
    try {
      assignments = InspectorAssigner.assign(draw, selected);
    } catch (DrawInfeasibleException e) {
      int i = selected.indexOf(e.objectKey());
      return mismatch("assignments[" + i + "]", describe(record.assignments(), i),
          "INFEASIBLE: group " + e.groupKey() + " has " + e.eligible()
              + " eligible inspector(s), m = " + e.required());
    }
    Verification assignmentCheck = compareAssignments(record.assignments(), assignments);
    if (!assignmentCheck.matches()) {
      return assignmentCheck;
    }
    String resultHash = DrawEngine.resultHash(assignments);
    if (!resultHash.equals(record.resultHash())) {
      return mismatch("resultHash", record.resultHash(), resultHash);
    }
    return new Verification.Match();
  }

  private static Verification compareAssignments(
      List<Assignment> recorded, List<Assignment> recomputed) {
    for (int i = 0; i < Math.max(recorded.size(), recomputed.size()); i++) {
      String member = "assignments[" + i + "]";
      if (i >= recorded.size() || i >= recomputed.size()) {
        return mismatch(member, describe(recorded, i), describe(recomputed, i));
      }
      Assignment was = recorded.get(i);
      Assignment is = recomputed.get(i);
      if (!was.object().equals(is.object())) {
        return mismatch(member + ".object", was.object(), is.object());
      }
      if (!was.inspectors().equals(is.inspectors())) {
        return mismatch(member + ".inspectors",
            String.join(",", was.inspectors()), String.join(",", is.inspectors()));
      }
      if (was.capRelaxed() != is.capRelaxed()) {
        return mismatch(member + ".capRelaxed",
            Boolean.toString(was.capRelaxed()), Boolean.toString(is.capRelaxed()));
      }
    }
    return new Verification.Match();
  }

  private static String at(List<String> list, int i) {
    return i < list.size() ? list.get(i) : ABSENT;
  }

  private static String describe(List<Assignment> assignments, int i) {
    return i >= 0 && i < assignments.size() ? assignments.get(i).resultLine() : ABSENT;
  }

  private static Verification mismatch(String member, String recorded, String recomputed) {
    return new Verification.Mismatch(member, recorded, recomputed);
  }
}
