package cn.suiji.inspection.ui;

import cn.suiji.inspection.service.ResultImporter;
import cn.suiji.shared.imports.ImportRequest;
import cn.suiji.shared.imports.ImportSummary;
import cn.suiji.shared.ui.ScreenWork;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.ProgressJob;
import cn.suiji.inspection.domain.DrawSheetRow;
import cn.suiji.inspection.domain.FollowUp;
import cn.suiji.inspection.domain.InspectionResult;
import cn.suiji.inspection.domain.InspectionStatus;
import cn.suiji.inspection.domain.PresentInspector;
import cn.suiji.inspection.domain.ResultCode;
import cn.suiji.inspection.domain.VerificationMethod;
import cn.suiji.inspection.service.FollowUpService;
import cn.suiji.inspection.service.NoticeService;
import cn.suiji.inspection.service.ResultCodeService;
import cn.suiji.inspection.service.ResultService;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The results screen (检查结果录入): for a confirmed draw, one grid row per inspection typed from
 * the signed record sheets; a row is saved on its own (one transaction through
 * {@link ResultService#record}), a refused one keeps what was typed and shows the reason beside
 * it. The detail form holds what the grid cannot — the finding, a follow-up, the substitution
 * reason, the 备注 — and corrects a recorded result with a reason ({@link ResultService#correct}).
 */
public final class ResultsViewModel {
  private final ResultService results;
  private final ResultCodeService codes;
  private final FollowUpService followUps;
  private final NoticeService notices;
  private final TaskExecutor executor;
  private final Messages messages;

  private final ObservableList<NoticesViewModel.DrawChoice> drawChoices = FXCollections.observableArrayList();
  private final ObjectProperty<NoticesViewModel.@Nullable DrawChoice> draw = new SimpleObjectProperty<>();
  private final ObservableList<ResultRow> rows = FXCollections.observableArrayList();
  private final ObjectProperty<@Nullable ResultRow> selected = new SimpleObjectProperty<>();
  private final StringProperty history = new SimpleStringProperty("");
  private final StringProperty codeHint = new SimpleStringProperty("");
  private final StringProperty summary = new SimpleStringProperty("");
  private final StringProperty outcome = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final @Nullable ResultImporter importer;
  private final @Nullable DialogService dialogs;
  private final ProgressJob job;
  private @Nullable String focusTask;
  private @Nullable Long focusInspection;

  /** Refused rows listed under an import's outcome; the rest are counted. */
  static final int IMPORT_LINES = 20;

  public ResultsViewModel(ResultService results, ResultCodeService codes, FollowUpService followUps,
      NoticeService notices, TaskExecutor executor, Messages messages) {
    this(results, codes, followUps, notices, null, null, executor, messages);
  }

  /**
   * @param importer the results import (.xlsx/.csv, the shared import contract), with {@code dialogs}
   *     to choose the file; both null: no import from the screen
   */
  public ResultsViewModel(ResultService results, ResultCodeService codes, FollowUpService followUps,
      NoticeService notices, @Nullable ResultImporter importer, @Nullable DialogService dialogs, TaskExecutor executor,
      Messages messages) {
    this.importer = importer;
    this.dialogs = dialogs;
    this.job = new ProgressJob(executor);
    this.results = results;
    this.codes = codes;
    this.followUps = followUps;
    this.notices = notices;
    this.executor = executor;
    this.messages = messages;
    draw.addListener((obs, old, d) -> loadRows());
    selected.addListener((obs, old, r) -> loadHistory(r));
  }

  /**
   * Opens at the draw of {@code taskCode} and, once its rows are read, the row of
   * {@code inspectionId} (the 同步 screen's way to a rejected result, issue 14). Call before
   * {@link #refresh}.
   */
  public void focus(String taskCode, @Nullable Long inspectionId) {
    focusTask = taskCode;
    focusInspection = inspectionId;
  }

  /** Loads the confirmed draws and the code list; keeps (or chooses) a draw. */
  public void refresh() {
    Long wanted = draw.get() == null ? null : draw.get().id();
    String task = focusTask;
    focusTask = null;
    background(p -> new Loaded(notices.confirmedDraws().stream()
        .map(d -> new NoticesViewModel.DrawChoice(d.drawId(), d.taskCode(), messages.get("notices.draw.choice",
            d.taskCode(), d.taskName(), d.inspections()))).toList(), codes.all()), loaded -> {
              codeHint.set(loaded.codes().stream().map(c -> c.code() + " " + c.label())
                  .collect(Collectors.joining(messages.get("results.codes.separator"))));
              drawChoices.setAll(loaded.draws());
              var pick = loaded.draws().stream().filter(c -> task != null ? task.equals(c.taskCode())
                  : wanted != null && c.id() == wanted).findFirst()
                  .orElse(loaded.draws().isEmpty() ? null : loaded.draws().get(0));
              if (pick != null && pick.equals(draw.get())) {
                loadRows();
              } else {
                draw.set(pick);
              }
              if (loaded.draws().isEmpty()) {
                summary.set(messages.get("notices.noDraws"));
              }
            });
  }

  private record Loaded(List<NoticesViewModel.DrawChoice> draws, List<ResultCode> codes) {}

  /** A sheet row with its current result, read off the FX thread. */
  private record Read(DrawSheetRow sheet, Optional<InspectionResult> result, Map<Long, String> names) {}

  private void loadRows() {
    var d = draw.get();
    rows.clear();
    selected.set(null);
    if (d == null) {
      return;
    }
    background(p -> {
      // one read per table for the whole draw, not a few per row: a draw of thousands opens at once
      List<DrawSheetRow> sheet = results.drawSheet(d.id());
      Map<Long, InspectionResult> current = results.currentOfDraw(d.id());
      Set<Long> ids = new HashSet<>();
      current.values().forEach(x -> x.inspectors().forEach(pi -> ids.add(pi.inspectorId())));
      Map<Long, String> names = results.inspectorNames(ids);
      List<Read> out = new ArrayList<>();
      for (DrawSheetRow s : sheet) {
        out.add(new Read(s, Optional.ofNullable(current.get(s.inspectionId())), names));
      }
      return out;
    }, read -> {
      List<ResultRow> built = new ArrayList<>();
      for (Read r : read) {
        built.add(row(r, built.size() + 1));
      }
      rows.setAll(built);
      summarise();
      Long focused = focusInspection;
      focusInspection = null;
      if (focused != null) {
        built.stream().filter(r -> r.inspectionId() == focused).findFirst().ifPresent(selected::set);
      }
    });
  }

  /** The row at {@code order} (from 1, the draw order: the sheet is read by draw order). */
  private ResultRow row(Read read, int order) {
    DrawSheetRow s = read.sheet();
    ResultRow row = new ResultRow(s.inspectionId(), order, s.targetName(), s.targetCode(), s.inspectors());
    show(row, s.status(), read.result().orElse(null), read.names());
    return row;
  }

  /** Fills the row from its stored result (or the defaults) and marks it unchanged. */
  private void show(ResultRow row, InspectionStatus status, @Nullable InspectionResult r, Map<Long, String> names) {
    row.statusProperty().set(status);
    row.statusTextProperty().set(messages.label(status));
    row.recordedProperty().set(r != null);
    if (r == null) {
      row.inspectors.set(String.join("、", row.drawnInspectors()));
    } else {
      row.date.set(r.formedOn().toString());
      row.codes.set(String.join(",", r.codes()));
      row.methods.set(r.methods().stream().sorted().map(messages::label).collect(Collectors.joining("、")));
      row.inspectors.set(r.inspectors().stream().map(PresentInspector::inspectorId)
          .map(id -> names.getOrDefault(id, Long.toString(id))).collect(Collectors.joining("、")));
      row.note.set(r.windowNote() == null ? "" : r.windowNote());
      row.remark.set(r.remark() == null ? "" : r.remark());
      r.findings().stream().findFirst().ifPresent(f -> {
        row.problem.set(f.problem());
        row.handling.set(f.handling());
      });
      r.inspectors().stream().map(PresentInspector::substitutionReason).filter(x -> x != null).findFirst()
          .ifPresent(row.substitution::set);
    }
    row.followUpKind.set(null);
    row.followUpDetail.set("");
    row.followUpBody.set("");
    row.followUpDue.set(null);
    row.correctionReason.set("");
    row.errorProperty().set("");
    row.dirtyProperty().set(false);
  }

  private void summarise() {
    long recorded = rows.stream().filter(r -> r.recordedProperty().get()).count();
    long open = rows.stream().filter(ResultRow::open).count();
    long waiting = rows.stream().filter(r -> r.statusProperty().get() == InspectionStatus.AWAITING_NOTICE).count();
    summary.set(messages.get("results.summary", rows.size(), recorded, open, waiting));
  }

  /** Saves the row's first result when it was changed (Enter, leaving the row); a recorded row waits for a correction. */
  public void saveIfChanged(@Nullable ResultRow row) {
    if (row != null && row.dirtyProperty().get() && row.open()) {
      save(row);
    }
  }

  /** Saves every changed row that has no result yet, each in its own transaction (the 保存 button). */
  public void saveAll() {
    error.set("");
    rows.stream().filter(r -> r.dirtyProperty().get() && r.open()).toList().forEach(this::save);
  }

  /** Records the row's first result; a refusal stays beside the row with what was typed. */
  public void save(ResultRow row) {
    if (!row.open()) {
      row.errorProperty().set(messages.get(row.recordedProperty().get() ? "results.error.useCorrection"
          : "results.error.notOpen", messages.label(row.statusProperty().get())));
      return;
    }
    ResultEntry entry = ResultEntry.of(row);
    row.dirtyProperty().set(false);
    background(p -> {
      InspectionResult saved = results.record(entry.draft(results, messages));
      return new Saved(saved, results.facts(row.inspectionId()).status(), names(saved));
    }, s -> {
      show(row, s.status(), s.result(), s.names());
      outcome.set(messages.get("results.saved", row.order(), row.target()));
      summarise();
      if (row == selected.get()) {
        loadHistory(row);
      }
    }, e -> {
      row.dirtyProperty().set(true);
      row.errorProperty().set(describe(e));
    });
  }

  /** Corrects the selected row's recorded result with the grid's values and the reason typed. */
  public void correctSelected() {
    ResultRow row = selected.get();
    error.set("");
    if (row == null || !row.recordedProperty().get()) {
      error.set(messages.get("results.error.nothingToCorrect"));
      return;
    }
    ResultEntry entry = ResultEntry.of(row);
    String reason = row.correctionReason.get();
    background(p -> {
      InspectionResult saved = results.correct(entry.draft(results, messages), reason);
      return new Saved(saved, results.facts(row.inspectionId()).status(), names(saved));
    }, s -> {
      show(row, s.status(), s.result(), s.names());
      outcome.set(messages.get("results.corrected", row.order(), row.target(), s.result().version()));
      loadHistory(row);
    }, e -> row.errorProperty().set(describe(e)));
  }

  private record Saved(InspectionResult result, InspectionStatus status, Map<Long, String> names) {}

  private Map<Long, String> names(InspectionResult r) {
    Set<Long> ids = new HashSet<>();
    r.inspectors().forEach(pi -> ids.add(pi.inspectorId()));
    return new HashMap<>(results.inspectorNames(ids));
  }

  /** The selected inspection's versions and follow-ups, as text for the detail form. */
  private void loadHistory(@Nullable ResultRow row) {
    history.set("");
    if (row == null) {
      return;
    }
    long id = row.inspectionId();
    background(p -> {
      List<String> lines = new ArrayList<>();
      for (InspectionResult v : results.versions(id)) {
        lines.add(v.current() ? messages.get("results.history.current", v.version(), v.formedOn(), String.join(",", v.codes()))
            : messages.get("results.history.superseded", v.version(), v.formedOn(), String.join(",", v.codes()),
                v.supersededReason()));
      }
      for (FollowUp f : followUps.ofInspection(id)) {
        lines.add(messages.get("results.history.followUp", messages.label(f.kind()), f.detail(),
            f.dueDate() == null ? "" : f.dueDate().toString(),
            messages.get(f.closed() ? "results.history.closed" : "results.history.open")));
      }
      return lines.isEmpty() ? messages.get("results.history.none") : String.join("\n", lines);
    }, text -> {
      if (row == selected.get()) {
        history.set(text);
      }
    });
  }

  private String describe(Throwable e) {
    return messages.describeFailure(e);
  }

  /**
   * Imports a results workbook the clerk chooses (the template of {@code suiji results template},
   * filled in) off the FX thread with progress and cancel, all rows in one transaction: the outcome
   * names each refused row by its Excel row and column; the grid is read again.
   */
  public void importFile() {
    ResultImporter in = importer;
    DialogService d = dialogs;
    if (in == null || d == null) {
      return;
    }
    d.chooseFileToOpen(messages.get("results.import.choose"), messages.get("results.import.filter"), "*.xlsx", "*.csv")
        .ifPresent(file -> {
          error.set("");
          outcome.set("");
          job.run(p -> in.commit(ImportRequest.of(file), p), s -> {
            outcome.set(importOutcome(s));
            loadRows();
          }, e -> error.set(describe(e)), () -> {
            outcome.set(messages.get("results.import.cancelled"));
            loadRows();
          });
        });
  }

  private String importOutcome(ImportSummary s) {
    StringBuilder text = new StringBuilder(messages.get("cli.import.summary", s.read(), s.created(), s.updated(),
        s.duplicates(), s.rejected(), s.unchanged()));
    s.rejectedRows().stream().limit(IMPORT_LINES).forEach(r ->
        text.append('\n').append(messages.get("results.import.rejected", r.row(), r.column(), r.reason())));
    if (s.rejectedRows().size() > IMPORT_LINES) {
      text.append('\n').append(messages.get("results.import.more", s.rejectedRows().size() - IMPORT_LINES));
    }
    return text.toString();
  }

  /** The import's progress and cancel, for the view. */
  public ProgressJob job() {
    return job;
  }

  /** Whether the screen offers the import (the app does; the ViewModel's tests may not). */
  public boolean canImport() {
    return importer != null && dialogs != null;
  }

  private <T> void background(BackgroundTask.Work<T> work, Consumer<T> done) {
    background(work, done, e -> error.set(describe(e)));
  }

  private <T> void background(BackgroundTask.Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
    ScreenWork.background(executor, busy, work, done, failed);
  }

  /** The verification methods in list order with their numbers, for the hint under the grid. */
  public String methodHint() {
    VerificationMethod[] all = VerificationMethod.values();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < all.length; i++) {
      out.add((i + 1) + " " + messages.label(all[i]));
    }
    return String.join(messages.get("results.codes.separator"), out);
  }

  public ObservableList<NoticesViewModel.DrawChoice> drawChoices() {
    return drawChoices;
  }

  public ObjectProperty<NoticesViewModel.@Nullable DrawChoice> drawProperty() {
    return draw;
  }

  public ObservableList<ResultRow> rows() {
    return rows;
  }

  public ObjectProperty<@Nullable ResultRow> selectedProperty() {
    return selected;
  }

  public ReadOnlyStringProperty historyProperty() {
    return history;
  }

  public ReadOnlyStringProperty codeHintProperty() {
    return codeHint;
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

  public BooleanProperty busyProperty() {
    return busy;
  }
}
