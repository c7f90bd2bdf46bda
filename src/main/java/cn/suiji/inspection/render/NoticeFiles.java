package cn.suiji.inspection.render;

import cn.suiji.inspection.domain.Announcement;
import cn.suiji.inspection.domain.InspectionNotice;
import cn.suiji.inspection.domain.RecordSheet;
import cn.suiji.shared.Progress;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the documents between a draw and the visit — the 抽查任务公告, the 检查通知书 and the
 * 检查记录表 — as one .docx or one PDF (chosen by the file's extension), whole or not at all,
 * from the county's templates. For the command line and the screens.
 *
 * <p>Being built (issue 12): the signatures are the contract between the notice service and the
 * renderers.
 */
public final class NoticeFiles {

  /** Writes the announcement into {@code out} (.docx or .pdf). */
  public void announcement(Announcement announcement, Path out, Progress progress) {
    throw new UnsupportedOperationException("being built");
  }

  /**
   * Writes the notices and the record sheets into one file, each on its own pages, target by
   * target (a target's notice, then its sheet); either list may be empty, and when both are given
   * they are in the same order. Progress counts documents; cancel leaves no file.
   */
  public void notices(List<InspectionNotice> notices, List<RecordSheet> sheets, Path out, Progress progress) {
    throw new UnsupportedOperationException("being built");
  }
}
