package cn.suiji.plan.service;

import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.TargetKind;
import cn.suiji.plan.data.TaskRepository;
import cn.suiji.plan.domain.AnnualPlan;
import cn.suiji.plan.domain.InspectionMode;
import cn.suiji.plan.domain.PlanTask;
import cn.suiji.plan.domain.TaskCheck;
import cn.suiji.plan.domain.TaskColumn;
import cn.suiji.plan.domain.TaskDraft;
import cn.suiji.plan.domain.TaskProblem;
import cn.suiji.plan.domain.TaskStatus;
import cn.suiji.plan.domain.TaskType;
import cn.suiji.shared.imports.FieldChange;
import cn.suiji.shared.imports.ImportTally;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.xlsx.Cells;
import cn.suiji.shared.xlsx.HeaderMapping;
import cn.suiji.shared.xlsx.Row;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * One pass over the rows of a task file, for {@link TaskImporter}: reads each row's cells the
 * way clerks write them (3%, ３％, 20户, 2026年4月1日 or an Excel serial, 定向 or DIRECTED, a
 * department's code or name, lists separated by 、，; or spaces), then checks the task with
 * {@link TaskCheck} and stores it unless previewing. Task files are short: nothing is batched.
 */
final class TaskRows {
  private static final Pattern SEPARATORS = Pattern.compile("[、，,;；\\s]+");
  private static final Pattern LETTERED_INDUSTRY = Pattern.compile("[A-Ta-t](\\d{4})");

  /** A cell that cannot be read: the column and the sentence. */
  private static final class Reject extends RuntimeException {
    final TaskColumn column;
    final String sentence;

    Reject(TaskColumn column, String sentence) {
      super(sentence, null, false, false);
      this.column = column;
      this.sentence = sentence;
    }
  }

  private final DSLContext tx;
  private final PlanService plans;
  private final HeaderMapping header;
  private final ImportTally tally;
  private final boolean write;
  private final List<Department> departments;
  private final Map<String, Integer> seen = new HashMap<>();

  TaskRows(DSLContext tx, PlanService plans, HeaderMapping header, ImportTally tally, boolean write,
      List<Department> departments) {
    this.tx = tx;
    this.plans = plans;
    this.header = header;
    this.tally = tally;
    this.write = write;
    this.departments = departments;
  }

  void row(Row row) {
    int n = row.excelRowNumber();
    String code = Cells.text(cell(row, TaskColumn.CODE));
    String name = Cells.text(cell(row, TaskColumn.NAME));
    try {
      Integer earlier = seen.get(code);
      if (earlier != null && !code.isEmpty()) {
        tally.duplicate(n, code, name, earlier);
        return;
      }
      Department lead = department(cell(row, TaskColumn.LEAD), TaskColumn.LEAD, "plan.check.lead.unknown");
      LocalDate start = date(row, TaskColumn.START);
      if (start == null) {
        throw reject(TaskColumn.START, "plan.check.start.missing");
      }
      int year = start.getYear();
      AnnualPlan plan = plans.planOf(tx, lead, year, write);
      Optional<TaskRepository.Stored> stored = code.isEmpty() ? Optional.empty() : plans.stored(tx, code);
      @Nullable Long id = null;
      if (stored.isPresent()) {
        if (stored.get().planId() != plan.id()) {
          throw reject(TaskColumn.CODE, "plan.import.codeElsewhere", code);
        }
        id = stored.get().task().id();
        if (plans.drawn(tx, id)) {
          throw reject(TaskColumn.CODE, "plan.error.drawn", code);
        }
      }
      TaskDraft draft = new TaskDraft(id, code, name, type(row), ratio(row, TaskColumn.RATIO), count(row),
          ratio(row, TaskColumn.RATIO_A), ratio(row, TaskColumn.RATIO_B), ratio(row, TaskColumn.RATIO_C),
          ratio(row, TaskColumn.RATIO_D), list(row, TaskColumn.TOWNSHIPS), industries(row), kinds(row), start,
          date(row, TaskColumn.END), lead.code(), partners(row), mode(row), status(row), items(row));
      TaskCheck.Result checked = plans.check(tx, lead, year, draft);
      if (!checked.ok()) {
        TaskProblem p = checked.problems().get(0);
        throw new Reject(TaskColumn.of(p.field()), PlanService.describe(p));
      }
      List<FieldChange> changes = stored.isPresent() ? changes(stored.get().task(), checked.task()) : List.of();
      if (write && (id == null || !changes.isEmpty())) {
        plans.store(tx, plan.id(), year, checked.task(), false);
      }
      seen.put(code, n);
      if (id == null) {
        tally.created(n, code, name);
      } else {
        tally.matched(n, code, name, changes);
      }
    } catch (Reject r) {
      tally.rejected(n, code, name, r.column.header(), TaskImporter.inColumn(r.column, r.sentence));
    }
  }

  /** Old → new of each column as a task file writes it (ratios without trailing zeros, lists joined by 、). */
  static List<FieldChange> changes(PlanTask stored, PlanTask updated) {
    return FieldChange.between(texts(stored), texts(updated));
  }

  private static Map<String, @Nullable Object> texts(PlanTask t) {
    Messages m = Messages.current();
    Map<String, @Nullable Object> out = new java.util.LinkedHashMap<>();
    out.put(TaskColumn.NAME.header(), t.name());
    out.put(TaskColumn.TYPE.header(), m.label(t.type()));
    out.put(TaskColumn.ITEMS.header(), String.join("、", t.itemCodes()));
    out.put(TaskColumn.RATIO.header(), number(t.ratioPercent()));
    out.put(TaskColumn.COUNT.header(), t.fixedCount());
    out.put(TaskColumn.RATIO_A.header(), number(t.ratioA()));
    out.put(TaskColumn.RATIO_B.header(), number(t.ratioB()));
    out.put(TaskColumn.RATIO_C.header(), number(t.ratioC()));
    out.put(TaskColumn.RATIO_D.header(), number(t.ratioD()));
    out.put(TaskColumn.START.header(), t.startDate());
    out.put(TaskColumn.END.header(), t.endDate());
    out.put(TaskColumn.LEAD.header(), t.leadDepartment());
    out.put(TaskColumn.PARTNERS.header(), String.join("、", t.partners()));
    out.put(TaskColumn.MODE.header(), m.label(t.mode()));
    out.put(TaskColumn.STATUS.header(), m.label(t.status()));
    out.put(TaskColumn.TOWNSHIPS.header(), String.join("、", t.scope().townships()));
    out.put(TaskColumn.INDUSTRIES.header(), String.join("、", t.scope().industries()));
    out.put(TaskColumn.KINDS.header(), String.join("、", t.scope().kinds()));
    return out;
  }

  private static @Nullable String number(@Nullable BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }

  private String cell(Row row, TaskColumn column) {
    return header.get(row, column.name());
  }

  private static Reject reject(TaskColumn column, String key, Object... args) {
    return new Reject(column, Messages.msg(key, args));
  }

  private Department department(String raw, TaskColumn column, String unknownKey) {
    String text = halfWidth(Cells.text(raw));
    if (text.isEmpty()) {
      throw reject(column, "plan.check.lead.missing");
    }
    for (Department d : departments) {
      if (d.code().equalsIgnoreCase(text) || d.name().equals(text)) {
        return d;
      }
    }
    throw reject(column, unknownKey, text);
  }

  private List<String> partners(Row row) {
    List<String> out = new ArrayList<>();
    for (String p : list(row, TaskColumn.PARTNERS)) {
      out.add(department(p, TaskColumn.PARTNERS, "plan.check.partner.unknown").code());
    }
    return out;
  }

  private @Nullable TaskType type(Row row) {
    return choice(row, TaskColumn.TYPE, TaskType.values(), null);
  }

  private @Nullable InspectionMode mode(Row row) {
    return choice(row, TaskColumn.MODE, InspectionMode.values(), InspectionMode.COUNTY_COUNTY);
  }

  private @Nullable TaskStatus status(Row row) {
    return choice(row, TaskColumn.STATUS, TaskStatus.values(), TaskStatus.PLANNED);
  }

  private List<String> kinds(Row row) {
    List<String> out = new ArrayList<>();
    for (String k : list(row, TaskColumn.KINDS)) {
      TargetKind kind = match(k, TargetKind.values());
      if (kind == null) {
        throw reject(TaskColumn.KINDS, "plan.import.badChoice", k, allowed(TargetKind.values()));
      }
      out.add(kind.name());
    }
    return out;
  }

  /** The constant whose code (any case) or label is the cell; {@code blank} for an empty cell. */
  private <E extends Enum<E>> @Nullable E choice(Row row, TaskColumn column, E[] values, @Nullable E blank) {
    String text = Cells.text(cell(row, column));
    if (text.isEmpty()) {
      return blank;
    }
    E found = match(text, values);
    if (found == null) {
      throw reject(column, "plan.import.badChoice", text, allowed(values));
    }
    return found;
  }

  private static <E extends Enum<E>> @Nullable E match(String raw, E[] values) {
    String text = halfWidth(raw);
    for (E e : values) {
      if (e.name().equalsIgnoreCase(text) || Messages.current().label(e).equals(raw)) {
        return e;
      }
    }
    return null;
  }

  private static <E extends Enum<E>> String allowed(E[] values) {
    List<String> labels = new ArrayList<>();
    for (E e : values) {
      labels.add(Messages.current().label(e));
    }
    return String.join("、", labels);
  }

  private @Nullable BigDecimal ratio(Row row, TaskColumn column) {
    String text = Cells.text(cell(row, column)).replace("%", "").replace("％", "");
    if (text.isEmpty()) {
      return null;
    }
    Cells.Parsed<BigDecimal> n = Cells.number(text);
    if (!n.ok()) {
      throw reject(column, "plan.import.badNumber", Cells.text(cell(row, column)));
    }
    return n.value();
  }

  private @Nullable Integer count(Row row) {
    String raw = Cells.text(cell(row, TaskColumn.COUNT));
    String text = raw.replaceAll("[户家个]$", "");
    if (text.isEmpty()) {
      return null;
    }
    Cells.Parsed<BigDecimal> n = Cells.number(text);
    if (!n.ok() || n.value().stripTrailingZeros().scale() > 0 || n.value().abs().compareTo(new BigDecimal(1_000_000)) > 0) {
      throw reject(TaskColumn.COUNT, "plan.import.badCount", raw);
    }
    return n.value().intValueExact();
  }

  private @Nullable LocalDate date(Row row, TaskColumn column) {
    String raw = Cells.text(cell(row, column));
    if (raw.isEmpty()) {
      return null;
    }
    Cells.Parsed<LocalDate> d = Cells.date(raw);
    if (!d.ok()) {
      throw reject(column, d.problem() == Cells.Problem.NO_SUCH_DAY ? "plan.import.noSuchDay" : "plan.import.badDate", raw);
    }
    return d.value();
  }

  private List<String> items(Row row) {
    return list(row, TaskColumn.ITEMS).stream().map(s -> halfWidth(s).toUpperCase(Locale.ROOT)).toList();
  }

  private List<String> industries(Row row) {
    return list(row, TaskColumn.INDUSTRIES).stream().map(s -> {
      String code = halfWidth(s);
      var m = LETTERED_INDUSTRY.matcher(code);
      return m.matches() ? m.group(1) : code;
    }).collect(Collectors.toList());
  }

  /** The cell split at 、，,;； and spaces, without empty parts or repeats. */
  private List<String> list(Row row, TaskColumn column) {
    String text = Cells.text(cell(row, column));
    List<String> out = new ArrayList<>();
    if (text.isEmpty()) {
      return out;
    }
    for (String part : SEPARATORS.split(text)) {
      String p = Cells.text(part);
      if (!p.isEmpty() && !out.contains(p)) {
        out.add(p);
      }
    }
    return out;
  }

  /** Full-width ASCII as half-width (codes typed through a Chinese input method). */
  static String halfWidth(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      out.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
    }
    return out.toString();
  }
}
