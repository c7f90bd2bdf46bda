package cn.suiji.inspection.domain;

import cn.suiji.shared.SuijiException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * The rules a result must pass before it is saved, for the form, the grid and the import alike.
 * Each problem names the field at fault ({@link Field}), so the import can name the column:
 * <ul>
 *   <li>the date is not before the draw, not after today, and outside the task's window only with a note;
 *   <li>at least two inspectors present; one the draw did not assign needs a substitution reason
 *       (an inspection closed without a visit may name none);
 *   <li>at least one verification method (none for a closed inspection);
 *   <li>at least one code, every code on the list, 未发现问题 alone, only 无法检查 codes on an
 *       inspection closed without a visit;
 *   <li>a code that needs a follow-up only with one (entered, created automatically or still open);
 *   <li>a referral names its receiving body, an 其他 follow-up says what.
 * </ul>
 */
public final class ResultCheck {
  /** What a problem is about. */
  public enum Field { STATUS, DATE, INSPECTORS, METHODS, CODES, FOLLOW_UP }

  /** One problem: the field and the reason, a message key with its arguments. */
  public record Problem(Field field, SuijiException reason) {}

  private ResultCheck() {}

  /**
   * Every problem of {@code draft}, in field order (empty: it may be saved).
   *
   * @param codes the county's list by code
   * @param hasFollowUp whether the result will have a follow-up besides those in the draft
   *     (created automatically, or still open from an earlier version)
   * @param nameOf an inspector's name by row id, for the messages
   */
  public static List<Problem> check(ResultDraft draft, InspectionFacts facts, Map<String, ResultCode> codes, LocalDate today,
      boolean hasFollowUp, LongFunction<String> nameOf) {
    List<Problem> out = new ArrayList<>();
    boolean closed = facts.status() == InspectionStatus.CLOSED_WITHOUT_VISIT;
    date(draft, facts, today, out);
    inspectors(draft, facts, closed, nameOf, out);
    if (draft.methods().isEmpty() && !closed) {
      out.add(problem(Field.METHODS, "inspection.result.noMethod", facts.targetName()));
    }
    codes(draft, facts, codes, closed, hasFollowUp, out);
    for (FollowUpDraft f : draft.followUps()) {
      if (f.kind() == FollowUpKind.REFERRAL && f.receivingBody().isEmpty()) {
        out.add(problem(Field.FOLLOW_UP, "inspection.followUp.noReceivingBody", facts.targetName()));
      }
      if (f.kind() == FollowUpKind.OTHER && f.detail().isEmpty()) {
        out.add(problem(Field.FOLLOW_UP, "inspection.followUp.noDetail", facts.targetName()));
      }
    }
    return out;
  }

  private static void date(ResultDraft draft, InspectionFacts facts, LocalDate today, List<Problem> out) {
    LocalDate d = draft.formedOn();
    if (d.isBefore(facts.drawnOn())) {
      out.add(problem(Field.DATE, "inspection.result.beforeDraw", d.toString(), facts.drawnOn().toString()));
    } else if (d.isAfter(today)) {
      out.add(problem(Field.DATE, "inspection.result.future", d.toString(), today.toString()));
    } else if ((d.isBefore(facts.taskStart()) || d.isAfter(facts.taskEnd())) && draft.windowNote() == null) {
      out.add(problem(Field.DATE, "inspection.result.outsideWindow", d.toString(), facts.taskCode(),
          facts.taskStart().toString(), facts.taskEnd().toString()));
    }
  }

  private static void inspectors(ResultDraft draft, InspectionFacts facts, boolean closed, LongFunction<String> nameOf,
      List<Problem> out) {
    Set<Long> present = new HashSet<>();
    draft.inspectors().forEach(p -> present.add(p.inspectorId()));
    if (present.size() < 2 && !(closed && present.isEmpty())) {
      out.add(problem(Field.INSPECTORS, "inspection.result.tooFewInspectors", facts.targetName(), present.size()));
    }
    for (PresentInspector p : draft.inspectors()) {
      if (!facts.assignedInspectors().contains(p.inspectorId()) && p.substitutionReason() == null) {
        out.add(problem(Field.INSPECTORS, "inspection.result.substitutionReason", nameOf.apply(p.inspectorId())));
      }
    }
  }

  private static void codes(ResultDraft draft, InspectionFacts facts, Map<String, ResultCode> codes, boolean closed,
      boolean hasFollowUp, List<Problem> out) {
    if (draft.codes().isEmpty()) {
      out.add(problem(Field.CODES, "inspection.result.noCode", facts.targetName()));
      return;
    }
    List<ResultCode> held = new ArrayList<>();
    for (String c : draft.codes()) {
      ResultCode code = codes.get(c);
      if (code == null) {
        out.add(problem(Field.CODES, "inspection.result.unknownCode", c));
      } else {
        held.add(code);
      }
    }
    for (ResultCode c : held) {
      if (c.excludesOthers() && draft.codes().size() > 1) {
        out.add(problem(Field.CODES, "inspection.result.noProblemExcludes", c.code(), c.label()));
        break;
      }
    }
    if (closed) {
      held.stream().filter(c -> c.kind() != ResultKind.NOT_CHECKED).findFirst().ifPresent(c -> out.add(
          problem(Field.CODES, "inspection.result.closedNeedsNotChecked", c.code(), c.label())));
    }
    if (draft.followUps().isEmpty() && !hasFollowUp) {
      held.stream().filter(ResultCode::needsFollowUp).findFirst().ifPresent(c -> out.add(
          problem(Field.FOLLOW_UP, "inspection.result.followUpRequired", c.code(), c.label())));
    }
  }

  private static Problem problem(Field field, String key, Object... args) {
    return new Problem(field, new SuijiException(key, args));
  }
}
