package cn.suiji.inspection.domain;

/**
 * The numbered documents of a task: before the visit and, for its results, after. Each kind has its own number series per
 * department and year; {@link #defaultTypeCode} is the 类型代字 of the default number pattern
 * (e.g. 青市监<b>抽通</b>〔2026〕17号), which the working rules may change. The names are the
 * stored values.
 */
public enum DocumentKind {
  /** 抽查任务公告 (拟检查公告): one per task, before the visits. */
  ANNOUNCEMENT("抽告"),
  /** 检查通知书: one per drawn target. */
  NOTICE("抽通"),
  /** 检查结果公告: one per task, after the results (its title carries the number: 第N号). */
  RESULTS("抽结");

  private final String defaultTypeCode;

  DocumentKind(String defaultTypeCode) {
    this.defaultTypeCode = defaultTypeCode;
  }

  public String defaultTypeCode() {
    return defaultTypeCode;
  }
}
