package cn.suiji.directory.domain;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.ids.IdNumber;
import cn.suiji.shared.ids.Validation;
import cn.suiji.shared.xlsx.Cells;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Checks an inspector as typed in the editor or read from a row of an inspector file: {@link
 * #check} gives the {@link Inspector} or its first {@link InspectorProblem} (the import),
 * {@link #problems} the first problem of every field (the editor, which shows each under its
 * field as the clerk types). Pure: the departments, their item codes and today's date come in a
 * {@link Context}.
 *
 * <p>Rules: 姓名 required, at most 50 characters; 人员编号 optional (the service assigns one),
 * else letters, digits, {@code -} and {@code _}; 身份证号 optional, else valid by GB 11643 with a
 * real birth date, normalised first (spaces, full-width digits, lower-case x); 性别 男/女, and if
 * both are given it must agree with the ID number (empty: taken from the ID number); 所属部门 by
 * name or code (empty: the context's default); 执法证号 required, Chinese characters, letters and
 * digits; 证件有效期 required, a date as text or an Excel serial; 状态 在岗/借调/休假/停用 (empty:
 * 在岗); 可检查事项 codes of the department's items separated by 、，,;; 联系电话 kept as written.
 */
public final class InspectorCheck {
  /** Either the inspector or the problem, never both. */
  public record Result(@Nullable Inspector inspector, @Nullable InspectorProblem problem) {
    public boolean ok() {
      return inspector != null;
    }
  }

  /**
   * What the check needs to know: the departments, the one meant by an empty 所属部门 ({@code null}:
   * the only department, if there is just one), each department's item codes, and today.
   */
  public record Context(List<Department> departments, @Nullable String defaultDepartment,
      Map<String, Set<String>> itemCodes, LocalDate today) {
    public Context {
      departments = List.copyOf(departments);
      itemCodes = Map.copyOf(itemCodes);
    }
  }

  private static final Pattern KEY = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");
  private static final Pattern CERT_NO = Pattern.compile("[0-9A-Z\\p{IsHan}]{4,40}");
  private static final Pattern ITEM_SEPARATORS = Pattern.compile("[、，,;；\\s]+");

  private InspectorCheck() {}

  /** Checks the row whose Excel number is {@code row} (0 for the editor); {@code cell} gives each field's raw text. */
  public static Result check(int row, Function<InspectorField, String> cell, Context context) {
    try {
      return new Result(build(row, cell, context), null);
    } catch (Refused r) {
      return new Result(null, r.problem);
    }
  }

  /** The first problem of each field that has one; empty when the inspector can be saved. */
  public static Map<InspectorField, SuijiException> problems(Function<InspectorField, String> cell, Context context) {
    Map<InspectorField, SuijiException> out = new EnumMap<>(InspectorField.class);
    List<Runnable> checks = List.of(
        () -> key(0, cell),
        () -> name(0, cell),
        () -> gender(0, cell, idNumber(0, cell, context.today())),
        () -> items(0, cell, context, department(0, cell, context)),
        () -> text(0, cell, InspectorField.POST),
        () -> text(0, cell, InspectorField.ENFORCEMENT_FIELD),
        () -> certNo(0, cell),
        () -> certExpiry(0, cell),
        () -> status(0, cell),
        () -> text(0, cell, InspectorField.AREA),
        () -> text(0, cell, InspectorField.PHONE));
    for (Runnable check : checks) {
      try {
        check.run();
      } catch (Refused r) {
        out.putIfAbsent(r.problem.field(), r.problem.reason());
      }
    }
    return out;
  }

  private static Inspector build(int row, Function<InspectorField, String> cell, Context context) {
    String key = key(row, cell);
    String name = name(row, cell);
    String idNumber = idNumber(row, cell, context.today());
    Gender gender = gender(row, cell, idNumber);
    Department department = department(row, cell, context);
    String certNo = certNo(row, cell);
    LocalDate expiry = certExpiry(row, cell);
    InspectorStatus status = status(row, cell);
    List<String> items = items(row, cell, context, department);
    return new Inspector(null, key, department.code(), name, gender, idNumber, text(row, cell, InspectorField.POST),
        text(row, cell, InspectorField.ENFORCEMENT_FIELD), certNo, expiry, text(row, cell, InspectorField.AREA), status,
        text(row, cell, InspectorField.PHONE), items);
  }

  /** {@code null} when empty (the service assigns a key). */
  static @Nullable String key(int row, Function<InspectorField, String> cell) {
    String k = compact(cell.apply(InspectorField.KEY));
    if (k.isEmpty()) {
      return null;
    }
    if (!KEY.matcher(k).matches()) {
      throw refuse(row, InspectorField.KEY, "directory.inspector.invalid.key", Cells.text(cell.apply(InspectorField.KEY)));
    }
    return k;
  }

  static String name(int row, Function<InspectorField, String> cell) {
    String n = text(row, cell, InspectorField.NAME);
    if (n == null) {
      throw refuse(row, InspectorField.NAME, "directory.inspector.invalid.nameMissing");
    }
    return n;
  }

  /** The normalised number, {@code null} when empty. */
  static @Nullable String idNumber(int row, Function<InspectorField, String> cell, LocalDate today) {
    String raw = cell.apply(InspectorField.ID_NUMBER);
    if (Cells.text(raw).isEmpty()) {
      return null;
    }
    Validation v = IdNumber.validate(raw, today);
    if (!v.isValid()) {
      throw new Refused(InspectorProblem.of(row, InspectorField.ID_NUMBER, v.toException()));
    }
    return v.value();
  }

  static @Nullable Gender gender(int row, Function<InspectorField, String> cell, @Nullable String idNumber) {
    String raw = Cells.text(cell.apply(InspectorField.GENDER));
    Gender fromId = idNumber == null ? null : Gender.ofIdNumber(idNumber);
    if (raw.isEmpty()) {
      return fromId;
    }
    Gender given = switch (compact(raw)) {
      case "男", "M", "MALE", "男性" -> Gender.MALE;
      case "女", "F", "FEMALE", "女性" -> Gender.FEMALE;
      default -> throw refuse(row, InspectorField.GENDER, "directory.inspector.invalid.gender", raw);
    };
    if (fromId != null && fromId != given) {
      throw refuse(row, InspectorField.GENDER, "directory.inspector.invalid.genderMismatch", raw);
    }
    return given;
  }

  static Department department(int row, Function<InspectorField, String> cell, Context context) {
    String raw = Cells.text(cell.apply(InspectorField.DEPARTMENT));
    String wanted = raw.isEmpty() ? context.defaultDepartment() : raw;
    if (wanted == null && context.departments().size() == 1) {
      return context.departments().get(0);
    }
    if (wanted == null || wanted.isBlank()) {
      throw refuse(row, InspectorField.DEPARTMENT, "directory.inspector.invalid.departmentMissing");
    }
    String code = compact(wanted);
    for (Department d : context.departments()) {
      if (d.code().equals(code) || d.name().equals(wanted.strip())) {
        return d;
      }
    }
    throw refuse(row, InspectorField.DEPARTMENT, "directory.inspector.invalid.department", wanted,
        context.departments().stream().map(d -> d.name() + "（" + d.code() + "）").collect(Collectors.joining("、")));
  }

  static String certNo(int row, Function<InspectorField, String> cell) {
    String raw = Cells.text(cell.apply(InspectorField.CERT_NO));
    String c = compact(raw);
    if (c.isEmpty()) {
      throw refuse(row, InspectorField.CERT_NO, "directory.inspector.invalid.certNoMissing");
    }
    if (!CERT_NO.matcher(c).matches()) {
      throw refuse(row, InspectorField.CERT_NO, "directory.inspector.invalid.certNo", raw);
    }
    return c;
  }

  static LocalDate certExpiry(int row, Function<InspectorField, String> cell) {
    String raw = cell.apply(InspectorField.CERT_EXPIRY);
    Cells.Parsed<LocalDate> d = Cells.date(raw);
    if (d.value() != null) {
      return d.value();
    }
    if (d.problem() == Cells.Problem.EMPTY) {
      throw refuse(row, InspectorField.CERT_EXPIRY, "directory.inspector.invalid.certExpiryMissing");
    }
    throw refuse(row, InspectorField.CERT_EXPIRY, "directory.inspector.invalid.date", Cells.text(raw));
  }

  /** Any usual spelling of the four statuses, or the code; empty is 在岗. */
  public static InspectorStatus status(int row, Function<InspectorField, String> cell) {
    String raw = Cells.text(cell.apply(InspectorField.STATUS));
    String t = compact(raw);
    return switch (t) {
      case "", "在岗", "在职", "正常", "ON_DUTY" -> InspectorStatus.ON_DUTY;
      case "借调", "借调中", "SECONDED" -> InspectorStatus.SECONDED;
      case "休假", "请假", "病假", "ON_LEAVE" -> InspectorStatus.ON_LEAVE;
      case "停用", "离职", "调离", "退休", "DISABLED" -> InspectorStatus.DISABLED;
      default -> throw refuse(row, InspectorField.STATUS, "directory.inspector.invalid.status", raw);
    };
  }

  static List<String> items(int row, Function<InspectorField, String> cell, Context context, Department department) {
    String raw = Cells.text(cell.apply(InspectorField.ITEMS));
    Set<String> codes = new TreeSet<>();
    if (raw.isEmpty()) {
      return List.of();
    }
    Set<String> known = context.itemCodes().getOrDefault(department.code(), Set.of());
    for (String part : ITEM_SEPARATORS.split(halfWidthUpper(raw))) {
      if (part.isEmpty()) {
        continue;
      }
      if (!known.contains(part)) {
        throw known.isEmpty()
            ? refuse(row, InspectorField.ITEMS, "directory.inspector.invalid.noItems", department.name())
            : refuse(row, InspectorField.ITEMS, "directory.inspector.invalid.item", part, department.name());
      }
      codes.add(part);
    }
    return new ArrayList<>(codes);
  }

  /**
   * The text of {@code field} of a stored inspector as a file cell or the editor's field holds
   * it, so that {@link #check} reads it back to the same value: dates as ISO, status and gender
   * in Chinese (the file format's words), item codes joined by 、, the full ID number.
   */
  public static String textOf(Inspector i, InspectorField field) {
    String t = switch (field) {
      case KEY -> i.key();
      case NAME -> i.name();
      case GENDER -> i.gender() == null ? null : i.gender() == Gender.MALE ? "男" : "女";
      case ID_NUMBER -> i.idNumber();
      case DEPARTMENT -> i.departmentCode();
      case POST -> i.post();
      case ENFORCEMENT_FIELD -> i.enforcementField();
      case CERT_NO -> i.certNo();
      case CERT_EXPIRY -> i.certExpiry() == null ? null : i.certExpiry().toString();
      case STATUS -> statusText(i.status());
      case ITEMS -> String.join("、", i.itemCodes());
      case AREA -> i.area();
      case PHONE -> i.phone();
    };
    return t == null ? "" : t;
  }

  /** 在岗, 借调, 休假 or 停用: the status as inspector files write it. */
  public static String statusText(InspectorStatus status) {
    return switch (status) {
      case ON_DUTY -> "在岗";
      case SECONDED -> "借调";
      case ON_LEAVE -> "休假";
      case DISABLED -> "停用";
    };
  }

  /** The 执法证号 and 身份证号码 of a form as they would be stored, each {@code null} when empty or invalid. */
  public record Unique(@Nullable String certNo, @Nullable String idNumber) {}

  /**
   * The fields that must be unique among inspectors, normalised as {@link #check} stores them: what
   * the editor asks the service whether another inspector already has, as the clerk types.
   */
  public static Unique unique(Function<InspectorField, String> cell, LocalDate today) {
    String certNo;
    try {
      certNo = certNo(0, cell);
    } catch (Refused r) {
      certNo = null;
    }
    String idNumber;
    try {
      idNumber = idNumber(0, cell, today);
    } catch (Refused r) {
      idNumber = null;
    }
    return new Unique(certNo, idNumber);
  }

  /** True if {@code raw} is an ID number masked as this application exports it ({@code ****…123X}). */
  public static boolean isMasked(@Nullable String raw) {
    return raw != null && (raw.indexOf('*') >= 0 || raw.indexOf('＊') >= 0);
  }

  /** The trimmed text, {@code null} if empty; refused if longer than the field keeps. */
  static @Nullable String text(int row, Function<InspectorField, String> cell, InspectorField field) {
    String t = Cells.text(cell.apply(field));
    if (t.isEmpty()) {
      return null;
    }
    if (t.codePointCount(0, t.length()) > field.maxLength()) {
      throw refuse(row, field, "directory.inspector.invalid.tooLong", field.header(), field.maxLength());
    }
    return t;
  }

  /** Full-width → half-width, upper case, every white space removed; hyphens kept. */
  static String compact(@Nullable String raw) {
    String s = halfWidthUpper(Cells.text(raw));
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(out::appendCodePoint);
    return out.toString();
  }

  private static String halfWidthUpper(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char h = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c;
      out.append(h);
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }

  private static Refused refuse(int row, InspectorField field, String key, Object... args) {
    return new Refused(InspectorProblem.of(row, field, new SuijiException(key, args)));
  }

  /** Carries the first problem out of the nested checks; never leaves this class. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient InspectorProblem problem;

    Refused(InspectorProblem problem) {
      super(null, null, false, false);
      this.problem = problem;
    }
  }
}
