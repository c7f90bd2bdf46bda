package cn.suiji.directory.ui;

import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.RiskClass;
import cn.suiji.directory.domain.Target;
import cn.suiji.directory.domain.TargetCheck;
import cn.suiji.directory.domain.TargetField;
import cn.suiji.directory.domain.TargetKind;
import cn.suiji.directory.domain.TargetProblem;
import cn.suiji.directory.domain.TargetStatus;
import cn.suiji.directory.service.TargetEditService;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * The edit form of one target on the targets screen: every field as the clerk types it, checked
 * as they type with the import's own rules ({@link TargetCheck}) — the first problem is shown
 * under its field and Save stays off until the form is valid. Saving runs off the FX thread in
 * one transaction; a refusal from the database side (a code that belongs to another target) is
 * shown the same way.
 */
public final class TargetEditorViewModel {
  /** The fields typed as text, in form order. */
  public static final List<TargetField> TEXT_FIELDS = List.of(TargetField.NAME, TargetField.USCC, TargetField.REG_NO,
      TargetField.LEGAL_REP, TargetField.ADDRESS, TargetField.TOWNSHIP, TargetField.JURISDICTION_UNIT,
      TargetField.INDUSTRY, TargetField.INDUSTRY_NAME, TargetField.REGISTRATION_AUTHORITY, TargetField.FOUNDED,
      TargetField.LIAISON, TargetField.PHONE);

  private final TargetEditService service;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Messages messages;
  private final Map<TargetField, StringProperty> texts = new EnumMap<>(TargetField.class);
  private final ObjectProperty<TargetKind> kind = new SimpleObjectProperty<>(TargetKind.ENTERPRISE);
  private final ObjectProperty<TargetStatus> status = new SimpleObjectProperty<>(TargetStatus.EXISTING);
  private final ObjectProperty<@Nullable RiskClass> riskClass = new SimpleObjectProperty<>();
  private final BooleanProperty abnormal = new SimpleBooleanProperty(false);
  private final BooleanProperty serious = new SimpleBooleanProperty(false);
  private final ObservableList<Department> departments = FXCollections.observableArrayList();
  private final ObjectProperty<@Nullable Department> department = new SimpleObjectProperty<>();
  private final BooleanProperty editing = new SimpleBooleanProperty(false);
  private final BooleanProperty adding = new SimpleBooleanProperty(false);
  private final BooleanProperty valid = new SimpleBooleanProperty(false);
  private final BooleanProperty saving = new SimpleBooleanProperty(false);
  private final StringProperty problem = new SimpleStringProperty("");
  private final ObjectProperty<@Nullable TargetField> problemField = new SimpleObjectProperty<>();
  private @Nullable Long id;
  private boolean loading;
  /** The fields the clerk changed since the form was filled; only their problem is shown. */
  private final java.util.Set<TargetField> touched = java.util.EnumSet.noneOf(TargetField.class);
  private boolean departmentTouched;
  /** Set by a save: the problem is shown wherever it is. */
  private boolean showAll;
  private Consumer<Target> onSaved = t -> {};

  public TargetEditorViewModel(TargetEditService service, TaskExecutor executor, DialogService dialogs, Messages messages) {
    this.service = service;
    this.executor = executor;
    this.dialogs = dialogs;
    this.messages = messages;
    for (TargetField f : TEXT_FIELDS) {
      StringProperty p = new SimpleStringProperty("");
      p.addListener((obs, old, now) -> changed(f));
      texts.put(f, p);
    }
    kind.addListener((obs, old, now) -> changed(TargetField.KIND));
    status.addListener((obs, old, now) -> changed(TargetField.STATUS));
    riskClass.addListener((obs, old, now) -> changed(TargetField.RISK_CLASS));
    abnormal.addListener((obs, old, now) -> changed(TargetField.ABNORMAL));
    serious.addListener((obs, old, now) -> changed(TargetField.SERIOUS_VIOLATION));
    department.addListener((obs, old, now) -> changed(null));
  }

  /** A change by the clerk (null: the department) while the form is open: from now on its problem shows. */
  private void changed(@Nullable TargetField f) {
    if (!loading && editing.get()) {
      if (f == null) {
        departmentTouched = true;
      } else {
        touched.add(f);
      }
    }
    validate();
  }

  /** The form was filled anew: no problem shown until the clerk changes a field or saves. */
  private void untouched() {
    touched.clear();
    departmentTouched = false;
    showAll = false;
  }

  /** Called with the saved target after each successful save. */
  public void setOnSaved(Consumer<Target> handler) {
    this.onSaved = handler;
  }

  /** Opens an empty form for a new target (the departments are read first). */
  public void startNew() {
    executor.execute(BackgroundTask.of(p -> service.departments()).onSuccess(list -> {
      departments.setAll(list);
      id = null;
      fill(null);
      department.set(list.isEmpty() ? null : list.get(0));
      adding.set(true);
      editing.set(true);
      untouched();
      validate();
    }).onFailure(this::failed));
  }

  /** Opens the form on the saved target {@code targetId}. */
  public void startEdit(long targetId) {
    executor.execute(BackgroundTask.of(p -> service.load(targetId)).onSuccess(t -> {
      id = t.id();
      fill(t);
      adding.set(false);
      editing.set(true);
      untouched();
      validate();
    }).onFailure(this::failed));
  }

