package cn.suiji.directory.domain;

import cn.suiji.shared.SuijiException;
import java.util.List;

/**
 * What is wrong with one field of a record being edited or imported: the field, a message key
 * whose text names the field, and its arguments. For the editors (shown under the field as the
 * clerk types) and the imports (the row's reason).
 */
public record FieldProblem<F>(F field, String key, List<Object> args) {
  public FieldProblem {
    args = List.copyOf(args);
  }

  public static <F> FieldProblem<F> of(F field, String key, Object... args) {
    return new FieldProblem<>(field, key, List.of(args));
  }

  /** The problem as an exception, for {@code Messages.describe} and for throwing. */
  public SuijiException reason() {
    return new SuijiException(key, args.toArray());
  }
}
