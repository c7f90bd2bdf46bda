package cn.suiji.plan.render;

import cn.suiji.plan.domain.ItemRef;
import cn.suiji.plan.domain.PlanTask;
import cn.suiji.plan.domain.TaskCheck;
import cn.suiji.plan.domain.TaskScope;
import cn.suiji.plan.domain.TaskStatus;
import cn.suiji.directory.domain.TargetKind;
import cn.suiji.shared.l10n.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The plan table (年度抽查工作计划表) the county files upward and publishes, as text cells: a
 * title and one row per task not cancelled, in the ten columns 序号, 任务名称, 抽查类型, 抽查事项,
 * 抽查对象范围, 抽查比例/数量, 时间安排, 牵头部门, 配合部门, 抽查方式. Both {@link PlanXlsx} and
 * {@link PlanDocx} write it.
 */
public record PlanTable(String title, List<String> header, List<List<String>> rows) {
  public PlanTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /** The table of {@code tasks}; {@code departmentNames} maps department codes to names. */
  public static PlanTable of(String title, List<PlanTask> tasks, Map<String, String> departmentNames) {
    Messages m = Messages.current();
    List<String> header = List.of(m.get("plan.render.col.no"), m.get("plan.render.col.name"),
        m.get("plan.render.col.type"), m.get("plan.render.col.items"), m.get("plan.render.col.scope"),
        m.get("plan.render.col.amount"), m.get("plan.render.col.window"), m.get("plan.render.col.lead"),
        m.get("plan.render.col.partners"), m.get("plan.render.col.mode"));
    List<List<String>> rows = new ArrayList<>();
    for (PlanTask t : tasks) {
      if (t.status() == TaskStatus.CANCELLED) {
        continue;
      }
      rows.add(List.of(Integer.toString(rows.size() + 1), t.name(), m.label(t.type()), items(t.items()),
          scope(t.scope()), amount(t), m.get("plan.render.window", t.startDate().toString(), t.endDate().toString()),
          departmentNames.getOrDefault(t.leadDepartment(), t.leadDepartment()),
          String.join("、", t.partners().stream().map(p -> departmentNames.getOrDefault(p, p)).toList()),
          m.label(t.mode())));
    }
    return new PlanTable(title, header, rows);
  }

  private static String items(List<ItemRef> items) {
    return String.join("、", items.stream().map(i -> i.name().isEmpty() ? i.code() : i.name()).toList());
  }

  /** 乡镇：城关镇；行业：5165、5281；对象类型：企业 — or the whole directory. */
  public static String scope(TaskScope scope) {
    Messages m = Messages.current();
    if (scope.isAll()) {
      return m.get("plan.render.scope.all");
    }
    List<String> parts = new ArrayList<>();
    if (!scope.townships().isEmpty()) {
      parts.add(m.get("plan.render.scope.townships", String.join("、", scope.townships())));
    }
    if (!scope.industries().isEmpty()) {
      parts.add(m.get("plan.render.scope.industries", String.join("、", scope.industries())));
    }
    if (!scope.targets().isEmpty()) {
      parts.add(m.get("plan.render.scope.targets", scope.targets().size()));
    }
    if (!scope.kinds().isEmpty()) {
      parts.add(m.get("plan.render.scope.kinds", String.join("、", scope.kinds().stream().map(PlanTable::kind).toList())));
    }
    return String.join("；", parts);
  }

  private static String kind(String name) {
    for (TargetKind k : TargetKind.values()) {
      if (k.name().equals(name)) {
        return Messages.current().label(k);
      }
    }
    return name;
  }

  /** 10% — 20户 — A类2%、B类5%、C类30%、D类80%. */
  public static String amount(PlanTask t) {
    Messages m = Messages.current();
    if (t.perClass()) {
      List<String> parts = new ArrayList<>();
      classPart(parts, "A", t.ratioA());
      classPart(parts, "B", t.ratioB());
      classPart(parts, "C", t.ratioC());
      classPart(parts, "D", t.ratioD());
      return String.join("、", parts);
    }
    if (t.fixedCount() != null) {
      return m.get("plan.render.count", t.fixedCount());
    }
    return m.get("plan.render.ratio", TaskCheck.plain(t.ratioPercent()));
  }

  private static void classPart(List<String> parts, String riskClass, @Nullable BigDecimal ratio) {
    if (ratio != null) {
      parts.add(Messages.msg("plan.render.classRatio", riskClass, TaskCheck.plain(ratio)));
    }
  }
}
