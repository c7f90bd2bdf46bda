package cn.suiji.testing;

import cn.suiji.app.Services;
import cn.suiji.inspection.domain.DeliveryMethod;
import cn.suiji.inspection.domain.DrawSheetRow;
import cn.suiji.inspection.domain.PresentInspector;
import cn.suiji.inspection.domain.ResultDraft;
import cn.suiji.inspection.domain.VerificationMethod;
import cn.suiji.shared.Progress;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A confirmed draw carried on for the screens after it: its notices issued and delivered today,
 * the first {@code recorded} targets' results typed (未发现问题, today, with the note the demo's
 * past windows need), so the results grid and the deadlines view have rows of each kind.
 */
public final class ResultsDemo {
  private ResultsDemo() {}

  /** Returns the draw's id. */
  public static long deliverAndRecord(Services s, String taskCode, int recorded) {
    long drawId = s.notices().confirmedDraws().stream().filter(d -> d.taskCode().equals(taskCode)).findFirst()
        .orElseThrow().drawId();
    LocalDate today = LocalDate.now(s.clock());
    s.notices().issue(drawId, today, false, Progress.NONE);
    s.notices().deliverDraw(drawId, today, DeliveryMethod.DIRECT, null);
    List<DrawSheetRow> rows = s.results().drawSheet(drawId);
    for (DrawSheetRow row : rows.subList(0, Math.min(recorded, rows.size()))) {
      List<PresentInspector> present = s.results().facts(row.inspectionId()).assignedInspectors().stream()
          .map(PresentInspector::drawn).toList();
      s.results().record(new ResultDraft(row.inspectionId(), today, present, List.of(), Set.of(VerificationMethod.ON_SITE),
          List.of("1"), List.of(), "演示数据：检查期限已过", null));
    }
    return drawId;
  }
}
