package cn.suiji.plan.service;

import cn.suiji.plan.domain.InspectionMode;
import cn.suiji.plan.domain.ItemRef;
import cn.suiji.plan.domain.PlanTask;
import cn.suiji.plan.domain.TaskColumn;
import cn.suiji.plan.domain.TaskScope;
import cn.suiji.plan.domain.TaskStatus;
import cn.suiji.plan.domain.TaskType;
import cn.suiji.plan.render.TaskSheet;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.imports.ImportKind;
import cn.suiji.shared.imports.ImportRun;
import cn.suiji.shared.imports.ImportRequest;
import cn.suiji.shared.imports.ImportSummary;
import cn.suiji.shared.imports.ImportTally;
import cn.suiji.shared.imports.TableImporter;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.xlsx.ColumnSpec;
import cn.suiji.shared.xlsx.HeaderMapping;
import cn.suiji.shared.xlsx.TableReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;

/**
 * The task import (ImportKind.TASKS, {@code suiji import tasks}): one row per task in the columns
 * of {@link TaskColumn}. Each row's plan is the lead department's plan of the start date's year,
 * found or made. A row whose code is already stored replaces that task (更新) unless its draw is
 * confirmed; a code repeated in the file is 重复; a row with any problem is 拒绝 with a reason
 * naming its column. The whole file is one transaction with one audit entry.
 */
public final class TaskImporter implements TableImporter {
  private final DSLContext dsl;
  private final PlanService plans;
  private final Auditor auditor;

  public TaskImporter(DSLContext dsl, PlanService plans, Auditor auditor) {
    this.dsl = dsl;
    this.plans = plans;
    this.auditor = auditor;
  }

  @Override
  public ImportKind kind() {
    return ImportKind.TASKS;
  }

  @Override
  public List<ColumnSpec> columns() {
    List<ColumnSpec> specs = new ArrayList<>();
    for (TaskColumn c : TaskColumn.values()) {
      specs.add(new ColumnSpec(c.name(), c.headers(), c.required()));
    }
    return specs;
  }

  @Override
  public boolean usesDepartment() {
    return false;
  }


  @Override
  public ImportSummary preview(ImportRequest request, Progress progress) {
    return run(request, false, progress);
  }

  @Override
  public ImportSummary commit(ImportRequest request, Progress progress) {
    return run(request, true, progress);
  }

  @Override
  public void writeTemplate(Path file) {
    int year = LocalDate.now().getYear();
    new TaskSheet().write(List.of(new PlanTask(null, year + "-SCJGJ-01", "餐饮服务单位食品安全抽查", TaskType.DIRECTED,
        new java.math.BigDecimal("10"), null, null, null, null, null,
        new TaskScope(List.of("城关镇"), List.of("6210"), List.of()), LocalDate.of(year, 5, 6), LocalDate.of(year, 7, 31),
        "SCJGJ", List.of("WJJ"), InspectionMode.COUNTY_COUNTY, TaskStatus.PLANNED,
        List.of(new ItemRef("SX-SCJGJ-09", "", ""), new ItemRef("SX-WJJ-02", "", "")))), file);
  }

  private ImportSummary run(ImportRequest request, boolean write, Progress progress) {
    return ImportRun.run(dsl, request, write, progress,
        new ImportRun.Names(ImportKind.TASKS, TaskColumn.CODE.header(), TaskColumn.NAME.header(), "preimage.what.taskImport"),
        ImportRun.Transaction.PREIMAGE,
        (table, chosen) -> chosen == null ? header(table) : checked(table, chosen),
        this::pass);
  }

  private ImportSummary pass(DSLContext tx, TableReader table, HeaderMapping header, ImportTally tally, boolean write,
      Progress progress) {
    TaskRows rows = new TaskRows(tx, plans, header, tally, write, plans.departments(tx));
    table.readData(header, row -> {
      rows.row(row);
      if (tally.read() % 100 == 0) {
        progress.checkCancelled();
      }
      return true;
    }, progress);
    ImportSummary s = tally.summary(table.fileName(), !write);
    if (write) {
      auditor.record(tx, AuditEvent.of("task.import", "task", null, s.auditDetail()));
    }
    return s;
  }

  private HeaderMapping header(TableReader table) {
    return checked(table, table.findHeader(columns()));
  }

  private HeaderMapping checked(TableReader table, HeaderMapping header) {
    List<String> missing = missingHeaders(header);
    if (!missing.isEmpty()) {
      throw new SuijiException("plan.import.missingColumns", table.fileName(), String.join("、", missing));
    }
    if (!header.has(TaskColumn.RATIO.name()) && !header.has(TaskColumn.COUNT.name())
        && !header.has(TaskColumn.RATIO_A.name()) && !header.has(TaskColumn.RATIO_B.name())
        && !header.has(TaskColumn.RATIO_C.name()) && !header.has(TaskColumn.RATIO_D.name())) {
      throw new SuijiException("plan.import.noAmountColumn", table.fileName());
    }
    return header;
  }

  /** {@code 「column」列：sentence}. */
  static String inColumn(TaskColumn column, String sentence) {
    return Messages.msg("plan.import.inColumn", column.header(), sentence);
  }
}
