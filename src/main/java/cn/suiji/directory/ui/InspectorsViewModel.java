package cn.suiji.directory.ui;

import cn.suiji.directory.domain.CertState;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.Inspector;
import cn.suiji.directory.domain.InspectorCheck;
import cn.suiji.directory.domain.InspectorFilter;
import cn.suiji.directory.domain.InspectorStatus;
import cn.suiji.directory.service.InspectorService;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.Choice;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.TableSnapshot;
import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import cn.suiji.shared.ui.concurrent.TaskHandle;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The inspector directory's state: every inspector of the county (a few hundred, held in
 * memory), the filters (department, status, certificate state, name search) applied as they
 * change, the rows shown, the {@link InspectorEditor} and the export of the current view.
 */
public final class InspectorsViewModel {
  private final InspectorService service;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Messages messages;
  private final InspectorEditor editor;

  private final ObservableList<Choice<String>> departments = FXCollections.observableArrayList();
  private final ObservableList<Choice<InspectorStatus>> statuses = FXCollections.observableArrayList();
  private final ObservableList<Choice<CertState>> certStates = FXCollections.observableArrayList();
  private final ObjectProperty<Choice<String>> department = new SimpleObjectProperty<>();
  private final ObjectProperty<Choice<InspectorStatus>> status = new SimpleObjectProperty<>();
  private final ObjectProperty<Choice<CertState>> certState = new SimpleObjectProperty<>();
  private final StringProperty searchText = new SimpleStringProperty("");
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final ObjectProperty<@Nullable Row> selected = new SimpleObjectProperty<>();
  private final StringProperty countText = new SimpleStringProperty("");
  private final BooleanProperty exporting = new SimpleBooleanProperty(false);

  private List<Inspector> all = List.of();
  private List<Department> departmentList = List.of();
  private LocalDate today = LocalDate.now();
  private @Nullable TaskHandle export;

  public InspectorsViewModel(InspectorService service, TaskExecutor executor, DialogService dialogs, Messages messages) {
    this.service = service;
    this.executor = executor;
    this.dialogs = dialogs;
    this.messages = messages;
    this.editor = new InspectorEditor(service, executor, dialogs, messages, this::saved);
    statuses.setAll(choices(InspectorStatus.values(), "inspectors.filter.status"));
    certStates.setAll(choices(CertState.values(), "inspectors.filter.certState"));
    departments.setAll(anyDepartment());
    department.set(departments.get(0));
    status.set(statuses.get(0));
    certState.set(certStates.get(0));
    department.addListener((o, a, b) -> applyFilters());
    status.addListener((o, a, b) -> applyFilters());
    certState.addListener((o, a, b) -> applyFilters());
    searchText.addListener((o, a, b) -> applyFilters());
  }

  /** Reads the departments and every inspector, in the background. */
  public void load() {
    executor.execute(BackgroundTask.of(p -> new Loaded(service.departments(), service.list(InspectorFilter.all()),
            service.today()))
        .onSuccess(this::show)
        .onFailure(this::failed));
  }

  private void show(Loaded loaded) {
    departmentList = loaded.departments();
    all = loaded.inspectors();
    today = loaded.today();
    Choice<String> was = department.get();
    List<Choice<String>> ds = new ArrayList<>(List.of(anyDepartment()));
    loaded.departments().forEach(d -> ds.add(new Choice<>(d.code(), d.name())));
    departments.setAll(ds);
    department.set(ds.stream().filter(c -> was != null && c.value() != null && c.value().equals(was.value()))
        .findFirst().orElse(ds.get(0)));
    applyFilters();
  }

  /** Shows the inspectors that pass every filter, keeping the chosen one chosen if it still shows. */
  void applyFilters() {
    String dept = value(department);
    InspectorStatus st = value(status);
    CertState cs = value(certState);
    String text = searchText.get() == null ? "" : searchText.get().strip().toLowerCase(Locale.ROOT);
    Row was = selected.get();
    List<Row> shown = all.stream()
        .filter(i -> dept == null || i.departmentCode().equals(dept))
        .filter(i -> st == null || i.status() == st)
        .filter(i -> cs == null || i.certState(today) == cs)
        .filter(i -> text.isEmpty() || i.name().toLowerCase(Locale.ROOT).contains(text)
            || String.valueOf(i.key()).toLowerCase(Locale.ROOT).contains(text)
            || i.certNo().toLowerCase(Locale.ROOT).contains(text))
        .map(this::row).toList();
    rows.setAll(shown);
    selected.set(was == null ? null : shown.stream().filter(r -> r.key().equals(was.key())).findFirst().orElse(null));
    countText.set(messages.get("inspectors.count", shown.size(), all.size()));
  }

