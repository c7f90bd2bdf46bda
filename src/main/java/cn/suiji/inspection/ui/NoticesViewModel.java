package cn.suiji.inspection.ui;

import cn.suiji.inspection.domain.Announcement;
import cn.suiji.inspection.domain.DeliveryMethod;
import cn.suiji.inspection.domain.InspectionStatus;
import cn.suiji.inspection.domain.Issued;
import cn.suiji.inspection.domain.NoticeRow;
import cn.suiji.inspection.render.NoticeFiles;
import cn.suiji.inspection.service.NoticeService;
import cn.suiji.shared.Progress;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.print.PrintableDocument;
import cn.suiji.shared.ui.ScreenWork;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.PdfPreviewOpener;
import cn.suiji.shared.ui.ProgressJob;
import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * The notices screen (检查通知书): for a confirmed draw, the 抽查任务公告 and the numbered notices
 * with their record sheets in the print preview (numbers are taken on the first issue, printing
 * again reuses them), and delivery (送达) recorded for the rows chosen or for every notice still
 * awaiting it, which moves the inspections to 已送达通知. A notice not yet delivered can be voided
 * with a reason; the next print gives its target a new number.
 */
public final class NoticesViewModel {
  private final NoticeService notices;
  private final NoticeFiles files;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Messages messages;
  private final PdfPreviewOpener previews;
  private final Clock clock;
  private final ProgressJob job;

  private final ObservableList<DrawChoice> drawChoices = FXCollections.observableArrayList();
  private final ObjectProperty<@Nullable DrawChoice> draw = new SimpleObjectProperty<>();
  private final ObservableList<Line> lines = FXCollections.observableArrayList();
  private final ObservableList<Line> chosen = FXCollections.observableArrayList();
  private final BooleanProperty withSheets = new SimpleBooleanProperty(true);
  private final ObjectProperty<LocalDate> issueDate = new SimpleObjectProperty<>();
  private final ObjectProperty<LocalDate> deliveryDate = new SimpleObjectProperty<>();
  private final ObjectProperty<DeliveryMethod> method = new SimpleObjectProperty<>(DeliveryMethod.DIRECT);
  private final StringProperty voidReason = new SimpleStringProperty("");
  private final StringProperty summary = new SimpleStringProperty("");
  private final StringProperty outcome = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private @Nullable String focusTask;

  public NoticesViewModel(NoticeService notices, NoticeFiles files, TaskExecutor executor,
      DialogService dialogs, Messages messages, PdfPreviewOpener previews, Clock clock) {
    this.notices = notices;
    this.files = files;
    this.executor = executor;
    this.dialogs = dialogs;
    this.messages = messages;
    this.previews = previews;
    this.clock = clock;
    this.job = new ProgressJob(executor);
    LocalDate today = LocalDate.now(clock);
    issueDate.set(today);
    deliveryDate.set(today);
    draw.addListener((obs, old, d) -> loadLines());
  }

