package cn.suiji.draw.ui;

import cn.suiji.draw.domain.AttemptStatus;
import cn.suiji.draw.domain.DrawSummary;
import cn.suiji.draw.domain.Verification;
import cn.suiji.draw.service.DrawService;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.PdfPreviewOpener;
import cn.suiji.shared.ui.ProgressJob;
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

/**
 * The stored draw attempts (抽取记录): 复核 re-verifies the selected one, 导出 writes its record
 * as JSON; 打印预览, 存为PDF and 存为Word print a confirmed or voided record; 作废 voids an attempt
 * left open (with a reason) so the task can be drawn again.
 */
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
  private final StringProperty voidReason = new SimpleStringProperty("");
  private final RecordPrintActions prints;
  private @Nullable String focus;

  public DrawsViewModel(DrawService service, TaskExecutor executor, DialogService dialogs, Messages messages,
      PdfPreviewOpener previews) {
    this.service = service;
    this.executor = executor;
    this.dialogs = dialogs;
    this.messages = messages;
    this.prints = new RecordPrintActions(service, executor, dialogs, messages, previews, result::set, this::fail);
  }

  /** Opens the screen at a task (from the home page): the next {@link #refresh} chooses its newest attempt. */
  public void focus(String taskCode) {
    this.focus = taskCode;
  }

  /** Loads every stored attempt, newest first (choosing the focused task's newest). */
  public void refresh() {
    String wanted = focus;
    focus = null;
    background(p -> service.list(), list -> {
      List<DrawRows.DrawRow> rows = new ArrayList<>(list.stream().map(this::row).toList());
      Collections.reverse(rows);
      draws.setAll(rows);
      rows.stream().filter(r -> r.task().equals(wanted)).findFirst().ifPresent(selected::set);
    });
  }

  private DrawRows.DrawRow row(DrawSummary d) {
    String code = d.verificationCode();
    return new DrawRows.DrawRow(d.id(), d.taskCode(), d.taskName(), Integer.toString(d.attempt()), DrawRows.status(messages, d.status()),
        TIME.format(d.createdAt()), code == null ? "" : code, d.seed() != null, d.status() == AttemptStatus.OPEN);
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

  /** Opens the print preview of the selected record (built in the background). */
  public void preview() {
    DrawRows.DrawRow row = printableSelection();
    if (row == null) {
      return;
    }
    prints.preview(row.id());
  }

  /** Writes the selected record as PDF to a file the clerk chooses. */
  public void savePdf() {
    DrawRows.DrawRow row = printableSelection();
    if (row == null) {
      return;
    }
    prints.savePdf(row.id(), row.task(), row.attempt());
  }

  /** Writes the selected record as Word (.docx) to a file the clerk chooses. */
  public void saveWord() {
    DrawRows.DrawRow row = printableSelection();
    if (row == null) {
      return;
    }
    prints.saveWord(row.id(), row.task(), row.attempt());
  }

  /** Stops writing a file; nothing is left half written. */
  public void cancel() {
    prints.cancel();
  }

  /**
   * Voids the selected attempt left open (drawn or not), after the clerk confirms; the reason
   * is required and kept on record, and the task can then be drawn again.
   */
  public void voidOpen() {
    error.set("");
    DrawRows.DrawRow row = selected.get();
    if (row == null) {
      error.set(messages.get("draw.records.selectFirst"));
      return;
    }
    if (!row.open()) {
      error.set(messages.get("draws.void.notOpen", row.task(), row.attempt(), row.status()));
      return;
    }
    String reason = voidReason.get() == null ? "" : voidReason.get().strip();
    if (reason.isEmpty()) {
      error.set(messages.get("draws.void.reasonRequired"));
      return;
    }
    if (!dialogs.confirm(messages.get("draws.void.title"), messages.get("draws.void.confirm", row.task(), row.attempt(), reason))) {
      return;
    }
    background(p -> service.voidDraw(row.id(), reason), d -> {
      voidReason.set("");
      result.set(messages.get("draws.void.done", d.taskCode(), d.attempt(), reason));
      refresh();
    });
  }

  private DrawRows.@Nullable DrawRow printableSelection() {
    DrawRows.DrawRow row = drawnSelection();
    if (row != null && !row.printable()) {
      error.set(messages.get("draws.print.notPrintable", row.task(), row.attempt()));
      return null;
    }
    return row;
  }

  private void fail(Throwable e) {
    String text = messages.describeFailure(e);
    error.set(text);
    dialogs.showError(messages.get("draw.records.title"), text);
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
          fail(e);
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

  public StringProperty voidReasonProperty() {
    return voidReason;
  }

  /** The file or preview being written: running, progress, cancel. */
  public ProgressJob job() {
    return prints.job();
  }
}
