package cn.suiji.imports.ui;

import cn.suiji.directory.domain.Department;
import cn.suiji.shared.Progress;
import cn.suiji.shared.imports.ImportKind;
import cn.suiji.shared.imports.ImportRequest;
import cn.suiji.shared.imports.ImportSummary;
import cn.suiji.shared.imports.RowChange;
import cn.suiji.shared.imports.RowProblem;
import cn.suiji.shared.imports.TableImporter;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.Choice;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import cn.suiji.shared.ui.concurrent.TaskHandle;
import cn.suiji.shared.xlsx.ColumnSpec;
import cn.suiji.shared.xlsx.HeaderMapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The import screen (导入) for every kind that has a {@link TableImporter}: choose the kind (and
 * the department when the kind needs one) and the file; the header is found in the background and
 * shown as a mapping table the clerk may correct (remembered per kind by {@link
 * ImportMappingMemory}); a preview counts every row and writes only a report; the commit is one
 * transaction that cancel rolls back. The report of the last pass can be saved, the template of
 * the kind downloaded. The counts include 未变 (rows equal to what is stored, not written), and the
 * 更新 rows are listed with old → new of each field they change. Every file and database step runs through the {@link TaskExecutor}.
 */
public final class ImportViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(ImportViewModel.class);

  private final Function<ImportKind, TableImporter> importers;
  private final ImportMappingMemory memory;
  private final Supplier<List<Department>> departmentSource;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Messages messages;

  private final ObservableList<Choice<ImportKind>> kinds = FXCollections.observableArrayList();
  private final ObjectProperty<@Nullable Choice<ImportKind>> kind = new SimpleObjectProperty<>();
  private final ObservableList<Choice<String>> departments = FXCollections.observableArrayList();
  private final ObjectProperty<@Nullable Choice<String>> department = new SimpleObjectProperty<>();
  private final BooleanProperty departmentNeeded = new SimpleBooleanProperty(false);
  private final ObjectProperty<@Nullable Path> file = new SimpleObjectProperty<>();
  private final StringProperty fileText = new SimpleStringProperty("");
  private final StringProperty headerText = new SimpleStringProperty("");
  private final ObservableList<FileColumn> fileColumns = FXCollections.observableArrayList();
  private final ObservableList<MappingRow> mapping = FXCollections.observableArrayList();
  private final StringProperty warning = new SimpleStringProperty("");
  private final StringProperty status = new SimpleStringProperty("");
  private final IntegerProperty read = new SimpleIntegerProperty();
  private final IntegerProperty created = new SimpleIntegerProperty();
  private final IntegerProperty updated = new SimpleIntegerProperty();
  private final IntegerProperty unchanged = new SimpleIntegerProperty();
  private final IntegerProperty duplicates = new SimpleIntegerProperty();
  private final IntegerProperty rejected = new SimpleIntegerProperty();
  private final ObservableList<RowProblem> problems = FXCollections.observableArrayList();
  private final ObservableList<RowChange> changes = FXCollections.observableArrayList();
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  /** False in a step that cannot be cancelled (the first load's index build): the cancel button goes. */
  private final BooleanProperty cancellable = new SimpleBooleanProperty(true);
  private final DoubleProperty progress = new SimpleDoubleProperty(0);
  private final BooleanProperty previewed = new SimpleBooleanProperty(false);
  private final BooleanProperty committed = new SimpleBooleanProperty(false);
  private final BooleanProperty hasReport = new SimpleBooleanProperty(false);
  private final BooleanBinding canPreview;
  private final BooleanBinding canCommit;

  private @Nullable HeaderMapping automatic;
  private @Nullable HeaderMapping shown;
  private @Nullable Path report;
  private @Nullable Path reportDir;
  private @Nullable TaskHandle running;
  private boolean filling;

  public ImportViewModel(Function<ImportKind, TableImporter> importers, List<ImportKind> kindsToOffer,
      ImportMappingMemory memory, Supplier<List<Department>> departmentSource, TaskExecutor executor,
      DialogService dialogs, Messages messages) {
    this.importers = importers;
    this.memory = memory;
    this.departmentSource = departmentSource;
    this.executor = executor;
    this.dialogs = dialogs;
    this.messages = messages;
    for (ImportKind k : kindsToOffer) {
      kinds.add(new Choice<>(k, messages.label(k)));
    }
    canPreview = Bindings.isNotEmpty(mapping).and(busy.not());
    canCommit = previewed.and(committed.not()).and(busy.not());
    fileText.set(messages.get("importer.file.none"));
    kind.addListener((obs, old, k) -> kindChanged());
    department.addListener((obs, old, d) -> invalidate());
    if (!kinds.isEmpty()) {
      kind.set(kinds.get(0));
    }
  }

  /** Reads the departments (in the background); one department is chosen at once. */
  public void load() {
    executor.execute(BackgroundTask.of(p -> departmentSource.get())
        .onSuccess(list -> {
          departments.setAll(list.stream().map(d -> new Choice<>(d.code(), d.code() + " " + d.name())).toList());
          if (departments.size() == 1) {
            department.set(departments.get(0));
          }
        })
        .onFailure(this::failed));
  }

  private @Nullable TableImporter importer() {
    Choice<ImportKind> k = kind.get();
    return k == null || k.value() == null ? null : importers.apply(k.value());
  }

  private void kindChanged() {
    TableImporter importer = importer();
    departmentNeeded.set(importer != null && importer.usesDepartment());
    clearMapping();
    if (file.get() != null) {
      readHeader();
    }
  }

  /** Asks for a file and finds its header. */
  public void chooseFile() {
    dialogs.chooseFileToOpen(messages.get("importer.file.title"), messages.get("importer.file.filter"),
        "*.xlsx", "*.csv").ifPresent(this::open);
  }

  /** Takes {@code chosen} as the file to import and finds its header. */
  public void open(Path chosen) {
    file.set(chosen);
    fileText.set(chosen.getFileName().toString());
    readHeader();
  }

  /** 识别表头: finds the sheet, the header row and the columns of the file, with the remembered choices applied. */
  public void readHeader() {
    TableImporter importer = importer();
    Path f = file.get();
    if (importer == null || f == null || busy.get()) {
      return;
    }
    clearMapping();
    ImportKind k = importer.kind();
    start("importer.status.reading");
    running = executor.execute(BackgroundTask.of(p -> {
          HeaderMapping found = importer.findHeader(f);
          Map<String, String> remembered = memory.recall(k);
          return new Detected(found, ImportMappingMemory.apply(found, remembered, importer.columns()));
        })
        .onSuccess(d -> {
          stop("");
          showMapping(importer, d);
        })
        .onCancelled(() -> stop(messages.get("common.cancelled")))
        .onFailure(e -> {
          stop("");
          failed(e);
        }));
  }

  private void showMapping(TableImporter importer, Detected d) {
    automatic = d.automatic();
    shown = d.applied();
    List<String> texts = d.applied().headerTexts();
    List<FileColumn> columns = new ArrayList<>();
    columns.add(new FileColumn(FileColumn.NOT_IMPORTED, messages.get("importer.mapping.none")));
    for (int col = 0; col < texts.size(); col++) {
      String letters = FileColumn.letters(col);
      columns.add(new FileColumn(col, texts.get(col).isEmpty() ? messages.get("importer.mapping.blankColumn", letters)
          : messages.get("importer.mapping.columnLabel", texts.get(col), letters)));
    }
    filling = true;
    try {
      fileColumns.setAll(columns);
      List<MappingRow> rows = new ArrayList<>();
      for (ColumnSpec spec : importer.columns()) {
        Integer col = d.applied().columns().get(spec.field());
        FileColumn chosen = col == null || col + 1 >= columns.size() ? columns.get(0) : columns.get(col + 1);
        MappingRow row = new MappingRow(spec.field(), spec.synonyms().get(0), spec.required(), chosen);
        row.columnProperty().addListener((obs, old, now) -> columnChosen(row, now));
        rows.add(row);
      }
      mapping.setAll(rows);
    } finally {
      filling = false;
    }
    headerText.set(messages.get("importer.mapping.found", d.applied().sheet(), d.applied().headerRow()));
    int changed = 0;
    for (ColumnSpec spec : importer.columns()) {
      if (!Objects.equals(d.automatic().columns().get(spec.field()), d.applied().columns().get(spec.field()))) {
        changed++;
      }
    }
    status.set(changed == 0 ? "" : messages.get("importer.mapping.remembered", changed));
    showMissing();
  }

  /** The clerk picked {@code now} for {@code row}: no other field keeps that column; the preview is stale. */
  private void columnChosen(MappingRow row, @Nullable FileColumn now) {
    if (filling) {
      return;
    }
    filling = true;
    try {
      if (now != null && now.index() != FileColumn.NOT_IMPORTED) {
        for (MappingRow other : mapping) {
          if (other != row && other.index() == now.index()) {
            other.columnProperty().set(fileColumns.get(0));
          }
        }
      }
    } finally {
      filling = false;
    }
    invalidate();
    showMissing();
  }

  private void showMissing() {
    List<String> missing = missingRequired();
    warning.set(missing.isEmpty() ? "" : messages.get("importer.mapping.missing", String.join("、", missing)));
  }

  /** The headers of the required columns that have no file column. */
  public List<String> missingRequired() {
    return mapping.stream().filter(r -> r.required() && r.index() == FileColumn.NOT_IMPORTED).map(MappingRow::header)
        .toList();
  }

  /** The mapping as the table shows it now. */
  public HeaderMapping confirmedMapping() {
    HeaderMapping base = shown;
    TableImporter importer = importer();
    if (base == null || importer == null) {
      throw new IllegalStateException("no header found yet");
    }
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (MappingRow r : mapping) {
      if (r.index() != FileColumn.NOT_IMPORTED) {
        columns.put(r.field(), r.index());
      }
    }
    return ImportMappingMemory.rebuilt(base, columns, importer.columns());
  }

  /** 预览: counts every row and writes the report, nothing else. Returns false if something must be chosen first. */
  public boolean preview() {
    return run(false);
  }

  /** 确认导入: the same pass in one transaction; cancel rolls it back. Only after a preview of the same choices. */
  public boolean commit() {
    if (!canCommit.get()) {
      return false;
    }
    return run(true);
  }

  private boolean run(boolean write) {
    TableImporter importer = importer();
    Path f = file.get();
    if (importer == null || f == null || shown == null) {
      warning.set(messages.get("importer.error.noFile"));
      return false;
    }
    if (busy.get()) {
      return false;
    }
    if (!missingRequired().isEmpty()) {
      showMissing();
      return false;
    }
    Choice<String> d = department.get();
    String departmentCode = d == null ? null : d.value();
    if (importer.usesDepartment() && departmentCode == null && departments.size() > 1) {
      warning.set(messages.get("importer.error.department"));
      return false;
    }
    warning.set("");
    HeaderMapping confirmed = confirmedMapping();
    HeaderMapping auto = automatic;
    ImportRequest request = new ImportRequest(f, importer.usesDepartment() ? departmentCode : null, null, confirmed);
    start(write ? "importer.status.committing" : "importer.status.previewing");
    running = executor.execute(BackgroundTask.of(p -> {
          Path reportFile = nextReportFile();
          ImportRequest r = request.withReport(reportFile);
          Progress watched = forward(p);
          ImportSummary s = write ? importer.commit(r, watched) : importer.preview(r, watched);
          if (write && auto != null) {
            rememberQuietly(importer.kind(), auto, confirmed);
          }
          return new Pass(s, reportFile);
        })
        .onSuccess(pass -> {
          show(pass);
          previewed.set(true);
          committed.set(write);
          stop(messages.get(write ? "importer.status.committed" : "importer.status.previewed"));
        })
        .onCancelled(() -> stop(messages.get("importer.status.cancelled")))
        .onFailure(e -> {
          stop("");
          failed(e);
        }));
    return true;
  }

  private void rememberQuietly(ImportKind k, HeaderMapping auto, HeaderMapping confirmed) {
    try {
      memory.remember(k, auto, confirmed);
    } catch (RuntimeException e) {
      // the import is committed; losing the remembered columns only costs the clerk a choice next time
      LOG.warn("Could not remember the column choices for {}", k, e);
    }
  }

  private Path nextReportFile() throws IOException {
    Path dir = reportDir;
    if (dir == null) {
      dir = Files.createTempDirectory("suiji-import-");
      dir.toFile().deleteOnExit();
      reportDir = dir;
    }
    Path f = Files.createTempFile(dir, "report-", ".xlsx");
    Files.delete(f);
    f.toFile().deleteOnExit();
    return f;
  }

  private void show(Pass pass) {
    ImportSummary s = pass.summary();
    read.set(s.read());
    created.set(s.created());
    updated.set(s.updated());
    unchanged.set(s.unchanged());
    duplicates.set(s.duplicates());
    rejected.set(s.rejected());
    problems.setAll(s.rejectedRows());
    changes.setAll(s.changedRows());
    Path old = report;
    report = pass.report();
    hasReport.set(Files.isRegularFile(pass.report()));
    if (old != null && !old.equals(report)) {
      old.toFile().delete();
    }
  }

  /** Stops the running step; a commit rolls back. */
  public void cancel() {
    TaskHandle h = running;
    if (h != null && busy.get() && cancellable.get()) {
      h.cancel();
    }
  }

  /** 保存报告…: copies the last pass's report where the clerk chooses. */
  public void saveReport() {
    Path from = report;
    if (from == null || !hasReport.get()) {
      return;
    }
    dialogs.chooseFileToSave(messages.get("importer.report.title"), messages.get("importer.report.fileName"),
        messages.get("importer.report.filter"), "*.xlsx").ifPresent(to -> executor.execute(BackgroundTask.of(p -> {
          Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
          return to;
        })
        .onSuccess(to2 -> dialogs.showInfo(messages.get("importer.report.title"), messages.get("importer.report.saved", to2)))
        .onFailure(this::failed)));
  }

  /** 下载模板…: writes the chosen kind's template where the clerk chooses. */
  public void downloadTemplate() {
    TableImporter importer = importer();
    Choice<ImportKind> k = kind.get();
    if (importer == null || k == null) {
      return;
    }
    dialogs.chooseFileToSave(messages.get("importer.template.title"), messages.get("importer.template.fileName", k.label()),
        messages.get("importer.report.filter"), "*.xlsx").ifPresent(to -> executor.execute(BackgroundTask.of(p -> {
          importer.writeTemplate(to);
          return to;
        })
        .onSuccess(to2 -> dialogs.showInfo(messages.get("importer.template.title"), messages.get("importer.template.done", to2)))
        .onFailure(this::failed)));
  }

  private Progress forward(Progress p) {
    return new Progress() {
      @Override
      public void update(long done, long total) {
        p.update(done, total);
        executor.runOnUiThread(() -> progress.set(total <= 0 ? -1 : (double) done / total));
      }

      @Override
      public boolean isCancelled() {
        return p.isCancelled();
      }

      @Override
      public void phase(String key) {
        executor.runOnUiThread(() -> {
          cancellable.set(false);
          progress.set(-1);
          status.set(messages.get(key));
        });
      }
    };
  }

  private void start(String statusKey) {
    busy.set(true);
    cancellable.set(true);
    progress.set(-1);
    status.set(messages.get(statusKey));
  }

  private void stop(String statusText) {
    busy.set(false);
    running = null;
    status.set(statusText);
  }

  /** Forgets the header and the last pass (another kind or file). */
  private void clearMapping() {
    automatic = null;
    shown = null;
    filling = true;
    try {
      mapping.clear();
      fileColumns.clear();
    } finally {
      filling = false;
    }
    headerText.set("");
    warning.set("");
    invalidate();
    clearCounts();
  }

  /** The choices changed: the preview no longer shows what a commit would do. */
  private void invalidate() {
    if (previewed.get() || committed.get()) {
      previewed.set(false);
      committed.set(false);
      clearCounts();
      status.set(messages.get("importer.status.changed"));
    }
  }

  private void clearCounts() {
    read.set(0);
    created.set(0);
    updated.set(0);
    unchanged.set(0);
    duplicates.set(0);
    rejected.set(0);
    problems.clear();
    changes.clear();
  }

  private void failed(Throwable e) {
    dialogs.showFailure(messages.get("importer.error.title"), e);
  }

  public ObservableList<Choice<ImportKind>> kinds() { return kinds; }
  public ObjectProperty<@Nullable Choice<ImportKind>> kindProperty() { return kind; }
  public ObservableList<Choice<String>> departments() { return departments; }
  public ObjectProperty<@Nullable Choice<String>> departmentProperty() { return department; }
  public BooleanProperty departmentNeededProperty() { return departmentNeeded; }
  public ObjectProperty<@Nullable Path> fileProperty() { return file; }
  public StringProperty fileTextProperty() { return fileText; }
  public StringProperty headerTextProperty() { return headerText; }
  public ObservableList<FileColumn> fileColumns() { return fileColumns; }
  public ObservableList<MappingRow> mapping() { return mapping; }
  public StringProperty warningProperty() { return warning; }
  public StringProperty statusProperty() { return status; }
  public IntegerProperty readProperty() { return read; }
  public IntegerProperty createdProperty() { return created; }
  public IntegerProperty updatedProperty() { return updated; }
  public IntegerProperty unchangedProperty() { return unchanged; }
  public IntegerProperty duplicatesProperty() { return duplicates; }
  public IntegerProperty rejectedProperty() { return rejected; }
  public ObservableList<RowProblem> problems() { return problems; }
  /** The 更新 rows of the last pass with old → new of each field they change (the first 10,000). */
  public ObservableList<RowChange> changes() { return changes; }
  public BooleanProperty busyProperty() { return busy; }

  public BooleanProperty cancellableProperty() { return cancellable; }
  public DoubleProperty progressProperty() { return progress; }
  public BooleanProperty previewedProperty() { return previewed; }
  public BooleanProperty committedProperty() { return committed; }
  public BooleanProperty hasReportProperty() { return hasReport; }
  public BooleanBinding canPreviewBinding() { return canPreview; }
  public BooleanBinding canCommitBinding() { return canCommit; }

  /** The report of the last pass, if any (a temporary file). */
  public @Nullable Path report() {
    return report;
  }

  /** The mapping table's line for {@code field}. */
  public MappingRow row(String field) {
    return mapping.stream().filter(r -> r.field().equals(field)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(field));
  }

  /** The file column whose header text is {@code text}, as offered in the mapping table. */
  public FileColumn column(String text) {
    HeaderMapping m = shown;
    if (m != null) {
      for (FileColumn c : fileColumns) {
        if (c.index() >= 0 && m.headerText(c.index()).equals(text)) {
          return c;
        }
      }
    }
    throw new IllegalArgumentException(text);
  }

  /** The "（不导入）" entry. */
  public FileColumn notImported() {
    return fileColumns.get(0);
  }

  private record Detected(HeaderMapping automatic, HeaderMapping applied) {}

  private record Pass(ImportSummary summary, Path report) {}
}