  /** Closes the form without saving. */
  public void cancel() {
    editing.set(false);
    problem.set("");
    problemField.set(null);
  }

  /** Saves the form if it is valid; the form closes when the save succeeded. */
  public void save() {
    showAll = true;
    validate();
    if (!valid.get() || saving.get()) {
      return;
    }
    Map<TargetField, String> form = form();
    Long editedId = id;
    Department chosen = department.get();
    Long departmentId = editedId == null && chosen != null ? chosen.id() : null;
    saving.set(true);
    executor.execute(BackgroundTask.of(p -> service.save(editedId, form, departmentId))
        .onSuccess(saved -> {
          saving.set(false);
          editing.set(false);
          onSaved.accept(saved);
        })
        .onFailure(e -> {
          saving.set(false);
          if (e instanceof SuijiException se) {
            problem.set(messages.describe(se));
            problemField.set(TargetField.USCC);
            valid.set(false);
          } else {
            failed(e);
          }
        }));
  }

  private void fill(@Nullable Target t) {
    loading = true;
    try {
      for (TargetField f : TEXT_FIELDS) {
        texts.get(f).set(t == null ? "" : nz(valueOf(t, f)));
      }
      kind.set(t == null ? TargetKind.ENTERPRISE : t.kind());
      status.set(t == null ? TargetStatus.EXISTING : t.status());
      riskClass.set(t == null ? null : t.riskClass());
      abnormal.set(t != null && t.abnormal());
      serious.set(t != null && t.seriousViolation());
    } finally {
      loading = false;
    }
  }

  private static @Nullable String valueOf(Target t, TargetField f) {
    return switch (f) {
      case NAME -> t.name();
      case USCC -> t.uscc();
      case REG_NO -> t.regNo();
      case LEGAL_REP -> t.legalRep();
      case ADDRESS -> t.address();
      case TOWNSHIP -> t.township();
      case JURISDICTION_UNIT -> t.jurisdictionUnit();
      case INDUSTRY -> t.industryCode();
      case INDUSTRY_NAME -> t.industryName();
      case REGISTRATION_AUTHORITY -> t.registrationAuthority();
      case FOUNDED -> t.foundedDate() == null ? null : t.foundedDate().toString();
      case LIAISON -> t.liaison();
      case PHONE -> t.phone();
      default -> null;
    };
  }

  private Map<TargetField, String> form() {
    Map<TargetField, String> form = new EnumMap<>(TargetField.class);
    texts.forEach((f, p) -> form.put(f, p.get() == null ? "" : p.get()));
    form.put(TargetField.KIND, TargetCheck.word(kind.get() == null ? TargetKind.ENTERPRISE : kind.get()));
    form.put(TargetField.STATUS, TargetCheck.word(status.get() == null ? TargetStatus.EXISTING : status.get()));
    form.put(TargetField.RISK_CLASS, riskClass.get() == null ? "" : riskClass.get().name());
    form.put(TargetField.ABNORMAL, TargetCheck.word(abnormal.get()));
    form.put(TargetField.SERIOUS_VIOLATION, TargetCheck.word(serious.get()));
    return form;
  }

  /** Checks the form as it stands; sets the problem under its field and whether Save is on. */
  void validate() {
    if (loading) {
      return;
    }
    TargetCheck.Result result = TargetEditService.check(form());
    TargetProblem p = result.problem();
    if (p != null) {
      boolean shown = showAll || touched.contains(p.field());
      problem.set(shown ? messages.describe(p.reason()) : "");
      problemField.set(shown ? p.field() : null);
      valid.set(false);
    } else if (adding.get() && department.get() == null && departments.size() > 1) {
      problem.set(showAll || departmentTouched ? messages.get("targets.edit.department.missing") : "");
      problemField.set(null);
      valid.set(false);
    } else {
      problem.set("");
      problemField.set(null);
      valid.set(true);
    }
  }

  private void failed(Throwable e) {
    dialogs.showFailure(messages.get("targets.error.title"), e);
  }

  private static String nz(@Nullable String s) {
    return s == null ? "" : s;
  }

  public StringProperty text(TargetField field) {
    StringProperty p = texts.get(field);
    if (p == null) {
      throw new IllegalArgumentException("not a text field: " + field);
    }
    return p;
  }

  public ObjectProperty<TargetKind> kindProperty() { return kind; }
  public ObjectProperty<TargetStatus> statusProperty() { return status; }
  public ObjectProperty<@Nullable RiskClass> riskClassProperty() { return riskClass; }
  public BooleanProperty abnormalProperty() { return abnormal; }
  public BooleanProperty seriousProperty() { return serious; }
  public ObservableList<Department> departments() { return departments; }
  public ObjectProperty<@Nullable Department> departmentProperty() { return department; }
  public BooleanProperty editingProperty() { return editing; }
  public BooleanProperty addingProperty() { return adding; }
  public BooleanProperty validProperty() { return valid; }
  public BooleanProperty savingProperty() { return saving; }
  public StringProperty problemProperty() { return problem; }
  public ObjectProperty<@Nullable TargetField> problemFieldProperty() { return problemField; }
}
