package cn.suiji.directory.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * 检查对象: one entry of the target directory (DOMAIN.md §3), as imported or edited. At least one
 * of {@code uscc} and {@code regNo} is present; {@code objectKey} is the draw key, the uscc where
 * there is one, else the regNo ({@link #keyOf}). Once a target is saved its object key never
 * changes, even when a uscc is added later, because draw records name targets by it.
 * Inspection history (last inspected, count) is kept by the draw and inspection features.
 */
public record Target(
    @Nullable Long id,
    String objectKey,
    @Nullable String uscc,
    @Nullable String regNo,
    String name,
    TargetKind kind,
    @Nullable String legalRep,
    @Nullable String address,
    @Nullable String township,
    @Nullable String jurisdictionUnit,
    @Nullable String industryCode,
    @Nullable String industryName,
    @Nullable String registrationAuthority,
    TargetStatus status,
    @Nullable LocalDate foundedDate,
    @Nullable String liaison,
    @Nullable String phone,
    boolean abnormal,
    boolean seriousViolation,
    @Nullable RiskClass riskClass) {

  public Target {
    if (uscc == null && regNo == null) {
      throw new IllegalArgumentException("a target needs a uscc or a regNo: " + name);
    }
  }

  /** The draw key of a new target: the uscc, else the regNo. */
  public static String keyOf(@Nullable String uscc, @Nullable String regNo) {
    if (uscc != null) {
      return uscc;
    }
    if (regNo != null) {
      return regNo;
    }
    throw new IllegalArgumentException("neither uscc nor regNo");
  }

  /** The code shown to a clerk: the uscc, else the regNo. */
  public String code() {
    return uscc != null ? uscc : String.valueOf(regNo);
  }

  /** This target as saved under {@code savedId} with its existing {@code savedKey}. */
  public Target saved(long savedId, String savedKey) {
    return new Target(savedId, savedKey, uscc, regNo, name, kind, legalRep, address, township, jurisdictionUnit,
        industryCode, industryName, registrationAuthority, status, foundedDate, liaison, phone, abnormal,
        seriousViolation, riskClass);
  }
}
