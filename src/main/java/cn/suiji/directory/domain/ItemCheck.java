package cn.suiji.directory.domain;

import cn.suiji.shared.xlsx.Cells;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns the texts of an item's fields — a row of an item-list file, or the editor's fields as
 * the clerk types — into an {@link InspectionItem}, or into every {@link FieldProblem} with them
 * (the import reports the first, the editor shows each under its field). Rules: code 1–40
 * letters, digits, {@code - _ .} (raised to upper case); name, legal basis, method, target kind,
 * class and 生效日期 required; ratio 0 &lt; r ≤ 100 % written {@code 3%}, {@code 3} or {@code 0.03}
 * (a bare number below 1 is a fraction, as an Excel percentage cell stores it); frequency a whole
 * number ≥ 1 per year ({@code 1}, {@code 2次/年}, {@code 每年1次}); dates as text or Excel serials;
 * 失效日期 not before 生效日期.
 */
public final class ItemCheck {
  /** The item (when there is no problem) and every problem, in field order. */
  public record Result(@Nullable InspectionItem item, List<FieldProblem<ItemField>> problems) {
    public Result {
      problems = List.copyOf(problems);
    }

    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,39}");
  private static final Pattern FREQUENCY = Pattern.compile("(?:每年|年)?(\\d{1,3})(?:\\.0+)?次?(?:/年|每年|/每年)?");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int MAX_FREQUENCY = 366;

  private ItemCheck() {}

