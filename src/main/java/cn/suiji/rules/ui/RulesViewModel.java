package cn.suiji.rules.ui;

import cn.suiji.directory.domain.Department;
import cn.suiji.rules.domain.NumberPattern;
import cn.suiji.rules.domain.RulesCheck;
import cn.suiji.rules.domain.RulesField;
import cn.suiji.rules.domain.RulesInput;
import cn.suiji.rules.domain.RulesProblem;
import cn.suiji.rules.domain.WorkingRules;
import cn.suiji.rules.render.RulesDocx;
import cn.suiji.rules.render.RulesPdf;
import cn.suiji.rules.render.RulesSheet;
import cn.suiji.rules.service.RulesService;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import java.io.IOException;
import cn.suiji.shared.print.PrintableDocument;
import cn.suiji.shared.ui.PdfPreviewOpener;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
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
 * The working-rules screen's state: the department chosen, its rules as typed (numbers as text),
 * a message per field checked on every keystroke by {@link RulesCheck}, and whether 保存 / 存为PDF
 * / 存为Word may be pressed — never while any field is wrong, so a rule below a fixed floor cannot
 * be saved or printed. Choosing another department with unsaved edits asks first (No keeps them).
 * Reads, saves and files run through the {@link TaskExecutor}.
 */
public final class RulesViewModel {
  private final RulesService service;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Messages messages;
  private final RulesPdf pdf;
  private final PdfPreviewOpener previews;

  private final ObservableList<Department> departments = FXCollections.observableArrayList();
  private final ObjectProperty<@Nullable Department> department = new SimpleObjectProperty<>();
  private final Map<RulesField, StringProperty> texts = new EnumMap<>(RulesField.class);
  private final Map<RulesField, StringProperty> errors = new EnumMap<>(RulesField.class);
  private final BooleanProperty listedFullCoverage = new SimpleBooleanProperty(true);
  private final BooleanProperty announcementListsTargets = new SimpleBooleanProperty(true);
  private final StringProperty numberExample = new SimpleStringProperty("");
  private final StringProperty message = new SimpleStringProperty("");
  private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(false);
  private @Nullable WorkingRules checked;
  private boolean filling;
  /** The fields as last read or saved for the department shown; {@code null} before the first read. */
  private @Nullable RulesInput loaded;
  private boolean reverting;

  public RulesViewModel(RulesService service, TaskExecutor executor, DialogService dialogs, Messages messages, RulesPdf pdf,
      PdfPreviewOpener previews) {
    this.previews = previews;
    this.service = service;
    this.executor = executor;
    this.dialogs = dialogs;
    this.messages = messages;
    this.pdf = pdf;
    for (RulesField f : RulesField.values()) {
      StringProperty text = new SimpleStringProperty("");
      text.addListener((obs, old, now) -> validate());
      texts.put(f, text);
      errors.put(f, new SimpleStringProperty(""));
    }
    listedFullCoverage.addListener((obs, old, now) -> validate());
    announcementListsTargets.addListener((obs, old, now) -> validate());
    department.addListener((obs, old, d) -> departmentChanged(old, d));
    canSave.bind(valid.getReadOnlyProperty().and(busy.getReadOnlyProperty().not()).and(department.isNotNull()));
  }

  /** Reads the departments and shows the first one's rules. */
  public void load() {
    busy.set(true);
    executor.execute(BackgroundTask.of(p -> service.departments())
        .onSuccess(list -> {
          busy.set(false);
          departments.setAll(list);
          if (!list.isEmpty()) {
            department.set(list.get(0));
          }
        })
        .onFailure(this::failed));
  }

  /**
   * Another department was chosen: with unsaved edits the clerk is asked whether to discard them;
   * No puts the old department back, its edits untouched.
   */
  private void departmentChanged(@Nullable Department old, @Nullable Department d) {
    if (reverting || d == null || old != null && old.id().equals(d.id())) {
      return;
    }
    if (old != null && unsaved()
        && !dialogs.confirm(messages.get("rules.title"), messages.get("quality.rules.discard", old.name(), d.name()))) {
      reverting = true;
      try {
        department.set(old);
      } finally {
        reverting = false;
      }
      return;
    }
    loadRules(d);
  }

