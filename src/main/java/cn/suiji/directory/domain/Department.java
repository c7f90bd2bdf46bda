package cn.suiji.directory.domain;

import cn.suiji.shared.SuijiException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 执法部门: an ASCII code (e.g. {@code SCJGJ}), its name, its 机关代字 for document numbers, its
 * place in lists and whether it is still in use (a department with data is never deleted, only
 * deactivated).
 */
public record Department(@Nullable Long id, String code, String name, String docPrefix, int sortOrder, boolean active) {
  /** An active department. */
  public Department(@Nullable Long id, String code, String name, String docPrefix, int sortOrder) {
    this(id, code, name, docPrefix, sortOrder, true);
  }

  /** A new department, checked by {@link DepartmentCheck}: the first problem is thrown. */
  public static Department draft(String code, String name, String docPrefix, int sortOrder) {
    DepartmentCheck.Result r = DepartmentCheck.check(code, name, docPrefix, sortOrder, true);
    if (!r.ok()) {
      throw r.problems().get(0).reason();
    }
    return r.department();
  }

  /** This department with another id (after an insert) or state. */
  public Department withId(long newId) {
    return new Department(newId, code, name, docPrefix, sortOrder, active);
  }

  public Department withActive(boolean nowActive) {
    return new Department(id, code, name, docPrefix, sortOrder, nowActive);
  }

  /** Problems of uniqueness against {@code others} (this department itself, by id, excluded). */
  public List<FieldProblem<DepartmentCheck.Field>> clashesWith(List<Department> others) {
    List<FieldProblem<DepartmentCheck.Field>> out = new java.util.ArrayList<>();
    for (Department o : others) {
      if (id != null && id.equals(o.id())) {
        continue;
      }
      if (o.code().equals(code)) {
        out.add(FieldProblem.of(DepartmentCheck.Field.CODE, "directory.department.codeTaken", code, o.name()));
      }
      if (o.name().equals(name)) {
        out.add(FieldProblem.of(DepartmentCheck.Field.NAME, "directory.department.nameTaken", name));
      }
    }
    return out;
  }

  /** Thrown form of the first clash, for the services. */
  public void requireNoClash(List<Department> others) {
    List<FieldProblem<DepartmentCheck.Field>> clashes = clashesWith(others);
    if (!clashes.isEmpty()) {
      SuijiException e = clashes.get(0).reason();
      throw e;
    }
  }
}
