package cn.suiji.joint.service;

import cn.suiji.inspection.domain.DrawSheetRow;
import cn.suiji.inspection.domain.InspectionResult;
import cn.suiji.inspection.domain.PresentInspector;
import cn.suiji.inspection.service.ResultService;
import cn.suiji.joint.domain.SummaryRow;
import cn.suiji.plan.domain.TaskForDraw;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 联合检查总表 of a joint task on the lead's side: each inspection of the confirmed draw with
 * its current result, and the department whose result it is — the partner's it was merged from,
 * else the lead's own.
 */
final class JointSummary {
  private JointSummary() {}

  static List<SummaryRow> rows(TaskForDraw task, ResultService results, List<DrawSheetRow> sheet,
      Map<Long, InspectionResult> current, Map<Long, String> merged) {
    Set<Long> ids = new HashSet<>();
    current.values().forEach(r -> r.inspectors().forEach(p -> ids.add(p.inspectorId())));
    Map<Long, String> names = ids.isEmpty() ? Map.of() : results.inspectorNames(ids);
    Map<String, String> departments = new java.util.HashMap<>();
    departments.put(task.lead().code(), task.lead().name());
    task.partners().forEach(p -> departments.put(p.code(), p.name()));
    List<SummaryRow> out = new ArrayList<>();
    int order = 0;
    for (DrawSheetRow row : sheet) {
      order++;
      InspectionResult r = current.get(row.inspectionId());
      if (r == null) {
        out.add(new SummaryRow(order, row.targetCode(), row.targetName(), null, null, "", "", ""));
        continue;
      }
      String code = merged.getOrDefault(row.inspectionId(), task.lead().code());
      List<String> present = new ArrayList<>();
      for (PresentInspector p : r.inspectors()) {
        present.add(names.getOrDefault(p.inspectorId(), Long.toString(p.inspectorId())));
      }
      out.add(new SummaryRow(order, row.targetCode(), row.targetName(), departments.getOrDefault(code, code),
          r.formedOn(), String.join(",", r.codes()), String.join("；", results.labels(r.codes())),
          String.join("、", present)));
    }
    return out;
  }
}
