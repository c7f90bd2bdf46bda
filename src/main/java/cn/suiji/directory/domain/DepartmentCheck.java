package cn.suiji.directory.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks a department's fields as the clerk types them (and before every save): code 2–32
 * upper-case letters, digits or {@code _} starting with a letter (typed lower case is raised);
 * name 1–100 characters; 机关代字 1–20 characters. Uniqueness needs the other departments:
 * {@link Department#clashesWith}.
 */
public final class DepartmentCheck {
  /** The fields of the department editor. */
  public enum Field { CODE, NAME, DOC_PREFIX }

  /** The department (when there is no problem) and every problem found. */
  public record Result(@Nullable Department department, List<FieldProblem<Field>> problems) {
    public Result {
      problems = List.copyOf(problems);
    }

    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

  private DepartmentCheck() {}

  public static Result check(@Nullable String code, @Nullable String name, @Nullable String docPrefix, int sortOrder,
      boolean active) {
    String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    String n = name == null ? "" : name.strip();
    String p = docPrefix == null ? "" : docPrefix.strip();
    List<FieldProblem<Field>> problems = new ArrayList<>();
    if (!CODE.matcher(c).matches()) {
      problems.add(FieldProblem.of(Field.CODE, "directory.department.badCode", c));
    }
    if (n.isEmpty() || n.length() > 100) {
      problems.add(FieldProblem.of(Field.NAME, "directory.department.badName", n));
    }
    if (p.isEmpty() || p.length() > 20) {
      problems.add(FieldProblem.of(Field.DOC_PREFIX, "directory.department.badPrefix", n));
    }
    return new Result(problems.isEmpty() ? new Department(null, c, n, p, sortOrder, active) : null, problems);
  }
}
