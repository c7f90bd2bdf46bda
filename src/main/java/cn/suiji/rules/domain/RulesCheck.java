package cn.suiji.rules.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The checks of the working rules, for the editor (as the clerk types) and for the service (before
 * it saves). The fixed floors — two inspectors per target, 3 % undirected, 10 % directed — may be
 * raised and never lowered; the other numbers keep to their ranges; the texts to their lengths.
 * Every problem names its field; numbers may be typed with full-width digits and a trailing %.
 * The document settings: a number pattern {@link NumberPattern#check} accepts, two different
 * 类型代字, a telephone of digits and separators, the texts to their lengths.
 */
public final class RulesCheck {
  private static final Pattern INTEGER = Pattern.compile("\\d{1,6}");
  private static final Pattern DECIMAL = Pattern.compile("\\d{1,6}(\\.\\d{0,2})?");
  /** A telephone as printed: digits, the area code's dash or brackets, 转 for an extension, 、 or / between two. */
  private static final Pattern PHONE = Pattern.compile("[0-9+\\-() 转、,/]*");

  private RulesCheck() {}

  /** The rules typed, or {@code null} rules with the problems found. */
  public record Result(@Nullable WorkingRules rules, List<RulesProblem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }

    public boolean ok() {
      return problems.isEmpty();
    }

    /** The first problem of {@code field}, if any. */
    public @Nullable RulesProblem of(RulesField field) {
      return problems.stream().filter(p -> p.field() == field).findFirst().orElse(null);
    }
  }

  /** Parses and checks what the clerk typed for department {@code departmentId}. */
  public static Result parse(long departmentId, RulesInput in) {
    List<RulesProblem> problems = new ArrayList<>();
    Integer inspectors = integer(in.inspectorsPerTarget(), RulesField.INSPECTORS_PER_TARGET, problems);
    BigDecimal undirected = decimal(in.floorUndirected(), RulesField.FLOOR_UNDIRECTED, problems);
    BigDecimal directed = decimal(in.floorDirected(), RulesField.FLOOR_DIRECTED, problems);
    Integer exclusion = integer(in.exclusionMonths(), RulesField.EXCLUSION_MONTHS, problems);
    Integer publish = integer(in.publishWorkdays(), RulesField.PUBLISH_WORKDAYS, problems);
    if (inspectors == null || undirected == null || directed == null || exclusion == null || publish == null) {
      // the fields that could be read are still checked, so that every field shows its message at once
      WorkingRules stand = WorkingRules.defaults(departmentId);
      WorkingRules partial = new WorkingRules(departmentId, or(inspectors, stand.inspectorsPerTarget()),
          or(undirected, stand.floorUndirected()), or(directed, stand.floorDirected()), or(exclusion, stand.exclusionMonths()),
          or(publish, stand.publishWorkdays()), in.listedFullCoverage(), in.recusalRule().strip(), in.rulesText().strip(),
          in.documents());
      problems.addAll(problems(partial));
      return new Result(null, problems);
    }
    WorkingRules rules = new WorkingRules(departmentId, inspectors, undirected, directed, exclusion, publish,
        in.listedFullCoverage(), in.recusalRule().strip(), in.rulesText().strip(), in.documents());
    List<RulesProblem> found = problems(rules);
    return new Result(found.isEmpty() ? rules : null, found);
  }

  private static <T> T or(@Nullable T value, T fallback) {
    return value == null ? fallback : value;
  }

  /** Every problem of {@code r}; empty if it may be saved. */
  public static List<RulesProblem> problems(WorkingRules r) {
    List<RulesProblem> out = new ArrayList<>();
    if (r.inspectorsPerTarget() < WorkingRules.MIN_INSPECTORS) {
      out.add(RulesProblem.of(RulesField.INSPECTORS_PER_TARGET, "rules.error.inspectorsFloor", WorkingRules.MIN_INSPECTORS));
    } else if (r.inspectorsPerTarget() > WorkingRules.MAX_INSPECTORS) {
      out.add(RulesProblem.of(RulesField.INSPECTORS_PER_TARGET, "rules.error.inspectorsMax", WorkingRules.MAX_INSPECTORS));
    }
    floor(r.floorUndirected(), WorkingRules.MIN_FLOOR_UNDIRECTED, RulesField.FLOOR_UNDIRECTED, "rules.error.undirectedFloor", out);
    floor(r.floorDirected(), WorkingRules.MIN_FLOOR_DIRECTED, RulesField.FLOOR_DIRECTED, "rules.error.directedFloor", out);
    if (r.exclusionMonths() < 0 || r.exclusionMonths() > WorkingRules.MAX_EXCLUSION_MONTHS) {
      out.add(RulesProblem.of(RulesField.EXCLUSION_MONTHS, "rules.error.exclusionRange", 0, WorkingRules.MAX_EXCLUSION_MONTHS));
    }
    if (r.publishWorkdays() < WorkingRules.MIN_PUBLISH_WORKDAYS || r.publishWorkdays() > WorkingRules.MAX_PUBLISH_WORKDAYS) {
      out.add(RulesProblem.of(RulesField.PUBLISH_WORKDAYS, "rules.error.publishRange", WorkingRules.MIN_PUBLISH_WORKDAYS,
          WorkingRules.MAX_PUBLISH_WORKDAYS));
    }
    out.addAll(texts(r.recusalRule(), r.rulesText()));
    out.addAll(documents(r.documents()));
    return out;
  }

  /** Every problem of the document settings. */
  static List<RulesProblem> documents(DocumentRules d) {
    List<RulesProblem> out = new ArrayList<>();
    RulesProblem pattern = NumberPattern.check(d.numberPattern());
    if (pattern != null) {
      out.add(pattern);
    }
    typeCode(d.announcementTypeCode(), RulesField.ANNOUNCEMENT_TYPE_CODE, out);
    typeCode(d.noticeTypeCode(), RulesField.NOTICE_TYPE_CODE, out);
    if (!d.noticeTypeCode().isBlank() && d.noticeTypeCode().strip().equals(d.announcementTypeCode().strip())) {
      out.add(RulesProblem.of(RulesField.NOTICE_TYPE_CODE, "rules.error.typeCodesSame"));
    }
    typeCode(d.resultTypeCode(), RulesField.RESULT_TYPE_CODE, out);
    String result = d.resultTypeCode().strip();
    if (!result.isEmpty() && (result.equals(d.announcementTypeCode().strip()) || result.equals(d.noticeTypeCode().strip()))) {
      out.add(RulesProblem.of(RulesField.RESULT_TYPE_CODE, "rules.error.typeCodesSame"));
    }
    length(d.contactPerson(), DocumentRules.MAX_CONTACT_PERSON, RulesField.CONTACT_PERSON, out);
    if (!length(d.contactPhone(), DocumentRules.MAX_CONTACT_PHONE, RulesField.CONTACT_PHONE, out)
        && !PHONE.matcher(clean(d.contactPhone())).matches()) {
      out.add(RulesProblem.of(RulesField.CONTACT_PHONE, "rules.error.phone"));
    }
    length(d.materials(), DocumentRules.MAX_MATERIALS, RulesField.MATERIALS, out);
    return out;
  }

  private static void typeCode(String code, RulesField field, List<RulesProblem> out) {
    String c = code.strip();
    if (c.isEmpty()) {
      out.add(RulesProblem.of(field, "rules.error.empty"));
    } else if (!length(c, DocumentRules.MAX_TYPE_CODE, field, out) && (c.indexOf('{') >= 0 || c.indexOf('}') >= 0)) {
      out.add(RulesProblem.of(field, "rules.error.typeCodeBrace"));
    }
  }

  /** Adds a problem and returns true when {@code text} is longer than {@code max} characters. */
  private static boolean length(String text, int max, RulesField field, List<RulesProblem> out) {
    int n = text.strip().codePointCount(0, text.strip().length());
    if (n > max) {
      out.add(RulesProblem.of(field, "rules.error.tooLong", max, n));
      return true;
    }
    return false;
  }

  private static List<RulesProblem> texts(String recusalRule, String rulesText) {
    List<RulesProblem> out = new ArrayList<>();
    int recusal = recusalRule.strip().codePointCount(0, recusalRule.strip().length());
    if (recusal > WorkingRules.MAX_RECUSAL_RULE) {
      out.add(RulesProblem.of(RulesField.RECUSAL_RULE, "rules.error.recusalTooLong", WorkingRules.MAX_RECUSAL_RULE, recusal));
    }
    int text = rulesText.strip().codePointCount(0, rulesText.strip().length());
    if (text > WorkingRules.MAX_RULES_TEXT) {
      out.add(RulesProblem.of(RulesField.RULES_TEXT, "rules.error.textTooLong", WorkingRules.MAX_RULES_TEXT, text));
    }
    return out;
  }

  private static void floor(BigDecimal value, BigDecimal min, RulesField field, String key, List<RulesProblem> out) {
    if (value.compareTo(min) < 0) {
      out.add(RulesProblem.of(field, key, min.toPlainString()));
    } else if (value.compareTo(WorkingRules.MAX_FLOOR) > 0) {
      out.add(RulesProblem.of(field, "rules.error.ratioMax"));
    } else if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
      out.add(RulesProblem.of(field, "rules.error.notNumber"));
    }
  }

  private static @Nullable Integer integer(String raw, RulesField field, List<RulesProblem> problems) {
    String s = clean(raw);
    if (s.isEmpty()) {
      problems.add(RulesProblem.of(field, "rules.error.empty"));
      return null;
    }
    if (!INTEGER.matcher(s).matches()) {
      problems.add(RulesProblem.of(field, "rules.error.notInteger"));
      return null;
    }
    return Integer.valueOf(s);
  }

  private static @Nullable BigDecimal decimal(String raw, RulesField field, List<RulesProblem> problems) {
    String s = clean(raw);
    if (s.endsWith("%")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    if (s.isEmpty()) {
      problems.add(RulesProblem.of(field, "rules.error.empty"));
      return null;
    }
    if (!DECIMAL.matcher(s).matches()) {
      problems.add(RulesProblem.of(field, "rules.error.notNumber"));
      return null;
    }
    return new BigDecimal(s.endsWith(".") ? s.substring(0, s.length() - 1) : s);
  }

  /** Trimmed (U+3000 too), full-width digits, point and percent sign made half-width. */
  static String clean(@Nullable String raw) {
    if (raw == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      } else if (c == '\u3002') {
        c = '.';
      }
      out.append(c);
    }
    return out.toString().replace('\u3000', ' ').strip();
  }
}
