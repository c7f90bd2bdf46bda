package cn.suiji.draw.service;

import cn.suiji.draw.data.DrawRepository;
import cn.suiji.draw.domain.Assignment;
import cn.suiji.draw.domain.DrawRecord;
import cn.suiji.draw.domain.DrawSummary;
import cn.suiji.draw.domain.DrawTask;
import cn.suiji.draw.domain.InspectorGroup;
import cn.suiji.draw.domain.PoolScope;
import cn.suiji.draw.domain.Stratum;
import cn.suiji.draw.render.DrawRecordJson;
import cn.suiji.draw.render.DrawRecordSheet;
import cn.suiji.shared.l10n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * Builds the printed draw record's data from a stored record: the keys of DRAW-SPEC §7 are
 * looked up by name in the directory (a target or inspector since removed prints its key), the
 * task's scope is turned into readable filter lines, the pool funnel frozen at open is read
 * back (how many targets each rule left out), and the pool hashes are recomputed from the
 * recorded pools — they are the ones the seed was derived from.
 */
final class DrawRecordSheets {
  private final DrawRepository draws;
  private final DrawTasks tasks = new DrawTasks();

  DrawRecordSheets(DrawRepository draws) {
    this.draws = draws;
  }

  DrawRecordSheet build(DSLContext tx, DrawSummary row, DrawRecord record, @Nullable String chainAnchor) {
    DrawTask task = tasks.find(tx, record.task()).orElse(null);
    List<DrawRecordSheet.Department> departments = new ArrayList<>();
    if (task != null) {
      departments.add(new DrawRecordSheet.Department(task.leadDepartment().code(), task.leadDepartment().name(), true));
      task.partners().forEach(p -> departments.add(new DrawRecordSheet.Department(p.code(), p.name(), false)));
    }
    List<DrawRecordSheet.StratumLine> strata = new ArrayList<>();
    for (Stratum s : record.strata()) {
      strata.add(new DrawRecordSheet.StratumLine(s.key(), s.pool().size(), s.k(), DrawRecordSheet.poolHash(s.pool())));
    }
    List<DrawRecordSheet.GroupLine> groups = new ArrayList<>();
    for (InspectorGroup g : record.groups()) {
      String name = draws.departmentName(tx, g.key()).orElse(g.key());
      groups.add(new DrawRecordSheet.GroupLine(g.key(), name, g.pool().size(), g.m(),
          DrawRecordSheet.poolHash(g.pool())));
    }
    Map<String, String[]> targets = draws.targetCards(tx, record.selected());
    Map<String, String[]> inspectors = draws.inspectorCards(tx,
        record.assignments().stream().flatMap(a -> a.inspectors().stream()).distinct().toList());
    List<DrawRecordSheet.TargetRow> rows = new ArrayList<>();
    int order = 0;
    for (Assignment a : record.assignments()) {
      String[] target = targets.getOrDefault(a.object(), new String[] {a.object(), ""});
      List<DrawRecordSheet.Person> people = a.inspectors().stream().map(k -> {
        String[] p = inspectors.getOrDefault(k, new String[] {k, ""});
        return new DrawRecordSheet.Person(p[0], p[1]);
      }).toList();
      rows.add(new DrawRecordSheet.TargetRow(++order, a.object(), target[0], target[1], people));
    }
    return new DrawRecordSheet(row.id(), row.attempt(), task == null ? record.task() : task.name(),
        task != null && task.directed(), task == null ? record.createdAt().toLocalDate() : task.startDate(),
        task == null ? record.createdAt().toLocalDate() : task.endDate(), departments,
        task == null ? List.of() : filters(task.scope()), draws.exclusions(tx, row.id()).orElse(null), strata, groups,
        rows, record, new DrawRecordJson().digest(record), chainAnchor, draws.lateReason(tx, row.id()));
  }

  private static List<String> filters(PoolScope scope) {
    List<String> lines = new ArrayList<>();
    if (!scope.townships().isEmpty()) {
      lines.add(Messages.msg("draw.print.filter.townships", String.join("、", scope.townships())));
    }
    if (!scope.industries().isEmpty()) {
      lines.add(Messages.msg("draw.print.filter.industries", String.join("、", scope.industries())));
    }
    if (!scope.kinds().isEmpty()) {
      lines.add(Messages.msg("draw.print.filter.kinds",
          String.join("、", scope.kinds().stream().map(DrawRecordSheets::kind).toList())));
    }
    if (!scope.targets().isEmpty()) {
      lines.add(Messages.msg("draw.print.filter.targets", scope.targets().size()));
    }
    return lines;
  }

  private static String kind(String code) {
    return switch (code) {
      case "ENTERPRISE" -> Messages.msg("draw.print.kind.enterprise");
      case "INDIVIDUAL" -> Messages.msg("draw.print.kind.individual");
      case "COOPERATIVE" -> Messages.msg("draw.print.kind.cooperative");
      case "OTHER_ORG" -> Messages.msg("draw.print.kind.otherOrg");
      case "PRODUCT" -> Messages.msg("draw.print.kind.product");
      case "PROJECT" -> Messages.msg("draw.print.kind.project");
      default -> code;
    };
  }
}
