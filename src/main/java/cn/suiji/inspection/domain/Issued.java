package cn.suiji.inspection.domain;

import java.util.List;

/**
 * What {@code NoticeService.issue} hands the renderers: the notices of a draw in draw order and,
 * when asked, their record sheets in the same order; {@code numbered} is how many notices got
 * their number in this call (0 when every notice had one: printing again).
 */
public record Issued(List<InspectionNotice> notices, List<RecordSheet> sheets, int numbered) {
  public Issued {
    notices = List.copyOf(notices);
    sheets = List.copyOf(sheets);
  }
}
