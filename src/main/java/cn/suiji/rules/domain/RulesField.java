package cn.suiji.rules.domain;

/** The fields of the working rules a problem can name. */
public enum RulesField {
  INSPECTORS_PER_TARGET,
  FLOOR_UNDIRECTED,
  FLOOR_DIRECTED,
  EXCLUSION_MONTHS,
  PUBLISH_WORKDAYS,
  RECUSAL_RULE,
  RULES_TEXT
}
