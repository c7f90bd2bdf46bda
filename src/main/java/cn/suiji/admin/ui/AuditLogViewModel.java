package cn.suiji.admin.ui;

import cn.suiji.admin.service.AuditLogService;
import cn.suiji.shared.audit.AuditEntry;
import cn.suiji.shared.audit.AuditFacets;
import cn.suiji.shared.audit.AuditJournal;
import cn.suiji.shared.audit.AuditQuery;
import cn.suiji.shared.audit.AuditVerification;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * 操作留痕: the log in the clerk's words, filtered by date, action, operator and object and
 * searched as the filters change (in the database, a page at a time), the chosen entry's
 * fields and changes, and the chain check.
 */
public final class AuditLogViewModel {
  static final int PAGE = 200;
  /** Bundle prefixes naming audit actions and entities, e.g. {@code audit.action.demo.create}. */
  public static final String ACTION_PREFIX = "audit.action.";
  public static final String ENTITY_PREFIX = "audit.entity.";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private final AuditLogService log;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Messages messages;
  private final AuditText text;
  private final ZoneId zone;
  private final ObjectProperty<@Nullable LocalDate> from = new SimpleObjectProperty<>();
  private final ObjectProperty<@Nullable LocalDate> to = new SimpleObjectProperty<>();
  private final StringProperty action = new SimpleStringProperty("");
  private final StringProperty user = new SimpleStringProperty("");
  private final StringProperty entity = new SimpleStringProperty("");
  private final StringProperty search = new SimpleStringProperty("");
  private final ObservableList<String> actions = FXCollections.observableArrayList("");
  private final ObservableList<String> users = FXCollections.observableArrayList("");
  private final ObservableList<String> entities = FXCollections.observableArrayList("");
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final StringProperty count = new SimpleStringProperty("");
  private final BooleanProperty more = new SimpleBooleanProperty(false);
  private final StringProperty verdict = new SimpleStringProperty("");
  private final ObjectProperty<@Nullable Row> selected = new SimpleObjectProperty<>();
  private final ObservableList<Line> detail = FXCollections.observableArrayList();
  private final ObservableList<String> changes = FXCollections.observableArrayList();
  private final StringProperty changesNote = new SimpleStringProperty("");
  /** Counts searches, so a result that arrives after the filters changed again is dropped. */
  private long generation;
  private int total;
  private boolean loaded;

  public AuditLogViewModel(AuditLogService log, TaskExecutor executor, DialogService dialogs, Messages messages) {
    this(log, executor, dialogs, messages, ZoneId.systemDefault());
  }

  AuditLogViewModel(AuditLogService log, TaskExecutor executor, DialogService dialogs, Messages messages,
      ZoneId zone) {
    this.log = log;
    this.executor = executor;
    this.dialogs = dialogs;
    this.messages = messages;
    this.text = new AuditText(messages);
    this.zone = zone;
    for (ObservableValue<?> filter : List.of(from, to, action, user, entity, search)) {
      filter.addListener((obs, old, now) -> {
        if (loaded) {
          search();
        }
      });
    }
    selected.addListener((obs, old, row) -> showDetail(row));
  }

  /** Reads the filters' choices and the first page. */
  public void refresh() {
    executor.execute(BackgroundTask.of(p -> log.facets()).onSuccess(this::showFacets));
    loaded = true;
    search();
  }

  private void showFacets(AuditFacets f) {
    keepChoice(actions, f.actions(), action);
    keepChoice(users, f.users(), user);
    keepChoice(entities, f.entities(), entity);
  }

  private static void keepChoice(ObservableList<String> list, List<String> values, StringProperty chosen) {
    String keep = chosen.get();
    List<String> all = new ArrayList<>();
    all.add("");
    all.addAll(values);
    list.setAll(all);
    chosen.set(all.contains(keep) ? keep : "");
  }

  /** Reads the first page for the filters as they are now. */
  public void search() {
    AuditQuery query = query();
    long mine = ++generation;
    executor.execute(BackgroundTask.of(p -> new Page(log.count(query), log.search(query, null, PAGE)))
        .onSuccess(page -> {
          if (mine == generation) {
            total = page.total();
            rows.setAll(page.entries().stream().map(this::row).toList());
            showCount();
          }
        }));
  }

  /** Reads the next page, continuing after the last row shown. */
  public void showMore() {
    if (rows.isEmpty() || !more.get()) {
      return;
    }
    AuditQuery query = query();
    long before = rows.get(rows.size() - 1).entry().seq();
    long mine = generation;
    executor.execute(BackgroundTask.of(p -> log.search(query, before, PAGE)).onSuccess(list -> {
      if (mine == generation) {
        rows.addAll(list.stream().map(this::row).toList());
        showCount();
      }
    }));
  }

  /** Back to every entry. */
  public void clearFilters() {
    loaded = false;
    from.set(null);
    to.set(null);
    action.set("");
    user.set("");
    entity.set("");
    search.set("");
    loaded = true;
    search();
  }

  private void showCount() {
    count.set(messages.get("audit.count", total, rows.size()));
    more.set(rows.size() < total);
  }

