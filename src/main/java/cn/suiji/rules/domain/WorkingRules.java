package cn.suiji.rules.domain;

import java.math.BigDecimal;

/**
 * A department's working rules (工作细则), for the rules screen, the printed rules and the draw:
 * inspectors sent to each target, the ratio floors of undirected and directed draws (percent),
 * how many months a target inspected for the same item stays out of the pool, the publication
 * deadline in working days, whether listed targets (经营异常/严重违法失信) are all inspected, the
 * recusal rule and the rules text; and what the documents after a draw print ({@link DocumentRules}:
 * number pattern, 类型代字, contact, materials). {@link #defaults} are the county document's values.
 */
public record WorkingRules(
    long departmentId,
    int inspectorsPerTarget,
    BigDecimal floorUndirected,
    BigDecimal floorDirected,
    int exclusionMonths,
    int publishWorkdays,
    boolean listedFullCoverage,
    String recusalRule,
    String rulesText,
    DocumentRules documents) {

  /** The fixed floor of inspectors per target (行政处罚法): may be raised, never lowered. */
  public static final int MIN_INSPECTORS = 2;
  public static final int MAX_INSPECTORS = 10;
  /** The county document's floor of an undirected draw, percent: may be raised, never lowered. */
  public static final BigDecimal MIN_FLOOR_UNDIRECTED = BigDecimal.valueOf(3);
  /** The county document's floor of a directed draw, percent: may be raised, never lowered. */
  public static final BigDecimal MIN_FLOOR_DIRECTED = BigDecimal.valueOf(10);
  public static final BigDecimal MAX_FLOOR = BigDecimal.valueOf(100);
  public static final int MAX_EXCLUSION_MONTHS = 60;
  public static final int MIN_PUBLISH_WORKDAYS = 1;
  public static final int MAX_PUBLISH_WORKDAYS = 60;
  public static final int DEFAULT_PUBLISH_WORKDAYS = 20;
  public static final int DEFAULT_EXCLUSION_MONTHS = 12;
  public static final int MAX_RECUSAL_RULE = 2000;
  public static final int MAX_RULES_TEXT = 50_000;

  /** Rules with the default document settings ({@link DocumentRules#DEFAULTS}). */
  public WorkingRules(long departmentId, int inspectorsPerTarget, BigDecimal floorUndirected, BigDecimal floorDirected,
      int exclusionMonths, int publishWorkdays, boolean listedFullCoverage, String recusalRule, String rulesText) {
    this(departmentId, inspectorsPerTarget, floorUndirected, floorDirected, exclusionMonths, publishWorkdays,
        listedFullCoverage, recusalRule, rulesText, DocumentRules.DEFAULTS);
  }

  public WorkingRules {
    documents = documents == null ? DocumentRules.DEFAULTS : documents;
    recusalRule = recusalRule == null ? "" : recusalRule;
    rulesText = rulesText == null ? "" : rulesText;
    // the table keeps two decimals: 3, 3.0 and 3.00 are the same floor
    floorUndirected = twoDecimals(floorUndirected);
    floorDirected = twoDecimals(floorDirected);
  }

  private static BigDecimal twoDecimals(BigDecimal value) {
    return value.scale() < 2 ? value.setScale(2) : value;
  }

  /** The values a department has before its rules are first saved (the schema's defaults). */
  public static WorkingRules defaults(long departmentId) {
    return new WorkingRules(departmentId, MIN_INSPECTORS, MIN_FLOOR_UNDIRECTED, MIN_FLOOR_DIRECTED,
        DEFAULT_EXCLUSION_MONTHS, DEFAULT_PUBLISH_WORKDAYS, true, "", "", DocumentRules.DEFAULTS);
  }

  /** These rules with other document settings. */
  public WorkingRules withDocuments(DocumentRules newDocuments) {
    return new WorkingRules(departmentId, inspectorsPerTarget, floorUndirected, floorDirected, exclusionMonths,
        publishWorkdays, listedFullCoverage, recusalRule, rulesText, newDocuments);
  }
}
