package cn.suiji.directory.ui;

import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.DepartmentCheck;
import cn.suiji.directory.domain.FieldProblem;
import cn.suiji.directory.service.DepartmentService;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.TableSnapshot;
import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.jspecify.annotations.Nullable;

/**
 * The departments screen: the list (code, name, 机关代字, order, state) and an editor checked as
 * the clerk types — code and name unique among the departments shown, 机关代字 present, order a
 * whole number — whose {@link #save} refuses while anything is wrong. A department is deactivated
 * rather than deleted; {@link #delete} is refused by the service when it has data.
 */
public final class DepartmentsViewModel {
  /** The editor's fields that can be wrong. */
  public enum Field { CODE, NAME, DOC_PREFIX, SORT_ORDER }

  private final DepartmentService service;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Messages messages;
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final ObjectProperty<@Nullable Row> selected = new SimpleObjectProperty<>();
  private final StringProperty code = new SimpleStringProperty("");
  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty docPrefix = new SimpleStringProperty("");
  private final StringProperty sortOrder = new SimpleStringProperty("");
  private final ObservableMap<Field, String> errors = FXCollections.observableHashMap();
  private final StringProperty errorText = new SimpleStringProperty("");
  private final StringProperty editorTitle = new SimpleStringProperty("");
  private final BooleanProperty valid = new SimpleBooleanProperty(false);
  private final BooleanProperty editingExisting = new SimpleBooleanProperty(false);
  private final BooleanProperty editingActive = new SimpleBooleanProperty(true);
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private List<Department> all = List.of();
  private @Nullable Department editing;
  /** The fields the clerk changed since the editor was filled; only their problems are shown. */
  private final java.util.Set<Field> touched = java.util.EnumSet.noneOf(Field.class);
  /** Set by a save: every problem is shown. */
  private boolean showAll;
  /** True while the editor is filled from a row or cleared: those changes are not the clerk's. */
  private boolean filling;

  public DepartmentsViewModel(DepartmentService service, TaskExecutor executor, DialogService dialogs, Messages messages) {
    this.service = service;
    this.executor = executor;
    this.dialogs = dialogs;
    this.messages = messages;
    code.addListener((obs, o, n) -> changed(Field.CODE));
    name.addListener((obs, o, n) -> changed(Field.NAME));
    docPrefix.addListener((obs, o, n) -> changed(Field.DOC_PREFIX));
    sortOrder.addListener((obs, o, n) -> changed(Field.SORT_ORDER));
    selected.addListener((obs, o, row) -> {
      if (row != null) {
        edit(row.department());
      }
    });
    newDepartment();
  }

  public void load() {
    executor.execute(BackgroundTask.of(p -> service.all()).onSuccess(this::show).onFailure(this::failed));
  }

  private void show(List<Department> list) {
    all = list;
    Long keep = editing == null ? null : editing.id();
    rows.setAll(list.stream().map(d -> new Row(d, d.code(), d.name(), d.docPrefix(), Integer.toString(d.sortOrder()),
        messages.get(d.active() ? "departments.state.active" : "departments.state.inactive"))).toList());
    if (keep != null) {
      rows.stream().filter(r -> keep.equals(r.department().id())).findFirst().ifPresent(selected::set);
    }
    validate();
  }

  /** Clears the editor for a new department, placed after the others. */
  public void newDepartment() {
    filling = true;
    editing = null;
    selected.set(null);
    code.set("");
    name.set("");
    docPrefix.set("");
    sortOrder.set(Integer.toString(all.stream().mapToInt(Department::sortOrder).max().orElse(0) + 1));
    editingExisting.set(false);
    editingActive.set(true);
    editorTitle.set(messages.get("departments.editor.new"));
    filled();
  }

  private void changed(Field f) {
    if (!filling) {
      touched.add(f);
    }
    validate();
  }

  /** The editor was filled anew: nothing shown until the clerk changes a field or saves. */
  private void filled() {
    filling = false;
    touched.clear();
    showAll = false;
    validate();
  }

  private void edit(Department d) {
    filling = true;
    editing = d;
    code.set(d.code());
    name.set(d.name());
    docPrefix.set(d.docPrefix());
    sortOrder.set(Integer.toString(d.sortOrder()));
    editingExisting.set(true);
    editingActive.set(d.active());
    editorTitle.set(messages.get("departments.editor.edit", d.name()));
    filled();
  }

