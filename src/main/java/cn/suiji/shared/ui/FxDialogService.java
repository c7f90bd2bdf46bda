package cn.suiji.shared.ui;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/** The real dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {
  private final Messages messages;
  private @Nullable Window owner;

  public FxDialogService(Messages messages) {
    this.messages = messages;
  }

  public void setOwner(Window owner) {
    this.owner = owner;
  }

  @Override
  public void showInfo(String title, String message) {
    alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
  }

  @Override
  public void showError(String title, String message) {
    alert(Alert.AlertType.ERROR, title, message).showAndWait();
  }

  @Override
  public void showError(String title, SuijiException error) {
    showError(title, messages.describe(error));
  }

  @Override
  public void showFailure(String title, Throwable error) {
    if (error instanceof SuijiException se) {
      showError(title, se);
    } else {
      showError(title, messages.get("common.unexpected"));
    }
  }

  @Override
  public boolean confirm(String title, String message) {
    Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
    return alert.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
  }

  @Override
  public Optional<String> askText(String title, String message, String prompt, String okLabel, String cancelLabel) {
    TextInputDialog dialog = new TextInputDialog();
    dialog.setTitle(title);
    dialog.setHeaderText(message);
    dialog.getEditor().setPromptText(prompt);
    ButtonType ok = new ButtonType(okLabel, ButtonBar.ButtonData.OK_DONE);
    ButtonType cancel = new ButtonType(cancelLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
    dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
    dialog.setResultConverter(button -> button == ok ? dialog.getEditor().getText() : null);
    if (owner != null) {
      dialog.initOwner(owner);
    }
    return dialog.showAndWait();
  }

  @Override
  public Optional<Path> chooseFileToOpen(String title, String filterDescription, String... patterns) {
    FileChooser chooser = chooser(title, filterDescription, patterns);
    return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
  }

  @Override
  public Optional<Path> chooseFileToSave(String title, String suggestedName, String filterDescription, String... patterns) {
    FileChooser chooser = chooser(title, filterDescription, patterns);
    chooser.setInitialFileName(suggestedName);
    return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
  }

  @Override
  public Optional<Path> chooseFolder(String title) {
    javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
    chooser.setTitle(title);
    return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
  }

  private static FileChooser chooser(String title, String filterDescription, String... patterns) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription, patterns));
    return chooser;
  }

  private Alert alert(Alert.AlertType type, String title, String message) {
    // labelled from the bundle: JavaFX's own ButtonType.OK reads "OK" under a non-Chinese OS locale
    ButtonType ok = new ButtonType(messages.get("common.ok"), ButtonBar.ButtonData.OK_DONE);
    ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    Alert alert = new Alert(type, message, type == Alert.AlertType.CONFIRMATION
        ? new ButtonType[] {ok, cancel} : new ButtonType[] {ok});
    alert.setTitle(title);
    alert.setHeaderText(null);
    if (owner != null) {
      alert.initOwner(owner);
    }
    return alert;
  }
}
