package cn.suiji.draw.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The draw of DRAW-SPEC suiji-draw-v1: a pure function from {@link DrawInput} to {@link
 * DrawOutcome}. For the draw service (which records the outcome) and, step by step, for
 * {@link DrawVerifier} (which recomputes a record and names the first difference).
 */
public final class DrawEngine {
  /** The spec id written into every header and record. */
  public static final String SPEC = CanonicalDraw.SPEC;

  private DrawEngine() {}

  /**
   * Draws the objects and assigns their inspectors.
   *
   * @throws cn.suiji.shared.SuijiException when the input breaks the spec (a key repeated
   *     across strata or groups is found here)
   * @throws DrawInfeasibleException when some object cannot get a group's m inspectors
   */
  public static DrawOutcome draw(DrawInput input) {
    CanonicalDraw draw = new CanonicalDraw(input);
    List<String> selected = select(draw);
    List<Assignment> assignments = InspectorAssigner.assign(draw, selected);
    String resultHash = resultHash(assignments);
    List<String> strataHashes = new ArrayList<>();
    draw.strataPools.forEach(pool -> strataHashes.add(pool.hash()));
    List<String> groupHashes = new ArrayList<>();
    draw.groupPools.forEach(pool -> groupHashes.add(pool.hash()));
    return new DrawOutcome(
        draw.header,
        Hashing.hex(draw.seed),
        draw.commitment,
        strataHashes,
        groupHashes,
        draw.conflictsHash,
        draw.keptConflicts,
        selected,
        assignments,
        resultHash,
        verificationCode(resultHash));
  }

  /** §4: each stratum in order from its own stream {@code obj:<key>}, concatenated. */
  static List<String> select(CanonicalDraw draw) {
    List<String> selected = new ArrayList<>();
    for (int s = 0; s < draw.input.strata().size(); s++) {
      Stratum stratum = draw.input.strata().get(s);
      RandomStream stream = new RandomStream(draw.seed, "obj:" + stratum.key());
      selected.addAll(FisherYates.select(draw.strataPools.get(s).keys(), stratum.k(), stream));
    }
    return selected;
  }

  /** §6: hex(H(one line per object, "object\tinspector,inspector…", joined with "\n")). */
  static String resultHash(List<Assignment> assignments) {
    List<String> lines = new ArrayList<>(assignments.size());
    for (Assignment assignment : assignments) {
      lines.add(assignment.resultLine());
    }
    return Hashing.sha256Hex(String.join("\n", lines));
  }

  /** The 核验码: the first 16 hex digits of the result hash, in groups of four. */
  public static String verificationCode(String resultHash) {
    return resultHash.substring(0, 4) + "-" + resultHash.substring(4, 8) + "-"
        + resultHash.substring(8, 12) + "-" + resultHash.substring(12, 16);
  }
}
