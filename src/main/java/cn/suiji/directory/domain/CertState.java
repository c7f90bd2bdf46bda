package cn.suiji.directory.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where an enforcement certificate (执法证) stands on a given day, for the inspector directory's
 * table and filter. The certificate is valid through its expiry date (the draw refuses an
 * inspector whose expiry is before the inspection's end, see {@code InspectorCandidate}).
 */
public enum CertState {
  /** 有效: expires more than {@value #WARNING_DAYS} days after the day. */
  VALID,
  /** 30天内到期: expires on the day or within the next {@value #WARNING_DAYS} days. */
  EXPIRING,
  /** 已过期: expired before the day. */
  EXPIRED,
  /** 未登记有效期: no expiry date is recorded. */
  MISSING;

  /** How many days ahead an expiry counts as soon. */
  public static final int WARNING_DAYS = 30;

  /** The state of a certificate expiring on {@code expiry}, as of {@code today}. */
  public static CertState of(@Nullable LocalDate expiry, LocalDate today) {
    if (expiry == null) {
      return MISSING;
    }
    if (expiry.isBefore(today)) {
      return EXPIRED;
    }
    return expiry.isAfter(today.plusDays(WARNING_DAYS)) ? VALID : EXPIRING;
  }
}
