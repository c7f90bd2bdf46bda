package cn.suiji.directory.ui;

import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.Gender;
import cn.suiji.directory.domain.Inspector;
import cn.suiji.directory.domain.InspectorCheck;
import cn.suiji.directory.domain.InspectorField;
import cn.suiji.directory.domain.InspectorStatus;
import cn.suiji.directory.domain.ItemOption;
import cn.suiji.directory.service.InspectorService;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.Choice;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
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
 * The add/edit pane of the inspector directory: one text per field, checked by {@link
 * InspectorCheck} at every change (each field's message shown under it, {@link #validProperty}
 * false while any is wrong, so Save stays disabled) and, off the FX thread, whether another
 * inspector already has the 执法证号 or 身份证号码 (shown under that field too), the eligible items chosen among the
 * department's items, and the save through {@link InspectorService#save} (which checks again).
 */
public final class InspectorEditor {
  /** One of the department's items, ticked if the inspector may inspect it. */
  public record ItemChoice(ItemOption item, BooleanProperty chosen) {
    @Override
    public String toString() {
      return item.code() + " " + item.name();
    }
  }

  private final InspectorService service;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Messages messages;
  private final Consumer<Inspector> onSaved;

  private final Map<InspectorField, StringProperty> values = new EnumMap<>(InspectorField.class);
  private final Map<InspectorField, StringProperty> errors = new EnumMap<>(InspectorField.class);
  private final ObservableList<Choice<String>> departments = FXCollections.observableArrayList();
  private final ObservableList<Choice<InspectorStatus>> statuses = FXCollections.observableArrayList();
  private final ObservableList<Choice<Gender>> genders = FXCollections.observableArrayList();
  private final ObjectProperty<Choice<String>> department = new SimpleObjectProperty<>();
  private final ObjectProperty<Choice<InspectorStatus>> status = new SimpleObjectProperty<>();
  private final ObjectProperty<Choice<Gender>> gender = new SimpleObjectProperty<>();
  private final ObservableList<ItemChoice> items = FXCollections.observableArrayList();
  private final BooleanProperty open = new SimpleBooleanProperty(false);
  private final BooleanProperty existing = new SimpleBooleanProperty(false);
  private final BooleanProperty valid = new SimpleBooleanProperty(false);
  private final BooleanProperty saving = new SimpleBooleanProperty(false);
  private final StringProperty title = new SimpleStringProperty("");

  private InspectorCheck.@Nullable Context context;
  /** The last uniqueness question sent to the service, and the one whose answer {@link #clashes} holds. */
  private @Nullable ClashQuery asked;
  private @Nullable ClashQuery answered;
  private Map<InspectorField, SuijiException> clashes = Map.of();
  private @Nullable Long editingId;
  private Set<String> chosenCodes = new TreeSet<>();
  private boolean filling;
  /** The fields the clerk changed since the form was filled; only their problems are shown. */
  private final Set<InspectorField> touched = java.util.EnumSet.noneOf(InspectorField.class);
  /** Set by a save: every problem is shown. */
  private boolean showAll;

  InspectorEditor(InspectorService service, TaskExecutor executor, DialogService dialogs, Messages messages,
      Consumer<Inspector> onSaved) {
    this.service = service;
    this.executor = executor;
    this.dialogs = dialogs;
    this.messages = messages;
    this.onSaved = onSaved;
    for (InspectorField f : InspectorField.values()) {
      StringProperty value = new SimpleStringProperty("");
      value.addListener((o, a, b) -> {
        if (!filling) {
          touched.add(f);
        }
        validate();
      });
      values.put(f, value);
      errors.put(f, new SimpleStringProperty(""));
    }
    for (InspectorStatus s : InspectorStatus.values()) {
      statuses.add(new Choice<>(s, messages.label(s)));
    }
    genders.setAll(new Choice<>(null, messages.get("inspectors.editor.genderFromId")),
        new Choice<>(Gender.MALE, messages.label(Gender.MALE)), new Choice<>(Gender.FEMALE, messages.label(Gender.FEMALE)));
    department.addListener((o, a, d) -> {
      values.get(InspectorField.DEPARTMENT).set(d == null || d.value() == null ? "" : d.value());
      if (!filling && d != null && d.value() != null) {
        loadItems(d.value());
      }
    });
    status.addListener((o, a, s) -> values.get(InspectorField.STATUS)
        .set(s == null || s.value() == null ? "" : InspectorCheck.statusText(s.value())));
    gender.addListener((o, a, g) -> values.get(InspectorField.GENDER)
        .set(g == null || g.value() == null ? "" : g.value() == Gender.MALE ? "男" : "女"));
  }

