package cn.suiji.joint.ui;

import cn.suiji.inspection.domain.VerificationMethod;
import cn.suiji.joint.domain.JointEntry;
import cn.suiji.joint.domain.JointInspector;
import cn.suiji.joint.domain.JointOutcome;
import cn.suiji.joint.domain.JointTask;
import cn.suiji.joint.domain.ReceivedInspection;
import cn.suiji.joint.remote.JointPackage;
import cn.suiji.joint.service.JointService;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.ScreenWork;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The 联合抽查 screen: on the lead's side a task package for a partner and the 联合检查总表; a joint
 * package imported (a task on the partner's side, results on the lead's); on the partner's side the
 * tasks received, their inspections with the results recorded, a result entered and the results
 * package written. Files are read and written off the FX thread, with progress and cancel. Touches no Node.
 */
public final class JointViewModel {
  /** A received task. */
  public record TaskLine(String code, String name, String lead, int inspections, int results, String importedOn) {}

  /** An inspection of the selected task. */
  public record InspectionLine(String target, String order, String code, String name, String inspectors, String result) {}

  private record Snapshot(List<JointTask> received, String department) {}

  private final JointService joint;
  private final DialogService dialogs;
  private final Messages messages;
  private final ScreenWork work;
  private final ObservableList<TaskLine> tasks = FXCollections.observableArrayList();
  private final ObservableList<InspectionLine> inspections = FXCollections.observableArrayList();
  private final ObjectProperty<@Nullable TaskLine> selectedTask = new SimpleObjectProperty<>();
  private final ObjectProperty<@Nullable InspectionLine> selectedInspection = new SimpleObjectProperty<>();
  private final StringProperty taskCode = new SimpleStringProperty("");
  private final StringProperty partnerCode = new SimpleStringProperty("");
  private final StringProperty department = new SimpleStringProperty("");
  private final StringProperty date = new SimpleStringProperty("");
  private final StringProperty codes = new SimpleStringProperty("");
  private final StringProperty outcome;
  private final StringProperty error;

  public JointViewModel(JointService joint, TaskExecutor executor, DialogService dialogs, Messages messages) {
    this.joint = joint;
    this.dialogs = dialogs;
    this.messages = messages;
    this.work = new ScreenWork(executor, messages, "joint.screen.cancelled");
    this.outcome = work.outcomeProperty();
    this.error = work.errorProperty();
    selectedTask.addListener((o, was, now) -> loadInspections());
  }

  /** Reads the received tasks and the file's department again. */
  public void refresh() {
    work.background(p -> new Snapshot(joint.received(), joint.department().orElse("")), (Snapshot r) -> {
      List<JointTask> received = r.received();
      TaskLine was = selectedTask.get();
      String keep = was == null ? "" : was.code();
      tasks.setAll(received.stream().map(t -> new TaskLine(t.taskCode(), t.taskName(), t.leadName(), t.inspections(),
          t.results(), t.importedAt().toLocalDate().toString())).toList());
      if (department.get() == null || department.get().isBlank()) {
        department.set(r.department());
      }
      tasks.stream().filter(t -> t.code().equals(keep)).findFirst().ifPresentOrElse(t -> {
        selectedTask.set(t);
        loadInspections();
      }, () -> selectedTask.set(tasks.isEmpty() ? null : tasks.get(0)));
    });
  }

  private void loadInspections() {
    TaskLine t = selectedTask.get();
    if (t == null) {
      inspections.clear();
      return;
    }
    work.background(p -> joint.receivedInspections(t.code()), (List<ReceivedInspection> list) -> inspections.setAll(
        list.stream().map(this::line).toList()));
  }

  private InspectionLine line(ReceivedInspection r) {
    String names = String.join("、", r.assignment().inspectors().stream().map(JointInspector::name).toList());
    String result = r.result() == null ? messages.get("joint.screen.noResult")
        : messages.get("joint.screen.result", String.join(",", r.result().codes()), r.result().formedOn());
    return new InspectionLine(r.assignment().targetKey(), Integer.toString(r.assignment().drawOrder()),
        r.assignment().targetCode(), r.assignment().targetName(), names, result);
  }

  /** Lead: asks where to write the task package of the task for the partner, and writes it. */
  public void exportTask() {
    work.clear();
    String task = text(taskCode);
    String partner = text(partnerCode);
    if (task.isEmpty() || partner.isEmpty()) {
      error.set(messages.get("joint.screen.needTaskAndPartner"));
      return;
    }
    Optional<Path> out = dialogs.chooseFileToSave(messages.get("joint.screen.exportTask"),
        task + "-" + partner + ".zip", messages.get("joint.screen.zipFilter"), "*.zip");
    out.ifPresent(f -> work.run(p -> joint.exportTask(task, partner, f), (JointPackage.Written w) ->
        outcome.set(messages.get("joint.screen.written", w.file(), w.manifestSha256()))));
  }

