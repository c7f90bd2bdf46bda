package cn.suiji.shared.ui;

/** Style classes of the application stylesheet ({@code suiji.css}); never inline styles. */
public final class Styles {
  public static final String STYLESHEET = "/cn/suiji/shared/ui/suiji.css";
  public static final String PAGE = "page";
  public static final String PAGE_TITLE = "page-title";
  public static final String CARD = "card";
  public static final String CARD_VALUE = "card-value";
  public static final String CARD_LABEL = "card-label";
  public static final String STATUS_BAR = "status-bar";
  public static final String WARNING = "warning";
  public static final String MUTED = "muted";
  /** The message under a form field that does not pass its check. */
  public static final String FIELD_ERROR = "field-error";
  /** A form field that does not pass its check. */
  public static final String INVALID = "invalid";
  public static final String NAV = "nav";
  /** A publication deadline due soon (yellow) and one overdue (red): the deadlines view and the home page. */
  public static final String DEADLINE_SOON = "deadline-soon";
  public static final String DEADLINE_OVERDUE = "deadline-overdue";
  /** The projector window of the draw ceremony and its parts (draw.ui.CeremonyView). */
  public static final String CEREMONY = "ceremony";
  public static final String CEREMONY_HEADING = "ceremony-heading";
  public static final String CEREMONY_PHASE = "ceremony-phase";
  public static final String CEREMONY_MUTED = "ceremony-muted";
  public static final String CEREMONY_KEY = "ceremony-key";
  public static final String CEREMONY_VALUE = "ceremony-value";
  public static final String CEREMONY_HEX = "ceremony-hex";
  public static final String CEREMONY_BIG = "ceremony-big";
  public static final String CEREMONY_TABLE = "ceremony-table";
  public static final String CEREMONY_CELL = "ceremony-cell";

  private Styles() {}
}
