package cn.suiji.draw.domain;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An opened draw attempt as stored before the entropy is known: its inputs (strata, groups,
 * conflicts) frozen when it was opened, the nonce and its commitment, who opened it and when.
 */
public record PendingDraw(
    String task,
    OffsetDateTime createdAt,
    String operator,
    List<Stratum> strata,
    List<InspectorGroup> groups,
    List<Conflict> conflicts,
    String commitment,
    String nonce) {

  public PendingDraw {
    strata = List.copyOf(strata);
    groups = List.copyOf(groups);
    conflicts = List.copyOf(conflicts);
  }

  /** A new attempt for {@code plan} with this nonce; the commitment is hex(SHA-256(nonce)). */
  public static PendingDraw open(DrawPlan plan, OffsetDateTime createdAt, String operator, byte[] nonce) {
    if (nonce.length != DrawInput.NONCE_BYTES) {
      throw new cn.suiji.shared.SuijiException("draw.engine.nonceLength", nonce.length);
    }
    List<Stratum> strata = plan.engineStrata();
    List<InspectorGroup> groups = plan.engineGroups();
    return new PendingDraw(plan.taskCode(), createdAt, operator, strata, groups, plan.conflicts(),
        Hashing.hex(Hashing.sha256(nonce)), Hashing.hex(nonce));
  }

  /** The engine's input once the entropy (normalised) is known. */
  public DrawInput input(String entropy) {
    return new DrawInput(task, strata, groups, conflicts, Hashing.unhex(nonce), entropy);
  }
}
