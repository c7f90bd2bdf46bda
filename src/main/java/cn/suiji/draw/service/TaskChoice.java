package cn.suiji.draw.service;

import java.time.LocalDate;
import java.util.List;

/**
 * What the draw wizard needs once a task is chosen, before any attempt is opened: the task's
 * window (a draw after its end needs a reason, {@link DrawService#open}) and its open attempts.
 *
 * @param late whether today is after the window's end
 */
public record TaskChoice(String taskCode, LocalDate start, LocalDate end, boolean late, List<OpenAttempt> open) {
  public TaskChoice {
    open = List.copyOf(open);
  }
}
