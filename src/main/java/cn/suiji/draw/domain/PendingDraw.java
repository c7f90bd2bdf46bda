package cn.suiji.draw.domain;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An opened draw attempt before the entropy is known: its inputs (strata, groups, conflicts)
 * frozen when it was opened, the commitment, who opened it and when; and, only while it is held
 * in memory by the process that opened it, the nonce. The nonce is never stored before the
 * attempt is drawn (anyone reading the database during the ceremony could otherwise predict
 * the result), so an attempt read back from the database has none and cannot be drawn.
 */
public record PendingDraw(
    String task,
    OffsetDateTime createdAt,
    String operator,
    List<Stratum> strata,
    List<InspectorGroup> groups,
    List<Conflict> conflicts,
    String commitment,
    @Nullable String nonce) {

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

  /** The same attempt with the nonce its opener kept in memory. */
  public PendingDraw withNonce(String hexNonce) {
    return new PendingDraw(task, createdAt, operator, strata, groups, conflicts, commitment, hexNonce);
  }

  /**
   * The engine's input once the entropy (normalised) is known.
   *
   * @throws cn.suiji.shared.SuijiException {@code draw.nonceLost} when the nonce is not held
   */
  public DrawInput input(String entropy) {
    if (nonce == null) {
      throw new cn.suiji.shared.SuijiException("draw.nonceMissing", task);
    }
    return new DrawInput(task, strata, groups, conflicts, Hashing.unhex(nonce), entropy);
  }
}
