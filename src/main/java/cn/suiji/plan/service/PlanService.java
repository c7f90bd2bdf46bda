package cn.suiji.plan.service;

import cn.suiji.directory.domain.Department;
import cn.suiji.plan.data.PlanRepository;
import cn.suiji.plan.data.TaskRepository;
import cn.suiji.plan.domain.AnnualPlan;
import cn.suiji.plan.domain.InspectionMode;
import cn.suiji.plan.domain.ItemRef;
import cn.suiji.plan.domain.PlanTask;
import cn.suiji.plan.domain.PlanTasks;
import cn.suiji.plan.domain.TaskCheck;
import cn.suiji.plan.domain.TaskChoices;
import cn.suiji.plan.domain.TaskDraft;
import cn.suiji.plan.domain.TaskProblem;
import cn.suiji.plan.domain.TaskScope;
import cn.suiji.plan.domain.TaskStatus;
import cn.suiji.plan.domain.TaskType;
import cn.suiji.plan.render.PlanDocx;
import cn.suiji.plan.render.PlanTable;
import cn.suiji.plan.render.PlanXlsx;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.outbox.Outbox;
import cn.suiji.shared.outbox.OutboxKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * The annual plans (年度抽查工作计划) for the plan screen, {@code suiji export plan} and the task
 * import: plans by department and year, a task saved with its items, partners and scope after
 * {@link TaskCheck}, a task cancelled, and the plan table written as .xlsx or .docx. Each public
 * method is one transaction; every change is audited. A task whose draw is confirmed is fixed:
 * it can be neither edited nor cancelled.
 */
public final class PlanService {
  private final DSLContext dsl;
  private final PlanRepository plans;
  private final TaskRepository tasks;
  private final Auditor auditor;
  private final ZoneId zone;
  private final Outbox outbox;

  public PlanService(DSLContext dsl, PlanRepository plans, TaskRepository tasks, Auditor auditor, Clock clock) {
    this(dsl, plans, tasks, auditor, clock, Outbox.NONE);
  }

  /**
   * @param outbox where a published plan goes for the provincial platform (issue 14), in the
   *     transaction that saves its publication
   */
  public PlanService(DSLContext dsl, PlanRepository plans, TaskRepository tasks, Auditor auditor, Clock clock,
      Outbox outbox) {
    this.outbox = outbox;
    this.dsl = dsl;
    this.plans = plans;
    this.tasks = tasks;
    this.auditor = auditor;
    this.zone = clock.getZone();
  }

  public List<Department> departments() {
    return dsl.transactionResult(trx -> plans.departments(trx.dsl()));
  }

  /** The years the department has a plan for, newest first. */
  public List<Integer> years(String departmentCode) {
    return dsl.transactionResult(trx -> plans.years(trx.dsl(), department(trx.dsl(), departmentCode).id()));
  }

