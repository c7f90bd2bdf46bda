package cn.suiji.directory.domain;

import cn.suiji.shared.SuijiException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** 执法部门: an ASCII code (e.g. {@code SCJGJ}), its name and its 机关代字 for document numbers. */
public record Department(@Nullable Long id, String code, String name, String docPrefix, int sortOrder) {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

  /** A new department, checked: code 2–32 upper-case letters, digits or _, name and 代字 present. */
  public static Department draft(String code, String name, String docPrefix, int sortOrder) {
    String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    String n = name == null ? "" : name.strip();
    String p = docPrefix == null ? "" : docPrefix.strip();
    if (!CODE.matcher(c).matches()) {
      throw new SuijiException("directory.department.badCode", c);
    }
    if (n.isEmpty() || n.length() > 100) {
      throw new SuijiException("directory.department.badName", n);
    }
    if (p.isEmpty() || p.length() > 20) {
      throw new SuijiException("directory.department.badPrefix", n);
    }
    return new Department(null, c, n, p, sortOrder);
  }
}
