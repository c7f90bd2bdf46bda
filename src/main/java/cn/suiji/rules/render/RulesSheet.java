package cn.suiji.rules.render;

import cn.suiji.rules.domain.RulesField;
import cn.suiji.rules.domain.WorkingRules;
import cn.suiji.shared.l10n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * What the printed rules show, in the clerk's language, for {@link RulesDocx} and {@link RulesPdf}:
 * the title (XX局双随机抽查工作细则), the parameters as label–value lines, the recusal rule and the
 * paragraphs of the rules text (blank lines dropped).
 */
public record RulesSheet(String title, List<Line> parameters, String recusalRule, List<String> paragraphs) {
  public RulesSheet {
    parameters = List.copyOf(parameters);
    paragraphs = List.copyOf(paragraphs);
  }

  /** One parameter: its name and its value as printed. */
  public record Line(String label, String value) {}

  public static RulesSheet of(String departmentName, WorkingRules r, Messages m) {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(m.label(RulesField.INSPECTORS_PER_TARGET), m.get("rules.print.persons", r.inspectorsPerTarget())));
    lines.add(new Line(m.label(RulesField.FLOOR_UNDIRECTED), m.get("rules.print.percent", r.floorUndirected().stripTrailingZeros().toPlainString())));
    lines.add(new Line(m.label(RulesField.FLOOR_DIRECTED), m.get("rules.print.percent", r.floorDirected().stripTrailingZeros().toPlainString())));
    lines.add(new Line(m.label(RulesField.EXCLUSION_MONTHS), r.exclusionMonths() == 0 ? m.get("rules.print.noExclusion")
        : m.get("rules.print.months", r.exclusionMonths())));
    lines.add(new Line(m.label(RulesField.PUBLISH_WORKDAYS), m.get("rules.print.workdays", r.publishWorkdays())));
    lines.add(new Line(m.get("rules.field.listedFullCoverage"),
        m.get(r.listedFullCoverage() ? "rules.print.yes" : "rules.print.no")));
    List<String> paragraphs = new ArrayList<>();
    for (String p : r.rulesText().split("\\R")) {
      String s = p.strip();
      if (!s.isEmpty()) {
        paragraphs.add(s);
      }
    }
    return new RulesSheet(m.get("rules.print.title", departmentName), lines, r.recusalRule().strip(), paragraphs);
  }
}
