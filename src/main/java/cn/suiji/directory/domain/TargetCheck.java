package cn.suiji.directory.domain;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.ids.Codes;
import cn.suiji.shared.ids.RegNo;
import cn.suiji.shared.ids.Uscc;
import cn.suiji.shared.ids.Validation;
import cn.suiji.shared.xlsx.Cells;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns one row of a target-directory file into a {@link Target}, or into the first
 * {@link TargetProblem} with it. For the import (and later the edit form). Codes are
 * normalised first ({@link Codes#normalise}: trim incl. U+3000, full-width → half-width, lower →
 * upper, inner spaces and hyphens removed); a 15-digit number in the credit-code column is a
 * registration number (for combined {@code 统一社会信用代码/注册号} columns). Empty cells take the
 * defaults: status 存续, kind from the uscc (92 个体工商户, 93 合作社, else 企业), flags 否.
 */
public final class TargetCheck {
  /** Either the target or the problem, never both. */
  public record Result(@Nullable Target target, @Nullable TargetProblem problem) {
    public boolean ok() {
      return target != null;
    }
  }

  private static final Pattern INDUSTRY = Pattern.compile("([A-Ta-t]?\\d{2,4}|[A-Ta-t])(?:[\\s:：、\\-]*(.*))?");
  private static final Pattern RISK = Pattern.compile("([A-Da-d])\\s*(类|级)?");

  private TargetCheck() {}

  /** Checks the row whose Excel number is {@code row}; {@code cell} gives each field's raw text ("" if absent). */
  public static Result check(int row, Function<TargetField, String> cell) {
    try {
      return new Result(build(row, cell), null);
    } catch (Refused r) {
      return new Result(null, r.problem);
    }
  }

  private static Target build(int row, Function<TargetField, String> cell) {
    String usccText = Codes.normalise(cell.apply(TargetField.USCC));
    String regText = Codes.normalise(cell.apply(TargetField.REG_NO));
    if (regText.isEmpty() && usccText.length() == 15 && usccText.chars().allMatch(c -> c >= '0' && c <= '9')) {
      regText = usccText;
      usccText = "";
    }
    if (usccText.isEmpty() && regText.isEmpty()) {
      throw refuse(row, TargetField.USCC, "directory.target.invalid.codeMissing");
    }
    String uscc = usccText.isEmpty() ? null : code(row, TargetField.USCC, Uscc.validate(usccText));
    String regNo = regText.isEmpty() ? null : code(row, TargetField.REG_NO, RegNo.validate(regText));
    String name = text(row, cell, TargetField.NAME);
    if (name == null) {
      throw refuse(row, TargetField.NAME, "directory.target.invalid.nameMissing");
    }
    String[] industry = industry(row, cell);
    return new Target(null, Target.keyOf(uscc, regNo), uscc, regNo, name, kind(row, cell, uscc),
        text(row, cell, TargetField.LEGAL_REP), text(row, cell, TargetField.ADDRESS), text(row, cell, TargetField.TOWNSHIP),
        text(row, cell, TargetField.JURISDICTION_UNIT), industry[0], industry[1],
        text(row, cell, TargetField.REGISTRATION_AUTHORITY), status(row, cell), founded(row, cell),
        text(row, cell, TargetField.LIAISON), text(row, cell, TargetField.PHONE),
        flag(row, cell, TargetField.ABNORMAL), flag(row, cell, TargetField.SERIOUS_VIOLATION), risk(row, cell));
  }

  private static String code(int row, TargetField field, Validation v) {
    if (!v.isValid()) {
      throw new Refused(TargetProblem.of(row, field, v.toException()));
    }
    return v.value();
  }

  /** The trimmed text, {@code null} if empty; refused if longer than the field keeps. */
  private static @Nullable String text(int row, Function<TargetField, String> cell, TargetField field) {
    String t = Cells.text(cell.apply(field));
    if (t.isEmpty()) {
      return null;
    }
    if (t.codePointCount(0, t.length()) > field.maxLength() || t.length() > field.maxLength() * 2) {
      throw refuse(row, field, "directory.target.invalid.tooLong", field.header(), field.maxLength());
    }
    return t;
  }

  /** {@code F5212 百货零售} → code and name; text without a code is the name. */
  private static @Nullable String[] industry(int row, Function<TargetField, String> cell) {
    String t = text(row, cell, TargetField.INDUSTRY);
    String name = text(row, cell, TargetField.INDUSTRY_NAME);
    if (t == null) {
      return new String[] {null, name};
    }
    Matcher m = INDUSTRY.matcher(t);
    if (m.matches()) {
      String rest = m.group(2) == null || m.group(2).isBlank() ? null : m.group(2).strip();
      return new String[] {m.group(1).toUpperCase(Locale.ROOT), name != null ? name : limit(row, rest)};
    }
    return new String[] {null, name != null ? name : limit(row, t)};
  }

  private static @Nullable String limit(int row, @Nullable String industryName) {
    if (industryName != null && industryName.length() > TargetField.INDUSTRY_NAME.maxLength()) {
      throw refuse(row, TargetField.INDUSTRY, "directory.target.invalid.tooLong", TargetField.INDUSTRY.header(),
          TargetField.INDUSTRY_NAME.maxLength());
    }
    return industryName;
  }

  /** Any spelling of the statuses the provincial system uses; an empty cell is 存续. */
  static TargetStatus status(int row, Function<TargetField, String> cell) {
    String t = Cells.text(cell.apply(TargetField.STATUS));
    if (t.isEmpty()) {
      return TargetStatus.EXISTING;
    }
    if (t.contains("吊销")) {
      return TargetStatus.REVOKED;
    }
    if (t.startsWith("注销")) {
      return TargetStatus.CANCELLED;
    }
    if (t.startsWith("迁出")) {
      return TargetStatus.MOVED_OUT;
    }
    if (t.startsWith("存续")) {
      return TargetStatus.EXISTING;
    }
    if (t.startsWith("在业") || t.startsWith("开业") || t.startsWith("在营")) {
      return TargetStatus.OPERATING;
    }
    throw refuse(row, TargetField.STATUS, "directory.target.invalid.status", t);
  }

  static TargetKind kind(int row, Function<TargetField, String> cell, @Nullable String uscc) {
    String t = Cells.text(cell.apply(TargetField.KIND));
    if (t.isEmpty()) {
      String type = uscc == null ? "" : uscc.substring(0, 2);
      return type.equals("92") ? TargetKind.INDIVIDUAL : type.equals("93") ? TargetKind.COOPERATIVE : TargetKind.ENTERPRISE;
    }
    if (t.contains("个体")) {
      return TargetKind.INDIVIDUAL;
    }
    if (t.contains("合作社")) {
      return TargetKind.COOPERATIVE;
    }
    if (t.contains("企业") || t.contains("公司") || t.contains("分支机构") || t.contains("合伙")) {
      return TargetKind.ENTERPRISE;
    }
    if (t.contains("其他组织") || t.equals("其他")) {
      return TargetKind.OTHER_ORG;
    }
    if (t.equals("产品")) {
      return TargetKind.PRODUCT;
    }
    if (t.equals("项目")) {
      return TargetKind.PROJECT;
    }
    throw refuse(row, TargetField.KIND, "directory.target.invalid.kind", t);
  }

  private static @Nullable LocalDate founded(int row, Function<TargetField, String> cell) {
    String raw = cell.apply(TargetField.FOUNDED);
    Cells.Parsed<LocalDate> d = Cells.date(raw);
    if (d.ok()) {
      return d.value();
    }
    if (d.problem() == Cells.Problem.EMPTY) {
      return null;
    }
    throw refuse(row, TargetField.FOUNDED, "directory.target.invalid.date", Cells.text(raw));
  }

  private static boolean flag(int row, Function<TargetField, String> cell, TargetField field) {
    String t = Codes.normalise(cell.apply(field));
    return switch (t) {
      case "", "否", "N", "NO", "0", "FALSE", "未列入", "无" -> false;
      case "是", "Y", "YES", "1", "TRUE", "已列入", "列入", "√" -> true;
      default -> throw refuse(row, field, "directory.target.invalid.flag", field.header(), Cells.text(cell.apply(field)));
    };
  }

  private static @Nullable RiskClass risk(int row, Function<TargetField, String> cell) {
    String t = Cells.text(cell.apply(TargetField.RISK_CLASS));
    if (t.isEmpty()) {
      return null;
    }
    Matcher m = RISK.matcher(Codes.normalise(t));
    if (!m.matches()) {
      throw refuse(row, TargetField.RISK_CLASS, "directory.target.invalid.risk", t);
    }
    return RiskClass.valueOf(m.group(1).toUpperCase(Locale.ROOT));
  }

  /** The word a file (or the edit form) writes for {@code kind}; {@link #check} reads it back as {@code kind}. */
  public static String word(TargetKind kind) {
    return switch (kind) {
      case ENTERPRISE -> "企业";
      case INDIVIDUAL -> "个体工商户";
      case COOPERATIVE -> "农民专业合作社";
      case OTHER_ORG -> "其他组织";
      case PRODUCT -> "产品";
      case PROJECT -> "项目";
    };
  }

  /** The word a file (or the edit form) writes for {@code status}; {@link #check} reads it back as {@code status}. */
  public static String word(TargetStatus status) {
    return switch (status) {
      case EXISTING -> "存续";
      case OPERATING -> "在业";
      case REVOKED -> "吊销";
      case CANCELLED -> "注销";
      case MOVED_OUT -> "迁出";
    };
  }

  /** The word for a yes/no column. */
  public static String word(boolean flag) {
    return flag ? "是" : "否";
  }

  private static Refused refuse(int row, TargetField field, String key, Object... args) {
    return new Refused(TargetProblem.of(row, field, new SuijiException(key, args)));
  }

  /** Carries the first problem out of the nested checks; never leaves this class. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient TargetProblem problem;

    Refused(TargetProblem problem) {
      super(null, null, false, false);
      this.problem = problem;
    }
  }
}
