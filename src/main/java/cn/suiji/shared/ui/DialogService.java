package cn.suiji.shared.ui;

import cn.suiji.shared.SuijiException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Every dialog goes through here, so ViewModels are tested with a fake that records what
 * would have been shown. Texts arrive already translated.
 */
public interface DialogService {
  void showInfo(String title, String message);

  void showError(String title, String message);

  /** Shows an application error in the user's language; never a stack trace. */
  void showError(String title, SuijiException error);

  boolean confirm(String title, String message);

  /**
   * Asks for a line of text with two choices: the text typed when {@code okLabel} is chosen,
   * empty when {@code cancelLabel} is chosen or the dialog is closed. The caller checks the text.
   */
  Optional<String> askText(String title, String message, String prompt, String okLabel, String cancelLabel);

  /** A file to read, filtered by description and patterns such as {@code *.csv}. */
  Optional<Path> chooseFileToOpen(String title, String filterDescription, String... patterns);

  /** A file to write, suggesting a name. */
  Optional<Path> chooseFileToSave(String title, String suggestedName, String filterDescription, String... patterns);

  /** A folder to write into (e.g. a USB stick). */
  Optional<Path> chooseFolder(String title);
}
