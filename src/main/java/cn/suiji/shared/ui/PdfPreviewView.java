package cn.suiji.shared.ui;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;

/** Binds the print preview window to its ViewModel: the page, the navigation, the buttons. */
public final class PdfPreviewView {
  private final PdfPreviewViewModel viewModel;
  private final Runnable closeWindow;
  private final Parent root;

  @FXML private javafx.scene.layout.BorderPane previewRoot;
  @FXML private Button firstButton;
  @FXML private Button previousButton;
  @FXML private Label pageLabel;
  @FXML private Button nextButton;
  @FXML private Button lastButton;
  @FXML private ToggleButton fitButton;
  @FXML private ComboBox<String> printerChoice;
  @FXML private Button printButton;
  @FXML private Button savePdfButton;
  @FXML private Button saveWordButton;
  @FXML private ScrollPane pageScroll;
  @FXML private ImageView pageImage;
  @FXML private ProgressIndicator pageBusy;
  @FXML private Label printerNote;
  @FXML private Label status;
  @FXML private Label error;
  @FXML private ProgressBar jobProgress;
  @FXML private Button cancelButton;

  public PdfPreviewView(PdfPreviewViewModel viewModel, ViewLoader loader, Runnable closeWindow) {
    this.viewModel = viewModel;
    this.closeWindow = closeWindow;
    this.root = loader.load(this);
  }

  public Parent root() {
    return root;
  }

  @FXML
  private void initialize() {
    pageLabel.textProperty().bind(viewModel.pageLabelProperty());
    var index = viewModel.pageIndexProperty();
    var count = viewModel.pageCountProperty();
    firstButton.disableProperty().bind(index.lessThanOrEqualTo(0));
    previousButton.disableProperty().bind(index.lessThanOrEqualTo(0));
    nextButton.disableProperty().bind(index.greaterThanOrEqualTo(count.subtract(1)));
    lastButton.disableProperty().bind(index.greaterThanOrEqualTo(count.subtract(1)));
    fitButton.selectedProperty().bindBidirectional(viewModel.fitProperty());

    printerChoice.setItems(viewModel.printers());
    printerChoice.valueProperty().bindBidirectional(viewModel.printerProperty());
    printerChoice.disableProperty().bind(viewModel.printerAvailableProperty().not());
    printerNote.textProperty().bind(viewModel.printerNoteProperty());
    var running = viewModel.job().runningProperty();
    printButton.disableProperty().bind(running.or(count.isEqualTo(0)));
    savePdfButton.disableProperty().bind(running);
    saveWordButton.disableProperty().bind(running);
    saveWordButton.setVisible(viewModel.hasWord());
    saveWordButton.setManaged(viewModel.hasWord());
    jobProgress.progressProperty().bind(viewModel.job().progressProperty());
    jobProgress.visibleProperty().bind(running);
    cancelButton.visibleProperty().bind(running);
    status.textProperty().bind(viewModel.statusProperty());
    error.textProperty().bind(viewModel.errorProperty());

    pageImage.imageProperty().bind(viewModel.imageProperty());
    pageScroll.fitToWidthProperty().bind(viewModel.fitProperty());
    pageScroll.fitToHeightProperty().bind(viewModel.fitProperty());
    pageBusy.visibleProperty().bind(viewModel.renderingProperty());
    // fitted: the whole page in the viewport; otherwise 100 % (the page rendered at DPI, shown at 96 dpi)
    pageImage.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> {
      Image img = viewModel.imageProperty().get();
      if (viewModel.fitProperty().get()) {
        return Math.max(50, pageScroll.getViewportBounds().getWidth() - 16);
      }
      return img == null ? 0 : img.getWidth() * PdfPreviewViewModel.SCREEN_SCALE;
    }, viewModel.fitProperty(), viewModel.imageProperty(), pageScroll.viewportBoundsProperty()));
    pageImage.fitHeightProperty().bind(Bindings.createDoubleBinding(() -> viewModel.fitProperty().get()
        ? Math.max(50, pageScroll.getViewportBounds().getHeight() - 16) : 0,
        viewModel.fitProperty(), pageScroll.viewportBoundsProperty()));
    // root is not yet assigned while the FXML loads: use the injected node
    previewRoot.setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.PAGE_DOWN) {
        viewModel.next();
        e.consume();
      } else if (e.getCode() == KeyCode.PAGE_UP) {
        viewModel.previous();
        e.consume();
      }
    });
  }

  @FXML
  private void first() {
    viewModel.first();
  }

  @FXML
  private void previous() {
    viewModel.previous();
  }

  @FXML
  private void next() {
    viewModel.next();
  }

  @FXML
  private void last() {
    viewModel.last();
  }

  @FXML
  private void print() {
    viewModel.print();
  }

  @FXML
  private void savePdf() {
    viewModel.savePdf();
  }

  @FXML
  private void saveWord() {
    viewModel.saveWord();
  }

  @FXML
  private void cancel() {
    viewModel.cancel();
  }

  @FXML
  private void close() {
    closeWindow.run();
  }
}
