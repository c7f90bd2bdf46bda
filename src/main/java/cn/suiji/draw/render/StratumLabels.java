package cn.suiji.draw.render;

import cn.suiji.shared.l10n.Messages;

/**
 * What a person reads for a stratum key (DRAW-SPEC §1): 全部, 名单内, 未分类, 风险A… on screen and
 * on paper. The record itself keeps the spec's keys ({@code all}, {@code listed}, {@code none},
 * {@code A}…{@code D}); a key this class does not know (an older record's) is shown as is.
 */
public final class StratumLabels {
  private StratumLabels() {}

  public static String of(String key) {
    return switch (key) {
      case "all" -> Messages.msg("draw.stratum.all");
      case "listed" -> Messages.msg("draw.stratum.listed");
      case "none" -> Messages.msg("draw.stratum.none");
      case "A", "B", "C", "D" -> Messages.msg("draw.stratum.risk", key);
      default -> key;
    };
  }

  /** The label with the record's key beside it, as printed: a verifier matches it to the JSON. */
  public static String withKey(String key) {
    String label = of(key);
    return label.equals(key) ? key : Messages.msg("draw.stratum.withKey", label, key);
  }
}
