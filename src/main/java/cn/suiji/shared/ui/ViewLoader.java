package cn.suiji.shared.ui;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import java.io.IOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a View's FXML (same base name and package as the controller class) with the message
 * bundle, using the given controller instance so Views get their ViewModel by constructor.
 */
public final class ViewLoader {
  private final Messages messages;

  public ViewLoader(Messages messages) {
    this.messages = messages;
  }

  /** Loads {@code Xxx.fxml} for {@code XxxView} and returns its root; the controller is {@code view}. */
  public Parent load(Object view) {
    Class<?> type = view.getClass();
    String name = type.getSimpleName().replaceFirst("View$", "") + ".fxml";
    URL fxml = type.getResource(name);
    if (fxml == null) {
      throw new SuijiException("ui.error.viewMissing", name);
    }
    FXMLLoader loader = new FXMLLoader(fxml, messages.bundle());
    // the FXML files name no fx:controller: the view instance is the controller
    loader.setController(view);
    try {
      return loader.load();
    } catch (IOException e) {
      throw new SuijiException(e, "ui.error.viewLoad", name);
    }
  }
}
