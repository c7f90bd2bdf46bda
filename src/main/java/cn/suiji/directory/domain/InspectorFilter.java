package cn.suiji.directory.domain;

import org.jspecify.annotations.Nullable;

/**
 * Which inspectors to list: a department code, a status and a text found in the name, 人员编号 or
 * 执法证号 ({@code null} or blank: no filter).
 */
public record InspectorFilter(@Nullable String departmentCode, @Nullable InspectorStatus status, @Nullable String text) {
  public static InspectorFilter all() {
    return new InspectorFilter(null, null, null);
  }
}