  AuditQuery query() {
    String words = search.get() == null ? "" : search.get().strip();
    Set<String> named = new HashSet<>();
    if (!words.isEmpty()) {
      for (String code : actions) {
        if (!code.isEmpty() && text.action(code).contains(words)) {
          named.add(code);
        }
      }
    }
    LocalDate f = from.get();
    LocalDate t = to.get();
    return new AuditQuery(f == null ? null : f.atStartOfDay(zone).toInstant(),
        t == null ? null : t.plusDays(1).atStartOfDay(zone).toInstant(), action.get(), user.get(), entity.get(),
        words, named);
  }

  /** Walks the whole chain and says whether it holds. */
  public void verify() {
    executor.execute(BackgroundTask.of(p -> log.verify()).onSuccess(this::show));
  }

  private void show(AuditVerification v) {
    if (v.isIntact()) {
      verdict.set(messages.get("audit.verify.intact", v.checked()));
      dialogs.showInfo(messages.get("audit.verify.title"), verdict.get());
    } else {
      verdict.set(messages.get("audit.verify.broken", v.brokenSeq(), messages.label(v.problem())));
      dialogs.showError(messages.get("audit.verify.title"), verdict.get());
    }
  }

  /** The entry's fields at once; its changes once the evidence journal has been read (in the background). */
  private void showDetail(@Nullable Row row) {
    changes.clear();
    changesNote.set("");
    if (row == null) {
      detail.clear();
      return;
    }
    AuditEntry e = row.entry();
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(messages.get("audit.column.seq"), Long.toString(e.seq())));
    lines.add(new Line(messages.get("audit.column.at"), row.at()));
    lines.add(new Line(messages.get("audit.column.user"), e.user()));
    lines.add(new Line(messages.get("audit.column.action"), row.action()));
    lines.add(new Line(messages.get("audit.column.entity"), row.entity()));
    lines.add(new Line(messages.get("audit.column.entityId"), e.entityId() == null ? "" : e.entityId()));
    lines.add(new Line(messages.get("audit.detail.summary"), row.summary()));
    List<AuditText.Field> fields = text.fields(e.detail());
    if (fields.isEmpty()) {
      lines.add(new Line(messages.get("audit.column.detail"), e.detail() == null ? "" : e.detail()));
    } else {
      fields.forEach(f -> lines.add(new Line(f.name(), f.value())));
    }
    lines.add(new Line(messages.get("audit.detail.hash"), e.hash()));
    lines.add(new Line(messages.get("audit.detail.prevHash"), e.prevHash()));
    detail.setAll(lines);
    if (e.beforeDigest() == null && e.afterDigest() == null) {
      return;
    }
    executor.execute(BackgroundTask.of(p -> log.payload(e.seq())).onSuccess(payload -> {
      if (selected.get() == row) {
        showChanges(payload);
      }
    }));
  }

  private void showChanges(Optional<AuditJournal.Payload> payload) {
    if (payload.isEmpty()) {
      changesNote.set(messages.get("audit.detail.noPayload"));
      return;
    }
    changes.setAll(text.changes(payload.get().before(), payload.get().after()).stream()
        .map(c -> messages.get("audit.detail.change", c.field(), c.before(), c.after())).toList());
  }

  /** Action and entity codes are stored as written by the code; the screen shows their names. */
  private Row row(AuditEntry e) {
    return new Row(e, Long.toString(e.seq()), TIME.format(e.at().atZone(zone)), e.user(), text.action(e.action()),
        text.entity(e.entity()), text.summary(e));
  }

  /** The name a filter choice is shown by: the action's or object's name, or 全部 for none. */
  public String actionName(String code) {
    return code.isEmpty() ? messages.get("audit.filter.any") : text.action(code);
  }

  public String entityName(String code) {
    return code.isEmpty() ? messages.get("audit.filter.any") : text.entity(code);
  }

  public String userName(String name) {
    return name.isEmpty() ? messages.get("audit.filter.any") : name;
  }

  public ObservableList<Row> rows() {
    return rows;
  }

  public StringProperty verdictProperty() {
    return verdict;
  }

  public ObjectProperty<@Nullable LocalDate> fromProperty() {
    return from;
  }

  public ObjectProperty<@Nullable LocalDate> toProperty() {
    return to;
  }

  public StringProperty actionProperty() {
    return action;
  }

  public StringProperty userProperty() {
    return user;
  }

  public StringProperty entityProperty() {
    return entity;
  }

  public StringProperty searchProperty() {
    return search;
  }

  public ObservableList<String> actions() {
    return actions;
  }

  public ObservableList<String> users() {
    return users;
  }

  public ObservableList<String> entities() {
    return entities;
  }

  public StringProperty countProperty() {
    return count;
  }

  public BooleanProperty moreProperty() {
    return more;
  }

  public ObjectProperty<@Nullable Row> selectedProperty() {
    return selected;
  }

  public ObservableList<Line> detail() {
    return detail;
  }

  public ObservableList<String> changes() {
    return changes;
  }

  public StringProperty changesNoteProperty() {
    return changesNote;
  }

  /** One entry as shown. */
  public record Row(AuditEntry entry, String seq, String at, String user, String action, String entity, String summary) {}

  /** One field of the detail pane. */
  public record Line(String label, String value) {}

  private record Page(int total, List<AuditEntry> entries) {}
}