  /** True when the fields differ from the rules last read or saved for the department shown. */
  public boolean unsaved() {
    RulesInput last = loaded;
    return last != null && !last.equals(input());
  }

  private void loadRules(Department d) {
    Long id = d.id();
    if (id == null) {
      return;
    }
    busy.set(true);
    executor.execute(BackgroundTask.of(p -> service.get(id))
        .onSuccess(r -> {
          busy.set(false);
          show(r);
        })
        .onFailure(this::failed));
  }

  private void show(WorkingRules r) {
    RulesInput in = RulesInput.of(r);
    filling = true;
    text(RulesField.INSPECTORS_PER_TARGET).set(in.inspectorsPerTarget());
    text(RulesField.FLOOR_UNDIRECTED).set(in.floorUndirected());
    text(RulesField.FLOOR_DIRECTED).set(in.floorDirected());
    text(RulesField.EXCLUSION_MONTHS).set(in.exclusionMonths());
    text(RulesField.PUBLISH_WORKDAYS).set(in.publishWorkdays());
    text(RulesField.RECUSAL_RULE).set(in.recusalRule());
    text(RulesField.RULES_TEXT).set(in.rulesText());
    text(RulesField.NUMBER_PATTERN).set(in.numberPattern());
    text(RulesField.ANNOUNCEMENT_TYPE_CODE).set(in.announcementTypeCode());
    text(RulesField.NOTICE_TYPE_CODE).set(in.noticeTypeCode());
    text(RulesField.RESULT_TYPE_CODE).set(in.resultTypeCode());
    text(RulesField.CONTACT_PERSON).set(in.contactPerson());
    text(RulesField.CONTACT_PHONE).set(in.contactPhone());
    text(RulesField.MATERIALS).set(in.materials());
    listedFullCoverage.set(in.listedFullCoverage());
    announcementListsTargets.set(in.announcementListsTargets());
    filling = false;
    loaded = input();
    validate();
  }

  /** Checks the fields as typed; sets each field's message, the first as the screen's message. */
  void validate() {
    if (filling) {
      return;
    }
    Department d = department.get();
    long id = d == null || d.id() == null ? 0 : d.id();
    RulesCheck.Result result = RulesCheck.parse(id, input());
    String first = "";
    for (RulesField f : RulesField.values()) {
      RulesProblem p = result.of(f);
      String text = p == null ? "" : messages.get("rules.error.field", messages.label(f), describe(p));
      errors.get(f).set(text);
      if (first.isEmpty()) {
        first = text;
      }
    }
    checked = result.rules();
    valid.set(result.ok());
    message.set(first);
    numberExample.set(example(d, result));
  }

  /** 例：青市监抽通〔2026〕1号 — the first notice of this year under the pattern as typed; empty while it is wrong. */
  private String example(@Nullable Department d, RulesCheck.Result result) {
    RulesInput in = input();
    if (result.of(RulesField.NUMBER_PATTERN) != null || result.of(RulesField.NOTICE_TYPE_CODE) != null
        || in.noticeTypeCode().isBlank()) {
      return "";
    }
    String agency = d == null ? "" : d.docPrefix();
    return messages.get("rules.numberExample",
        NumberPattern.format(in.numberPattern(), agency, in.noticeTypeCode().strip(), java.time.Year.now().getValue(), 1));
  }

  private String describe(RulesProblem p) {
    return messages.get(p.key(), p.args().toArray());
  }

  private RulesInput input() {
    return new RulesInput(text(RulesField.INSPECTORS_PER_TARGET).get(), text(RulesField.FLOOR_UNDIRECTED).get(),
        text(RulesField.FLOOR_DIRECTED).get(), text(RulesField.EXCLUSION_MONTHS).get(),
        text(RulesField.PUBLISH_WORKDAYS).get(), listedFullCoverage.get(), text(RulesField.RECUSAL_RULE).get(),
        text(RulesField.RULES_TEXT).get(), text(RulesField.NUMBER_PATTERN).get(),
        text(RulesField.ANNOUNCEMENT_TYPE_CODE).get(), text(RulesField.NOTICE_TYPE_CODE).get(),
        announcementListsTargets.get(), text(RulesField.CONTACT_PERSON).get(), text(RulesField.CONTACT_PHONE).get(),
        text(RulesField.MATERIALS).get(), text(RulesField.RESULT_TYPE_CODE).get());
  }

