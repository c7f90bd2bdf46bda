package cn.suiji.draw.domain;

import cn.suiji.shared.SuijiException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a draw is a pure function of (DRAW-SPEC §1), checked on construction: the task
 * code, the strata in their given order, the inspector groups, the conflict pairs, the 32-byte
 * nonce and the public entropy, already normalised by {@link Entropy#normalise}.
 *
 * <p>That object keys are unique across all strata and inspector keys across all groups is
 * checked by {@link DrawEngine#draw}, where the pools are sorted anyway: a second sort (or a
 * hash set) of a million keys here would only repeat that work. The same exception is thrown.
 */
public record DrawInput(
    String task,
    List<Stratum> strata,
    List<InspectorGroup> groups,
    List<Conflict> conflicts,
    byte[] nonce,
    String entropy) {

  /** Length of the nonce in bytes; the commitment is its SHA-256. */
  public static final int NONCE_BYTES = 32;

  public DrawInput {
    Keys.require(task, "draw.engine.taskInvalid", task);
    strata = List.copyOf(strata);
    groups = List.copyOf(groups);
    conflicts = List.copyOf(conflicts);
    nonce = nonce.clone();
    Objects.requireNonNull(entropy, "entropy");
    if (strata.isEmpty()) {
      throw new SuijiException("draw.engine.noStrata");
    }
    if (groups.isEmpty()) {
      throw new SuijiException("draw.engine.noGroups");
    }
    requireUnique(strata.stream().map(Stratum::key).toList(), "draw.engine.stratumKeyDuplicate");
    requireUnique(
        groups.stream().map(InspectorGroup::key).toList(), "draw.engine.groupKeyDuplicate");
    long inspectorsPerObject = groups.stream().mapToLong(InspectorGroup::m).sum();
    if (inspectorsPerObject < 2) {
      throw new SuijiException("draw.engine.tooFewInspectorsPerObject", inspectorsPerObject);
    }
    if (nonce.length != NONCE_BYTES) {
      throw new SuijiException("draw.engine.nonceLength", nonce.length);
    }
    if (!Entropy.isWellFormed(entropy)) {
      throw new SuijiException("draw.engine.entropyMalformed");
    }
    if (!Entropy.normalise(entropy).equals(entropy)) {
      throw new SuijiException("draw.engine.entropyNotNormalised", entropy);
    }
  }

  /** A copy of the nonce: the record stays immutable. */
  @Override
  public byte[] nonce() {
    return nonce.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DrawInput that
        && task.equals(that.task)
        && strata.equals(that.strata)
        && groups.equals(that.groups)
        && conflicts.equals(that.conflicts)
        && Arrays.equals(nonce, that.nonce)
        && entropy.equals(that.entropy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(task, strata, groups, conflicts, Arrays.hashCode(nonce), entropy);
  }

  @Override
  public String toString() {
    return "DrawInput[task=" + task + ", strata=" + strata.size() + ", groups=" + groups.size()
        + ", conflicts=" + conflicts.size() + ", nonce=" + Hashing.hex(nonce)
        + ", entropy=" + entropy + "]";
  }

  private static void requireUnique(List<String> keys, String messageKey) {
    Set<String> seen = new HashSet<>();
    for (String key : keys) {
      if (!seen.add(key)) {
        throw new SuijiException(messageKey, key);
      }
    }
  }
}
