package cn.suiji.inspection.domain;

import java.util.List;

/**
 * The content of one 检查记录表 (a form on A4), as the renderers print it: task, target and its
 * particulars, one row per item with its check points (the columns 是否检查 / 发现问题情况 /
 * 处置情况 are left for the inspectors), the verification methods, the result and follow-up
 * options to tick, and the inspectors who sign.
 *
 * @param inspectionId the inspection the sheet belongs to
 * @param noticeNumber the number of the notice delivered to the target (empty before one is issued)
 * @param targetCode credit code, else registration number, else object key
 * @param methods every verification method, to tick (书面检查, 实地核查, 网络监测, 委托专业机构, 抽样检测, 其他)
 * @param resultOptions the result labels to tick, in the result-code list's order
 * @param followUpOptions the follow-up labels to tick
 * @param inspectors the inspectors' names and 执法证号, in pick order, every department's
 */
public record RecordSheet(
    long inspectionId,
    String noticeNumber,
    String taskNumber,
    String taskName,
    String targetName,
    String targetCode,
    String address,
    String legalRepresentative,
    String phone,
    String liaison,
    List<Row> items,
    List<String> methods,
    List<String> resultOptions,
    List<String> followUpOptions,
    List<InspectionNotice.Officer> inspectors) {

  public RecordSheet {
    items = List.copyOf(items);
    methods = List.copyOf(methods);
    resultOptions = List.copyOf(resultOptions);
    followUpOptions = List.copyOf(followUpOptions);
    inspectors = List.copyOf(inspectors);
  }

  /** An item of the sheet: its name and check points (检查要点), empty where none are on file. */
  public record Row(String item, String checkPoints) {}
}
