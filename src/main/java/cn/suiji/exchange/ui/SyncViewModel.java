package cn.suiji.exchange.ui;

import cn.suiji.exchange.domain.Batch;
import cn.suiji.exchange.domain.EntryState;
import cn.suiji.exchange.domain.OutboxEntry;
import cn.suiji.exchange.domain.ReceiptOutcome;
import cn.suiji.exchange.domain.RecordRef;
import cn.suiji.exchange.domain.StateCount;
import cn.suiji.exchange.remote.FeedbackSheet;
import cn.suiji.exchange.remote.PackageWriter;
import cn.suiji.exchange.remote.PlatformWorkbook;
import cn.suiji.exchange.service.ExchangeService;
import cn.suiji.exchange.service.OutboxService;
import cn.suiji.exchange.service.PlatformService;
import cn.suiji.exchange.service.TransmittalService;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.print.PrintableDocument;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.PdfPreviewOpener;
import cn.suiji.shared.ui.ScreenWork;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import java.net.URI;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The 同步 screen: the outbox counted per kind and state with the oldest waiting, the last batch
 * and its receipt, the rejected entries with the platform's reason; writing a package into a
 * folder, reading a receipt back and uploading, each off the FX thread (package and upload with
 * progress and cancel). Touches no Node.
 */
public final class SyncViewModel {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** A line of the counts table. */
  public record CountLine(String kind, String state, int count, String oldest) {}

  /** A rejected entry with the platform's reason, and the record to open for the fix (if its payload names one). */
  public record RejectedLine(String key, String kind, String reason, String when, @Nullable RecordRef record) {}

  private record Snapshot(List<StateCount> counts, List<OutboxEntry> rejected, Optional<Batch> last, String endpoint,
      Optional<Batch> unsent) {}

  private final OutboxService outbox;
  private final ExchangeService exchange;
  private final PlatformService platform;
  private final TransmittalService transmittals;
  private final PdfPreviewOpener previews;
  private final Consumer<RecordRef> opener;
  private final DialogService dialogs;
  private final Messages messages;
  private final ScreenWork work;
  private final ObservableList<CountLine> counts = FXCollections.observableArrayList();
  private final ObservableList<RejectedLine> rejected = FXCollections.observableArrayList();
  private final StringProperty summary = new SimpleStringProperty("");
  private final StringProperty lastBatch = new SimpleStringProperty("");
  private final StringProperty endpoint = new SimpleStringProperty("");
  private final StringProperty outcome;
  private final StringProperty error;
  private final StringProperty unsentWorkbook = new SimpleStringProperty("");
  private final ObjectProperty<@Nullable RejectedLine> selectedRejected = new SimpleObjectProperty<>();

  /**
   * @param opener opens the screen of a rejected entry's record (the results of its inspection, its
   *     draw, its plan) through the main window's navigation
   */
  public SyncViewModel(OutboxService outbox, ExchangeService exchange, PlatformService platform,
      TransmittalService transmittals, PdfPreviewOpener previews, Consumer<RecordRef> opener, TaskExecutor executor,
      DialogService dialogs, Messages messages) {
    this.transmittals = transmittals;
    this.previews = previews;
    this.outbox = outbox;
    this.exchange = exchange;
    this.platform = platform;
    this.opener = opener;
    this.dialogs = dialogs;
    this.messages = messages;
    this.work = new ScreenWork(executor, messages, "sync.cancelled");
    this.outcome = work.outcomeProperty();
    this.error = work.errorProperty();
  }

  /** Reads the counts, the rejected entries, the last batch and the endpoint again. */
  public void refresh() {
    work.background(p -> new Snapshot(outbox.counts(),
        outbox.rejected(), outbox.lastBatch(),
        exchange.savedEndpoint(), platform.unsentWorkbook()), this::show);
  }

  private void show(Snapshot s) {
    counts.setAll(s.counts().stream().map(c -> new CountLine(messages.label(c.kind()), messages.label(c.state()),
        c.count(), WHEN.format(c.oldest()))).toList());
    rejected.setAll(s.rejected().stream().map(e -> new RejectedLine(e.key(), messages.label(e.kind()),
        e.reason() == null ? "" : e.reason(), WHEN.format(e.updatedAt()), OutboxService.recordOf(e).orElse(null)))
        .toList());
    unsentWorkbook.set(s.unsent().map(Batch::key).orElse(""));
    int pending = s.counts().stream().filter(c -> c.state() == EntryState.PENDING).mapToInt(StateCount::count).sum();
    Optional<String> since = s.counts().stream().filter(c -> c.state() == EntryState.PENDING).map(StateCount::oldest)
        .min(java.util.Comparator.naturalOrder()).map(WHEN::format);
    summary.set(pending == 0 ? messages.get("sync.summary.none")
        : messages.get("sync.summary.pending", pending, since.orElse("")));
    lastBatch.set(s.last().map(this::batchText).orElse(messages.get("sync.lastBatch.none")));
    if (endpoint.get() == null || endpoint.get().isBlank()) {
      endpoint.set(s.endpoint());
    }
  }

  private String batchText(Batch b) {
    String way = messages.get(switch (b.way()) {
      case PACKAGE -> "sync.way.package";
      case HTTP -> "sync.way.http";
      case WORKBOOK -> b.sentAt() == null ? "sync.way.workbook" : "sync.way.workbookSent";
    });
    return b.hasReceipt()
        ? messages.get("sync.lastBatch.answered", b.key(), way, b.entries(), b.accepted(), b.rejected())
        : messages.get("sync.lastBatch.waiting", b.key(), way, b.entries(), WHEN.format(b.createdAt()));
  }

