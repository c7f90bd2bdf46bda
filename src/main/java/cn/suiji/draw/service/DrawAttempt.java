package cn.suiji.draw.service;

import cn.suiji.draw.domain.Assignment;
import cn.suiji.draw.domain.DrawRecord;
import java.util.Map;

/**
 * A drawn (not yet confirmed) attempt: its record, to show to the clerk and the witnesses, and
 * the 核验码. Confirm or void it next. {@code targets} and {@code inspectors} give the name and
 * number (credit code or registration number; 执法证号) of each key in the record's assignments,
 * so that the witnesses read names, not keys; a key not found in the directory has no card.
 */
public record DrawAttempt(long drawId, int attempt, DrawRecord record, String verificationCode,
    Map<String, Card> targets, Map<String, Card> inspectors) {

  /** A name and the number printed beside it. */
  public record Card(String name, String number) {}

  public DrawAttempt {
    targets = Map.copyOf(targets);
    inspectors = Map.copyOf(inspectors);
  }

  /** The target's card, or its key as the name where the directory no longer has it. */
  public Card target(Assignment a) {
    return targets.getOrDefault(a.object(), new Card(a.object(), ""));
  }

  /** The inspector's card, or the key as the name where the directory no longer has it. */
  public Card inspector(String key) {
    return inspectors.getOrDefault(key, new Card(key, ""));
  }
}
