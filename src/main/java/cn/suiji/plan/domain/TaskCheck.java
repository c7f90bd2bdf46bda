package cn.suiji.plan.domain;

import cn.suiji.directory.domain.TargetKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules a task of the annual plan obeys, for the editor (checked as the clerk types), the
 * service (checked again before saving) and the task import. Pure: what it needs to know of the
 * database comes in a {@link Context}. Every problem names its field; a ratio under the working
 * rules' floor names the floor; an item that is neither the lead department's nor a partner's names
 * the item and its department.
 */
public final class TaskCheck {
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
  private static final Pattern INDUSTRY = Pattern.compile("\\d{4}");
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  /**
   * What a check needs to know: the plan's year, the lead department's floors, the department
   * codes, the item codes in force, the townships of the lead department's directory (empty: not
   * checked, the directory being empty), which codes other tasks already use and the department
   * whose list holds each item in force ({@code itemOwners}: code → department code; an item must
   * be the lead's or a partner's; empty: not checked).
   */
  public record Context(int year, RatioFloors floors, Set<String> departments, Set<String> items,
      Set<String> townships, Predicate<String> codeTaken, Map<String, String> itemOwners) {
    public Context {
      departments = Set.copyOf(departments);
      items = Set.copyOf(items);
      townships = Set.copyOf(townships);
      itemOwners = Map.copyOf(itemOwners);
    }

    /** A context that does not check whose items they are. */
    public Context(int year, RatioFloors floors, Set<String> departments, Set<String> items, Set<String> townships,
        Predicate<String> codeTaken) {
      this(year, floors, departments, items, townships, codeTaken, Map.of());
    }

    /** The context of {@code items} in force (their codes and owners) with the rest as given. */
    public static Context of(int year, RatioFloors floors, Set<String> departments, List<ItemRef> items,
        Set<String> townships, Predicate<String> codeTaken) {
      Map<String, String> owners = new HashMap<>();
      items.forEach(i -> owners.put(i.code(), i.departmentCode()));
      return new Context(year, floors, departments, owners.keySet(), townships, codeTaken, owners);
    }
  }

  /** The checked task (when there is no problem) and the problems in field order. */
  public record Result(@Nullable PlanTask task, List<TaskProblem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }

