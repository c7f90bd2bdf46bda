package cn.suiji.draw.ui;

import cn.suiji.draw.domain.Assignment;
import cn.suiji.draw.domain.DrawPlan;
import cn.suiji.draw.service.DrawAttempt;
import cn.suiji.draw.service.DrawInfeasible;
import cn.suiji.draw.service.DrawService;
import cn.suiji.draw.service.DrawSession;
import cn.suiji.draw.service.OpenAttempt;
import cn.suiji.draw.service.TaskChoice;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.PdfPreviewOpener;
import cn.suiji.shared.ui.ProgressJob;
import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The draw wizard (Bisq-2 style): the ordered steps and the current index; {@link #next()}
 * validates the current step and refuses with a message in {@link #errorProperty()}. The
 * ceremony step opens the attempt (nonce and commitment) before the witnesses may type the
 * entropy; the review step confirms or voids it, and once confirmed prints the record (preview,
 * PDF, Word). Every service call runs in the background.
 *
 * <p>No attempt is left open unnoticed (issue 11): a task chosen with an open attempt offers
 * 继续 or 作废 (with a reason) before anything else; leaving the wizard ({@link #leave}, also
 * on choosing another task) once the commitment was shown and before confirm or void asks to
 * stay or void with a typed reason; a task past its window needs a late reason, shown with the
 * window, before its plan is loaded.
 *
 * <p>It is one state machine: every step reads and changes the same attempt (session,
 * commitment, drawn result, finished). What is not the wizard's state lives apart: what the first
 * step shows of the chosen task ({@link TaskChoiceRows}), what the pool, sample and inspector
 * steps show of the plan ({@link PlanRows}), printing the record ({@link RecordPrintActions},
 * shared with the records list), the projector's view ({@link CeremonyModel}) and the rows shown
 * ({@link DrawRows}).
 */
public final class DrawWizardViewModel {
  /** The wizard's steps, in order. */
  public enum Step { TASK, POOL, SAMPLE, INSPECTORS, CEREMONY, REVIEW }

  private static final List<Step> STEPS = List.of(Step.values());

  private final DrawService service;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Messages messages;
  private final RecordPrintActions prints;

  private final IntegerProperty currentIndex = new SimpleIntegerProperty(0);
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final StringProperty error = new SimpleStringProperty("");
  private final StringProperty stepTitle = new SimpleStringProperty("");

  private final ObservableList<DrawRows.TaskRow> tasks = FXCollections.observableArrayList();
  private final ObjectProperty<DrawRows.@Nullable TaskRow> selectedTask = new SimpleObjectProperty<>();
  private @Nullable DrawPlan plan;
  private final PlanRows planRows;
  private final TaskChoiceRows choice;

  private final StringProperty operator = new SimpleStringProperty("");
  private final StringProperty witnesses = new SimpleStringProperty("");
  private final StringProperty entropy = new SimpleStringProperty("");
  private final ObjectProperty<@Nullable DrawSession> session = new SimpleObjectProperty<>();
  private final StringProperty commitment = new SimpleStringProperty("");

  private final ObjectProperty<@Nullable DrawAttempt> attempt = new SimpleObjectProperty<>();
  private final ObservableList<DrawRows.SelectedRow> selected = FXCollections.observableArrayList();
  private final StringProperty verificationCode = new SimpleStringProperty("");
  private final StringProperty voidReason = new SimpleStringProperty("");
  private final BooleanProperty finished = new SimpleBooleanProperty(false);
  private final StringProperty outcome = new SimpleStringProperty("");

  private @Nullable String focus;

  public DrawWizardViewModel(DrawService service, TaskExecutor executor, DialogService dialogs, Messages messages,
      PdfPreviewOpener previews) {
    this.service = service;
    this.executor = executor;
    this.dialogs = dialogs;
    this.messages = messages;
    this.planRows = new PlanRows(messages);
    this.choice = new TaskChoiceRows(messages);
    this.prints = new RecordPrintActions(service, executor, dialogs, messages, previews, outcome::set, this::fail);
    currentIndex.addListener((obs, old, i) -> showTitle());
    selectedTask.addListener((obs, old, row) -> loadChoice(row));
    showTitle();
  }

  /**
   * The clerk picks a task in the list: once an attempt's commitment was shown, only after the
   * clerk agreed to leave it ({@link #leave}).
   */
  public void chooseTask(DrawRows.@Nullable TaskRow row) {
    if (row == null || row.equals(selectedTask.get())) {
      return;
    }
    leave(() -> selectedTask.set(row));
  }

  /** Shows the chosen task's window and open attempts (the plan is loaded on 下一步). */
  private void loadChoice(DrawRows.@Nullable TaskRow row) {
    choice.reset();
    if (row != null) {
      background(p -> service.choice(row.code()), choice::show);
    }
  }

  /**
   * Carries on the task's open attempt: not yet drawn, to the entropy step with its commitment
   * (only while this program holds its nonce); drawn, to the review to confirm or void it.
   */
  public void resumeOpenAttempt() {
    OpenAttempt o = choice.open();
    if (o == null || busy.get()) {
      return;
    }
    if (!o.resumable()) {
      refuse("draw.wizard.openAttempt.cannotResume");
      return;
    }
    error.set("");
    if (o.drawn()) {
      background(p -> new Resumed(service.plan(o.taskCode()), service.drawnAttempt(o.drawId())), r -> {
        showPlan(r.plan());
        session.set(new DrawSession(o.drawId(), o.taskCode(), o.attempt(), o.commitment(), r.plan()));
        commitment.set(o.commitment());
        showAttempt(r.attempt());
        choice.openDealtWith();
        currentIndex.set(STEPS.indexOf(Step.REVIEW));
      });
    } else {
      background(p -> service.resume(o.drawId()), s -> {
        showPlan(s.plan());
        session.set(s);
        commitment.set(s.commitment());
        choice.openDealtWith();
        currentIndex.set(STEPS.indexOf(Step.CEREMONY));
      });
    }
  }

  private record Resumed(DrawPlan plan, DrawAttempt attempt) {}

  /** Voids the task's open attempt with the reason typed (required); it stays on record. */
  public void voidOpenAttempt() {
    OpenAttempt o = choice.open();
    if (o == null || busy.get()) {
      return;
    }
    String reason = choice.openVoidReason();
    if (reason.isEmpty()) {
      refuse("draw.wizard.voidReasonRequired");
      return;
    }
    error.set("");
    background(p -> {
      service.voidDraw(o.drawId(), reason);
      return service.choice(o.taskCode());
    }, c -> {
      outcome.set(messages.get("draw.wizard.review.voided", o.attempt()));
      choice.clearOpenVoidReason();
      choice.show(c);
    });
  }

  /**
   * Leaves the wizard (another page, the window closing, another task): at once when no attempt
   * is open here; else once the clerk chose to void it with a reason (then {@code proceed} runs
   * after the void is stored). Choosing to stay, or giving no reason, keeps the wizard as it is.
   */
  public void leave(Runnable proceed) {
    DrawSession s = session.get();
    if (s == null || finished.get()) {
      proceed.run();
      return;
    }
    String title = messages.get("draw.wizard.leave.title");
    var answer = dialogs.askText(title, messages.get("draw.wizard.leave.message", s.taskCode(), s.attempt()),
        messages.get("draw.wizard.leave.reasonPrompt"), messages.get("draw.wizard.leave.void"),
        messages.get("draw.wizard.leave.stay"));
    if (answer.isEmpty()) {
      return;
    }
    String reason = answer.get().strip();
    if (reason.isEmpty()) {
      refuse("draw.wizard.voidReasonRequired");
      dialogs.showError(title, error.get());
      return;
    }
    background(p -> service.voidDraw(s.drawId(), reason), summary -> {
      outcome.set(messages.get("draw.wizard.review.voided", summary.attempt()));
      attempt.set(null);
      selected.clear();
      verificationCode.set("");
      entropy.set("");
      clearSession();
      currentIndex.set(0);
      proceed.run();
    });
  }

  /** Opens the wizard at a task (from the home page): the next {@link #refresh} chooses it. */
  public void focus(String taskCode) {
    this.focus = taskCode;
  }

  /** Loads the tasks without a confirmed draw (and chooses the task focused on, if among them). */
  public void refresh() {
    String wanted = focus;
    focus = null;
    background(p -> service.undrawnTasks(), list -> {
      tasks.setAll(list.stream().map(t -> new DrawRows.TaskRow(t.code(), t.name())).toList());
      if (list.isEmpty()) {
        error.set(messages.get("draw.wizard.noTasks"));
      }
      tasks.stream().filter(t -> t.code().equals(wanted)).findFirst().ifPresent(this::chooseTask);
    });
  }

  public List<Step> steps() {
    return STEPS;
  }

  public Step currentStep() {
    return STEPS.get(currentIndex.get());
  }

  /** Validates the current step and, when it passes, does its work and moves on. */
  public void next() {
    if (busy.get() || finished.get()) {
      return;
    }
    error.set("");
    switch (currentStep()) {
      case TASK -> loadPlan();
      case POOL, SAMPLE -> advance();
      case INSPECTORS -> {
        if (plan == null || plan.totalK() == 0) {
          refuse("draw.wizard.nothingToDraw");
        } else {
          advance();
        }
      }
      case CEREMONY -> perform();
      case REVIEW -> refuse("draw.wizard.confirmOrVoid");
    }
  }

  /** Goes back a step, unless an attempt is open: it must be drawn and then confirmed or voided. */
  public void back() {
    if (canGoBack().get()) {
      error.set("");
      currentIndex.set(currentIndex.get() - 1);
    }
  }

  public BooleanBinding canGoBack() {
    return Bindings.createBooleanBinding(
        () -> currentIndex.get() > 0 && session.get() == null && !busy.get() && !finished.get(),
        currentIndex, session, busy, finished);
  }

  private void loadPlan() {
    DrawRows.TaskRow task = selectedTask.get();
    if (task == null) {
      refuse("draw.wizard.taskRequired");
      return;
    }
    String reason = choice.lateReason();
    // read again, not from the screen: another clerk may have opened an attempt meanwhile
    background(p -> {
      TaskChoice c = service.choice(task.code());
      boolean ready = c.open().isEmpty() && (!c.late() || !reason.isEmpty());
      return new Loaded(c, ready ? service.plan(task.code()) : null);
    }, loaded -> {
      choice.show(loaded.choice());
      DrawPlan p = loaded.plan();
      if (p == null) {
        refuse(loaded.choice().open().isEmpty() ? "draw.wizard.lateReasonRequired" : "draw.wizard.openAttemptFirst");
        return;
      }
      showPlan(p);
      advance();
    });
  }

  private record Loaded(TaskChoice choice, @Nullable DrawPlan plan) {}

  private void showPlan(DrawPlan p) {
    plan = p;
    planRows.show(p);
  }

  /** Opens the attempt: the service creates the nonce and records its commitment, shown before the entropy. */
  public void openCeremony() {
    if (busy.get() || session.get() != null || plan == null) {
      return;
    }
    error.set("");
    String code = plan.taskCode();
    String late = choice.lateReasonProperty().get();
    background(p -> service.open(code, operator.get(), late), s -> {
      session.set(s);
      commitment.set(s.commitment());
    });
  }

  private void perform() {
    DrawSession s = session.get();
    if (s == null) {
      refuse("draw.wizard.commitmentFirst");
      return;
    }
    List<String> names = witnessNames();
    if (names.isEmpty()) {
      refuse("draw.wizard.witnessRequired");
      return;
    }
    if (entropy.get() == null || entropy.get().isBlank()) {
      refuse("draw.wizard.entropyRequired");
      return;
    }
    String typed = entropy.get();
    busy.set(true);
    executor.execute(BackgroundTask.of(p -> service.perform(s.drawId(), typed, names))
        .onSuccess(a -> {
          busy.set(false);
          showAttempt(a);
          advance();
        })
        .onFailure(e -> {
          busy.set(false);
          if (e instanceof DrawInfeasible) {
            // the attempt is on record as infeasible; a new one needs a new nonce
            clearSession();
          }
          fail(e);
        }));
  }

  private List<String> witnessNames() {
    String text = witnesses.get() == null ? "" : witnesses.get();
    return Arrays.stream(text.split("[,，、;；\\n]")).map(String::strip).filter(w -> !w.isEmpty()).toList();
  }

  private void showAttempt(DrawAttempt a) {
    attempt.set(a);
    verificationCode.set(a.verificationCode());
    List<Assignment> assignments = a.record().assignments();
    selected.setAll(java.util.stream.IntStream.range(0, assignments.size())
        .mapToObj(i -> selectedRow(messages, a, i + 1, assignments.get(i)))
        .toList());
  }

  static DrawRows.SelectedRow selectedRow(Messages messages, DrawAttempt a, int order, Assignment assignment) {
    DrawAttempt.Card target = a.target(assignment);
    String people = assignment.inspectors().stream().map(a::inspector)
        .map(c -> c.number().isEmpty() ? c.name() : messages.get("draw.wizard.review.person", c.name(), c.number()))
        .collect(java.util.stream.Collectors.joining("、"));
    return new DrawRows.SelectedRow(Integer.toString(order), target.name(), target.number(), people);
  }

  /** Confirms the drawn attempt as the task's draw; it is locked from then on. */
  public void confirm() {
    DrawAttempt a = attempt.get();
    if (a == null || busy.get() || finished.get()) {
      return;
    }
    error.set("");
    background(p -> service.confirm(a.drawId()), summary -> {
      finished.set(true);
      outcome.set(messages.get("draw.wizard.review.confirmed", summary.taskCode(), summary.attempt(), a.verificationCode()));
    });
  }

  /** Voids the drawn attempt with a reason; it stays on record, and the ceremony starts again with a new nonce. */
  public void voidAttempt() {
    DrawAttempt a = attempt.get();
    if (a == null || busy.get() || finished.get()) {
      return;
    }
    String reason = voidReason.get() == null ? "" : voidReason.get().strip();
    if (reason.isEmpty()) {
      refuse("draw.wizard.voidReasonRequired");
      return;
    }
    error.set("");
    background(p -> service.voidDraw(a.drawId(), reason), summary -> {
      outcome.set(messages.get("draw.wizard.review.voided", summary.attempt()));
      attempt.set(null);
      selected.clear();
      verificationCode.set("");
      voidReason.set("");
      entropy.set("");
      clearSession();
      currentIndex.set(STEPS.indexOf(Step.CEREMONY));
    });
  }

  /** Opens the print preview of the confirmed draw's record. */
  public void previewRecord() {
    withConfirmed(a -> prints.preview(a.drawId()));
  }

  /** Writes the confirmed draw's record as PDF to a file the clerk chooses. */
  public void saveRecordPdf() {
    withConfirmed(a -> prints.savePdf(a.drawId(), a.record().task(), Integer.toString(a.attempt())));
  }

  /** Writes the confirmed draw's record as Word (.docx) to a file the clerk chooses. */
  public void saveRecordWord() {
    withConfirmed(a -> prints.saveWord(a.drawId(), a.record().task(), Integer.toString(a.attempt())));
  }

  /** Stops writing a file; nothing is left half written. */
  public void cancelJob() {
    prints.cancel();
  }

  /** With the draw once confirmed: only a confirmed (or voided) record is printed, never a draft. */
  private void withConfirmed(Consumer<DrawAttempt> print) {
    DrawAttempt a = attempt.get();
    if (a == null || !finished.get()) {
      refuse("draws.print.confirmFirst");
      return;
    }
    error.set("");
    print.accept(a);
  }

  private void clearSession() {
    session.set(null);
    commitment.set("");
  }

  private void advance() {
    currentIndex.set(Math.min(currentIndex.get() + 1, STEPS.size() - 1));
  }

  private void refuse(String key) {
    error.set(messages.get(key));
  }

  private void showTitle() {
    Step step = currentStep();
    String name = switch (step) {
      case TASK -> messages.get("draw.wizard.step.task");
      case POOL -> messages.get("draw.wizard.step.pool");
      case SAMPLE -> messages.get("draw.wizard.step.sample");
      case INSPECTORS -> messages.get("draw.wizard.step.inspectors");
      case CEREMONY -> messages.get("draw.wizard.step.ceremony");
      case REVIEW -> messages.get("draw.wizard.step.review");
    };
    stepTitle.set(messages.get("draw.wizard.stepOf", currentIndex.get() + 1, STEPS.size(), name));
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

  private void fail(Throwable e) {
    String text = messages.describeFailure(e);
    error.set(text);
    dialogs.showError(messages.get("draw.wizard.title"), text);
  }

  /** The projector's model for this wizard (the ceremony view shows what it derives). */
  public CeremonyModel ceremony() {
    return new CeremonyModel(this, messages);
  }

  /** The language the wizard speaks in, for views it opens. */
  Messages messages() {
    return messages;
  }

  /** What the first step shows of the chosen task: its window, late reason and open attempt. */
  public TaskChoiceRows taskChoice() {
    return choice;
  }

  /** What the pool, sample and inspector steps show of the loaded plan. */
  public PlanRows planRows() {
    return planRows;
  }

  public ReadOnlyIntegerProperty currentIndexProperty() {
    return currentIndex;
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy;
  }

  public ReadOnlyStringProperty errorProperty() {
    return error;
  }

  public ReadOnlyStringProperty stepTitleProperty() {
    return stepTitle;
  }

  public ObservableList<DrawRows.TaskRow> tasks() {
    return tasks;
  }

  public ObjectProperty<DrawRows.@Nullable TaskRow> selectedTaskProperty() {
    return selectedTask;
  }

  public StringProperty operatorProperty() {
    return operator;
  }

  public StringProperty witnessesProperty() {
    return witnesses;
  }

  public StringProperty entropyProperty() {
    return entropy;
  }

  public ReadOnlyStringProperty commitmentProperty() {
    return commitment;
  }

  /** True once the attempt is open: the commitment is shown and the entropy may be typed. */
  public BooleanBinding committed() {
    return session.isNotNull();
  }

  public ObservableList<DrawRows.SelectedRow> selected() {
    return selected;
  }

  public ReadOnlyStringProperty verificationCodeProperty() {
    return verificationCode;
  }

  public StringProperty voidReasonProperty() {
    return voidReason;
  }

  public ReadOnlyBooleanProperty finishedProperty() {
    return finished;
  }

  /** The record being printed or written: running, progress, cancel. */
  public ProgressJob job() {
    return prints.job();
  }

  public ReadOnlyStringProperty outcomeProperty() {
    return outcome;
  }

  /** The drawn attempt under review, or null. */
  public @Nullable DrawAttempt attempt() {
    return attempt.get();
  }

  public @Nullable DrawSession session() {
    return session.get();
  }
}
