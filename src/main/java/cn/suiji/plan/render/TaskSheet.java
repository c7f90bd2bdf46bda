package cn.suiji.plan.render;

import cn.suiji.directory.domain.TargetKind;
import cn.suiji.plan.domain.PlanTask;
import cn.suiji.plan.domain.TaskColumn;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.xlsx.XlsxWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Tasks in the columns of the task import ({@link TaskColumn}), one row each: the file another
 * installation (or this one, after editing in Excel) imports back. Types, modes, statuses and
 * kinds are written as the clerk reads them (定向, 县抽县查, 企业); ratios as plain numbers.
 */
public final class TaskSheet {
  public void write(List<PlanTask> tasks, Path file) {
    List<String> header = new ArrayList<>();
    for (TaskColumn c : TaskColumn.values()) {
      header.add(c.header());
    }
    try (XlsxWriter writer = new XlsxWriter(file, Messages.msg("plan.render.taskSheet"), header)) {
      for (PlanTask t : tasks) {
        writer.writeRow(row(t));
      }
    }
  }

  private static List<@Nullable Object> row(PlanTask t) {
    Messages m = Messages.current();
    List<@Nullable Object> row = new ArrayList<>();
    for (TaskColumn c : TaskColumn.values()) {
      row.add(switch (c) {
        case CODE -> t.code();
        case NAME -> t.name();
        case TYPE -> m.label(t.type());
        case ITEMS -> String.join("、", t.itemCodes());
        case RATIO -> t.ratioPercent();
        case COUNT -> t.fixedCount();
        case RATIO_A -> t.ratioA();
        case RATIO_B -> t.ratioB();
        case RATIO_C -> t.ratioC();
        case RATIO_D -> t.ratioD();
        case START -> t.startDate();
        case END -> t.endDate();
        case LEAD -> t.leadDepartment();
        case PARTNERS -> String.join("、", t.partners());
        case MODE -> m.label(t.mode());
        case STATUS -> m.label(t.status());
        case TOWNSHIPS -> String.join("、", t.scope().townships());
        case INDUSTRIES -> String.join("、", t.scope().industries());
        case KINDS -> String.join("、", t.scope().kinds().stream().map(TaskSheet::kind).toList());
      });
    }
    return row;
  }

  private static String kind(String name) {
    for (TargetKind k : TargetKind.values()) {
      if (k.name().equals(name)) {
        return Messages.current().label(k);
      }
    }
    return name;
  }
}