  public void clearFilters() {
    department.set(departments.get(0));
    status.set(statuses.get(0));
    certState.set(certStates.get(0));
    searchText.set("");
  }

  /** Opens the editor on a new inspector of the department filtered by, else the first one. */
  public void add() {
    String dept = value(department);
    editor.startNew(dept != null ? dept : departmentList.isEmpty() ? "" : departmentList.get(0).code(), departmentList);
  }

  /** Opens the editor on the chosen inspector. */
  public void editSelected() {
    Row row = selected.get();
    if (row != null) {
      editor.startEdit(row.inspector(), departmentList);
    }
  }

  private void saved(Inspector inspector) {
    dialogs.showInfo(messages.get("inspectors.title"), messages.get("inspectors.saved", inspector.name(), inspector.key()));
    load();
  }

  /** Asks for a file and writes the table's current view (taken on the FX thread) to it in the background. */
  public void export(TableSnapshot snapshot) {
    if (exporting.get()) {
      return;
    }
    Optional<Path> file = dialogs.chooseFileToSave(messages.get("inspectors.export.title"),
        messages.get("inspectors.export.fileName"), messages.get("inspectors.export.filter"), "*.xlsx");
    if (file.isEmpty()) {
      return;
    }
    exporting.set(true);
    export = executor.execute(BackgroundTask.of(p -> {
          snapshot.write(file.get(), messages.get("directory.inspector.export.sheet"), p);
          return snapshot.rows().size();
        })
        .onSuccess(n -> {
          exporting.set(false);
          dialogs.showInfo(messages.get("inspectors.export.title"), messages.get("inspectors.export.done", n, file.get()));
        })
        .onCancelled(() -> exporting.set(false))
        .onFailure(e -> {
          exporting.set(false);
          failed(e);
        }));
  }

  public void cancelExport() {
    if (export != null) {
      export.cancel();
    }
  }

  private void failed(Throwable e) {
    dialogs.showFailure(messages.get("inspectors.error.title"), e);
  }

  private Row row(Inspector i) {
    CertState state = i.certState(today);
    String expiry = i.certExpiry() == null ? "" : i.certExpiry().toString();
    String stateText = state == CertState.EXPIRED || state == CertState.EXPIRING || state == CertState.MISSING
        ? messages.label(state) : "";
    String departmentName = departmentList.stream().filter(d -> d.code().equals(i.departmentCode())).map(Department::name)
        .findFirst().orElse(i.departmentCode());
    return new Row(i, String.valueOf(i.key()), i.name(), departmentName, nz(i.post()), i.maskedIdNumber(), i.certNo(),
        stateText.isEmpty() ? expiry : expiry.isEmpty() ? stateText : expiry + "（" + stateText + "）", state,
        messages.label(i.status()), nz(i.area()), nz(i.phone()), String.join("、", i.itemCodes()));
  }

  private <E extends Enum<E>> List<Choice<E>> choices(E[] values, String filterKey) {
    List<Choice<E>> out = new ArrayList<>();
    out.add(new Choice<>(null, messages.get("inspectors.filter.anyOf", messages.get(filterKey))));
    for (E e : values) {
      out.add(new Choice<>(e, messages.label(e)));
    }
    return out;
  }

  private Choice<String> anyDepartment() {
    return new Choice<>(null, messages.get("inspectors.filter.anyOf", messages.get("inspectors.filter.department")));
  }

  private static <T> @Nullable T value(ObjectProperty<Choice<T>> p) {
    return p.get() == null ? null : p.get().value();
  }

  private static String nz(@Nullable String s) {
    return s == null ? "" : s;
  }

  public InspectorEditor editor() { return editor; }
  public ObservableList<Choice<String>> departments() { return departments; }
  public ObservableList<Choice<InspectorStatus>> statuses() { return statuses; }
  public ObservableList<Choice<CertState>> certStates() { return certStates; }
  public ObjectProperty<Choice<String>> departmentProperty() { return department; }
  public ObjectProperty<Choice<InspectorStatus>> statusProperty() { return status; }
  public ObjectProperty<Choice<CertState>> certStateProperty() { return certState; }
  public StringProperty searchTextProperty() { return searchText; }
  public ObservableList<Row> rows() { return rows; }
  public ObjectProperty<@Nullable Row> selectedProperty() { return selected; }
  public StringProperty countTextProperty() { return countText; }
  public BooleanProperty exportingProperty() { return exporting; }

  private record Loaded(List<Department> departments, List<Inspector> inspectors, LocalDate today) {}

  /**
   * One line of the table as shown: the ID number masked, the expiry with the certificate's
   * state in words when it has run out or soon will ({@code certState} for the style).
   */
  public record Row(Inspector inspector, String key, String name, String department, String post, String idNumber,
      String certNo, String expiry, CertState certState, String status, String area, String phone, String items) {}
}