  /** The department's plan of {@code year} (if any), its tasks, their provincial numbers and draw days. */
  public PlanTasks plan(String departmentCode, int year) {
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      Optional<AnnualPlan> plan = plans.find(tx, department(tx, departmentCode).id(), year);
      if (plan.isEmpty()) {
        return new PlanTasks(null, List.of());
      }
      long id = plan.get().id();
      return new PlanTasks(plan.get(), tasks.tasks(tx, id), tasks.provinceNumbers(tx, id), tasks.drawnOn(tx, id, zone));
    });
  }

  /**
   * Sets the plan's code (抽查计划编号), filed (备案) and published (公开) dates; the plan is made if
   * missing. Nothing is written (nor audited) when nothing changes. A code longer than 60
   * characters, or a publication before the filing, is refused.
   */
  public AnnualPlan savePlanInfo(String departmentCode, int year, @Nullable String code, @Nullable LocalDate filed,
      @Nullable LocalDate published) {
    String c = code == null || code.isBlank() ? null : code.strip();
    if (c != null && c.length() > 60) {
      throw new SuijiException("plan.error.planCodeLong", c.length());
    }
    if (filed != null && published != null && published.isBefore(filed)) {
      throw new SuijiException("plan.error.publishedBeforeFiled", published, filed);
    }
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      Department d = department(tx, departmentCode);
      AnnualPlan plan = plans.find(tx, d.id(), year).orElseGet(() -> create(tx, d, year));
      if (Objects.equals(plan.code(), c) && Objects.equals(plan.filedDate(), filed)
          && Objects.equals(plan.publishedDate(), published)) {
        toProvince(tx, plan); // a published plan whose tasks changed since goes up again; else nothing
        return plan;
      }
      plans.updateInfo(tx, plan.id(), c, filed, published);
      auditor.record(tx, AuditEvent.of("plan.update", "plan", d.code() + "-" + year,
          String.format(Locale.ROOT, "code=%s filed=%s published=%s", c, filed, published)));
      AnnualPlan saved = plans.find(tx, d.id(), year).orElseThrow();
      toProvince(tx, saved);
      return saved;
    });
  }

  /**
   * A published plan and its tasks (with their provincial task numbers) as an outbox entry for
   * the provincial platform, in the caller's transaction. Its key names the content (a digest of
   * the payload), so saving the same plan again adds nothing, and a plan changed after its
   * publication goes up as a new entry of the same subject (superseding a rejected one).
   */
  private void toProvince(DSLContext tx, AnnualPlan plan) {
    if (plan.publishedDate() == null) {
      return;
    }
    Map<String, String> numbers = tasks.provinceNumbers(tx, plan.id());
    List<Map<String, Object>> list = new ArrayList<>();
    for (PlanTask t : tasks.tasks(tx, plan.id())) {
      if (t.status() == TaskStatus.CANCELLED) {
        continue;
      }
      Map<String, Object> task = new TreeMap<>();
      task.put("task", t.code());
      task.put("taskName", t.name());
      task.put("taskType", t.type().name());
      task.put("provinceNumber", numbers.getOrDefault(t.code(), ""));
      list.add(task);
    }
    Map<String, Object> payload = new TreeMap<>();
    payload.put("plan", plan.id());
    payload.put("planCode", plan.code() == null ? "" : plan.code());
    payload.put("department", plan.departmentCode());
    payload.put("year", plan.year());
    payload.put("title", plan.title());
    payload.put("filedOn", plan.filedDate() == null ? "" : plan.filedDate().toString());
    payload.put("publishedOn", plan.publishedDate().toString());
    payload.put("tasks", list);
    outbox.add(tx, OutboxKind.PLAN, "plan:" + plan.id() + ":" + digest(payload.toString()), "plan:" + plan.id(), payload);
  }

  /** The first 16 hex digits of the SHA-256 of {@code text}: a plan entry's key names its content. */
  private static String digest(String text) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Creates the department's plan of {@code year}; refused if it exists. */
  public AnnualPlan createPlan(String departmentCode, int year) {
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      Department d = department(tx, departmentCode);
      if (plans.find(tx, d.id(), year).isPresent()) {
        throw new SuijiException("plan.error.planExists", d.name(), year);
      }
      return create(tx, d, year);
    });
  }

  /** What the editor offers and checks against for the department's plan of {@code year}. */
  public TaskChoices choices(String departmentCode, int year) {
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      Department d = department(tx, departmentCode);
      List<Department> all = plans.departments(tx);
      return new TaskChoices(d.code(), year, plans.floors(tx, d.id()), all,
          plans.items(tx, all.stream().map(Department::id).toList(), year), List.copyOf(plans.townships(tx, d.id())),
          plans.frequencies(tx, year), plans.tasksByItem(tx, year));
    });
  }

  /**
   * Saves a task of the department's plan of {@code year} (the plan is made if missing): a new
   * one when {@code draft.id()} is null, else the stored one is replaced. The lead department
   * is the plan's. Refused with the first problem {@link TaskCheck} finds (an item no longer in
   * force that year, or neither the lead's nor a partner's, is named), or when the stored task has
   * a confirmed draw. The provincial task number is left as it is.
   */
  public PlanTask saveTask(String departmentCode, int year, TaskDraft draft) {
    return saveTask(departmentCode, year, draft, null, false);
  }

  /**
   * As {@link #saveTask(String, int, TaskDraft)}, setting the provincial task number too (blank:
   * none). A stored task saved unchanged is not written again and leaves no audit entry.
   */
  public PlanTask saveTask(String departmentCode, int year, TaskDraft draft, @Nullable String provinceNumber) {
    return saveTask(departmentCode, year, draft, provinceNumber, true);
  }

  private PlanTask saveTask(String departmentCode, int year, TaskDraft draft, @Nullable String provinceNumber,
      boolean setNumber) {
    String number = provinceNumber == null || provinceNumber.isBlank() ? null : provinceNumber.strip();
    if (number != null && number.length() > 60) {
      throw new SuijiException("plan.error.provinceNumberLong", number.length());
    }
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      Department d = department(tx, departmentCode);
      if (draft.leadDepartment() != null && !d.code().equals(draft.leadDepartment().strip())) {
        throw new SuijiException("plan.error.leadNotPlan", draft.leadDepartment(), d.code());
      }
      AnnualPlan plan = plans.find(tx, d.id(), year).orElseGet(() -> create(tx, d, year));
      @Nullable Long id = draft.id();
      TaskRepository.Stored stored = null;
      if (id != null) {
        stored = tasks.findById(tx, id).orElseThrow(() -> new SuijiException("plan.error.noTask", id));
        if (tasks.hasConfirmedDraw(tx, id)) {
          throw new SuijiException("plan.error.drawn", stored.task().code());
        }
      }
      PlanTask task = checked(tx, d, year, draft.withLead(d.code()));
      if (stored != null && stored.planId() == plan.id() && fingerprint(stored.task()).equals(fingerprint(task))) {
        if (!setNumber || Objects.equals(tasks.provinceNumber(tx, stored.task().id()), number)) {
          return stored.task(); // nothing changed: nothing written, nothing audited
        }
        tasks.setProvinceNumber(tx, stored.task().id(), number);
        auditor.record(tx, AuditEvent.of("task.update", "task", task.code(), "province_number=" + number));
        return stored.task();
      }
      PlanTask saved = store(tx, plan.id(), year, task, !setNumber);
      if (setNumber) {
        tasks.setProvinceNumber(tx, saved.id(), number);
        auditor.record(tx, AuditEvent.of(id == null ? "task.create" : "task.update", "task", saved.code(),
            detail(saved) + " province_number=" + number));
      }
      return saved;
    });
  }

  /** What makes two versions of a task the same: every field, numbers by value, lists in any order. */
  private static String fingerprint(PlanTask t) {
    return String.join("|", t.code(), t.name(), t.type().name(), plain(t.ratioPercent()),
        String.valueOf(t.fixedCount()), plain(t.ratioA()), plain(t.ratioB()), plain(t.ratioC()), plain(t.ratioD()),
        t.startDate().toString(), t.endDate().toString(), t.leadDepartment(), sorted(t.partners()),
        sorted(t.itemCodes()), sorted(t.scope().townships()), sorted(t.scope().industries()),
        sorted(t.scope().kinds()), sorted(t.scope().targets()), t.mode().name(), t.status().name());
  }

  private static String plain(java.math.@Nullable BigDecimal value) {
    return value == null ? "" : TaskCheck.plain(value);
  }

  private static String sorted(List<String> values) {
    return String.join(",", new java.util.TreeSet<>(values));
  }

  /**
   * Adds a directed (定向) task to the department's plan of {@code year}, drawing from {@code scope}
   * (a watch list of the statistics: named targets, or townships and industries), the whole year,
   * 县抽县查, with a fixed number or a ratio; its code is the next free 年-部门-NN. One transaction,
   * audited as {@code task.create} with {@code why}. Refused when the plan does not exist or is
   * already published (tasks added after publication count against indicator 10), or when the
   * scope does not fit the task row; the task itself is checked as the editor's are.
   */
  public PlanTask addDirectedTask(String departmentCode, int year, String name, TaskScope scope, List<String> itemCodes,
      @Nullable Integer fixedCount, java.math.@Nullable BigDecimal ratioPercent, String why) {
    if (scope.toJson().length() > TaskScope.MAX_JSON) {
      throw new SuijiException("plan.error.watchTooLong", scope.targets().size());
    }
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      Department d = department(tx, departmentCode);
      AnnualPlan plan = plans.find(tx, d.id(), year)
          .orElseThrow(() -> new SuijiException("plan.error.watchNoPlan", d.name(), year));
      if (plan.publishedDate() != null) {
        throw new SuijiException("plan.error.watchPublished", d.name(), year, plan.publishedDate());
      }
      String code;
      int n = 1;
      do {
        code = String.format(Locale.ROOT, "%d-%s-%02d", year, d.code(), n++);
      } while (tasks.find(tx, code).isPresent());
      TaskDraft draft = new TaskDraft(null, code, name, TaskType.DIRECTED, ratioPercent, fixedCount, null, null, null,
          null, scope.townships(), scope.industries(), scope.kinds(), LocalDate.of(year, 1, 1),
          LocalDate.of(year, 12, 31), d.code(), List.of(), InspectionMode.COUNTY_COUNTY, TaskStatus.PLANNED, itemCodes,
          scope.targets());
      PlanTask saved = store(tx, plan.id(), year, checked(tx, d, year, draft), false);
      auditor.record(tx, AuditEvent.of("task.create", "task", saved.code(), detail(saved) + " from=" + why));
      return saved;
    });
  }

  /** Cancels a task (status CANCELLED); refused when its draw is confirmed. */
  public void cancelTask(String code) {
    dsl.transaction(trx -> {
      DSLContext tx = trx.dsl();
      TaskRepository.Stored stored = tasks.find(tx, code).orElseThrow(() -> new SuijiException("plan.error.noTaskCode", code));
      long id = stored.task().id();
      if (tasks.hasConfirmedDraw(tx, id)) {
        throw new SuijiException("plan.error.drawn", code);
      }
      tasks.setStatus(tx, id, TaskStatus.CANCELLED);
      auditor.record(tx, AuditEvent.of("task.cancel", "task", code, stored.task().name()));
    });
  }

  /**
   * Writes the plan table of {@code year}: the department's plan, or with {@code departmentCode}
   * null every department's tasks under the county's title. .docx or .xlsx by the file's name.
   * Returns the number of rows.
   */
  public int export(@Nullable String departmentCode, int year, String countyName, Path file) {
    PlanTable table = dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      List<Department> all = plans.departments(tx);
      Map<String, String> names = new LinkedHashMap<>();
      all.forEach(x -> names.put(x.code(), x.name()));
      List<PlanTask> rows = new ArrayList<>();
      String title;
      if (departmentCode != null) {
        Department d = department(tx, departmentCode);
        plans.find(tx, d.id(), year).ifPresent(p -> rows.addAll(tasks.tasks(tx, p.id())));
        title = Messages.msg("plan.render.title", d.name(), year);
      } else {
        for (Department d : all) {
          plans.find(tx, d.id(), year).ifPresent(p -> rows.addAll(tasks.tasks(tx, p.id())));
        }
        title = Messages.msg("plan.render.title", countyName, year);
      }
      if (rows.isEmpty()) {
        throw new SuijiException("plan.error.nothingToExport", year);
      }
      return PlanTable.of(title, rows, names);
    });
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".docx")) {
      new PlanDocx().write(table, file);
    } else if (name.endsWith(".xlsx")) {
      new PlanXlsx().write(table, file);
    } else {
      throw new SuijiException("plan.error.badFileType", file.getFileName());
    }
    return table.rows().size();
  }

  /** The sentence for a problem, in the current language. */
  public static String describe(TaskProblem problem) {
    return Messages.current().get(problem.key(), problem.args().toArray());
  }

  // ---- for the task import (same package), inside its transaction ----

  Department department(DSLContext tx, String code) {
    String wanted = code.strip();
    return plans.departments(tx).stream()
        .filter(d -> d.code().equalsIgnoreCase(wanted) || d.name().equals(wanted)).findFirst()
        .orElseThrow(() -> new SuijiException("plan.error.unknownDepartment", wanted));
  }

  List<Department> departments(DSLContext tx) {
    return plans.departments(tx);
  }

  AnnualPlan planOf(DSLContext tx, Department d, int year, boolean write) {
    Optional<AnnualPlan> found = plans.find(tx, d.id(), year);
    if (found.isPresent()) {
      return found.get();
    }
    return write ? create(tx, d, year) : new AnnualPlan(-1, d.code(), d.name(), year, title(d, year), null, null, null);
  }

  Optional<TaskRepository.Stored> stored(DSLContext tx, String code) {
    return tasks.find(tx, code);
  }

  boolean drawn(DSLContext tx, long taskId) {
    return tasks.hasConfirmedDraw(tx, taskId);
  }

  TaskCheck.Result check(DSLContext tx, Department lead, int year, TaskDraft draft) {
    Set<String> departments = new HashSet<>();
    List<Department> all = plans.departments(tx);
    all.forEach(x -> departments.add(x.code()));
    List<ItemRef> items = plans.items(tx, all.stream().map(Department::id).toList(), year);
    @Nullable Long id = draft.id();
    return TaskCheck.check(draft, TaskCheck.Context.of(year, plans.floors(tx, lead.id()), departments, items,
        plans.townships(tx, lead.id()), code -> tasks.codeTaken(tx, code, id)));
  }

  /** Stores the checked task; audits it when {@code audit} (the import audits the whole file instead). */
  PlanTask store(DSLContext tx, long planId, int year, PlanTask task, boolean audit) {
    Map<String, Long> departmentIds = new LinkedHashMap<>();
    plans.departments(tx).forEach(x -> departmentIds.put(x.code(), x.id()));
    Map<String, Long> itemIds = plans.itemIds(tx, task.itemCodes(), year);
    long id;
    if (task.id() == null) {
      id = tasks.insert(tx, planId, task, departmentIds, itemIds);
    } else {
      id = task.id();
      tasks.update(tx, id, task, departmentIds, itemIds);
    }
    PlanTask saved = tasks.findById(tx, id).orElseThrow().task();
    if (audit) {
      auditor.record(tx, task.id() == null ? AuditEvent.of("task.create", "task", saved.code(), detail(saved))
          : AuditEvent.of("task.update", "task", saved.code(), detail(saved)));
    }
    return saved;
  }

  /** What the audit log keeps of a saved task. */
  private static String detail(PlanTask t) {
    String text = String.format(Locale.ROOT, "%s %s %s ratio=%s count=%s classes=%s/%s/%s/%s %s..%s items=%s partners=%s"
        + " scope=%s mode=%s status=%s", t.code(), t.name(), t.type(), t.ratioPercent(), t.fixedCount(), t.ratioA(),
        t.ratioB(), t.ratioC(), t.ratioD(), t.startDate(), t.endDate(), String.join(",", t.itemCodes()),
        String.join(",", t.partners()), t.scope().toJson(), t.mode(), t.status());
    return text.length() > 2000 ? text.substring(0, 2000) : text;
  }

  private PlanTask checked(DSLContext tx, Department d, int year, TaskDraft draft) {
    TaskCheck.Result result = check(tx, d, year, draft);
    if (!result.ok()) {
      TaskProblem first = result.problems().get(0);
      throw new SuijiException(first.key(), first.args().toArray());
    }
    return result.task();
  }

  private AnnualPlan create(DSLContext tx, Department d, int year) {
    AnnualPlan plan = plans.insert(tx, d, year, title(d, year));
    auditor.record(tx, AuditEvent.of("plan.create", "plan", d.code() + "-" + year, plan.title()));
    return plan;
  }

  private static String title(Department d, int year) {
    return Messages.msg("plan.render.title", d.name(), year);
  }
}
