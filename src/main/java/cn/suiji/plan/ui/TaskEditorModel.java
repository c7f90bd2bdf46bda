package cn.suiji.plan.ui;

import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.TargetKind;
import cn.suiji.plan.domain.InspectionMode;
import cn.suiji.plan.domain.ItemFrequency;
import cn.suiji.plan.domain.ItemRef;
import cn.suiji.plan.domain.PlanTask;
import cn.suiji.plan.domain.TaskCheck;
import cn.suiji.plan.domain.TaskChoices;
import cn.suiji.plan.domain.TaskDraft;
import cn.suiji.plan.domain.TaskProblem;
import cn.suiji.plan.domain.TaskStatus;
import cn.suiji.plan.domain.TaskType;
import cn.suiji.plan.service.PlanService;
import cn.suiji.shared.l10n.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The task editor's fields, for {@link PlanViewModel}: every change checks the task again with
 * {@link TaskCheck} (as the clerk types), fills {@link #problems} with sentences naming the
 * field, and {@link #validProperty} turns false, which disables 保存. The items offered are the
 * lead department's and the ticked partners' in force that year, following the partners as they
 * change. No database work here: what the check needs comes in {@link #choose}.
 */
public final class TaskEditorModel {
  private static final Pattern SEPARATORS = Pattern.compile("[、，,;；\\s]+");
  private final Messages messages;

  private final StringProperty code = new SimpleStringProperty("");
  private final StringProperty name = new SimpleStringProperty("");
  private final ObjectProperty<@Nullable TaskType> type = new SimpleObjectProperty<>(TaskType.UNDIRECTED);
  private final ObjectProperty<AmountKind> amountKind = new SimpleObjectProperty<>(AmountKind.RATIO);
  private final StringProperty ratio = new SimpleStringProperty("");
  private final StringProperty count = new SimpleStringProperty("");
  private final StringProperty ratioA = new SimpleStringProperty("");
  private final StringProperty ratioB = new SimpleStringProperty("");
  private final StringProperty ratioC = new SimpleStringProperty("");
  private final StringProperty ratioD = new SimpleStringProperty("");
  private final ObjectProperty<@Nullable LocalDate> start = new SimpleObjectProperty<>();
  private final ObjectProperty<@Nullable LocalDate> end = new SimpleObjectProperty<>();
  private final StringProperty industries = new SimpleStringProperty("");
  private final ObjectProperty<@Nullable InspectionMode> mode = new SimpleObjectProperty<>(InspectionMode.COUNTY_COUNTY);
  private final ObjectProperty<@Nullable TaskStatus> status = new SimpleObjectProperty<>(TaskStatus.PLANNED);
  private final StringProperty lead = new SimpleStringProperty("");
  private final ObservableList<Pick> items = FXCollections.observableArrayList();
  private final ObservableList<Pick> partners = FXCollections.observableArrayList();
  private final ObservableList<Pick> townships = FXCollections.observableArrayList();
  private final ObservableList<Pick> kinds = FXCollections.observableArrayList();
  private final ObservableList<String> problems = FXCollections.observableArrayList();
  private final StringProperty message = new SimpleStringProperty("");
  private final BooleanProperty valid = new SimpleBooleanProperty(false);
  private final StringProperty provinceNumber = new SimpleStringProperty("");
  private final StringProperty warning = new SimpleStringProperty("");
  private final BooleanProperty readOnly = new SimpleBooleanProperty(false);
  private final StringProperty readOnlyReason = new SimpleStringProperty("");
  /** The draft and provincial number as last loaded or saved: what {@link #unsaved} compares with. */
  private @Nullable TaskDraft baseline;
  private String baselineNumber = "";
  /** False on a new task until the clerk changes a field: no problem is shown before any input. */
  private boolean touched;

  private @Nullable TaskChoices choices;
  /** Every item of the choices (then any item of the task edited that is no longer in force), by code. */
  private final Map<String, Pick> allItems = new LinkedHashMap<>();
  private final Map<String, String> itemOwners = new HashMap<>();
  private @Nullable Long id;
  /** The named targets of a directed task made from a watch list: kept as they are (the editor shows no list of them). */
  private List<String> targets = List.of();
  private @Nullable String originalCode;
  private Set<String> otherCodes = Set.of();
  private boolean loading;

  public TaskEditorModel(Messages messages) {
    this.messages = messages;
    for (ObservableValue<?> p : List.of(code, name, type, amountKind, ratio, count, ratioA, ratioB, ratioC, ratioD,
        start, end, industries, mode, status, provinceNumber)) {
      p.addListener((obs, old, now) -> changed());
    }
    for (TargetKind k : TargetKind.values()) {
      kinds.add(pick(k.name(), messages.label(k)));
    }
  }

  /** The department's plan whose tasks are edited: the lists to choose from and the floors. */
  public void choose(TaskChoices c, Collection<String> codesInPlan) {
    this.choices = c;
    loading = true;
    lead.set(c.departments().stream().filter(d -> d.code().equals(c.departmentCode())).map(Department::name)
        .findFirst().orElse(c.departmentCode()));
    allItems.clear();
    itemOwners.clear();
    for (ItemRef i : c.items()) {
      allItems.put(i.code(), pick(i.code(), i.code() + " " + i.name()));
      itemOwners.put(i.code(), i.departmentCode());
    }
    partners.setAll(c.departments().stream().filter(d -> !d.code().equals(c.departmentCode()))
        .map(d -> {
          Pick p = pick(d.code(), d.name());
          p.selectedProperty().addListener((obs, old, now) -> offerItems());
          return p;
        }).toList());
    townships.setAll(c.townships().stream().map(t -> pick(t, t)).toList());
    loading = false;
    this.otherCodes = Set.copyOf(codesInPlan);
    clear();
  }

  /** An empty task with a suggested code (年-部门-序号). */
  public void clear() {
    loading = true;
    id = null;
    targets = List.of();
    originalCode = null;
    touched = false;
    provinceNumber.set("");
    readOnly.set(false);
    readOnlyReason.set("");
    TaskChoices c = choices;
    String suggested = "";
    if (c != null) {
      int n = otherCodes.size() + 1;
      do {
        suggested = String.format("%d-%s-%02d", c.year(), c.departmentCode(), n++);
      } while (otherCodes.contains(suggested));
    }
    code.set(suggested);
    name.set("");
    type.set(TaskType.UNDIRECTED);
    amountKind.set(AmountKind.RATIO);
    List.of(ratio, count, ratioA, ratioB, ratioC, ratioD, industries).forEach(p -> p.set(""));
    start.set(null);
    end.set(null);
    mode.set(InspectionMode.COUNTY_COUNTY);
    status.set(TaskStatus.PLANNED);
    allItems.keySet().retainAll(itemOwners.keySet());
    for (List<Pick> list : List.of(List.copyOf(allItems.values()), partners, townships, kinds)) {
      list.forEach(p -> p.selectedProperty().set(false));
    }
    loading = false;
    offerItems();
    check();
    keep();
  }

  /** Shows a stored task, editable. */
  public void edit(PlanTask t) {
    edit(t, null, null);
  }

  /**
   * Shows a stored task with its provincial number; a task drawn on {@code drawnOn} is shown
   * read-only with the reason, as its draw fixed it.
   */
  public void edit(PlanTask t, @Nullable String number, @Nullable LocalDate drawnOn) {
    loading = true;
    id = t.id();
    targets = t.scope().targets();
    originalCode = t.code();
    touched = true;
    provinceNumber.set(number == null ? "" : number);
    readOnly.set(drawnOn != null);
    readOnlyReason.set(drawnOn == null ? "" : messages.get("plan.editor.drawnReadOnly", drawnOn.toString()));
    code.set(t.code());
    name.set(t.name());
    type.set(t.type());
    amountKind.set(t.perClass() ? AmountKind.CLASSES : t.fixedCount() != null ? AmountKind.COUNT : AmountKind.RATIO);
    ratio.set(text(t.ratioPercent()));
    count.set(t.fixedCount() == null ? "" : Integer.toString(t.fixedCount()));
    ratioA.set(text(t.ratioA()));
    ratioB.set(text(t.ratioB()));
    ratioC.set(text(t.ratioC()));
    ratioD.set(text(t.ratioD()));
    start.set(t.startDate());
    end.set(t.endDate());
    industries.set(String.join("、", t.scope().industries()));
    mode.set(t.mode());
    status.set(t.status());
    allItems.keySet().retainAll(itemOwners.keySet());
    for (ItemRef gone : t.items()) {
      // no longer in force that year: shown ticked, so that the check names it and the clerk can untick it
      allItems.computeIfAbsent(gone.code(), c -> pick(c, gone.name().isEmpty() ? c : c + " " + gone.name()));
    }
    tick(List.copyOf(allItems.values()), t.itemCodes());
    tick(partners, t.partners());
    tick(townships, t.scope().townships());
    tick(kinds, t.scope().kinds());
    loading = false;
    offerItems();
    check();
    keep();
  }

  /** The fields as they are now become the saved state (after a load or a save). */
  public void keep() {
    baseline = draft();
    baselineNumber = provinceNumber.get() == null ? "" : provinceNumber.get();
  }

  /** True when an editable task's fields differ from what was loaded or last saved. */
  public boolean unsaved() {
    String number = provinceNumber.get() == null ? "" : provinceNumber.get();
    return !readOnly.get() && baseline != null && (!draft().equals(baseline) || !number.equals(baselineNumber));
  }

  /** A field changed: from now on the problems are shown. */
  private void changed() {
    if (!loading) {
      touched = true;
    }
    check();
  }

  /** 保存 was pressed: the problems are shown even if no field was touched. */
  public void showProblems() {
    touched = true;
    check();
  }

  /**
   * Offers the items of the lead department and of the partners ticked now (called again when
   * the partners change); an item ticked that no longer qualifies stays, for the check to name it.
   */
  private void offerItems() {
    if (loading) {
      return;
    }
    TaskChoices c = choices;
    Set<String> departments = new HashSet<>(ticked(partners));
    if (c != null) {
      departments.add(c.departmentCode());
    }
    items.setAll(allItems.values().stream().filter(p -> p.selectedProperty().get()
        || departments.contains(itemOwners.get(p.value()))).toList());
  }

  /** The draft as the fields have it now. */
  public TaskDraft draft() {
    AmountKind k = amountKind.get();
    return new TaskDraft(id, code.get(), name.get(), type.get(),
        k == AmountKind.RATIO ? number(ratio.get()) : null, k == AmountKind.COUNT ? integer(count.get()) : null,
        k == AmountKind.CLASSES ? number(ratioA.get()) : null, k == AmountKind.CLASSES ? number(ratioB.get()) : null,
        k == AmountKind.CLASSES ? number(ratioC.get()) : null, k == AmountKind.CLASSES ? number(ratioD.get()) : null,
        ticked(townships), split(industries.get()), ticked(kinds), start.get(), end.get(),
        choices == null ? null : choices.departmentCode(), ticked(partners), mode.get(), status.get(),
        ticked(List.copyOf(allItems.values())), targets);
  }

  /** Checks the fields again; called on every change. */
  public void check() {
    if (loading) {
      return;
    }
    TaskChoices c = choices;
    List<String> out = new ArrayList<>();
    unreadable(out);
    if (c == null) {
      out.add(messages.get("plan.editor.noPlan"));
    } else {
      Set<String> departments = c.departments().stream().map(Department::code).collect(Collectors.toSet());
      Set<String> taken = new HashSet<>(otherCodes);
      if (originalCode != null) {
        taken.remove(originalCode);
      }
      TaskCheck.Result r = TaskCheck.check(draft(), TaskCheck.Context.of(c.year(), c.floors(), departments, c.items(),
          Set.copyOf(c.townships()), taken::contains));
      for (TaskProblem p : r.problems()) {
        out.add(PlanService.describe(p));
      }
    }
    problems.setAll(out);
    message.set(touched ? String.join("\n", out) : "");
    valid.set(out.isEmpty());
    warning.set(c == null || status.get() == TaskStatus.CANCELLED ? "" : frequencyWarnings(c));
  }

  /** The items the year's tasks, this one included, name more often than the item list's 抽查频次 allows. */
  private String frequencyWarnings(TaskChoices c) {
    Map<String, List<String>> others = new HashMap<>();
    c.tasksByItem().forEach((item, codes) -> others.put(item,
        codes.stream().filter(t -> !t.equals(originalCode)).toList()));
    Map<String, String> names = new HashMap<>();
    c.items().forEach(i -> names.put(i.code(), i.name()));
    List<String> lines = new ArrayList<>();
    for (ItemFrequency.Warning w : ItemFrequency.check(code.get(), ticked(List.copyOf(allItems.values())),
        c.frequencies(), others, names)) {
      lines.add(messages.get("plan.editor.frequency", w.itemName(), w.perYear(), c.year(), w.tasks(),
          String.join("、", w.taskCodes())));
    }
    return String.join("\n", lines);
  }

  /** Text in a number field that is not a number is a problem of its own (the check would see nothing). */
  private void unreadable(List<String> out) {
    AmountKind k = amountKind.get();
    if (k == AmountKind.RATIO) {
      notNumber(out, "plan.editor.ratio", ratio.get());
    } else if (k == AmountKind.COUNT && !count.get().isBlank() && integer(count.get()) == null) {
      out.add(messages.get("plan.editor.notAWholeNumber", messages.get("plan.editor.count"), count.get().strip()));
    } else if (k == AmountKind.CLASSES) {
      notNumber(out, "plan.editor.ratioA", ratioA.get());
      notNumber(out, "plan.editor.ratioB", ratioB.get());
      notNumber(out, "plan.editor.ratioC", ratioC.get());
      notNumber(out, "plan.editor.ratioD", ratioD.get());
    }
  }

  private void notNumber(List<String> out, String fieldKey, String text) {
    if (!text.isBlank() && number(text) == null) {
      out.add(messages.get("plan.editor.notANumber", messages.get(fieldKey), text.strip()));
    }
  }

  private Pick pick(String value, String label) {
    Pick p = new Pick(value, label);
    p.selectedProperty().addListener((obs, old, now) -> changed());
    return p;
  }

  private static void tick(List<Pick> picks, Collection<String> values) {
    picks.forEach(p -> p.selectedProperty().set(values.contains(p.value())));
  }

  private static List<String> ticked(List<Pick> picks) {
    return picks.stream().filter(p -> p.selectedProperty().get()).map(Pick::value).toList();
  }

  private static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (String s : SEPARATORS.split(text.strip())) {
      if (!s.isEmpty() && !out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  static @Nullable BigDecimal number(@Nullable String text) {
    String s = text == null ? "" : text.strip().replace("%", "").replace("％", "");
    if (s.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static @Nullable Integer integer(@Nullable String text) {
    String s = text == null ? "" : text.strip();
    if (!s.matches("-?\\d{1,9}")) {
      return null;
    }
    return Integer.valueOf(s);
  }

  private static String text(@Nullable BigDecimal value) {
    return value == null ? "" : TaskCheck.plain(value);
  }

  public StringProperty codeProperty() { return code; }
  public StringProperty nameProperty() { return name; }
  public ObjectProperty<@Nullable TaskType> typeProperty() { return type; }
  public ObjectProperty<AmountKind> amountKindProperty() { return amountKind; }
  public StringProperty ratioProperty() { return ratio; }
  public StringProperty countProperty() { return count; }
  public StringProperty ratioAProperty() { return ratioA; }
  public StringProperty ratioBProperty() { return ratioB; }
  public StringProperty ratioCProperty() { return ratioC; }
  public StringProperty ratioDProperty() { return ratioD; }
  public ObjectProperty<@Nullable LocalDate> startProperty() { return start; }
  public ObjectProperty<@Nullable LocalDate> endProperty() { return end; }
  public StringProperty industriesProperty() { return industries; }
  public ObjectProperty<@Nullable InspectionMode> modeProperty() { return mode; }
  public ObjectProperty<@Nullable TaskStatus> statusProperty() { return status; }
  public StringProperty leadProperty() { return lead; }
  public ObservableList<Pick> items() { return items; }
  public ObservableList<Pick> partners() { return partners; }
  public ObservableList<Pick> townships() { return townships; }
  public ObservableList<Pick> kinds() { return kinds; }
  public ObservableList<String> problems() { return problems; }
  public StringProperty messageProperty() { return message; }
  public BooleanProperty validProperty() { return valid; }
  /** 省级任务编号, kept beside the task (not part of its check). */
  public StringProperty provinceNumberProperty() { return provinceNumber; }
  /** Warnings that do not stop 保存 (an item's yearly frequency exceeded). */
  public StringProperty warningProperty() { return warning; }
  /** True for a drawn task: nothing can be changed. */
  public BooleanProperty readOnlyProperty() { return readOnly; }
  public StringProperty readOnlyReasonProperty() { return readOnlyReason; }
}
