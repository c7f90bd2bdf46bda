package cn.suiji.rules.domain;

/**
 * The working rules as the clerk types them: numbers still text, so that "1.5", "" or "２" can
 * be checked as typed. {@link RulesCheck#parse} turns it into {@link WorkingRules} or problems.
 */
public record RulesInput(
    String inspectorsPerTarget,
    String floorUndirected,
    String floorDirected,
    String exclusionMonths,
    String publishWorkdays,
    boolean listedFullCoverage,
    String recusalRule,
    String rulesText) {

  /** The rules as the editor first shows them. */
  public static RulesInput of(WorkingRules r) {
    return new RulesInput(Integer.toString(r.inspectorsPerTarget()), r.floorUndirected().stripTrailingZeros().toPlainString(),
        r.floorDirected().stripTrailingZeros().toPlainString(), Integer.toString(r.exclusionMonths()),
        Integer.toString(r.publishWorkdays()), r.listedFullCoverage(), r.recusalRule(), r.rulesText());
  }
}
