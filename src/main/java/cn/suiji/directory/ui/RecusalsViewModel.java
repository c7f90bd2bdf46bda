package cn.suiji.directory.ui;

import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.InspectorRef;
import cn.suiji.directory.domain.LegalRepMatch;
import cn.suiji.directory.domain.Recusal;
import cn.suiji.directory.domain.RecusalCheck;
import cn.suiji.directory.domain.RecusalDraft;
import cn.suiji.directory.domain.RecusalFilter;
import cn.suiji.directory.domain.RecusalReason;
import cn.suiji.directory.domain.RecusalSource;
import cn.suiji.directory.domain.TargetRow;
import cn.suiji.directory.service.RecusalService;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.Choice;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.TableSnapshot;
import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The recusals screen's state (回避): the filters and the rows they select, the add pane (an
 * inspector, a target found by code or name, a reason, a note — checked as the clerk types, 添加
 * disabled while anything is missing), removing, the same-name check's proposals with the reason
 * they get when confirmed (利害关系 by default: an inspector who has a target's legal
 * representative's name is most often that person), and the export of the table as shown.
 */
public final class RecusalsViewModel {
  private final RecusalService service;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Messages messages;

  private final ObservableList<Choice<Long>> departments = FXCollections.observableArrayList();
  private final ObservableList<Choice<RecusalReason>> reasons = FXCollections.observableArrayList();
  private final ObservableList<Choice<RecusalSource>> sources = FXCollections.observableArrayList();
  private final ObjectProperty<Choice<Long>> department = new SimpleObjectProperty<>();
  private final ObjectProperty<Choice<RecusalReason>> reason = new SimpleObjectProperty<>();
  private final ObjectProperty<Choice<RecusalSource>> source = new SimpleObjectProperty<>();
  private final StringProperty text = new SimpleStringProperty("");
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final StringProperty countText = new SimpleStringProperty("");

  private final ObservableList<InspectorRef> inspectors = FXCollections.observableArrayList();
  private final ObjectProperty<@Nullable InspectorRef> inspector = new SimpleObjectProperty<>();
  private final StringProperty targetSearch = new SimpleStringProperty("");
  private final ObservableList<TargetRow> targetHits = FXCollections.observableArrayList();
  private final ObjectProperty<@Nullable TargetRow> target = new SimpleObjectProperty<>();
  private final ObjectProperty<@Nullable RecusalReason> addReason = new SimpleObjectProperty<>();
  private final StringProperty note = new SimpleStringProperty("");
  private final StringProperty addError = new SimpleStringProperty("");
  private final ReadOnlyBooleanWrapper canAdd = new ReadOnlyBooleanWrapper(false);

  private final ObservableList<Proposal> proposals = FXCollections.observableArrayList();
  private final ObjectProperty<RecusalReason> proposalReason = new SimpleObjectProperty<>(RecusalReason.INTEREST);
  private final StringProperty proposalText = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private int searchGeneration;

  public RecusalsViewModel(RecusalService service, TaskExecutor executor, DialogService dialogs, Messages messages) {
    this.service = service;
    this.executor = executor;
    this.dialogs = dialogs;
    this.messages = messages;
    departments.add(new Choice<>(null, messages.get("recusals.filter.anyDepartment")));
    reasons.add(new Choice<>(null, messages.get("recusals.filter.anyReason")));
    for (RecusalReason r : RecusalReason.values()) {
      reasons.add(new Choice<>(r, messages.label(r)));
    }
    sources.add(new Choice<>(null, messages.get("recusals.filter.anySource")));
    for (RecusalSource s : RecusalSource.values()) {
      sources.add(new Choice<>(s, messages.label(s)));
    }
    clearFilters();
    department.addListener((obs, old, d) -> search());
    reason.addListener((obs, old, r) -> search());
    source.addListener((obs, old, s) -> search());
    inspector.addListener((obs, old, i) -> validate());
    target.addListener((obs, old, t) -> validate());
    addReason.addListener((obs, old, r) -> validate());
    note.addListener((obs, old, n) -> validate());
    validate();
  }

  /** Reads the departments, the inspectors and the recusals. */
  public void load() {
    executor.execute(BackgroundTask.of(p -> new Lists(service.departments(), service.inspectors(null)))
        .onSuccess(lists -> {
          List<Choice<Long>> ds = new ArrayList<>(List.of(departments.get(0)));
          for (Department d : lists.departments()) {
            ds.add(new Choice<>(d.id(), d.name()));
          }
          departments.setAll(ds);
          inspectors.setAll(lists.inspectors());
          department.set(departments.get(0));
        })
        .onFailure(this::failed));
    search();
  }

  public void clearFilters() {
    text.set("");
    department.set(departments.get(0));
    reason.set(reasons.get(0));
    source.set(sources.get(0));
  }

  /** Shows the recusals the filters select. */
  public void search() {
    RecusalFilter filter = new RecusalFilter(value(department), value(reason), value(source), text.get());
    executor.execute(BackgroundTask.of(p -> service.list(filter))
        .onSuccess(list -> {
          rows.setAll(list.stream().map(this::row).toList());
          countText.set(messages.get("recusals.count", list.size()));
        })
        .onFailure(this::failed));
  }

  /** Looks for targets by code or name for the add pane. */
  public void searchTargets() {
    String q = targetSearch.get() == null ? "" : targetSearch.get().strip();
    int mine = ++searchGeneration;
    target.set(null);
    if (q.isEmpty()) {
      targetHits.clear();
      return;
    }
    executor.execute(BackgroundTask.of(p -> service.searchTargets(q))
        .onSuccess(hits -> {
          if (mine == searchGeneration) {
            targetHits.setAll(hits);
            if (hits.size() == 1) {
              target.set(hits.get(0));
            }
          }
        })
        .onFailure(this::failed));
  }

  /**
   * Checks the add pane: the first missing or wrong part, or nothing; shown once the clerk has
   * begun a pair (an untouched pane says nothing, its Add button is simply not yet pressable).
   */
  void validate() {
    RecusalDraft d = draft();
    List<RecusalCheck.Problem> problems = RecusalCheck.problems(d);
    canAdd.set(problems.isEmpty() && !busy.get());
    boolean begun = d.inspectorId() != null || d.targetId() != null || d.reason() != null
        || d.note() != null && !d.note().isBlank();
    addError.set(problems.isEmpty() || !begun ? "" : messages.get(problems.get(0).key(), RecusalCheck.MAX_NOTE));
  }

  private RecusalDraft draft() {
    InspectorRef i = inspector.get();
    TargetRow t = target.get();
    return new RecusalDraft(i == null ? null : i.id(), t == null ? null : t.id(), addReason.get(), note.get());
  }

  /** Adds the pair of the add pane (本人申报). */
  public void add() {
    if (!canAdd.get()) {
      return;
    }
    RecusalDraft d = draft();
    setBusy(true);
    executor.execute(BackgroundTask.of(p -> service.add(d))
        .onSuccess(saved -> {
          setBusy(false);
          target.set(null);
          targetHits.clear();
          targetSearch.set("");
          note.set("");
          addReason.set(null);
          search();
        })
        .onFailure(this::failed));
  }

  /** Removes a recusal after the clerk confirms. */
  public void remove(@Nullable Row row) {
    if (row == null || !dialogs.confirm(messages.get("recusals.remove.title"),
        messages.get("recusals.remove.confirm", row.inspectorName(), row.targetName()))) {
      return;
    }
    executor.execute(BackgroundTask.of(p -> service.remove(row.recusal().id()))
        .onSuccess(done -> search())
        .onFailure(this::failed));
  }

  /** 查找同名: proposes inspector–target pairs where the inspector's name is the legal representative's. */
  public void findSameName() {
    Long d = value(department);
    setBusy(true);
    executor.execute(BackgroundTask.of(p -> service.proposals(d))
        .onSuccess(list -> {
          setBusy(false);
          proposals.setAll(list.stream().map(Proposal::new).toList());
          proposalText.set(list.isEmpty() ? messages.get("recusals.proposals.none")
              : messages.get("recusals.proposals.found", list.size()));
        })
        .onFailure(this::failed));
  }

  /** Confirms the chosen proposals as recusals (系统发现) with {@link #proposalReasonProperty}. */
  public void confirm(List<Proposal> chosen) {
    if (chosen.isEmpty()) {
      proposalText.set(messages.get("recusals.proposals.chooseFirst"));
      return;
    }
    List<LegalRepMatch> matches = chosen.stream().map(Proposal::match).toList();
    RecusalReason r = proposalReason.get() == null ? RecusalReason.INTEREST : proposalReason.get();
    setBusy(true);
    executor.execute(BackgroundTask.of(p -> service.confirm(matches, r))
        .onSuccess(n -> {
          setBusy(false);
          proposals.removeAll(chosen);
          proposalText.set(messages.get("recusals.proposals.confirmed", n));
          search();
        })
        .onFailure(this::failed));
  }

  public void closeProposals() {
    proposals.clear();
    proposalText.set("");
  }

  /** Writes the table as the clerk sees it (taken on the FX thread by the View) to a chosen .xlsx. */
  public void export(TableSnapshot snapshot) {
    Optional<Path> file = dialogs.chooseFileToSave(messages.get("recusals.export.title"),
        messages.get("recusals.export.fileName"), messages.get("recusals.export.filter"), "*.xlsx");
    if (file.isEmpty()) {
      return;
    }
    executor.execute(BackgroundTask.of(p -> {
      snapshot.write(file.get(), messages.get("recusals.export.sheet"), p);
      return snapshot.rows().size();
    }).onSuccess(n -> dialogs.showInfo(messages.get("recusals.export.title"), messages.get("recusals.export.done", n, file.get())))
        .onFailure(this::failed));
  }

  private void setBusy(boolean value) {
    busy.set(value);
    validate();
  }

  private void failed(Throwable e) {
    setBusy(false);
    dialogs.showFailure(messages.get("recusals.title"), e);
  }

  private Row row(Recusal r) {
    return new Row(r, r.inspectorName(), r.certNo() == null ? "" : r.certNo(), r.departmentName(), r.targetName(),
        r.targetCode(), messages.label(r.reason()), messages.label(r.source()), r.note());
  }

  private static <T> @Nullable T value(ObjectProperty<Choice<T>> p) {
    return p.get() == null ? null : p.get().value();
  }

  public ObservableList<Choice<Long>> departments() { return departments; }
  public ObservableList<Choice<RecusalReason>> reasons() { return reasons; }
  public ObservableList<Choice<RecusalSource>> sources() { return sources; }
  public ObjectProperty<Choice<Long>> departmentProperty() { return department; }
  public ObjectProperty<Choice<RecusalReason>> reasonProperty() { return reason; }
  public ObjectProperty<Choice<RecusalSource>> sourceProperty() { return source; }
  public StringProperty textProperty() { return text; }
  public ObservableList<Row> rows() { return rows; }
  public StringProperty countTextProperty() { return countText; }
  public ObservableList<InspectorRef> inspectors() { return inspectors; }
  public ObjectProperty<@Nullable InspectorRef> inspectorProperty() { return inspector; }
  public StringProperty targetSearchProperty() { return targetSearch; }
  public ObservableList<TargetRow> targetHits() { return targetHits; }
  public ObjectProperty<@Nullable TargetRow> targetProperty() { return target; }
  public ObjectProperty<@Nullable RecusalReason> addReasonProperty() { return addReason; }
  public StringProperty noteProperty() { return note; }
  public StringProperty addErrorProperty() { return addError; }
  public ReadOnlyBooleanProperty canAddProperty() { return canAdd.getReadOnlyProperty(); }
  public ObservableList<Proposal> proposals() { return proposals; }
  public ObjectProperty<RecusalReason> proposalReasonProperty() { return proposalReason; }
  public StringProperty proposalTextProperty() { return proposalText; }
  public BooleanProperty busyProperty() { return busy; }

  private record Lists(List<Department> departments, List<InspectorRef> inspectors) {}

  /** One line of the table as shown; {@code recusal} is the stored record. */
  public record Row(Recusal recusal, String inspectorName, String certNo, String department, String targetName,
      String targetCode, String reason, String source, String note) {}

  /** One proposal of the same-name check as shown. */
  public record Proposal(LegalRepMatch match) {
    public String inspector() {
      return match.certNo() == null ? match.inspectorName() : match.inspectorName() + "（" + match.certNo() + "）";
    }
  }
}
