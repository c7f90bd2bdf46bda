package cn.suiji.admin.ui;

import cn.suiji.shared.audit.AuditEntry;
import cn.suiji.shared.audit.AuditVerification;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jooq.DSLContext;

/** 全程留痕: the newest audit entries and the chain check. */
public final class AuditLogViewModel {
  static final int SHOWN = 500;
  /** Bundle prefixes naming audit actions and entities, e.g. {@code audit.action.demo.create}. */
  public static final String ACTION_PREFIX = "audit.action.";
  public static final String ENTITY_PREFIX = "audit.entity.";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
  private final Auditor auditor;
  private final DSLContext dsl;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Messages messages;
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final StringProperty verdict = new SimpleStringProperty("");

  public AuditLogViewModel(Auditor auditor, DSLContext dsl, TaskExecutor executor, DialogService dialogs, Messages messages) {
    this.auditor = auditor;
    this.dsl = dsl;
    this.executor = executor;
    this.dialogs = dialogs;
    this.messages = messages;
  }

  public void refresh() {
    executor.execute(BackgroundTask.of(p -> auditor.latest(dsl, SHOWN))
        .onSuccess(list -> rows.setAll(list.stream().map(this::row).toList())));
  }

  /** Walks the whole chain and says whether it holds. */
  public void verify() {
    executor.execute(BackgroundTask.of(p -> auditor.verify(dsl)).onSuccess(this::show));
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

  /** Action and entity codes are stored as written by the code; the screen shows their names. */
  private Row row(AuditEntry e) {
    return new Row(Long.toString(e.seq()), TIME.format(e.at()), e.user(),
        messages.getOrDefault(ACTION_PREFIX + e.action(), e.action()),
        messages.getOrDefault(ENTITY_PREFIX + e.entity(), e.entity()),
        e.entityId() == null ? "" : e.entityId(), e.detail() == null ? "" : e.detail());
  }

  public ObservableList<Row> rows() {
    return rows;
  }

  public StringProperty verdictProperty() {
    return verdict;
  }

  /** One entry as shown. */
  public record Row(String seq, String at, String user, String action, String entity, String entityId, String detail) {}
}
