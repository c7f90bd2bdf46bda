package cn.suiji.inspection.domain;

import java.time.LocalDate;

/**
 * A numbered 检查结果公告 of one task: its number in the lead department's RESULTS series of the
 * year (the N of 「{机关}{年}年度第N号抽查任务检查结果公告」 and the printed 文号) and what it
 * publishes.
 *
 * @param number the printed document number, e.g. 青市监抽结〔2026〕3号
 * @param year the series' year (the year of first issue)
 * @param seq the number in the series: the title's 第N号
 * @param date the date of issue (成文日期)
 */
public record ResultAnnouncement(String number, int year, int seq, TaskResults results, LocalDate date) {

  /** 「{机关}{年}年度第N号抽查任务检查结果公告」. */
  public String title() {
    return results.issuer() + year + "年度第" + seq + "号抽查任务检查结果公告";
  }
}
