package cn.suiji.rules.domain;

import java.util.Arrays;
import java.util.List;

/** Why a field of the working rules cannot be saved: the field, a message key and its arguments. */
public record RulesProblem(RulesField field, String key, List<Object> args) {
  public RulesProblem {
    args = List.copyOf(args);
  }

  static RulesProblem of(RulesField field, String key, Object... args) {
    return new RulesProblem(field, key, Arrays.asList(args));
  }
}
