package cn.suiji.inspection.domain;

import cn.suiji.shared.SuijiException;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the county's result-code list (检查结果, shared/DOMAIN.md §4): the stable code, the
 * code it sits under ({@code 2} under {@code A}, {@code B} under {@code 2}), the editable label, its
 * kind, whether a result holding it must have a follow-up, whether it leads to the abnormal list
 * (经营异常名录), and its place in the list.
 */
public record ResultCode(String code, @Nullable String parentCode, String label, ResultKind kind, boolean needsFollowUp,
    boolean abnormalList, int sortOrder) {
  public static final int MAX_LABEL = 100;
  public static final int MAX_CODE = 8;

  /**
   * @throws SuijiException {@code inspection.resultCode.badCode} or {@code inspection.resultCode.badLabel}
   */
  public ResultCode {
    code = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    label = label == null ? "" : label.strip();
    if (code.isEmpty() || code.length() > MAX_CODE || !code.matches("[0-9A-Z]+")) {
      throw new SuijiException("inspection.resultCode.badCode", code, MAX_CODE);
    }
    if (label.isEmpty() || label.length() > MAX_LABEL) {
      throw new SuijiException("inspection.resultCode.badLabel", code, MAX_LABEL);
    }
  }

  /** 未发现问题 and its like: a result holding it holds nothing else. */
  public boolean excludesOthers() {
    return kind == ResultKind.NO_PROBLEM;
  }

  /** This entry with the county's own label, kind and flags; the code, parent and place stay. */
  public ResultCode edited(String newLabel, ResultKind newKind, boolean followUp, boolean abnormal) {
    return new ResultCode(code, parentCode, newLabel, newKind, followUp, abnormal, sortOrder);
  }
}
