package cn.suiji.draw.domain;

import java.util.Objects;

/**
 * What {@link DrawVerifier} found: the record matches its recomputation, or the first member
 * that differs, e.g. {@code seed}, {@code selected[3]}, {@code assignments[2].inspectors}.
 */
public sealed interface Verification permits Verification.Match, Verification.Mismatch {

  /** True when every recomputed value equals the recorded one. */
  default boolean matches() {
    return this instanceof Match;
  }

  /** The record is what its inputs give. */
  record Match() implements Verification {}

  /**
   * The first difference found, in the order spec, commitment, seed, selection, assignments,
   * resultHash. {@code member} uses the record's member names and indexes. When the inputs
   * themselves are rejected (or the draw is INFEASIBLE), {@code recomputed} says why.
   */
  record Mismatch(String member, String recorded, String recomputed) implements Verification {
    public Mismatch {
      Objects.requireNonNull(member, "member");
      Objects.requireNonNull(recorded, "recorded");
      Objects.requireNonNull(recomputed, "recomputed");
    }
  }
}