  /** Checks the texts {@code cell} gives for each field ({@code ""} when absent). */
  public static Result check(long departmentId, Function<ItemField, String> cell) {
    List<FieldProblem<ItemField>> problems = new ArrayList<>();
    Texts t = new Texts(cell, problems);
    String code = t.code();
    String name = t.required(ItemField.NAME);
    String subItem = t.optional(ItemField.SUB_ITEM);
    String legalBasis = t.required(ItemField.LEGAL_BASIS);
    String body = t.optional(ItemField.IMPLEMENTING_BODY);
    TargetKind kind = t.kind();
    String content = t.optional(ItemField.CONTENT);
    String method = t.required(ItemField.METHOD);
    BigDecimal ratio = t.ratio();
    Integer frequency = t.frequency();
    String requirement = t.optional(ItemField.INSPECTOR_REQUIREMENT);
    ItemClass itemClass = t.itemClass();
    LocalDate reviewed = t.date(ItemField.LEGAL_REVIEW, false);
    LocalDate publicised = t.date(ItemField.PUBLICISED, false);
    LocalDate from = t.date(ItemField.VALID_FROM, true);
    LocalDate to = t.date(ItemField.VALID_TO, false);
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(FieldProblem.of(ItemField.VALID_TO, "directory.item.invalid.validTo", ItemField.VALID_TO.header(),
          to.toString(), from.toString()));
    }
    if (!problems.isEmpty()) {
      return new Result(null, problems);
    }
    return new Result(new InspectionItem(null, departmentId, code, name, subItem, legalBasis, body, kind, content,
        method, ratio, frequency, requirement, itemClass, reviewed, publicised, from, to), problems);
  }

  /** The first problem's reason, or {@code null}: for single-field checks. */
  public static @Nullable FieldProblem<ItemField> first(Result r) {
    return r.problems().isEmpty() ? null : r.problems().get(0);
  }

  /** The ratio as a percentage with two decimals, or {@code null} when it is not one. */
  public static @Nullable BigDecimal ratio(String raw) {
    String s = Cells.text(raw).replace('％', '%').replace(" ", "");
    boolean percent = s.endsWith("%");
    if (percent) {
      s = s.substring(0, s.length() - 1);
    }
    Cells.Parsed<BigDecimal> n = Cells.number(s);
    if (!n.ok()) {
      return null;
    }
    BigDecimal v = n.value();
    if (!percent && v.compareTo(BigDecimal.ONE) < 0) {
      v = v.multiply(HUNDRED);
    }
    v = v.setScale(2, RoundingMode.HALF_UP);
    return v.signum() > 0 && v.compareTo(HUNDRED) <= 0 ? v : null;
  }

  /** The times per year, or {@code null} when it is not a whole number from 1 to 366. */
  public static @Nullable Integer frequency(String raw) {
    String s = Cells.text(raw).replace(" ", "").replace('／', '/');
    Matcher m = FREQUENCY.matcher(halfWidthDigits(s));
    if (!m.matches()) {
      return null;
    }
    int n = Integer.parseInt(m.group(1));
    return n >= 1 && n <= MAX_FREQUENCY ? n : null;
  }

  /** 一般 / 重点 (or the constant's name, any case); {@code null} if neither. */
  public static @Nullable ItemClass itemClass(String raw) {
    String s = Cells.text(raw).toUpperCase(Locale.ROOT);
    if (s.equals("GENERAL") || s.startsWith("一般")) {
      return ItemClass.GENERAL;
    }
    if (s.equals("KEY") || s.startsWith("重点")) {
      return ItemClass.KEY;
    }
    return null;
  }

  /**
   * The kind of target named: the constant's name or its label (企业, 个体工商户 …), or a text that
   * says it (食品生产企业 → 企业, 个体户 → 个体工商户, 合作社 → 农民专业合作社).
   */
  public static @Nullable TargetKind targetKind(String raw) {
    String s = Cells.text(raw);
    for (TargetKind k : TargetKind.values()) {
      if (k.name().equalsIgnoreCase(s)) {
        return k;
      }
    }
    if (s.contains("个体")) {
      return TargetKind.INDIVIDUAL;
    }
    if (s.contains("合作社")) {
      return TargetKind.COOPERATIVE;
    }
    if (s.contains("产品") || s.contains("商品")) {
      return TargetKind.PRODUCT;
    }
    if (s.contains("项目") || s.contains("工程")) {
      return TargetKind.PROJECT;
    }
    if (s.contains("企业") || s.contains("公司") || s.contains("市场主体") || s.contains("经营者")) {
      return TargetKind.ENTERPRISE;
    }
    if (s.contains("组织") || s.contains("单位") || s.contains("机构")) {
      return TargetKind.OTHER_ORG;
    }
    return null;
  }

  /** The kind as an item-list file writes it (files are Chinese in every locale). */
  public static String kindText(TargetKind kind) {
    return switch (kind) {
      case ENTERPRISE -> "企业";
      case INDIVIDUAL -> "个体工商户";
      case COOPERATIVE -> "农民专业合作社";
      case OTHER_ORG -> "其他组织";
      case PRODUCT -> "产品";
      case PROJECT -> "项目";
    };
  }

  /** The class as an item-list file writes it. */
  public static String classText(ItemClass c) {
    return c == ItemClass.KEY ? "重点" : "一般";
  }

  /** The ratio as a file writes it: {@code 3%}, {@code 0.5%}; {@code ""} for none. */
  public static String ratioText(@Nullable BigDecimal ratio) {
    return ratio == null ? "" : ratio.stripTrailingZeros().toPlainString() + "%";
  }

  private static String halfWidthDigits(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
    }
    return out.toString();
  }

  /** Reads and checks one field at a time, collecting the problems. */
  private record Texts(Function<ItemField, String> cell, List<FieldProblem<ItemField>> problems) {
    String raw(ItemField f) {
      String s = cell.apply(f);
      return Cells.text(s == null ? "" : s);
    }

    @Nullable String optional(ItemField f) {
      String s = raw(f);
      if (s.length() > f.maxLength()) {
        problems.add(FieldProblem.of(f, "directory.item.invalid.tooLong", f.header(), f.maxLength(), s.length()));
        return null;
      }
      return s.isEmpty() ? null : s;
    }

    String required(ItemField f) {
      String s = raw(f);
      if (s.isEmpty()) {
        problems.add(FieldProblem.of(f, "directory.item.invalid.required", f.header()));
        return "";
      }
      String kept = optional(f);
      return kept == null ? "" : kept;
    }

    String code() {
      String s = raw(ItemField.CODE);
      if (s.isEmpty()) {
        problems.add(FieldProblem.of(ItemField.CODE, "directory.item.invalid.required", ItemField.CODE.header()));
        return "";
      }
      StringBuilder b = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        b.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
      }
      String code = b.toString().toUpperCase(Locale.ROOT);
      if (!CODE.matcher(code).matches()) {
        problems.add(FieldProblem.of(ItemField.CODE, "directory.item.invalid.code", ItemField.CODE.header(), s));
      }
      return code;
    }

    TargetKind kind() {
      String s = raw(ItemField.TARGET_KIND);
      if (s.isEmpty()) {
        problems.add(FieldProblem.of(ItemField.TARGET_KIND, "directory.item.invalid.required", ItemField.TARGET_KIND.header()));
        return TargetKind.ENTERPRISE;
      }
      TargetKind k = targetKind(s);
      if (k == null) {
        problems.add(FieldProblem.of(ItemField.TARGET_KIND, "directory.item.invalid.targetKind", ItemField.TARGET_KIND.header(), s));
        return TargetKind.ENTERPRISE;
      }
      return k;
    }

    ItemClass itemClass() {
      String s = raw(ItemField.ITEM_CLASS);
      if (s.isEmpty()) {
        problems.add(FieldProblem.of(ItemField.ITEM_CLASS, "directory.item.invalid.required", ItemField.ITEM_CLASS.header()));
        return ItemClass.GENERAL;
      }
      ItemClass c = ItemCheck.itemClass(s);
      if (c == null) {
        problems.add(FieldProblem.of(ItemField.ITEM_CLASS, "directory.item.invalid.itemClass", ItemField.ITEM_CLASS.header(), s));
        return ItemClass.GENERAL;
      }
      return c;
    }

    @Nullable BigDecimal ratio() {
      String s = raw(ItemField.RATIO);
      if (s.isEmpty()) {
        return null;
      }
      BigDecimal r = ItemCheck.ratio(s);
      if (r == null) {
        problems.add(FieldProblem.of(ItemField.RATIO, "directory.item.invalid.ratio", ItemField.RATIO.header(), s));
      }
      return r;
    }

    @Nullable Integer frequency() {
      String s = raw(ItemField.FREQUENCY);
      if (s.isEmpty()) {
        return null;
      }
      Integer n = ItemCheck.frequency(s);
      if (n == null) {
        problems.add(FieldProblem.of(ItemField.FREQUENCY, "directory.item.invalid.frequency", ItemField.FREQUENCY.header(), s));
      }
      return n;
    }

    @Nullable LocalDate date(ItemField f, boolean required) {
      String s = raw(f);
      Cells.Parsed<LocalDate> d = Cells.date(s);
      if (d.ok()) {
        return d.value();
      }
      if (d.problem() == Cells.Problem.EMPTY) {
        if (required) {
          problems.add(FieldProblem.of(f, "directory.item.invalid.required", f.header()));
        }
        return null;
      }
      String key = d.problem() == Cells.Problem.NO_SUCH_DAY ? "directory.item.invalid.noSuchDay" : "directory.item.invalid.date";
      problems.add(FieldProblem.of(f, key, f.header(), s));
      return null;
    }
  }
}
