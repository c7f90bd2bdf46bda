package cn.suiji.draw.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An inspector of a taking-part department, with what decides whether the draw may use them:
 * on duty (在岗), the certificate's expiry, and the item codes they are qualified for.
 */
public record InspectorCandidate(
    String key, String name, boolean onDuty, @Nullable LocalDate certExpiry, Set<String> itemCodes) {

  public InspectorCandidate {
    itemCodes = Set.copyOf(itemCodes);
  }

  /**
   * Why this inspector may not be drawn for a task ending on {@code endDate} whose items of the
   * inspector's department are {@code requiredItems}, or empty when they may. The certificate
   * must be valid through the end date (the last day of its validity counts).
   */
  public Optional<InspectorExclusion.Reason> exclusion(LocalDate endDate, Set<String> requiredItems) {
    if (!onDuty) {
      return Optional.of(InspectorExclusion.Reason.NOT_ON_DUTY);
    }
    if (certExpiry == null || certExpiry.isBefore(endDate)) {
      return Optional.of(InspectorExclusion.Reason.EXPIRED_CERT);
    }
    if (!itemCodes.containsAll(requiredItems)) {
      return Optional.of(InspectorExclusion.Reason.NOT_ELIGIBLE);
    }
    return Optional.empty();
  }
}
