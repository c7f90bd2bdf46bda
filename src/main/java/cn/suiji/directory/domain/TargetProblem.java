package cn.suiji.directory.domain;

import cn.suiji.shared.SuijiException;

/**
 * Why one row of an import was refused: its Excel row number, the column at fault and a
 * message key whose text names that column (its arguments in {@code args}). The row number is
 * kept apart so the report and the command line can show it in their own column.
 */
public record TargetProblem(int row, TargetField field, String key, Object[] args) {
  public TargetProblem {
    args = args.clone();
  }

  static TargetProblem of(int row, TargetField field, SuijiException reason) {
    return new TargetProblem(row, field, reason.key(), reason.args());
  }

  /** The reason as an exception, for {@code Messages.describe}. */
  public SuijiException reason() {
    return new SuijiException(key, args);
  }

  @Override
  public Object[] args() {
    return args.clone();
  }
}
