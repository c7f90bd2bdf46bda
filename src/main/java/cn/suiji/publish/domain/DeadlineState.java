package cn.suiji.publish.domain;

import java.util.Locale;

/** Where a publication deadline stands on a day: in time, due soon (yellow), overdue (red). */
public enum DeadlineState {
  /** More than {@link PublicationDeadline#SOON_WORKDAYS} working days left. */
  OK,
  /** At most {@link PublicationDeadline#SOON_WORKDAYS} working days left, the due day included. */
  SOON,
  /** The due day has passed. */
  OVERDUE;

  /** {@code ok}, {@code soon}, {@code overdue}: the name in {@code suiji publish due --json}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