    public boolean ok() {
      return task != null;
    }
  }

  private TaskCheck() {}

  public static Result check(TaskDraft d, Context ctx) {
    List<TaskProblem> out = new ArrayList<>();
    String code = d.code().strip();
    if (code.isEmpty()) {
      out.add(TaskProblem.of(TaskField.CODE, "plan.check.code.empty"));
    } else if (!CODE.matcher(code).matches()) {
      out.add(TaskProblem.of(TaskField.CODE, "plan.check.code.format", code));
    } else if (ctx.codeTaken().test(code)) {
      out.add(TaskProblem.of(TaskField.CODE, "plan.check.code.taken", code));
    }
    String name = d.name().strip();
    if (name.isEmpty()) {
      out.add(TaskProblem.of(TaskField.NAME, "plan.check.name.empty"));
    } else if (name.length() > 200) {
      out.add(TaskProblem.of(TaskField.NAME, "plan.check.name.long", name.length()));
    }
    if (d.type() == null) {
      out.add(TaskProblem.of(TaskField.TYPE, "plan.check.type.missing"));
    }
    amount(d, ctx, out);
    window(d, ctx.year(), out);
    departments(d, ctx, out);
    if (d.itemCodes().isEmpty()) {
      out.add(TaskProblem.of(TaskField.ITEMS, "plan.check.items.none"));
    }
    Set<String> seenItems = new HashSet<>();
    for (String item : d.itemCodes()) {
      if (!ctx.items().contains(item)) {
        out.add(TaskProblem.of(TaskField.ITEMS, "plan.check.items.unknown", item));
      } else if (!seenItems.add(item)) {
        out.add(TaskProblem.of(TaskField.ITEMS, "plan.check.items.repeat", item));
      } else if (!ofTaskDepartments(d, ctx, item)) {
        out.add(TaskProblem.of(TaskField.ITEMS, "quality.plan.items.notOfDepartments", item, ctx.itemOwners().get(item)));
      }
    }
    if (d.mode() == null) {
      out.add(TaskProblem.of(TaskField.MODE, "plan.check.mode.missing"));
    }
    if (d.status() == null) {
      out.add(TaskProblem.of(TaskField.STATUS, "plan.check.status.missing"));
    }
    scope(d, ctx, out);
    if (!out.isEmpty()) {
      return new Result(null, out);
    }
    List<ItemRef> items = d.itemCodes().stream().map(c -> new ItemRef(c, "", "")).toList();
    PlanTask task = new PlanTask(d.id(), code, name, d.type(), d.ratioPercent(), d.fixedCount(), d.ratioA(),
        d.ratioB(), d.ratioC(), d.ratioD(), new TaskScope(d.townships(), d.industries(), d.kinds(), d.targets()), d.startDate(),
        d.endDate(), d.leadDepartment().strip(), d.partners(), d.mode(), d.status(), items);
    return new Result(task, out);
  }

  private static void amount(TaskDraft d, Context ctx, List<TaskProblem> out) {
    boolean perClass = d.ratioA() != null || d.ratioB() != null || d.ratioC() != null || d.ratioD() != null;
    int forms = (d.ratioPercent() != null ? 1 : 0) + (d.fixedCount() != null ? 1 : 0) + (perClass ? 1 : 0);
    if (forms == 0) {
      out.add(TaskProblem.of(TaskField.RATIO, "plan.check.amount.none"));
      return;
    }
    if (forms > 1) {
      out.add(TaskProblem.of(TaskField.RATIO, "plan.check.amount.several"));
      return;
    }
    BigDecimal ratio = d.ratioPercent();
    if (ratio != null) {
      if (!inRange(ratio)) {
        out.add(TaskProblem.of(TaskField.RATIO, "plan.check.ratio.range", plain(ratio)));
      } else if (ratio.stripTrailingZeros().scale() > 2) {
        out.add(TaskProblem.of(TaskField.RATIO, "plan.check.ratio.scale", plain(ratio)));
      } else if (d.type() != null && ratio.compareTo(ctx.floors().of(d.type())) < 0) {
        out.add(TaskProblem.of(TaskField.RATIO, d.type() == TaskType.DIRECTED
            ? "plan.check.ratio.floorDirected" : "plan.check.ratio.floorUndirected",
            plain(ratio), plain(ctx.floors().of(d.type()))));
      }
    }
    if (d.fixedCount() != null && d.fixedCount() < 1) {
      out.add(TaskProblem.of(TaskField.COUNT, "plan.check.count.min", d.fixedCount()));
    }
    classRatio("A", d.ratioA(), out);
    classRatio("B", d.ratioB(), out);
    classRatio("C", d.ratioC(), out);
    classRatio("D", d.ratioD(), out);
  }

  private static void classRatio(String riskClass, @Nullable BigDecimal ratio, List<TaskProblem> out) {
    if (ratio != null && (!inRange(ratio) || ratio.stripTrailingZeros().scale() > 2)) {
      out.add(TaskProblem.of(TaskField.CLASS_RATIOS, "plan.check.classRatio.range", riskClass, plain(ratio)));
    }
  }

  private static boolean inRange(BigDecimal ratio) {
    return ratio.signum() > 0 && ratio.compareTo(HUNDRED) <= 0;
  }

  private static void window(TaskDraft d, int year, List<TaskProblem> out) {
    LocalDate start = d.startDate();
    LocalDate end = d.endDate();
    if (start == null) {
      out.add(TaskProblem.of(TaskField.START, "plan.check.start.missing"));
    } else if (start.getYear() != year) {
      out.add(TaskProblem.of(TaskField.START, "plan.check.window.year", year, start.toString()));
    }
    if (end == null) {
      out.add(TaskProblem.of(TaskField.END, "plan.check.end.missing"));
    } else if (end.getYear() != year) {
      out.add(TaskProblem.of(TaskField.END, "plan.check.window.year", year, end.toString()));
    }
    if (start != null && end != null && end.isBefore(start)) {
      out.add(TaskProblem.of(TaskField.END, "plan.check.window.order", start.toString(), end.toString()));
    }
  }

  private static void departments(TaskDraft d, Context ctx, List<TaskProblem> out) {
    String lead = d.leadDepartment() == null ? "" : d.leadDepartment().strip();
    if (lead.isEmpty()) {
      out.add(TaskProblem.of(TaskField.LEAD, "plan.check.lead.missing"));
    } else if (!ctx.departments().contains(lead)) {
      out.add(TaskProblem.of(TaskField.LEAD, "plan.check.lead.unknown", lead));
    }
    Set<String> seen = new HashSet<>();
    for (String partner : d.partners()) {
      if (partner.equals(lead)) {
        out.add(TaskProblem.of(TaskField.PARTNERS, "plan.check.partner.lead", partner));
      } else if (!ctx.departments().contains(partner)) {
        out.add(TaskProblem.of(TaskField.PARTNERS, "plan.check.partner.unknown", partner));
      } else if (!seen.add(partner)) {
        out.add(TaskProblem.of(TaskField.PARTNERS, "plan.check.partner.repeat", partner));
      }
    }
  }

  /** True if {@code item} is on the lead's or a partner's list (or the context does not say whose it is). */
  private static boolean ofTaskDepartments(TaskDraft d, Context ctx, String item) {
    String owner = ctx.itemOwners().get(item);
    if (owner == null) {
      return true;
    }
    String lead = d.leadDepartment() == null ? "" : d.leadDepartment().strip();
    return owner.equals(lead) || d.partners().contains(owner);
  }

  private static void scope(TaskDraft d, Context ctx, List<TaskProblem> out) {
    if (!ctx.townships().isEmpty()) {
      for (String t : d.townships()) {
        if (!ctx.townships().contains(t)) {
          out.add(TaskProblem.of(TaskField.TOWNSHIPS, "plan.check.township.unknown", t));
        }
      }
    }
    for (String i : d.industries()) {
      if (!INDUSTRY.matcher(i).matches()) {
        out.add(TaskProblem.of(TaskField.INDUSTRIES, "plan.check.industry.format", i));
      }
    }
    for (String k : d.kinds()) {
      if (!isKind(k)) {
        out.add(TaskProblem.of(TaskField.KINDS, "plan.check.kind.unknown", k));
      }
    }
    if (d.type() == TaskType.DIRECTED && d.townships().isEmpty() && d.industries().isEmpty() && d.kinds().isEmpty()
        && d.targets().isEmpty()) {
      out.add(TaskProblem.of(TaskField.TOWNSHIPS, "plan.check.directed.scope"));
    }
  }

  private static boolean isKind(String name) {
    for (TargetKind k : TargetKind.values()) {
      if (k.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** 3, 2.5 — never 3.00 or 3E+1. */
  public static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
