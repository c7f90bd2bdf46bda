package cn.suiji.inspection.domain;

import java.util.List;

/**
 * One drawn target of a draw as the results template lists it: its inspection, the task, the
 * target's code and name, where the inspection stands and its drawn inspectors' names in pick order.
 */
public record DrawSheetRow(long inspectionId, long drawId, String taskCode, String targetCode, String targetName,
    InspectionStatus status, List<String> inspectors) {
  public DrawSheetRow {
    inspectors = List.copyOf(inspectors);
  }
}