  private @Nullable Department validate() {
    errors.clear();
    Integer order = order();
    DepartmentCheck.Result r = DepartmentCheck.check(code.get(), name.get(), docPrefix.get(), order == null ? 0 : order,
        editing == null || editing.active());
    List<FieldProblem<DepartmentCheck.Field>> problems = new ArrayList<>(r.problems());
    Department d = r.department();
    if (d != null) {
      d = editing == null ? d : d.withId(editing.id());
      problems.addAll(d.clashesWith(all));
    }
    List<String> lines = new ArrayList<>();
    boolean ok = problems.isEmpty() && order != null;
    for (FieldProblem<DepartmentCheck.Field> p : problems) {
      Field f = Field.valueOf(p.field().name());
      if (showAll || touched.contains(f)) {
        String text = messages.describe(p.reason());
        errors.putIfAbsent(f, text);
        lines.add(text);
      }
    }
    if (order == null && (showAll || touched.contains(Field.SORT_ORDER))) {
      String text = messages.get("departments.error.sortOrder", sortOrder.get());
      errors.put(Field.SORT_ORDER, text);
      lines.add(text);
    }
    errorText.set(String.join("\n", lines));
    valid.set(ok);
    return ok ? d : null;
  }

  private @Nullable Integer order() {
    String s = sortOrder.get() == null ? "" : sortOrder.get().strip();
    try {
      int n = Integer.parseInt(s);
      return n >= 0 && n <= 9999 ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Saves the editor; false (with the problems shown) while a field is wrong. */
  public boolean save() {
    showAll = true;
    Department d = validate();
    if (d == null) {
      dialogs.showError(messages.get("departments.title"), messages.get("departments.editor.invalid", errorText.get()));
      return false;
    }
    run(() -> service.save(d), "departments.saved");
    return true;
  }

  /** Deactivates the department being edited (or reactivates an inactive one). */
  public void toggleActive() {
    Department d = editing;
    if (d == null || d.id() == null) {
      return;
    }
    long id = d.id();
    boolean activate = !d.active();
    run(() -> service.setActive(id, activate), activate ? "departments.activated" : "departments.deactivated");
  }

  /** Deletes the department being edited after asking; a department with data is refused. */
  public void delete() {
    Department d = editing;
    if (d == null || d.id() == null
        || !dialogs.confirm(messages.get("departments.title"), messages.get("departments.delete.confirm", d.name()))) {
      return;
    }
    long id = d.id();
    busy.set(true);
    executor.execute(BackgroundTask.of(p -> {
      service.delete(id);
      return d;
    }).onSuccess(gone -> {
      busy.set(false);
      newDepartment();
      load();
      dialogs.showInfo(messages.get("departments.title"), messages.get("departments.deleted", gone.name()));
    }).onFailure(e -> {
      busy.set(false);
      failed(e);
    }));
  }

  private void run(Supplier<Department> work, String doneKey) {
    busy.set(true);
    executor.execute(BackgroundTask.of(p -> work.get()).onSuccess(saved -> {
      busy.set(false);
      editing = saved;
      load();
      dialogs.showInfo(messages.get("departments.title"), messages.get(doneKey, saved.name()));
    }).onFailure(e -> {
      busy.set(false);
      failed(e);
    }));
  }

  /** Writes the table as shown to an .xlsx file. */
  public void export(TableSnapshot snapshot) {
    Optional<Path> file = dialogs.chooseFileToSave(messages.get("departments.export.title"),
        messages.get("departments.export.fileName"), messages.get("items.export.filter"), "*.xlsx");
    if (file.isEmpty()) {
      return;
    }
    executor.execute(BackgroundTask.of(p -> {
      snapshot.write(file.get(), messages.get("departments.title"), p);
      return snapshot.rows().size();
    }).onSuccess(n -> dialogs.showInfo(messages.get("departments.export.title"),
        messages.get("items.export.done", n, file.get()))).onFailure(this::failed));
  }

  private void failed(Throwable e) {
    dialogs.showFailure(messages.get("departments.title"), e);
  }

  public ObservableList<Row> rows() { return rows; }
  public ObjectProperty<@Nullable Row> selectedProperty() { return selected; }
  public StringProperty codeProperty() { return code; }
  public StringProperty nameProperty() { return name; }
  public StringProperty docPrefixProperty() { return docPrefix; }
  public StringProperty sortOrderProperty() { return sortOrder; }
  public ObservableMap<Field, String> errors() { return errors; }
  public StringProperty errorTextProperty() { return errorText; }
  public StringProperty editorTitleProperty() { return editorTitle; }
  public BooleanProperty validProperty() { return valid; }
  public BooleanProperty editingExistingProperty() { return editingExisting; }
  public BooleanProperty editingActiveProperty() { return editingActive; }
  public BooleanProperty busyProperty() { return busy; }

  /** One line of the table, as shown. */
  public record Row(Department department, String code, String name, String docPrefix, String sortOrder, String state) {}
}
