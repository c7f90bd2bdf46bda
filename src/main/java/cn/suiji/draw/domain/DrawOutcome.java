package cn.suiji.draw.domain;

import java.util.List;
import java.util.Objects;

/**
 * What a draw produced, with the canonical values a draw record and its printed form show.
 *
 * @param header the header text of DRAW-SPEC §2, whose SHA-256 is the seed
 * @param seed the seed, lowercase hex
 * @param commitment hex(H(nonce)), shown before the entropy was entered
 * @param strataHashes each stratum's pool hash, in the input's stratum order
 * @param groupHashes each group's pool hash, in the input's group order
 * @param conflictsHash the hash of the kept conflicts
 * @param keptConflicts the conflicts the draw kept (keys in its pools, each once), sorted; the
 *     record stores these
 * @param selected the selected object keys in draw order
 * @param assignments one per selected object, in draw order
 * @param resultHash hex(H(result text)) of DRAW-SPEC §6
 * @param verificationCode the 核验码, {@code xxxx-xxxx-xxxx-xxxx}
 */
public record DrawOutcome(
    String header,
    String seed,
    String commitment,
    List<String> strataHashes,
    List<String> groupHashes,
    String conflictsHash,
    List<Conflict> keptConflicts,
    List<String> selected,
    List<Assignment> assignments,
    String resultHash,
    String verificationCode) {

  public DrawOutcome {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(commitment, "commitment");
    strataHashes = List.copyOf(strataHashes);
    groupHashes = List.copyOf(groupHashes);
    Objects.requireNonNull(conflictsHash, "conflictsHash");
    keptConflicts = List.copyOf(keptConflicts);
    selected = List.copyOf(selected);
    assignments = List.copyOf(assignments);
    Objects.requireNonNull(resultHash, "resultHash");
    Objects.requireNonNull(verificationCode, "verificationCode");
  }
}
