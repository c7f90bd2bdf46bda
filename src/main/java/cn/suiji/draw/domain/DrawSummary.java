package cn.suiji.draw.domain;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One stored draw attempt without its (possibly large) record: for lists and for the service's
 * checks. {@code resultHash} is null until the attempt was drawn.
 */
public record DrawSummary(
    long id,
    long taskId,
    String taskCode,
    String taskName,
    int attempt,
    AttemptStatus status,
    String operator,
    OffsetDateTime createdAt,
    @Nullable OffsetDateTime closedAt,
    String commitment,
    @Nullable String seed,
    @Nullable String resultHash,
    @Nullable String voidReason) {

  /** The 核验码 of a drawn attempt, or null. */
  public @Nullable String verificationCode() {
    return resultHash == null ? null : DrawEngine.verificationCode(resultHash);
  }
}
