package cn.suiji.directory.ui;

import cn.suiji.directory.domain.RiskClass;
import cn.suiji.directory.domain.SearchField;
import cn.suiji.directory.domain.TargetCount;
import cn.suiji.directory.domain.TargetHistoryEntry;
import cn.suiji.directory.domain.TargetIndustry;
import cn.suiji.directory.domain.TargetKind;
import cn.suiji.directory.domain.TargetOutcome;
import cn.suiji.directory.domain.TargetOutcomes;
import cn.suiji.directory.domain.TargetPage;
import cn.suiji.directory.domain.TargetQuery;
import cn.suiji.directory.domain.TargetRow;
import cn.suiji.directory.domain.TargetSort;
import cn.suiji.directory.domain.TargetStatus;
import cn.suiji.directory.service.TargetEditService;
import cn.suiji.directory.service.TargetQueryService;
import cn.suiji.shared.Progress;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.Choice;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import cn.suiji.shared.ui.concurrent.TaskHandle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The target directory's state: the search box and filters, the page of rows on screen (never
 * more than {@link TargetQueryService#PAGE_SIZE}), its count, the chosen row's details, and the
 * export of the whole filtered result. All reads run through the {@link TaskExecutor}; an
 * answer that arrives after a newer request was made is dropped.
 */
public final class TargetsViewModel {
  private final TargetQueryService service;
  private final TargetEditService edits;
  private final TargetEditorViewModel editor;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Messages messages;

  private final StringProperty searchText = new SimpleStringProperty("");
  private final ObjectProperty<SearchField> searchField = new SimpleObjectProperty<>(SearchField.AUTO);
  private final ObservableList<Choice<String>> townships = FXCollections.observableArrayList();
  private final ObservableList<Choice<String>> industries = FXCollections.observableArrayList();
  private final ObservableList<Choice<TargetKind>> kinds = FXCollections.observableArrayList();
  private final ObservableList<Choice<TargetStatus>> statuses = FXCollections.observableArrayList();
  private final ObservableList<Choice<Boolean>> flags = FXCollections.observableArrayList();
  private final ObservableList<Choice<RiskClass>> riskClasses = FXCollections.observableArrayList();
  private final ObjectProperty<Choice<String>> township = new SimpleObjectProperty<>();
  private final ObjectProperty<Choice<String>> industry = new SimpleObjectProperty<>();
  private final ObjectProperty<Choice<TargetKind>> kind = new SimpleObjectProperty<>();
  private final ObjectProperty<Choice<TargetStatus>> status = new SimpleObjectProperty<>();
  private final ObjectProperty<Choice<Boolean>> abnormal = new SimpleObjectProperty<>();
  private final ObjectProperty<Choice<Boolean>> serious = new SimpleObjectProperty<>();
  private final ObjectProperty<Choice<RiskClass>> riskClass = new SimpleObjectProperty<>();
  /** True while filters are set together (cleared, reloaded): no search per box. */
  private boolean quiet;

  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final ObjectProperty<@Nullable Row> selected = new SimpleObjectProperty<>();
  private final ObservableList<DetailLine> detail = FXCollections.observableArrayList();
  private final ObservableList<String> history = FXCollections.observableArrayList();
  private final TargetOutcomes outcomes;
  private final StringProperty pageText = new SimpleStringProperty("");
  private final StringProperty countText = new SimpleStringProperty("");
  private final BooleanProperty canPrevious = new SimpleBooleanProperty(false);
  private final BooleanProperty canNext = new SimpleBooleanProperty(false);
  private final BooleanProperty loading = new SimpleBooleanProperty(false);
  private final BooleanProperty exporting = new SimpleBooleanProperty(false);
  private final DoubleProperty exportProgress = new SimpleDoubleProperty(0);

  private TargetQuery query = TargetQuery.all();
  private int offset;
  private int generation;
  private @Nullable TaskHandle export;

  public TargetsViewModel(TargetQueryService service, TargetEditService edits, TaskExecutor executor,
      DialogService dialogs, Messages messages) {
    this(service, edits, TargetOutcomes.NONE, executor, dialogs, messages);
  }

  /**
   * @param outcomes the results and follow-ups of the target's inspections, shown in its history
   *     after the inspections (issue 13)
   */
  public TargetsViewModel(TargetQueryService service, TargetEditService edits, TargetOutcomes outcomes,
      TaskExecutor executor, DialogService dialogs, Messages messages) {
    this.outcomes = outcomes;
    this.service = service;
    this.edits = edits;
    this.editor = new TargetEditorViewModel(edits, executor, dialogs, messages);
    this.executor = executor;
    this.dialogs = dialogs;
    this.messages = messages;
    kinds.setAll(choices(TargetKind.values(), "targets.filter.kind"));
    statuses.setAll(choices(TargetStatus.values(), "targets.filter.status"));
    riskClasses.add(new Choice<>(null, messages.get("targets.filter.anyOf", messages.get("targets.filter.risk"))));
    for (RiskClass r : RiskClass.values()) {
      riskClasses.add(new Choice<>(r, messages.get("targets.filter.valueOf", messages.get("targets.filter.risk"), r.name())));
    }
    flags.setAll(new Choice<>(null, messages.get("targets.filter.any")),
        new Choice<>(true, messages.get("targets.value.yes")), new Choice<>(false, messages.get("targets.value.no")));
    townships.setAll(anyOf("targets.filter.township"));
    industries.setAll(anyOf("targets.filter.industry"));
    clearFilters();
    // a filter box applies as soon as it changes; the search box waits for Enter or 查询
    for (ObjectProperty<? extends Choice<?>> filter : List.of(township, industry, kind, status, abnormal, serious, riskClass)) {
      filter.addListener((obs, old, now) -> {
        if (!quiet && now != null) {
          search();
        }
      });
    }
    selected.addListener((obs, old, row) -> {
      detail.setAll(row == null ? List.of() : detailOf(row.target()));
      loadHistory(row);
    });
    editor.setOnSaved(saved -> {
      searchText.set(saved.code());
      searchField.set(SearchField.AUTO);
      search();
    });
  }

  /** Opens the edit form on the chosen target. */
  public void editSelected() {
    Row row = selected.get();
    if (row != null) {
      editor.startEdit(row.target().id());
    }
  }

  /** Opens an empty edit form for a new target. */
  public void addNew() {
    editor.startNew();
  }

  private void loadHistory(@Nullable Row row) {
    history.clear();
    if (row == null) {
      return;
    }
    long id = row.target().id();
    record Read(List<TargetHistoryEntry> entries, List<TargetOutcome> outcomes) {}
    executor.execute(BackgroundTask.of(p -> new Read(edits.history(id), outcomes.of(id))).onSuccess(read -> {
      Row now = selected.get();
      if (now == null || now.target().id() != id) {
        return;
      }
      if (read.entries().isEmpty()) {
        history.setAll(messages.get("targets.history.none"));
        return;
      }
      List<String> lines = new ArrayList<>(read.entries().stream().map(this::historyLine).toList());
      if (!read.outcomes().isEmpty()) {
        lines.add(messages.get("targets.history.outcomes"));
        read.outcomes().forEach(o -> lines.add(outcomeLine(o)));
      }
      history.setAll(lines);
    }).onFailure(this::failed));
  }

  private String outcomeLine(TargetOutcome o) {
    String day = o.date() == null ? "" : o.date().toString();
    return switch (o.kind()) {
      case RESULT -> messages.get("targets.history.result", o.taskCode(), day, o.text());
      case SUPERSEDED_RESULT -> messages.get("targets.history.supersededResult", o.taskCode(), day, o.text(), o.note());
      case FOLLOW_UP_OPEN -> messages.get("targets.history.followUpOpen", o.taskCode(), o.text(),
          day.isEmpty() ? "" : messages.get("targets.history.due", day));
      case FOLLOW_UP_CLOSED -> messages.get("targets.history.followUpClosed", o.taskCode(), o.text(), day);
    };
  }

  private String historyLine(TargetHistoryEntry e) {
    return messages.get("targets.history.line", e.drawnOn() == null ? "" : e.drawnOn().toString(), e.taskCode(),
        e.taskName(), inspectionStatus(e.status()), e.noticeNo() == null ? "" : e.noticeNo());
  }

  private String inspectionStatus(String code) {
    return switch (code) {
      case "AWAITING_NOTICE" -> messages.get("targets.history.awaitingNotice");
      case "NOTIFIED" -> messages.get("targets.history.notified");
      case "INSPECTED" -> messages.get("targets.history.inspected");
      case "PUBLISHED" -> messages.get("targets.history.published");
      default -> code;
    };
  }

  /** Reads the filter choices (townships and industries in the database) and the first page. */
  public void load() {
    executor.execute(BackgroundTask.of(p -> new Lists(service.townships(), service.industries()))
        .onSuccess(lists -> {
          Choice<String> t = township.get();
          Choice<String> i = industry.get();
          List<Choice<String>> ts = new ArrayList<>(List.of(anyOf("targets.filter.township")));
          lists.townships().forEach(name -> ts.add(new Choice<>(name, labelled("targets.filter.township", name))));
          List<Choice<String>> is = new ArrayList<>(List.of(anyOf("targets.filter.industry")));
          lists.industries().forEach(ind -> is.add(new Choice<>(ind.code(),
              labelled("targets.filter.industry", ind.code() + " " + ind.name()))));
          quietly(() -> {
            townships.setAll(ts);
            industries.setAll(is);
            township.set(find(townships, t));
            industry.set(find(industries, i));
          });
        })
        .onFailure(this::failed));
    search();
  }

  /** Runs the search box and filters from the first page. */
  public void search() {
    query = new TargetQuery(searchText.get() == null ? "" : searchText.get(), searchField.get(),
        value(township), value(industry), value(kind), value(status), value(abnormal), value(serious), value(riskClass),
        query.sort(), query.ascending());
    fetch(0, true);
  }

  public void clearFilters() {
    quietly(this::resetFilters);
  }

  private void resetFilters() {
    searchText.set("");
    searchField.set(SearchField.AUTO);
    township.set(townships.get(0));
    industry.set(industries.get(0));
    kind.set(kinds.get(0));
    status.set(statuses.get(0));
    abnormal.set(flags.get(0));
    serious.set(flags.get(0));
    riskClass.set(riskClasses.get(0));
  }

  public void nextPage() {
    if (canNext.get()) {
      fetch(offset + TargetQueryService.PAGE_SIZE, false);
    }
  }

  public void previousPage() {
    if (canPrevious.get()) {
      fetch(Math.max(0, offset - TargetQueryService.PAGE_SIZE), false);
    }
  }

  /** Orders by a column (from the table header) and starts again at the first page. */
  public void sortBy(TargetSort column, boolean ascending) {
    if (query.sort() != column || query.ascending() != ascending) {
      query = query.sortedBy(column, ascending);
      fetch(0, false);
    }
  }

  private void fetch(int from, boolean recount) {
    int mine = ++generation;
    TargetQuery q = query;
    loading.set(true);
    executor.execute(BackgroundTask.of(p -> new Loaded(service.page(q, from), recount ? service.count(q) : null))
        .onSuccess(loaded -> {
          if (mine != generation) {
            return;
          }
          loading.set(false);
          show(loaded.page());
          if (loaded.count() != null) {
            TargetCount c = loaded.count();
            countText.set(messages.get(c.atLeast() ? "targets.count.atLeast" : "targets.count", c.value()));
          }
        })
        .onFailure(e -> {
          if (mine == generation) {
            loading.set(false);
            failed(e);
          }
        }));
  }

  private void show(TargetPage page) {
    offset = page.offset();
    rows.setAll(page.rows().stream().map(this::row).toList());
    canPrevious.set(offset > 0);
    canNext.set(page.hasNext());
    pageText.set(page.rows().isEmpty() ? messages.get("targets.page.empty")
        : messages.get("targets.page", offset / TargetQueryService.PAGE_SIZE + 1, offset + 1, offset + page.rows().size()));
    selected.set(rows.isEmpty() ? null : rows.get(0));
  }

  /** Asks for a file and writes every row of the current filter to it, in the background. */
  public void export() {
    if (exporting.get()) {
      return;
    }
    Optional<Path> file = dialogs.chooseFileToSave(messages.get("targets.export.title"),
        messages.get("targets.export.fileName"), messages.get("targets.export.filter"), "*.xlsx");
    if (file.isEmpty()) {
      return;
    }
    TargetQuery q = query;
    exporting.set(true);
    exportProgress.set(-1);
    export = executor.execute(BackgroundTask.of(p -> service.export(q, file.get(), messages, new Progress() {
          @Override
          public void update(long done, long total) {
            p.update(done, total);
            executor.runOnUiThread(() -> exportProgress.set(total <= 0 ? -1 : (double) done / total));
          }

          @Override
          public boolean isCancelled() {
            return p.isCancelled();
          }
        }))
        .onSuccess(n -> {
          exporting.set(false);
          dialogs.showInfo(messages.get("targets.export.title"), messages.get("targets.export.done", n, file.get()));
        })
        .onCancelled(() -> {
          exporting.set(false);
          dialogs.showInfo(messages.get("targets.export.title"), messages.get("targets.export.cancelled"));
        })
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
    dialogs.showFailure(messages.get("targets.error.title"), e);
  }

  private Row row(TargetRow t) {
    return new Row(t, t.name(), t.code(), nz(t.legalRep()), nz(t.township()), nz(t.industryName()),
        messages.label(t.kind()), messages.label(t.status()), t.riskClass() == null ? "" : t.riskClass().name());
  }

  private List<DetailLine> detailOf(TargetRow t) {
    return List.of(
        line("targets.field.name", t.name()),
        line("targets.field.uscc", t.uscc()),
        line("targets.field.regNo", t.regNo()),
        line("targets.field.kind", messages.label(t.kind())),
        line("targets.field.legalRep", t.legalRep()),
        line("targets.field.address", t.address()),
        line("targets.field.township", t.township()),
        line("targets.field.jurisdictionUnit", t.jurisdictionUnit()),
        line("targets.field.industryName", t.industryCode() == null ? null : t.industryCode() + " " + nz(t.industryName())),
        line("targets.field.registrationAuthority", t.registrationAuthority()),
        line("targets.field.status", messages.label(t.status())),
        line("targets.field.foundedDate", t.foundedDate() == null ? null : t.foundedDate().toString()),
        line("targets.field.liaison", t.liaison()),
        line("targets.field.phone", t.phone()),
        line("targets.field.abnormal", messages.get(t.abnormal() ? "targets.value.yes" : "targets.value.no")),
        line("targets.field.seriousViolation", messages.get(t.seriousViolation() ? "targets.value.yes" : "targets.value.no")),
        line("targets.field.riskClass", t.riskClass() == null ? null : t.riskClass().name()),
        line("targets.field.lastInspectedDate", t.lastInspectedDate() == null ? null : t.lastInspectedDate().toString()),
        line("targets.field.inspectionCount", Integer.toString(t.inspectionCount())));
  }

  private DetailLine line(String key, @Nullable String value) {
    return new DetailLine(messages.get(key), value == null ? "" : value);
  }

  private <E extends Enum<E>> List<Choice<E>> choices(E[] values, String filterKey) {
    List<Choice<E>> out = new ArrayList<>();
    out.add(new Choice<>(null, messages.get("targets.filter.anyOf", messages.get(filterKey))));
    for (E e : values) {
      out.add(new Choice<>(e, labelled(filterKey, messages.label(e))));
    }
    return out;
  }

  /** A filter's value as the closed box shows it, with the filter's name before it ("乡镇：城关镇"). */
  private String labelled(String filterKey, String value) {
    return messages.get("targets.filter.valueOf", messages.get(filterKey), value);
  }

  /** Changes filters without a search for each (the caller searches once, or not at all). */
  private void quietly(Runnable change) {
    quiet = true;
    try {
      change.run();
    } finally {
      quiet = false;
    }
  }

  private Choice<String> anyOf(String filterKey) {
    return new Choice<>(null, messages.get("targets.filter.anyOf", messages.get(filterKey)));
  }

  private static <T> Choice<T> find(List<Choice<T>> list, @Nullable Choice<T> wanted) {
    if (wanted != null) {
      for (Choice<T> c : list) {
        if (c.value() != null && c.value().equals(wanted.value())) {
          return c;
        }
      }
    }
    return list.get(0);
  }

  private static <T> @Nullable T value(ObjectProperty<Choice<T>> p) {
    return p.get() == null ? null : p.get().value();
  }

  private static String nz(@Nullable String s) {
    return s == null ? "" : s;
  }

  public StringProperty searchTextProperty() { return searchText; }
  public ObjectProperty<SearchField> searchFieldProperty() { return searchField; }
  public ObservableList<Choice<String>> townships() { return townships; }
  public ObservableList<Choice<String>> industries() { return industries; }
  public ObservableList<Choice<TargetKind>> kinds() { return kinds; }
  public ObservableList<Choice<TargetStatus>> statuses() { return statuses; }
  public ObservableList<Choice<Boolean>> flags() { return flags; }
  public ObservableList<Choice<RiskClass>> riskClasses() { return riskClasses; }
  public ObjectProperty<Choice<String>> townshipProperty() { return township; }
  public ObjectProperty<Choice<String>> industryProperty() { return industry; }
  public ObjectProperty<Choice<TargetKind>> kindProperty() { return kind; }
  public ObjectProperty<Choice<TargetStatus>> statusProperty() { return status; }
  public ObjectProperty<Choice<Boolean>> abnormalProperty() { return abnormal; }
  public ObjectProperty<Choice<Boolean>> seriousProperty() { return serious; }
  public ObjectProperty<Choice<RiskClass>> riskClassProperty() { return riskClass; }
  public ObservableList<Row> rows() { return rows; }
  public ObjectProperty<@Nullable Row> selectedProperty() { return selected; }
  public ObservableList<DetailLine> detail() { return detail; }
  public ObservableList<String> history() { return history; }
  public TargetEditorViewModel editor() { return editor; }
  public StringProperty pageTextProperty() { return pageText; }
  public StringProperty countTextProperty() { return countText; }
  public BooleanProperty canPreviousProperty() { return canPrevious; }
  public BooleanProperty canNextProperty() { return canNext; }
  public BooleanProperty loadingProperty() { return loading; }
  public BooleanProperty exportingProperty() { return exporting; }
  public DoubleProperty exportProgressProperty() { return exportProgress; }

  /** The query the screen shows now (what an export writes). */
  public TargetQuery query() {
    return query;
  }

  private record Lists(List<String> townships, List<TargetIndustry> industries) {}

  private record Loaded(TargetPage page, @Nullable TargetCount count) {}

  /** One line of the table, as shown; {@code target} is the row's full record for the detail pane. */
  public record Row(TargetRow target, String name, String code, String legalRep, String township, String industry,
      String kind, String status, String riskClass) {}

  /** One field of the detail pane. */
  public record DetailLine(String label, String value) {}
}