  /** Lead: asks where to write the 联合检查总表 of the task, and writes it. */
  public void exportSummary() {
    work.clear();
    String task = text(taskCode);
    if (task.isEmpty()) {
      error.set(messages.get("joint.screen.needTask"));
      return;
    }
    Optional<Path> out = dialogs.chooseFileToSave(messages.get("joint.screen.summary"),
        messages.get("joint.screen.summaryName", task), messages.get("joint.screen.xlsxFilter"), "*.xlsx", "*.docx");
    out.ifPresent(f -> work.run(p -> joint.writeSummary(task, f), (Integer rows) ->
        outcome.set(messages.get("cli.joint.summary", task, rows, f))));
  }

  /** Either side: asks for a joint package and imports it (a task, or results to merge). */
  public void importPackage() {
    work.clear();
    Optional<Path> file = dialogs.chooseFileToOpen(messages.get("joint.screen.import"),
        messages.get("joint.screen.zipFilter"), "*.zip");
    String self = text(department);
    file.ifPresent(f -> work.run(p -> joint.importPackage(f, self.isEmpty() ? null : self), (JointOutcome o) -> {
      outcome.set(describe(o));
      refresh();
    }));
  }

  private String describe(JointOutcome o) {
    if (o instanceof JointOutcome.TaskReceived t) {
      return messages.get(t.already() ? "cli.joint.received.already" : "cli.joint.received", t.task().taskCode(),
          t.task().taskName(), t.task().leadName(), t.task().inspections());
    }
    JointOutcome.ResultsMerged m = (JointOutcome.ResultsMerged) o;
    List<String> lines = new ArrayList<>();
    lines.add(messages.get("cli.joint.merged", m.taskCode(), m.partnerCode(), m.merged(), m.unchanged(),
        m.conflicts().size(), m.notRecorded().size()));
    lines.addAll(m.conflicts());
    lines.addAll(m.notRecorded());
    return String.join("\n", lines);
  }

  /** Partner: records the result typed for the selected inspection (all its assigned inspectors present, on site). */
  public void recordResult() {
    work.clear();
    TaskLine t = selectedTask.get();
    InspectionLine i = selectedInspection.get();
    if (t == null || i == null) {
      error.set(messages.get("joint.screen.needInspection"));
      return;
    }
    LocalDate day;
    try {
      day = LocalDate.parse(text(date));
    } catch (DateTimeParseException e) {
      error.set(messages.get("cli.joint.badDate", text(date)));
      return;
    }
    JointEntry entry = new JointEntry(t.code(), i.target(), day, List.of(text(codes).split("[,，、\\s]+")),
        Set.of(VerificationMethod.ON_SITE), null, null, null, null);
    work.background(p -> joint.recordResult(entry), r -> {
      outcome.set(messages.get("cli.joint.recorded", r.targetKey(), String.join(",", r.codes()), r.formedOn()));
      codes.set("");
      refresh();
    });
  }

  /** Partner: asks where to write the selected task's results package, and writes it. */
  public void exportResults() {
    work.clear();
    TaskLine t = selectedTask.get();
    if (t == null) {
      error.set(messages.get("joint.screen.needReceived"));
      return;
    }
    Optional<Path> out = dialogs.chooseFileToSave(messages.get("joint.screen.exportResults"),
        messages.get("joint.screen.resultsName", t.code()), messages.get("joint.screen.zipFilter"), "*.zip");
    out.ifPresent(f -> work.run(p -> joint.exportResults(t.code(), f), (JointPackage.Written w) ->
        outcome.set(messages.get("joint.screen.written", w.file(), w.manifestSha256()))));
  }

  /** Stops a file being written or read; nothing is kept of it (the import saves in one transaction at its end). */
  public void cancel() {
    work.cancel();
  }

  private static String text(StringProperty p) {
    return p.get() == null ? "" : p.get().strip();
  }

  public ObservableList<TaskLine> tasks() {
    return tasks;
  }

  public ObservableList<InspectionLine> inspections() {
    return inspections;
  }

  public ObjectProperty<@Nullable TaskLine> selectedTaskProperty() {
    return selectedTask;
  }

  public ObjectProperty<@Nullable InspectionLine> selectedInspectionProperty() {
    return selectedInspection;
  }

  public StringProperty taskCodeProperty() {
    return taskCode;
  }

  public StringProperty partnerCodeProperty() {
    return partnerCode;
  }

  public StringProperty departmentProperty() {
    return department;
  }

  public StringProperty dateProperty() {
    return date;
  }

  public StringProperty codesProperty() {
    return codes;
  }

  public StringProperty outcomeProperty() {
    return outcome;
  }

  public StringProperty errorProperty() {
    return error;
  }

  /** The screen's job, busy flag and message lines, for the View to bind its controls to. */
  public ScreenWork work() {
    return work;
  }
}