  /** A confirmed draw as the choice lists it. */
  public record DrawChoice(long id, String taskCode, String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  /** One row of the table: an inspection, its notice and its delivery, ready to show. */
  public record Line(long inspectionId, int order, String target, String code, String number, String status,
      String delivered, @Nullable Long noticeId, boolean awaiting) {}

  /** Opens the screen at a task's draw (from the home page): the next {@link #refresh} chooses it. */
  public void focusTask(String taskCode) {
    this.focusTask = taskCode;
  }

  /** Loads the confirmed draws, newest first, and keeps (or chooses) one. */
  public void refresh() {
    String task = focusTask;
    Long wanted = draw.get() == null ? null : draw.get().id();
    focusTask = null;
    background(p -> notices.confirmedDraws().stream()
        .map(d -> new DrawChoice(d.drawId(), d.taskCode(), messages.get("notices.draw.choice", d.taskCode(), d.taskName(),
            d.inspections())))
        .toList(), list -> {
          drawChoices.setAll(list);
          DrawChoice pick = list.stream()
              .filter(c -> task != null ? c.taskCode().equals(task) : wanted != null && c.id() == wanted).findFirst()
              .orElse(list.isEmpty() ? null : list.get(0));
          if (pick != null && pick.equals(draw.get())) {
            loadLines();
          } else {
            draw.set(pick);
          }
          if (list.isEmpty()) {
            summary.set(messages.get("notices.noDraws"));
          }
        });
  }

  private void loadLines() {
    DrawChoice d = draw.get();
    lines.clear();
    chosen.clear();
    if (d == null) {
      return;
    }
    background(p -> notices.list(d.id()), rows -> {
      lines.setAll(rows.stream().map(this::line).toList());
      long numbered = rows.stream().filter(r -> r.noticeNumber() != null).count();
      long delivered = rows.stream().filter(r -> r.deliveredOn() != null).count();
      summary.set(messages.get("notices.summary", rows.size(), numbered, delivered));
    });
  }

  private Line line(NoticeRow r) {
    String delivered = r.deliveredOn() == null ? ""
        : messages.get("notices.delivered", r.deliveredOn(), r.deliveryMethod() == null ? "" : messages.label(r.deliveryMethod()));
    return new Line(r.inspectionId(), r.drawOrder(), r.targetName(), r.targetCode(),
        r.noticeNumber() == null ? messages.get("notices.notIssued") : r.noticeNumber(), messages.label(r.status()),
        delivered, r.noticeId(), r.status() == InspectionStatus.AWAITING_NOTICE);
  }

  /** The task's 抽查任务公告 in the print preview (numbered on its first issue). */
  public void previewAnnouncement() {
    DrawChoice d = chosenDraw();
    LocalDate date = issueDate.get();
    if (d == null || date == null) {
      return;
    }
    job.run(p -> {
      Announcement a = notices.announce(d.taskCode(), date);
      byte[] pdf = pdf(out -> files.announcement(a, out, p));
      return new PrintableDocument(messages.get("notices.announcement.title", a.number()), a.number(), pdf,
          (file, progress) -> files.announcement(a, file, progress));
    }, doc -> {
      previews.open(doc);
      loadLines();
    }, this::fail, this::cancelled);
  }

  /** Every notice of the draw (with their record sheets when chosen) in the print preview. */
  public void previewNotices() {
    DrawChoice d = chosenDraw();
    LocalDate date = issueDate.get();
    if (d == null || date == null) {
      return;
    }
    boolean sheets = withSheets.get();
    job.run(p -> {
      Issued issued = notices.issue(d.id(), date, sheets, p);
      byte[] pdf = pdf(out -> files.notices(issued.notices(), issued.sheets(), out, p));
      return new Printed(issued, new PrintableDocument(messages.get("notices.notices.title", d.taskCode(),
          issued.notices().size()), messages.get("notices.notices.file", d.taskCode()), pdf,
          (file, progress) -> files.notices(issued.notices(), issued.sheets(), file, progress)));
    }, printed -> {
      outcome.set(printed.issued().numbered() == 0 ? messages.get("notices.printedAgain", printed.issued().notices().size())
          : messages.get("notices.numbered", printed.issued().numbered()));
      previews.open(printed.document());
      loadLines();
    }, this::fail, this::cancelled);
  }

  private record Printed(Issued issued, PrintableDocument document) {}

  /** Writes into a scratch PDF and reads it back for the preview. */
  private static byte[] pdf(Consumer<Path> write) throws java.io.IOException {
    Path temp = Files.createTempFile("suiji-notices-", ".pdf");
    try {
      write.accept(temp);
      return Files.readAllBytes(temp);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Records delivery of the chosen rows' notices, on the date and by the method chosen. */
  public void deliverChosen() {
    if (chosenDraw() == null) {
      return;
    }
    List<Long> ids = chosen.stream().map(Line::inspectionId).toList();
    if (ids.isEmpty()) {
      error.set(messages.get("notices.chooseRows"));
      return;
    }
    LocalDate date = deliveryDate.get();
    DeliveryMethod how = method.get();
    background(p -> notices.deliver(ids, date, how, null), this::delivered);
  }

  /** Records delivery of every notice of the draw still awaiting it. */
  public void deliverAll() {
    DrawChoice d = chosenDraw();
    if (d == null) {
      return;
    }
    LocalDate date = deliveryDate.get();
    DeliveryMethod how = method.get();
    if (!dialogs.confirm(messages.get("notices.deliverAll.title"), messages.get("notices.deliverAll.confirm",
        d.taskCode(), date, messages.label(how)))) {
      return;
    }
    background(p -> notices.deliverDraw(d.id(), date, how, null), this::delivered);
  }

  private void delivered(int n) {
    outcome.set(messages.get("notices.deliveredCount", n));
    loadLines();
  }

  /** Voids the chosen row's notice (not yet delivered) with the reason typed. */
  public void voidChosen() {
    if (chosen.size() != 1 || chosen.get(0).noticeId() == null) {
      error.set(messages.get("notices.void.chooseOne"));
      return;
    }
    Line line = chosen.get(0);
    String reason = voidReason.get() == null ? "" : voidReason.get().strip();
    if (reason.isEmpty()) {
      error.set(messages.get("notice.error.reasonRequired"));
      return;
    }
    LocalDate today = LocalDate.now(clock);
    background(p -> notices.voidNotice(line.noticeId(), reason, today), voided -> {
      outcome.set(messages.get("notices.void.done", voided.number()));
      voidReason.set("");
      loadLines();
    });
  }

  /** Stops building the preview; nothing is numbered when it is cancelled. */
  public void cancel() {
    job.cancel();
  }

  private @Nullable DrawChoice chosenDraw() {
    error.set("");
    outcome.set("");
    DrawChoice d = draw.get();
    if (d == null) {
      error.set(messages.get("notices.chooseDraw"));
    }
    return d;
  }

  private <T> void background(BackgroundTask.Work<T> work, Consumer<T> done) {
    ScreenWork.background(executor, busy, work, done, this::fail);
  }

  private void fail(Throwable e) {
    String text = messages.describeFailure(e);
    error.set(text);
  }

  private void cancelled() {
    outcome.set(messages.get("notices.cancelled"));
  }

  public ObservableList<DrawChoice> drawChoices() {
    return drawChoices;
  }

  public ObjectProperty<@Nullable DrawChoice> drawProperty() {
    return draw;
  }

  public ObservableList<Line> lines() {
    return lines;
  }

  /** The rows chosen in the table (the view keeps it in step with the selection). */
  public ObservableList<Line> chosen() {
    return chosen;
  }

  public BooleanProperty withSheetsProperty() {
    return withSheets;
  }

  public ObjectProperty<LocalDate> issueDateProperty() {
    return issueDate;
  }

  public ObjectProperty<LocalDate> deliveryDateProperty() {
    return deliveryDate;
  }

  public ObjectProperty<DeliveryMethod> methodProperty() {
    return method;
  }

  public StringProperty voidReasonProperty() {
    return voidReason;
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary;
  }

  public ReadOnlyStringProperty outcomeProperty() {
    return outcome;
  }

  public ReadOnlyStringProperty errorProperty() {
    return error;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy;
  }

  public ProgressJob job() {
    return job;
  }
}
