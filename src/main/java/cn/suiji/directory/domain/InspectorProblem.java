package cn.suiji.directory.domain;

import cn.suiji.shared.SuijiException;

/**
 * Why an inspector (a row of a file, or the editor's form) was refused: the Excel row number
 * ({@code 0} for the editor), the field at fault and a message key whose text names that field.
 */
public record InspectorProblem(int row, InspectorField field, String key, Object[] args) {
  public InspectorProblem {
    args = args.clone();
  }

  static InspectorProblem of(int row, InspectorField field, SuijiException reason) {
    return new InspectorProblem(row, field, reason.key(), reason.args());
  }

  /** The reason as an exception, for {@code Messages.describe} or to throw. */
  public SuijiException reason() {
    return new SuijiException(key, args);
  }

  @Override
  public Object[] args() {
    return args.clone();
  }
}
