package cn.suiji.directory.domain;

import cn.suiji.shared.ids.IdNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * 执法检查人员: one entry of the inspector directory (DOMAIN.md §3), as stored, imported or
 * edited. {@code key} (人员编号) names the inspector in draw records and never changes once saved;
 * it is {@code null} only in a draft whose key the service assigns. {@code idNumber} is the
 * normalised 18-character number; it is personal data, shown only as {@link #maskedIdNumber()}
 * in tables and exports. {@code itemCodes} are the codes of the items the inspector may inspect,
 * sorted and without repeats. The check ({@link InspectorCheck}) demands a certificate number and
 * its expiry; rows written by other means may lack the expiry ({@link CertState#MISSING}).
 */
public record Inspector(
    @Nullable Long id,
    @Nullable String key,
    String departmentCode,
    String name,
    @Nullable Gender gender,
    @Nullable String idNumber,
    @Nullable String post,
    @Nullable String enforcementField,
    String certNo,
    @Nullable LocalDate certExpiry,
    @Nullable String area,
    InspectorStatus status,
    @Nullable String phone,
    List<String> itemCodes) {

  public Inspector {
    itemCodes = List.copyOf(new TreeSet<>(itemCodes));
  }

  /** The ID number with all but the last four characters hidden, {@code ""} if there is none. */
  public String maskedIdNumber() {
    return mask(idNumber);
  }

  /** {@code **************123X}: an ID number with only its last four characters shown. */
  public static String mask(@Nullable String idNumber) {
    return idNumber == null ? "" : IdNumber.mask(idNumber);
  }

  /** The state of the certificate on {@code today}. */
  public CertState certState(LocalDate today) {
    return CertState.of(certExpiry, today);
  }

  /** This inspector as saved under {@code savedId} and {@code savedKey}. */
  public Inspector saved(long savedId, String savedKey) {
    return new Inspector(savedId, savedKey, departmentCode, name, gender, idNumber, post, enforcementField, certNo,
        certExpiry, area, status, phone, itemCodes);
  }

  public Inspector withStatus(InspectorStatus newStatus) {
    return new Inspector(id, key, departmentCode, name, gender, idNumber, post, enforcementField, certNo, certExpiry,
        area, newStatus, phone, itemCodes);
  }

  public Inspector withItemCodes(List<String> codes) {
    return new Inspector(id, key, departmentCode, name, gender, idNumber, post, enforcementField, certNo, certExpiry,
        area, status, phone, codes);
  }

  /** A masked form, so that a stray log line never carries the full ID number. */
  @Override
  public String toString() {
    return "Inspector[" + key + ", " + departmentCode + ", " + name + ", " + maskedIdNumber() + ", " + certNo + ", "
        + certExpiry + ", " + status + "]";
  }
}
