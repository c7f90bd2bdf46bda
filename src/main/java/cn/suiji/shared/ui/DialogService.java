package cn.suiji.shared.ui;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
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

  /**
   * The one way to say why work failed: an application error in the user's language, anything
   * else as the one "unexpected error, nothing was changed, see the log" text (the executor has
   * logged it). ViewModels call this from their background tasks' failure handlers.
   */
  default void showFailure(String title, Throwable error) {
    if (error instanceof SuijiException se) {
      showError(title, se);
    } else {
      showError(title, Messages.current().get("common.unexpected"));
    }
  }

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
