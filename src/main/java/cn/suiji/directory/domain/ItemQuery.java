package cn.suiji.directory.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the item list shows: one department ({@code null}: all), a class, a target kind, the
 * versions valid on a day ({@code null}: every version) and a text found in the code, name or
 * legal basis ({@code ""}: any).
 */
public record ItemQuery(@Nullable Long departmentId, @Nullable ItemClass itemClass, @Nullable TargetKind targetKind,
    @Nullable LocalDate validOn, String text) {
  public ItemQuery {
    text = text == null ? "" : text.strip();
  }

  /** Every version of every department. */
  public static ItemQuery all() {
    return new ItemQuery(null, null, null, null, "");
  }

  public ItemQuery inDepartment(@Nullable Long id) {
    return new ItemQuery(id, itemClass, targetKind, validOn, text);
  }

  public ItemQuery validOn(@Nullable LocalDate day) {
    return new ItemQuery(departmentId, itemClass, targetKind, day, text);
  }

  public ItemQuery withClass(@Nullable ItemClass c) {
    return new ItemQuery(departmentId, c, targetKind, validOn, text);
  }

  public ItemQuery withKind(@Nullable TargetKind k) {
    return new ItemQuery(departmentId, itemClass, k, validOn, text);
  }

  public ItemQuery withText(String t) {
    return new ItemQuery(departmentId, itemClass, targetKind, validOn, t);
  }
}
