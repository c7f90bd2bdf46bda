package cn.suiji.admin.ui;

import cn.suiji.shared.ui.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;

/** Binds the About page (关于) to its ViewModel. */
public final class AboutView {
  private final AboutViewModel viewModel;
  private final Parent root;

  @FXML private Label version;
  @FXML private Label drawSpec;
  @FXML private Label dataFile;
  @FXML private Label runtime;
  @FXML private Label licence;

  public AboutView(AboutViewModel viewModel, ViewLoader loader) {
    this.viewModel = viewModel;
    this.root = loader.load(this);
  }

  public Parent root() {
    return root;
  }

  @FXML
  private void initialize() {
    version.setText(viewModel.version());
    drawSpec.setText(viewModel.drawSpec());
    dataFile.setText(viewModel.dataFile());
    runtime.setText(viewModel.runtime());
    licence.setText(viewModel.licence());
  }
}
