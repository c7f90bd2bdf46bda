package cn.suiji.shared.ui;

import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.print.PdfPrinting;
import cn.suiji.shared.print.PrintableDocument;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * The real {@link PdfPreviewOpener}: each document in its own window over the main one, with
 * the main window's stylesheets (theme and Chinese font). The preview's pages are read when the
 * window is shown and released when it closes.
 */
public final class PdfPreviews implements PdfPreviewOpener {
  private final PdfPrinting printing;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Messages messages;
  private final ViewLoader loader;
  private final Supplier<@Nullable Window> owner;

  public PdfPreviews(PdfPrinting printing, TaskExecutor executor, DialogService dialogs, Messages messages,
      ViewLoader loader, Supplier<@Nullable Window> owner) {
    this.printing = printing;
    this.executor = executor;
    this.dialogs = dialogs;
    this.messages = messages;
    this.loader = loader;
    this.owner = owner;
  }

  @Override
  public void open(PrintableDocument document) {
    PdfPreviewViewModel viewModel = new PdfPreviewViewModel(document, printing, executor, dialogs, messages);
    Stage stage = new Stage();
    PdfPreviewView view = new PdfPreviewView(viewModel, loader, stage::close);
    Scene scene = new Scene(view.root(), 900, 860);
    Window parent = owner.get();
    if (parent != null) {
      stage.initOwner(parent);
      if (parent.getScene() != null) {
        scene.getStylesheets().setAll(parent.getScene().getStylesheets());
      }
    } else {
      scene.getStylesheets().add(Styles.STYLESHEET);
    }
    stage.setTitle(messages.get("print.preview.title", document.title()));
    stage.setScene(scene);
    stage.setOnHidden(e -> viewModel.close());
    stage.show();
    viewModel.open();
  }
}