  /** Saves the rules as typed; does nothing while a field is wrong. */
  public void save() {
    WorkingRules rules = checked;
    if (!canSave.get() || rules == null) {
      return;
    }
    RulesInput typed = input();
    busy.set(true);
    executor.execute(BackgroundTask.of(p -> service.save(rules))
        .onSuccess(saved -> {
          busy.set(false);
          loaded = typed;
          dialogs.showInfo(messages.get("rules.title"), messages.get("rules.saved"));
        })
        .onFailure(this::failed));
  }

  /** Opens the print preview of the rules as typed (print, or save as PDF/Word from there). */
  public void printPreview() {
    WorkingRules rules = checked;
    Department d = department.get();
    if (!canSave.get() || rules == null || d == null) {
      return;
    }
    RulesSheet sheet = RulesSheet.of(d.name(), rules, messages);
    busy.set(true);
    executor.execute(BackgroundTask.of(p -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.write(sheet, out);
      return new PrintableDocument(sheet.title(), sheet.title(), out.toByteArray(), (file, progress) -> {
        try (OutputStream docx = Files.newOutputStream(file)) {
          RulesDocx.write(sheet, docx);
        }
      });
    }).onSuccess(document -> {
      busy.set(false);
      previews.open(document);
    }).onFailure(this::failed));
  }

  /** Writes the rules as typed to a PDF the clerk chooses. */
  public void savePdf() {
    export("*.pdf", messages.get("rules.export.pdfFilter"), ".pdf", (sheet, out) -> pdf.write(sheet, out));
  }

  /** Writes the rules as typed to a Word document the clerk chooses. */
  public void saveDocx() {
    export("*.docx", messages.get("rules.export.docxFilter"), ".docx", RulesDocx::write);
  }

  private interface Writer {
    void write(RulesSheet sheet, OutputStream out);
  }

  private void export(String pattern, String filter, String extension, Writer writer) {
    WorkingRules rules = checked;
    Department d = department.get();
    if (!canSave.get() || rules == null || d == null) {
      return;
    }
    RulesSheet sheet = RulesSheet.of(d.name(), rules, messages);
    Optional<Path> file = dialogs.chooseFileToSave(messages.get("rules.export.title"), sheet.title() + extension, filter, pattern);
    if (file.isEmpty()) {
      return;
    }
    busy.set(true);
    executor.execute(BackgroundTask.of(p -> {
      Path part = file.get().resolveSibling(file.get().getFileName() + ".part");
      try (OutputStream out = Files.newOutputStream(part)) {
        writer.write(sheet, out);
      } catch (IOException e) {
        Files.deleteIfExists(part);
        throw new SuijiException(e, "rules.print.failed", e.getMessage());
      } catch (RuntimeException e) {
        Files.deleteIfExists(part);
        throw e;
      }
      Files.move(part, file.get(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return file.get();
    }).onSuccess(f -> {
      busy.set(false);
      dialogs.showInfo(messages.get("rules.export.title"), messages.get("rules.export.done", f));
    }).onFailure(this::failed));
  }

  private void failed(Throwable e) {
    busy.set(false);
    dialogs.showFailure(messages.get("rules.title"), e);
  }

  public ObservableList<Department> departments() { return departments; }
  public ObjectProperty<@Nullable Department> departmentProperty() { return department; }
  public StringProperty text(RulesField field) { return texts.get(field); }
  public StringProperty error(RulesField field) { return errors.get(field); }
  public BooleanProperty listedFullCoverageProperty() { return listedFullCoverage; }
  public BooleanProperty announcementListsTargetsProperty() { return announcementListsTargets; }
  /** The first notice's number under the pattern as typed, as the screen shows it below the pattern. */
  public StringProperty numberExampleProperty() { return numberExample; }
  public StringProperty messageProperty() { return message; }
  public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }
  public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
  public ReadOnlyBooleanProperty canSaveProperty() { return canSave.getReadOnlyProperty(); }
}
