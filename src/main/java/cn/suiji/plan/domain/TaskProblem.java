package cn.suiji.plan.domain;

import java.util.List;

/** One reason a task cannot be saved: the field, the message key and its arguments. */
public record TaskProblem(TaskField field, String key, List<Object> args) {
  public TaskProblem {
    args = List.copyOf(args);
  }

  static TaskProblem of(TaskField field, String key, Object... args) {
    return new TaskProblem(field, key, List.of(args));
  }
}
