package cn.suiji.inspection.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The follow-ups a result creates by itself (shared/DOMAIN.md §4 and §8). A code leading to the
 * abnormal list (C, 6 by default) on a market-supervision department's task creates 列入经营异常名录,
 * due {@value #WORKDAYS} working days after the result; {@code B} first gets 责令限期公示 (a
 * 责令改正), due as long. On any other department's task each of them creates 抄告市场监管部门 (a
 * referral), since only the market-supervision bureau lists entities.
 */
public final class FollowUpRules {
  /** Working days from the result to the listing (or the order's, or the referral's, end). */
  public static final int WORKDAYS = 10;
  /** The code whose entity is first ordered to publish within a time limit. */
  public static final String ORDER_FIRST = "B";

  /**
   * A follow-up to create: its kind, the code that causes it, and the message keys of its text
   * and (for a referral) its receiving body.
   */
  public record Automatic(FollowUpKind kind, String causeCode, String detailKey, String receivingBodyKey) {}

  private FollowUpRules() {}

  /** What {@code held} creates on a task of a market-supervision department or not, in code order. */
  public static List<Automatic> automatic(List<ResultCode> held, boolean marketSupervision) {
    List<Automatic> out = new ArrayList<>();
    for (ResultCode c : held) {
      boolean order = c.code().equals(ORDER_FIRST);
      if (!order && !c.abnormalList()) {
        continue;
      }
      if (!marketSupervision) {
        out.add(new Automatic(FollowUpKind.REFERRAL, c.code(), "inspection.followUp.auto.notify",
            "inspection.followUp.auto.marketBureau"));
      } else if (order) {
        out.add(new Automatic(FollowUpKind.ORDER_CORRECTION, c.code(), "inspection.followUp.auto.order", ""));
      } else {
        out.add(new Automatic(FollowUpKind.ABNORMAL_LIST, c.code(), "inspection.followUp.auto.abnormal", ""));
      }
    }
    return out;
  }

  /** Whether an automatic follow-up of {@code kind} for {@code code} is already among {@code existing}. */
  public static boolean alreadyThere(Automatic a, List<FollowUp> existing) {
    return existing.stream().anyMatch(f -> f.kind() == a.kind() && a.causeCode().equals(f.causeCode()));
  }
}
