package cn.suiji.draw.service;

import cn.suiji.draw.domain.DrawRecord;
import cn.suiji.draw.domain.DrawSummary;
import cn.suiji.draw.render.DrawRecordJson;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The 抽查名单 the province gets for a confirmed draw (issue 14): the task, the draw, the
 * record's digest and each target with its inspectors — the outbox entry written with the
 * confirmation, or with a confirmation put back from the evidence journal.
 */
final class DrawList {
  private DrawList() {}

  static Map<String, Object> of(DrawSummary row, DrawRecord record, String exported) {
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("task", row.taskCode());
    list.put("draw", row.id());
    list.put("attempt", row.attempt());
    list.put("verificationCode", String.valueOf(row.verificationCode()));
    list.put("recordSha256", DrawRecordJson.textDigest(exported));
    list.put("targets", record.assignments().stream()
        .map(a -> Map.of("target", a.object(), "inspectors", a.inspectors())).toList());
    return list;
  }
}
