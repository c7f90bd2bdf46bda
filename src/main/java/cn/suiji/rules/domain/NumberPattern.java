package cn.suiji.rules.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The document-number pattern of the working rules (文号格式), e.g. the default
 * {@code {机关代字}{类型代字}〔{年}〕{N}号} that gives 青市监抽通〔2026〕17号: text with the
 * placeholders {@value #AGENCY} (the department's 机关代字), {@value #TYPE} (the kind's 类型代字),
 * {@value #YEAR} (the four-digit year) and {@value #NUMBER} (the number, no 第, no padding).
 * {@link #check} is what the rules screen and the rules service refuse; {@link #format} is what
 * the notice service prints.
 */
public final class NumberPattern {
  public static final String AGENCY = "{机关代字}";
  public static final String TYPE = "{类型代字}";
  public static final String YEAR = "{年}";
  public static final String NUMBER = "{N}";
  public static final String DEFAULT = AGENCY + TYPE + "〔" + YEAR + "〕" + NUMBER + "号";
  public static final int MAX_LENGTH = 60;
  private static final List<String> KNOWN = List.of(AGENCY, TYPE, YEAR, NUMBER);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");

  private NumberPattern() {}

  /**
   * Why {@code pattern} cannot be used, or {@code null}: it is empty or too long, names a
   * placeholder it does not know (named in the message, with the ones it knows), has a brace
   * that closes nothing, names a placeholder twice, or lacks {@value #NUMBER}, {@value #YEAR}
   * or {@value #TYPE} — without the 类型代字 the announcement and the notice, numbered in series
   * of their own, would print the same numbers.
   */
  public static @Nullable RulesProblem check(String pattern) {
    String p = pattern.strip();
    if (p.isEmpty()) {
      return RulesProblem.of(RulesField.NUMBER_PATTERN, "rules.error.empty");
    }
    int length = p.codePointCount(0, p.length());
    if (length > MAX_LENGTH) {
      return RulesProblem.of(RulesField.NUMBER_PATTERN, "rules.error.patternTooLong", MAX_LENGTH, length);
    }
    Set<String> seen = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(p);
    while (m.find()) {
      String name = m.group();
      if (!KNOWN.contains(name)) {
        return RulesProblem.of(RulesField.NUMBER_PATTERN, "rules.error.patternUnknown", name, String.join("、", KNOWN));
      }
      if (!seen.add(name)) {
        return RulesProblem.of(RulesField.NUMBER_PATTERN, "rules.error.patternTwice", name);
      }
    }
    String rest = PLACEHOLDER.matcher(p).replaceAll("");
    if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
      return RulesProblem.of(RulesField.NUMBER_PATTERN, "rules.error.patternBrace", String.join("、", KNOWN));
    }
    for (String required : List.of(NUMBER, YEAR, TYPE)) {
      if (!seen.contains(required)) {
        return RulesProblem.of(RulesField.NUMBER_PATTERN, "rules.error.patternMissing", required);
      }
    }
    return null;
  }

  /** The placeholders {@code pattern} names, known or not, in order. */
  public static List<String> placeholders(String pattern) {
    List<String> out = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /**
   * The number of document {@code n} of {@code year} under a pattern that passed {@link #check}:
   * e.g. ("{机关代字}{类型代字}〔{年}〕{N}号", "青市监", "抽通", 2026, 17) → 青市监抽通〔2026〕17号.
   */
  public static String format(String pattern, String agency, String typeCode, int year, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("document numbers start at 1: " + n);
    }
    // one pass, so a 机关代字 that happens to contain a placeholder's text is printed as it is
    Matcher m = PLACEHOLDER.matcher(pattern.strip());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = switch (m.group()) {
        case AGENCY -> agency;
        case TYPE -> typeCode;
        case YEAR -> Integer.toString(year);
        case NUMBER -> Integer.toString(n);
        default -> m.group();
      };
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
