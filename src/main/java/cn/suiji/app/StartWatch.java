package cn.suiji.app;

/**
 * Told of the start-up's two marks, for {@code suiji bench start} (its child installs one through
 * {@link SuijiApp#watchStart}): the window's first frame is drawn; the home page's figures are in.
 * After the second the application closes itself, cleanly, so the next start is an ordinary one.
 */
public interface StartWatch {
  /** The first frame of the main window (its frame and the home page's skeleton) is on the screen. */
  void firstFrame();

  /** The home page shows the figures read from the data file. */
  void homeFilled();
}