  /** A blank form for a new inspector of {@code departmentCode}; 人员编号 left empty is assigned on save. */
  void startNew(String departmentCode, List<Department> all) {
    editingId = null;
    existing.set(false);
    title.set(messages.get("inspectors.editor.newTitle"));
    fill(all, departmentCode, f -> f == InspectorField.STATUS ? InspectorCheck.statusText(InspectorStatus.ON_DUTY) : "",
        Set.of());
  }

  /** The form filled with {@code inspector}, whose 人员编号 cannot change. */
  void startEdit(Inspector inspector, List<Department> all) {
    editingId = inspector.id();
    existing.set(true);
    title.set(messages.get("inspectors.editor.editTitle", inspector.name(), inspector.key()));
    fill(all, inspector.departmentCode(), f -> InspectorCheck.textOf(inspector, f), Set.copyOf(inspector.itemCodes()));
  }

  private void fill(List<Department> all, String departmentCode, java.util.function.Function<InspectorField, String> text,
      Set<String> codes) {
    filling = true;
    touched.clear();
    showAll = false;
    asked = null;
    answered = null;
    clashes = Map.of();
    try {
      List<Choice<String>> ds = new ArrayList<>();
      all.forEach(d -> ds.add(new Choice<>(d.code(), d.name())));
      departments.setAll(ds);
      department.set(ds.stream().filter(c -> departmentCode.equals(c.value())).findFirst().orElse(ds.isEmpty() ? null : ds.get(0)));
      for (InspectorField f : InspectorField.values()) {
        if (f != InspectorField.DEPARTMENT) {
          values.get(f).set(text.apply(f));
        }
      }
      String st = text.apply(InspectorField.STATUS);
      status.set(statuses.stream().filter(c -> InspectorCheck.statusText(c.value()).equals(st)).findFirst().orElse(statuses.get(0)));
      String g = text.apply(InspectorField.GENDER);
      gender.set(g.isEmpty() ? genders.get(0) : g.equals("男") ? genders.get(1) : genders.get(2));
      chosenCodes = new TreeSet<>(codes);
      items.clear();
    } finally {
      filling = false;
    }
    open.set(true);
    Choice<String> d = department.get();
    executor.execute(BackgroundTask.of(p -> service.context())
        .onSuccess(c -> {
          context = c;
          validate();
        })
        .onFailure(this::failed));
    if (d != null && d.value() != null) {
      loadItems(d.value());
    }
    validate();
  }

  private void loadItems(String departmentCode) {
    executor.execute(BackgroundTask.of(p -> service.items(departmentCode))
        .onSuccess(options -> {
          List<ItemChoice> list = new ArrayList<>();
          Set<String> known = new TreeSet<>();
          for (ItemOption o : options) {
            known.add(o.code());
            BooleanProperty chosen = new SimpleBooleanProperty(chosenCodes.contains(o.code()));
            chosen.addListener((obs, was, now) -> choose(o.code(), now));
            list.add(new ItemChoice(o, chosen));
          }
          chosenCodes.retainAll(known);
          items.setAll(list);
          values.get(InspectorField.ITEMS).set(String.join("、", chosenCodes));
        })
        .onFailure(this::failed));
  }

  private void choose(String code, boolean chosen) {
    if (chosen) {
      chosenCodes.add(code);
    } else {
      chosenCodes.remove(code);
    }
    values.get(InspectorField.ITEMS).set(String.join("、", chosenCodes));
  }

