package cn.suiji.testing;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Records what would have been shown; answers file choosers with a preset path. */
public final class FakeDialogService implements DialogService {
  public final List<String> infos = new ArrayList<>();
  public final List<String> errors = new ArrayList<>();
  public Path nextFile;
  public boolean confirmAnswer = true;
  /** The messages of the confirmations asked, in order. */
  public final List<String> confirms = new ArrayList<>();

  @Override
  public void showInfo(String title, String message) {
    infos.add(message);
  }

  @Override
  public void showError(String title, String message) {
    errors.add(message);
  }

  @Override
  public void showError(String title, SuijiException error) {
    errors.add(Messages.current().describe(error));
  }

  @Override
  public boolean confirm(String title, String message) {
    confirms.add(message);
    return confirmAnswer;
  }

  /** The answer to the next text questions: the text typed, or null for the cancel choice. */
  public String textAnswer;
  /** The messages of the text questions asked, in order. */
  public final List<String> asked = new ArrayList<>();

  @Override
  public Optional<String> askText(String title, String message, String prompt, String okLabel, String cancelLabel) {
    asked.add(message);
    return Optional.ofNullable(textAnswer);
  }

  @Override
  public Optional<Path> chooseFileToOpen(String title, String filterDescription, String... patterns) {
    return Optional.ofNullable(nextFile);
  }

  @Override
  public Optional<Path> chooseFileToSave(String title, String suggestedName, String filterDescription, String... patterns) {
    return Optional.ofNullable(nextFile);
  }

  @Override
  public Optional<Path> chooseFolder(String title) {
    return Optional.ofNullable(nextFile);
  }
}
