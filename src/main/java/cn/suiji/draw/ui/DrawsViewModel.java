package cn.suiji.draw.ui;

import cn.suiji.draw.domain.DrawSummary;
import cn.suiji.draw.domain.Verification;
import cn.suiji.draw.service.DrawService;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/** The stored draw attempts (抽取记录): 复核 re-verifies the selected one, 导出 writes its record as JSON. */
public final class DrawsViewModel {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final DrawService service;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Messages messages;
  private final ObservableList<DrawRows.DrawRow> draws = FXCollections.observableArrayList();
  private final ObjectProperty<DrawRows.@Nullable DrawRow> selected = new SimpleObjectProperty<>();
  private final StringProperty result = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);

  public DrawsViewModel(DrawService service, TaskExecutor executor, DialogService dialogs, Messages messages) {
    this.service = service;
    this.executor = executor;
    this.dialogs = dialogs;
    this.messages = messages;
  }

  /** Loads every stored attempt, newest first. */
  public void refresh() {
    background(p -> service.list(), list -> {
      List<DrawRows.DrawRow> rows = new ArrayList<>(list.stream().map(this::row).toList());
      Collections.reverse(rows);
      draws.setAll(rows);
    });
  }

  private DrawRows.DrawRow row(DrawSummary d) {
    String code = d.verificationCode();
    return new DrawRows.DrawRow(d.id(), d.taskCode(), Integer.toString(d.attempt()), DrawRows.status(messages, d.status()),
        TIME.format(d.createdAt()), code == null ? "" : code, d.seed() != null);
  }

  /** Recomputes the selected draw from its record and says whether it matches, or the first difference. */
  public void reverify() {
    DrawRows.DrawRow row = drawnSelection();
    if (row == null) {
      return;
    }
    background(p -> service.verify(row.id()), v -> {
      if (v instanceof Verification.Mismatch m) {
        result.set(messages.get("draw.records.mismatch", row.task(), row.attempt(), m.member(), m.recorded(), m.recomputed()));
      } else {
        result.set(messages.get("draw.records.match", row.task(), row.attempt(), row.code()));
      }
    });
  }

  /** Writes the selected draw's record (confirmed or voided) to a JSON file the clerk chooses. */
  public void export() {
    DrawRows.DrawRow row = drawnSelection();
    if (row == null) {
      return;
    }
    dialogs.chooseFileToSave(messages.get("draw.records.exportTitle"), row.task() + "-" + row.attempt() + ".json",
        messages.get("draw.records.jsonFilter"), "*.json").ifPresent(file -> exportTo(row, file));
  }

  private void exportTo(DrawRows.DrawRow row, Path file) {
    background(p -> {
      service.export(row.id(), file);
      return file;
    }, f -> result.set(messages.get("draw.records.exported", f)));
  }

  private DrawRows.@Nullable DrawRow drawnSelection() {
    error.set("");
    DrawRows.DrawRow row = selected.get();
    if (row == null) {
      error.set(messages.get("draw.records.selectFirst"));
      return null;
    }
    if (!row.drawn()) {
      error.set(messages.get("draw.records.notDrawn"));
      return null;
    }
    return row;
  }

  private <T> void background(BackgroundTask.Work<T> work, Consumer<T> done) {
    busy.set(true);
    executor.execute(BackgroundTask.of(work)
        .onSuccess(r -> {
          busy.set(false);
          done.accept(r);
        })
        .onFailure(e -> {
          busy.set(false);
          String text = e instanceof SuijiException se ? messages.describe(se) : messages.get("common.unexpected");
          error.set(text);
          dialogs.showError(messages.get("draw.records.title"), text);
        }));
  }

  public ObservableList<DrawRows.DrawRow> draws() {
    return draws;
  }

  public ObjectProperty<DrawRows.@Nullable DrawRow> selectedProperty() {
    return selected;
  }

  public ReadOnlyStringProperty resultProperty() {
    return result;
  }

  public ReadOnlyStringProperty errorProperty() {
    return error;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy;
  }
}