  /** Checks the whole form; sets each field's message and whether Save is allowed. */
  void validate() {
    if (filling) {
      return;
    }
    InspectorCheck.Context c = context;
    if (c == null) {
      valid.set(false);
      return;
    }
    Map<InspectorField, SuijiException> problems = new EnumMap<>(InspectorField.class);
    problems.putAll(InspectorCheck.problems(f -> values.get(f).get(), c));
    InspectorCheck.Unique unique = InspectorCheck.unique(f -> values.get(f).get(), c.today());
    ClashQuery q = new ClashQuery(editingId, unique.certNo(), unique.idNumber());
    if (!q.equals(answered) && !q.equals(asked) && (q.certNo() != null || q.idNumber() != null)) {
      askClashes(q);
    }
    if (q.equals(answered)) {
      clashes.forEach(problems::putIfAbsent);
    }
    for (InspectorField f : InspectorField.values()) {
      SuijiException e = showAll || touched.contains(f) ? problems.get(f) : null;
      errors.get(f).set(e == null ? "" : messages.describe(e));
    }
    valid.set(problems.isEmpty());
  }

  /**
   * Asks the service, in the background, whether another inspector already has the form's 执法证号
   * or 身份证号码; an answer is shown only while the form still holds what it was asked for.
   */
  private void askClashes(ClashQuery q) {
    asked = q;
    executor.execute(BackgroundTask.of(p -> service.clashes(q.id(), q.certNo(), q.idNumber()))
        .onSuccess(found -> {
          if (q.equals(asked)) {
            answered = q;
            clashes = found;
            validate();
          }
        })
        .onFailure(e -> {
          // not shown: Save checks again and says why it refuses
          if (q.equals(asked)) {
            asked = null;
          }
        }));
  }

  /** Saves the form in the background; refused (false, nothing sent) while the form is invalid. */
  public boolean save() {
    showAll = true;
    validate();
    if (!valid.get() || saving.get() || !open.get()) {
      return false;
    }
    Map<InspectorField, String> form = new EnumMap<>(InspectorField.class);
    values.forEach((f, v) -> form.put(f, v.get() == null ? "" : v.get()));
    Long id = editingId;
    saving.set(true);
    executor.execute(BackgroundTask.of(p -> service.save(id, form::get))
        .onSuccess(saved -> {
          saving.set(false);
          open.set(false);
          onSaved.accept(saved);
        })
        .onFailure(e -> {
          saving.set(false);
          if (e instanceof SuijiException se && isClash(se)) {
            // another inspector took the number since the last check: ask again, shown under the field
            asked = null;
            answered = null;
            validate();
          } else {
            failed(e);
          }
        }));
    return true;
  }

  private static boolean isClash(SuijiException e) {
    return switch (e.key()) {
      case "directory.inspector.certNoTaken", "quality.inspector.idNumberTaken" -> true;
      default -> false;
    };
  }

  public void cancel() {
    open.set(false);
  }

  private void failed(Throwable e) {
    dialogs.showFailure(messages.get("inspectors.error.title"), e);
  }

  /** The text of a field (for the text boxes' two-way binding). */
  public StringProperty value(InspectorField field) { return values.get(field); }
  /** The message under a field, {@code ""} when the field is fine. */
  public StringProperty error(InspectorField field) { return errors.get(field); }
  public ObservableList<Choice<String>> departments() { return departments; }
  public ObservableList<Choice<InspectorStatus>> statuses() { return statuses; }
  public ObservableList<Choice<Gender>> genders() { return genders; }
  public ObjectProperty<Choice<String>> departmentProperty() { return department; }
  public ObjectProperty<Choice<InspectorStatus>> statusProperty() { return status; }
  public ObjectProperty<Choice<Gender>> genderProperty() { return gender; }
  public ObservableList<ItemChoice> items() { return items; }
  public BooleanProperty openProperty() { return open; }
  public BooleanProperty existingProperty() { return existing; }
  public BooleanProperty validProperty() { return valid; }
  public BooleanProperty savingProperty() { return saving; }
  public StringProperty titleProperty() { return title; }

  /** A uniqueness question: the inspector edited ({@code null}: a new one) and the normalised numbers. */
  private record ClashQuery(@Nullable Long id, @Nullable String certNo, @Nullable String idNumber) {}
}
