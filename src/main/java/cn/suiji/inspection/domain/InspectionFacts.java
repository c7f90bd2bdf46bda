package cn.suiji.inspection.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the result rules need to know about one inspection: its status, its task (code, window,
 * lead department), the day its draw was confirmed, its target, and the inspectors the draw
 * assigned (row ids, pick order).
 */
public record InspectionFacts(long inspectionId, long drawId, InspectionStatus status, String taskCode, LocalDate taskStart,
    LocalDate taskEnd, LocalDate drawnOn, long departmentId, String departmentCode, String departmentName,
    String targetCode, String targetName, List<Long> assignedInspectors) {
  public InspectionFacts {
    assignedInspectors = List.copyOf(assignedInspectors);
  }

  /** Whether the task's (lead) department is the market-supervision bureau: see {@link MarketSupervision}. */
  public boolean marketSupervision() {
    return MarketSupervision.is(departmentCode, departmentName);
  }
}
