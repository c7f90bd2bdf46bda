package cn.suiji.rules.domain;

/** The fields of the working rules a problem can name. */
public enum RulesField {
  INSPECTORS_PER_TARGET,
  FLOOR_UNDIRECTED,
  FLOOR_DIRECTED,
  EXCLUSION_MONTHS,
  PUBLISH_WORKDAYS,
  RECUSAL_RULE,
  RULES_TEXT,
  NUMBER_PATTERN,
  ANNOUNCEMENT_TYPE_CODE,
  NOTICE_TYPE_CODE,
  CONTACT_PERSON,
  CONTACT_PHONE,
  MATERIALS
}
