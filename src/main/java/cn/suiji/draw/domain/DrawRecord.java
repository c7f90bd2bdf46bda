package cn.suiji.draw.domain;

import cn.suiji.shared.SuijiException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The draw record (抽取记录) of DRAW-SPEC §7: every input of a draw and every value it produced,
 * enough for anyone to recompute it ({@link DrawVerifier}). The members are exactly the spec's;
 * the nonce is kept as lowercase hex, as exported. A record read from a file may have been
 * tampered with, so nothing here is recomputed or trusted: this record only holds values.
 *
 * <p>{@code voidReason} is present exactly when the status is {@link DrawStatus#VOIDED}.
 */
public record DrawRecord(
    String spec,
    String task,
    OffsetDateTime createdAt,
    String operator,
    List<String> witnesses,
    List<Stratum> strata,
    List<InspectorGroup> groups,
    List<Conflict> conflicts,
    String commitment,
    String nonce,
    String entropy,
    String seed,
    List<String> selected,
    List<Assignment> assignments,
    String resultHash,
    DrawStatus status,
    @Nullable String voidReason) {

  public DrawRecord {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(operator, "operator");
    witnesses = List.copyOf(witnesses);
    strata = List.copyOf(strata);
    groups = List.copyOf(groups);
    conflicts = List.copyOf(conflicts);
    Objects.requireNonNull(commitment, "commitment");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(entropy, "entropy");
    Objects.requireNonNull(seed, "seed");
    selected = List.copyOf(selected);
    assignments = List.copyOf(assignments);
    Objects.requireNonNull(resultHash, "resultHash");
    Objects.requireNonNull(status, "status");
    if (status == DrawStatus.VOIDED && (voidReason == null || voidReason.isBlank())) {
      throw new SuijiException("draw.engine.voidReasonRequired");
    }
    if (status == DrawStatus.CONFIRMED && voidReason != null) {
      throw new SuijiException("draw.engine.voidReasonWithoutVoid", voidReason);
    }
  }

  /**
   * The confirmed record of a draw just made: its inputs, the conflicts it kept and what it
   * produced, with who ran it, who watched and when.
   */
  public static DrawRecord confirmed(
      DrawInput input,
      DrawOutcome outcome,
      OffsetDateTime createdAt,
      String operator,
      List<String> witnesses) {
    return new DrawRecord(
        DrawEngine.SPEC,
        input.task(),
        createdAt,
        operator,
        witnesses,
        input.strata(),
        input.groups(),
        outcome.keptConflicts(),
        outcome.commitment(),
        Hashing.hex(input.nonce()),
        input.entropy(),
        outcome.seed(),
        outcome.selected(),
        outcome.assignments(),
        outcome.resultHash(),
        DrawStatus.CONFIRMED,
        null);
  }

  /** This record, voided for {@code reason}; every other member stays as it was. */
  public DrawRecord voided(String reason) {
    return new DrawRecord(spec, task, createdAt, operator, witnesses, strata, groups, conflicts,
        commitment, nonce, entropy, seed, selected, assignments, resultHash, DrawStatus.VOIDED,
        reason);
  }
}
