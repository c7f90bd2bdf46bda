package cn.suiji.directory.ui;

import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.FieldProblem;
import cn.suiji.directory.domain.InspectionItem;
import cn.suiji.directory.domain.ItemCheck;
import cn.suiji.directory.domain.ItemClass;
import cn.suiji.directory.domain.ItemEntry;
import cn.suiji.directory.domain.ItemField;
import cn.suiji.directory.domain.ItemQuery;
import cn.suiji.directory.domain.TargetKind;
import cn.suiji.directory.service.DepartmentService;
import cn.suiji.directory.service.ItemService;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.Choice;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.TableSnapshot;
import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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
 * The item list screen (抽查事项清单): filters (department, class, target kind, text, only the
 * versions in force today or all versions), the rows, and an editor checked by {@link ItemCheck}
 * as the clerk types — {@link #save} and {@link #newVersion} refuse while a field is wrong. A
 * version that a task uses is shown as such; saving a change to it is refused by the service with
 * a message asking for a new version.
 */
public final class ItemsViewModel {
  private final ItemService service;
  private final DepartmentService departmentService;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Messages messages;
  private final Clock clock;

  private final ObservableList<Choice<Long>> departments = FXCollections.observableArrayList();
  private final ObservableList<Choice<Long>> editDepartments = FXCollections.observableArrayList();
  private final ObservableList<Choice<ItemClass>> classes = FXCollections.observableArrayList();
  private final ObservableList<Choice<TargetKind>> kinds = FXCollections.observableArrayList();
  private final ObjectProperty<Choice<Long>> department = new SimpleObjectProperty<>();
  private final ObjectProperty<Choice<ItemClass>> itemClass = new SimpleObjectProperty<>();
  private final ObjectProperty<Choice<TargetKind>> kind = new SimpleObjectProperty<>();
  private final StringProperty searchText = new SimpleStringProperty("");
  private final BooleanProperty allVersions = new SimpleBooleanProperty(false);
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final ObjectProperty<@Nullable Row> selected = new SimpleObjectProperty<>();
  private final StringProperty countText = new SimpleStringProperty("");

  private final Map<ItemField, StringProperty> texts = new EnumMap<>(ItemField.class);
  private final ObjectProperty<Choice<Long>> editDepartment = new SimpleObjectProperty<>();
  private final ObjectProperty<@Nullable ItemClass> editClass = new SimpleObjectProperty<>(ItemClass.GENERAL);
  private final ObjectProperty<@Nullable TargetKind> editKind = new SimpleObjectProperty<>(TargetKind.ENTERPRISE);
  private final Map<ItemField, ObjectProperty<@Nullable LocalDate>> dates = new EnumMap<>(ItemField.class);
  private final ObservableMap<ItemField, String> errors = FXCollections.observableHashMap();
  private final StringProperty errorText = new SimpleStringProperty("");
  /** The fields the clerk changed since the editor was filled; only their problems are shown. */
  private final java.util.Set<ItemField> touched = java.util.EnumSet.noneOf(ItemField.class);
  /** Set by a save: every problem is shown, touched or not. */
  private boolean showAll;
  /** True while the editor is filled from a row or cleared: those changes are not the clerk's. */
  private boolean filling;
  private boolean departmentTouched;
  private final StringProperty editorTitle = new SimpleStringProperty("");
  private final StringProperty usedText = new SimpleStringProperty("");
  private final BooleanProperty valid = new SimpleBooleanProperty(false);
  private final BooleanProperty editingExisting = new SimpleBooleanProperty(false);
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private @Nullable Long editingId;
  private int generation;

  public ItemsViewModel(ItemService service, DepartmentService departmentService, TaskExecutor executor,
      DialogService dialogs, Messages messages, Clock clock) {
    this.service = service;
    this.departmentService = departmentService;
    this.executor = executor;
    this.dialogs = dialogs;
    this.messages = messages;
    this.clock = clock;
    departments.add(new Choice<>(null, messages.get("items.filter.allDepartments")));
    department.set(departments.get(0));
    classes.add(new Choice<>(null, messages.get("items.filter.allClasses")));
    for (ItemClass c : ItemClass.values()) {
      classes.add(new Choice<>(c, messages.label(c)));
    }
    itemClass.set(classes.get(0));
    kinds.add(new Choice<>(null, messages.get("items.filter.allKinds")));
    for (TargetKind k : TargetKind.values()) {
      kinds.add(new Choice<>(k, messages.label(k)));
    }
    kind.set(kinds.get(0));
    for (ItemField f : ItemField.values()) {
      if (isDate(f)) {
        ObjectProperty<@Nullable LocalDate> p = new SimpleObjectProperty<>();
        p.addListener((obs, o, n) -> changed(f));
        dates.put(f, p);
      } else if (f != ItemField.ITEM_CLASS && f != ItemField.TARGET_KIND) {
        StringProperty p = new SimpleStringProperty("");
        p.addListener((obs, o, n) -> changed(f));
        texts.put(f, p);
      }
    }
    editClass.addListener((obs, o, n) -> changed(ItemField.ITEM_CLASS));
    editKind.addListener((obs, o, n) -> changed(ItemField.TARGET_KIND));
    editDepartment.addListener((obs, o, n) -> changed(null));
    department.addListener((obs, o, n) -> search());
    itemClass.addListener((obs, o, n) -> search());
    kind.addListener((obs, o, n) -> search());
    allVersions.addListener((obs, o, n) -> search());
    selected.addListener((obs, o, row) -> {
      if (row != null) {
        edit(row.entry());
      }
    });
    newItem();
  }

  private static boolean isDate(ItemField f) {
    return f == ItemField.LEGAL_REVIEW || f == ItemField.PUBLICISED || f == ItemField.VALID_FROM || f == ItemField.VALID_TO;
  }

  /** Reads the departments, then the rows. */
  public void load() {
    executor.execute(BackgroundTask.of(p -> departmentService.all()).onSuccess(this::showDepartments).onFailure(this::failed));
  }

  private void showDepartments(List<Department> all) {
    Long wanted = department.get() == null ? null : department.get().value();
    List<Choice<Long>> filter = new ArrayList<>(List.of(departments.get(0)));
    List<Choice<Long>> edit = new ArrayList<>();
    for (Department d : all) {
      Choice<Long> c = new Choice<>(d.id(), d.name());
      filter.add(c);
      if (d.active()) {
        edit.add(c);
      }
    }
    departments.setAll(filter);
    editDepartments.setAll(edit);
    department.set(departments.stream().filter(c -> c.value() != null && c.value().equals(wanted)).findFirst()
        .orElse(departments.get(0)));
    if (editDepartment.get() == null && !edit.isEmpty()) {
      editDepartment.set(edit.get(0));
    }
    search();
  }

  /** Reads the rows for the filters now set. */
  public void search() {
    ItemQuery q = query();
    int mine = ++generation;
    executor.execute(BackgroundTask.of(p -> service.list(q)).onSuccess(list -> {
      if (mine == generation) {
        show(list);
      }
    }).onFailure(this::failed));
  }

  /** The query of the filters: the versions in force today unless all versions are asked for. */
  public ItemQuery query() {
    return new ItemQuery(value(department), value(itemClass), value(kind),
        allVersions.get() ? null : LocalDate.now(clock), searchText.get() == null ? "" : searchText.get());
  }

  private void show(List<ItemEntry> list) {
    Map<Long, String> names = departments.stream().filter(c -> c.value() != null)
        .collect(Collectors.toMap(Choice::value, Choice::label, (a, b) -> a));
    Long keep = editingId;
    rows.setAll(list.stream().map(e -> row(e, names.getOrDefault(e.item().departmentId(), ""))).toList());
    countText.set(messages.get("items.count", rows.size()));
    if (keep != null) {
      rows.stream().filter(r -> keep.equals(r.entry().item().id())).findFirst().ifPresent(selected::set);
    }
  }

  private Row row(ItemEntry e, String departmentName) {
    InspectionItem i = e.item();
    return new Row(e, departmentName, i.code(), i.name(), messages.label(i.itemClass()), messages.label(i.targetKind()),
        i.method(), ItemCheck.ratioText(i.ratioPercent()), i.frequencyPerYear() == null ? "" : i.frequencyPerYear().toString(),
        i.validFrom().toString(), date(i.validTo()), date(i.legalReviewDate()), date(i.publicisedDate()),
        e.tasks() == 0 ? "" : Integer.toString(e.tasks()));
  }

  /** Clears the editor for a new item (in the department filtered on, else the first). */
  public void newItem() {
    filling = true;
    editingId = null;
    selected.set(null);
    texts.values().forEach(p -> p.set(""));
    dates.values().forEach(p -> p.set(null));
    dates.get(ItemField.VALID_FROM).set(LocalDate.now(clock));
    editClass.set(ItemClass.GENERAL);
    editKind.set(TargetKind.ENTERPRISE);
    Long d = value(department);
    if (d != null) {
      editDepartments.stream().filter(c -> d.equals(c.value())).findFirst().ifPresent(editDepartment::set);
    }
    editingExisting.set(false);
    usedText.set("");
    editorTitle.set(messages.get("items.editor.new"));
    filled();
  }

  /** A field the clerk changed (null: the department): from now on its problems show. */
  private void changed(@Nullable ItemField f) {
    if (!filling) {
      if (f == null) {
        departmentTouched = true;
      } else {
        touched.add(f);
      }
    }
    validate();
  }

  /** The editor was filled anew: nothing touched, nothing shown until the clerk changes a field or saves. */
  private void filled() {
    filling = false;
    touched.clear();
    departmentTouched = false;
    showAll = false;
    validate();
  }

  private void edit(ItemEntry e) {
    filling = true;
    InspectionItem i = e.item();
    editingId = i.id();
    text(ItemField.CODE).set(i.code());
    text(ItemField.NAME).set(i.name());
    text(ItemField.SUB_ITEM).set(nz(i.subItem()));
    text(ItemField.LEGAL_BASIS).set(i.legalBasis());
    text(ItemField.IMPLEMENTING_BODY).set(nz(i.implementingBody()));
    text(ItemField.CONTENT).set(nz(i.content()));
    text(ItemField.METHOD).set(i.method());
    text(ItemField.RATIO).set(ItemCheck.ratioText(i.ratioPercent()));
    text(ItemField.FREQUENCY).set(i.frequencyPerYear() == null ? "" : i.frequencyPerYear().toString());
    text(ItemField.INSPECTOR_REQUIREMENT).set(nz(i.inspectorRequirement()));
    editClass.set(i.itemClass());
    editKind.set(i.targetKind());
    dates.get(ItemField.LEGAL_REVIEW).set(i.legalReviewDate());
    dates.get(ItemField.PUBLICISED).set(i.publicisedDate());
    dates.get(ItemField.VALID_FROM).set(i.validFrom());
    dates.get(ItemField.VALID_TO).set(i.validTo());
    editDepartments.stream().filter(c -> c.value() != null && c.value() == i.departmentId()).findFirst()
        .ifPresent(editDepartment::set);
    editingExisting.set(true);
    editorTitle.set(messages.get("items.editor.edit", i.code(), i.validFrom().toString()));
    usedText.set(e.used() ? messages.get("items.editor.used", e.tasks()) : "");
    filled();
  }

  /** Checks the editor's fields; fills {@link #errors} and {@link #validProperty}. */
  private ItemCheck.Result validate() {
    Choice<Long> d = editDepartment.get();
    ItemCheck.Result r = ItemCheck.check(d == null || d.value() == null ? 0 : d.value(), this::fieldText);
    errors.clear();
    List<String> lines = new ArrayList<>();
    boolean ok = d != null && d.value() != null;
    for (FieldProblem<ItemField> p : r.problems()) {
      ok = false;
      if (showAll || touched.contains(p.field())) {
        String text = messages.describe(p.reason());
        errors.putIfAbsent(p.field(), text);
        lines.add(text);
      }
    }
    if ((d == null || d.value() == null) && (showAll || departmentTouched)) {
      lines.add(messages.get("items.editor.noDepartment"));
    }
    errorText.set(String.join("\n", lines));
    valid.set(ok);
    return r;
  }

  private String fieldText(ItemField f) {
    return switch (f) {
      case ITEM_CLASS -> editClass.get() == null ? "" : editClass.get().name();
      case TARGET_KIND -> editKind.get() == null ? "" : editKind.get().name();
      case LEGAL_REVIEW, PUBLICISED, VALID_FROM, VALID_TO -> date(dates.get(f).get());
      default -> texts.get(f).get() == null ? "" : texts.get(f).get();
    };
  }

  /** Saves the editor (a new item, or a change to the selected version); false if refused at once. */
  public boolean save() {
    showAll = true;
    ItemCheck.Result r = validate();
    if (!valid.get() || r.item() == null) {
      dialogs.showError(messages.get("items.title"), messages.get("items.editor.invalid", errorText.get()));
      return false;
    }
    InspectionItem item = r.item().withId(editingId);
    run(() -> service.save(item), "items.saved");
    return true;
  }

  /**
   * Makes the editor's fields the new version of the selected item from the editor's 生效日期
   * (the selected version ends the day before); false if refused at once.
   */
  public boolean newVersion() {
    Long current = editingId;
    if (current == null) {
      dialogs.showError(messages.get("items.title"), messages.get("items.newVersion.noneSelected"));
      return false;
    }
    showAll = true;
    ItemCheck.Result r = validate();
    if (!valid.get() || r.item() == null) {
      dialogs.showError(messages.get("items.title"), messages.get("items.editor.invalid", errorText.get()));
      return false;
    }
    InspectionItem draft = r.item();
    run(() -> service.newVersion(current, draft, draft.validFrom()), "items.newVersion.done");
    return true;
  }

  private void run(java.util.function.Supplier<InspectionItem> work, String doneKey) {
    busy.set(true);
    executor.execute(BackgroundTask.of(p -> work.get()).onSuccess(saved -> {
      busy.set(false);
      editingId = saved.id();
      search();
      dialogs.showInfo(messages.get("items.title"), messages.get(doneKey, saved.code(), saved.validFrom().toString()));
    }).onFailure(e -> {
      busy.set(false);
      failed(e);
    }));
  }

  /** Writes the table as the clerk sees it (sorted, filtered, visible columns) to an .xlsx file. */
  public void export(TableSnapshot snapshot) {
    Optional<Path> file = dialogs.chooseFileToSave(messages.get("items.export.title"),
        messages.get("items.export.fileName"), messages.get("items.export.filter"), "*.xlsx");
    if (file.isEmpty()) {
      return;
    }
    busy.set(true);
    executor.execute(BackgroundTask.of(p -> {
      snapshot.write(file.get(), messages.get("items.export.sheet"), p);
      return snapshot.rows().size();
    }).onSuccess(n -> {
      busy.set(false);
      dialogs.showInfo(messages.get("items.export.title"), messages.get("items.export.done", n, file.get()));
    }).onFailure(e -> {
      busy.set(false);
      failed(e);
    }));
  }

  private void failed(Throwable e) {
    dialogs.showFailure(messages.get("items.title"), e);
  }

  private static <T> @Nullable T value(ObjectProperty<Choice<T>> p) {
    return p.get() == null ? null : p.get().value();
  }

  private static String nz(@Nullable String s) {
    return s == null ? "" : s;
  }

  private static String date(@Nullable LocalDate d) {
    return d == null ? "" : d.toString();
  }

  /** The editor's text of a text field (code, name, ratio …). */
  public StringProperty text(ItemField f) {
    StringProperty p = texts.get(f);
    if (p == null) {
      throw new IllegalArgumentException(f + " is not a text field");
    }
    return p;
  }

  /** The editor's date of a date field (生效日期 …). */
  public ObjectProperty<@Nullable LocalDate> date(ItemField f) {
    ObjectProperty<@Nullable LocalDate> p = dates.get(f);
    if (p == null) {
      throw new IllegalArgumentException(f + " is not a date field");
    }
    return p;
  }

  public ObservableList<Choice<Long>> departments() { return departments; }
  public ObservableList<Choice<Long>> editDepartments() { return editDepartments; }
  public ObservableList<Choice<ItemClass>> classes() { return classes; }
  public ObservableList<Choice<TargetKind>> kinds() { return kinds; }
  public ObjectProperty<Choice<Long>> departmentProperty() { return department; }
  public ObjectProperty<Choice<ItemClass>> itemClassProperty() { return itemClass; }
  public ObjectProperty<Choice<TargetKind>> kindProperty() { return kind; }
  public StringProperty searchTextProperty() { return searchText; }
  public BooleanProperty allVersionsProperty() { return allVersions; }
  public ObservableList<Row> rows() { return rows; }
  public ObjectProperty<@Nullable Row> selectedProperty() { return selected; }
  public StringProperty countTextProperty() { return countText; }
  public ObjectProperty<Choice<Long>> editDepartmentProperty() { return editDepartment; }
  public ObjectProperty<@Nullable ItemClass> editClassProperty() { return editClass; }
  public ObjectProperty<@Nullable TargetKind> editKindProperty() { return editKind; }
  public ObservableMap<ItemField, String> errors() { return errors; }
  public StringProperty errorTextProperty() { return errorText; }
  public StringProperty editorTitleProperty() { return editorTitle; }
  public StringProperty usedTextProperty() { return usedText; }
  public BooleanProperty validProperty() { return valid; }
  public BooleanProperty editingExistingProperty() { return editingExisting; }
  public BooleanProperty busyProperty() { return busy; }

  /** One line of the table, as shown. */
  public record Row(ItemEntry entry, String department, String code, String name, String itemClass, String kind,
      String method, String ratio, String frequency, String validFrom, String validTo, String legalReview,
      String publicised, String tasks) {}
}
