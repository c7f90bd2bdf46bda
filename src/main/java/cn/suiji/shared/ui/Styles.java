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

  private Styles() {}
}