  /** Asks for a folder (the 前置机 share, a USB stick) and writes every pending entry there as one package. */
  public void exportPackage() {
    work.clear();
    Optional<Path> dir = dialogs.chooseFolder(messages.get("sync.package.choose"));
    if (dir.isEmpty()) {
      return;
    }
    work.run(p -> exchange.makePackage(dir.get(), p), (PackageWriter.Written w) -> {
      outcome.set(messages.get("sync.package.done", w.file().toString(), w.manifestSha256()));
      refresh();
    });
  }

  /** Asks for a folder and writes every pending entry there as the platform's import workbook (way 1). */
  public void exportWorkbook() {
    work.clear();
    Optional<Path> dir = dialogs.chooseFolder(messages.get("sync.workbook.choose"));
    if (dir.isEmpty()) {
      return;
    }
    work.run(p -> platform.makeWorkbook(dir.get(), p), (PlatformWorkbook.Written w) -> {
      outcome.set(messages.get("sync.workbook.done", w.file().toString(), w.entries()));
      refresh();
    });
  }

  /** Records that the newest workbook not yet marked was uploaded on the platform's page. */
  public void markSent() {
    work.clear();
    String key = unsentWorkbook.get();
    if (key == null || key.isEmpty()) {
      return;
    }
    work.background(p -> platform.markSent(key), (Batch b) -> {
      outcome.set(messages.get("sync.sent.done", b.key(), b.entries()));
      refresh();
    });
  }

  /** Asks for the platform's feedback sheet (.xlsx) and applies it in one go. */
  public void readFeedback() {
    work.clear();
    Optional<Path> file = dialogs.chooseFileToOpen(messages.get("sync.feedback.choose"),
        messages.get("sync.feedback.filter"), "*.xlsx");
    if (file.isEmpty()) {
      return;
    }
    work.run(p -> platform.readFeedback(file.get(), p), (PlatformService.FeedbackOutcome o) -> {
      StringBuilder text = new StringBuilder(messages.get("sync.feedback.done", o.accepted(), o.rejected(),
          o.unchanged(), o.repeated(), o.unknown().size()));
      o.unknown().stream().limit(FeedbackSheet.MAX_SHOWN).forEach(u -> text.append('\n').append(u));
      outcome.set(text.toString());
      refresh();
    });
  }

  /** Opens the print preview of the last batch's 交接单 (print, save as PDF or Word there). */
  public void printTransmittal() {
    work.clear();
    work.background(p -> transmittals.last().map(t -> new PrintableDocument(
        messages.get("sync.transmittal.documentTitle", t.batchKey()), messages.get("sync.transmittal.documentTitle",
            t.batchKey()), transmittals.pdf(t), (file, progress) -> transmittals.docx(t, file))), document -> {
              if (document.isEmpty()) {
                error.set(messages.get("sync.transmittal.none"));
              } else {
                previews.open(document.get());
              }
            });
  }

  /** Opens the record of the selected rejected entry, to fix it (its correction goes up as a new entry). */
  public void openSelected() {
    RejectedLine line = selectedRejected.get();
    if (line != null && line.record() != null) {
      opener.accept(line.record());
    }
  }

  /** Asks for the platform's receipt file and applies it. */
  public void readReceipt() {
    work.clear();
    Optional<Path> file = dialogs.chooseFileToOpen(messages.get("sync.receipt.choose"),
        messages.get("sync.receipt.filter"), "*.json");
    if (file.isEmpty()) {
      return;
    }
    work.background(p -> exchange.readReceipt(file.get()), (ReceiptOutcome o) -> {
      outcome.set(messages.get("sync.receipt.done", o.batchKey(), o.accepted(), o.rejected(), o.unchanged(),
          o.unknownKeys().size()));
      refresh();
    });
  }

  /** Uploads to the endpoint typed (kept in settings), re-posting unanswered batches first. */
  public void upload() {
    work.clear();
    String typed = endpoint.get() == null ? "" : endpoint.get().strip();
    work.job().run(p -> {
      URI uri = exchange.endpoint(typed);
      if (!typed.isEmpty() && !typed.equals(exchange.savedEndpoint())) {
        exchange.saveEndpoint(typed);
      }
      return exchange.upload(uri, p);
    }, (ExchangeService.UploadOutcome o) -> {
      outcome.set(messages.get("sync.upload.done", o.batches(), o.entries(), o.accepted(), o.rejected()));
      refresh();
    }, e -> {
      work.fail(e);
      refresh();
    }, () -> {
      work.cancelled();
      refresh();
    });
  }

  /** Stops the package (nothing kept) or the upload (between posts; what was sent is kept, and re-posted next time). */
  public void cancel() {
    work.cancel();
  }

  public ObservableList<CountLine> counts() {
    return counts;
  }

  public ObservableList<RejectedLine> rejected() {
    return rejected;
  }

  public StringProperty summaryProperty() {
    return summary;
  }

  public StringProperty lastBatchProperty() {
    return lastBatch;
  }

  public StringProperty endpointProperty() {
    return endpoint;
  }

  public StringProperty outcomeProperty() {
    return outcome;
  }

  public StringProperty errorProperty() {
    return error;
  }

  /** The newest workbook batch not marked uploaded, "" when none (the 标记已上传 button needs one). */
  public StringProperty unsentWorkbookProperty() {
    return unsentWorkbook;
  }

  public ObjectProperty<@Nullable RejectedLine> selectedRejectedProperty() {
    return selectedRejected;
  }

  /** The screen's job, busy flag and message lines, for the View to bind its controls to. */
  public ScreenWork work() {
    return work;
  }
}
