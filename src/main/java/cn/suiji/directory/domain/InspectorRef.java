package cn.suiji.directory.domain;

import org.jspecify.annotations.Nullable;

/** An inspector as the recusal picker and import know them: id, 人员编号, name, 执法证号, department. */
public record InspectorRef(long id, String key, String name, @Nullable String certNo, long departmentId,
    String departmentName) {
  /** 张三（执法证号 62010001） or the name alone. */
  public String display() {
    return certNo == null || certNo.isEmpty() ? name : name + "（" + certNo + "）";
  }
}
