package cn.suiji.draw.ui;

import cn.suiji.draw.domain.AttemptStatus;
import cn.suiji.draw.domain.Exclusion;
import cn.suiji.draw.domain.InspectorExclusion;
import cn.suiji.shared.l10n.Messages;

/**
 * The rows the draw screens show, already in words, and the labels of the draw's reasons.
 * Explicit keys rather than {@link Messages#label}: {@code Exclusion.Reason} and
 * {@code InspectorExclusion.Reason} share a simple name, so their {@code enum.Reason.X} keys
 * would collide.
 */
public final class DrawRows {
  private DrawRows() {}

  /** A task to choose. */
  public record TaskRow(String code, String name) {}

  /** A stratum: key, pool size, what was asked, the floor's k and the k drawn. */
  public record StratumRow(String key, String n, String asked, String requestedK, String floorK, String k) {}

  /** A reason targets were left out, with how many. */
  public record ExclusionRow(String reason, String count) {}

  /** A department's inspectors: code, name, m and how many are eligible. */
  public record GroupRow(String key, String name, String m, String eligible) {}

  /** An inspector left out, and why. */
  public record InspectorRow(String group, String key, String name, String reason) {}

  /**
   * A selected target in draw order: its name, its credit code or registration number, and its
   * inspectors as "name（执法证号）".
   */
  public record SelectedRow(String order, String target, String number, String inspectors) {}

  /**
   * A stored draw attempt; {@code drawn} once it has a result, {@code open} while it is neither
   * confirmed, voided nor infeasible.
   */
  public record DrawRow(long id, String task, String taskName, String attempt, String status, String time, String code, boolean drawn,
      boolean open) {
    /** Confirmed or voided with a result: there is a record to print. */
    public boolean printable() {
      return drawn && !open;
    }
  }

  static String exclusion(Messages messages, Exclusion.Reason reason) {
    return switch (reason) {
      case OUT_OF_SCOPE -> messages.get("draw.exclusion.outOfScope");
      case NOT_IN_BUSINESS -> messages.get("draw.exclusion.notInBusiness");
      case RECENTLY_INSPECTED -> messages.get("draw.exclusion.recentlyInspected");
      case CLASS_NOT_DRAWN -> messages.get("draw.exclusion.classNotDrawn");
    };
  }

  static String inspectorExclusion(Messages messages, InspectorExclusion.Reason reason) {
    return switch (reason) {
      case NOT_ON_DUTY -> messages.get("draw.inspectorExclusion.notOnDuty");
      case EXPIRED_CERT -> messages.get("draw.inspectorExclusion.expiredCert");
      case NOT_ELIGIBLE -> messages.get("draw.inspectorExclusion.notEligible");
    };
  }

  static String status(Messages messages, AttemptStatus status) {
    return switch (status) {
      case OPEN -> messages.get("draw.status.open");
      case CONFIRMED -> messages.get("draw.status.confirmed");
      case VOIDED -> messages.get("draw.status.voided");
      case INFEASIBLE -> messages.get("draw.status.infeasible");
    };
  }
}
