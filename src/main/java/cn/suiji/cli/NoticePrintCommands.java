package cn.suiji.cli;

import cn.suiji.app.Services;
import cn.suiji.inspection.domain.Announcement;
import cn.suiji.inspection.domain.Issued;
import cn.suiji.shared.Progress;
import cn.suiji.shared.l10n.Messages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code suiji notice announce} and {@code suiji notice print}: the 抽查任务公告 of a task and the
 * numbered 检查通知书 (with their 检查记录表) of a draw, as .docx or PDF by the file's extension.
 * Numbers are taken on the first issue; printing again reuses them.
 */
final class NoticePrintCommands {
  private NoticePrintCommands() {}

  /** The task's announcement, numbered on its first issue. */
  @Command(name = "announce", mixinStandardHelpOptions = true)
  static final class Announce implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--task", required = true, paramLabel = "CODE", descriptionKey = "cli.option.task")
    String task;
    @Option(names = "--out", required = true, paramLabel = "F.docx|F.pdf", descriptionKey = "cli.option.noticeOut")
    Path out;
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.option.issueDate")
    @Nullable String date;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        LocalDate day = date == null ? LocalDate.now(services.clock()) : NoticeCommand.date(spec, date);
        Announcement a = services.notices().announce(task, day);
        services.noticeFiles().announcement(a, out, Progress.NONE);
        spec.commandLine().getOut().println(Messages.msg("cli.notice.announced", a.number(), a.targetCount(), out));
        return SuijiCommand.OK;
      }
    }
  }

  /** Every notice of the draw (and, with {@code --sheets}, its record sheet) into one file. */
  @Command(name = "print", mixinStandardHelpOptions = true)
  static final class Print implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--draw", required = true, paramLabel = "ID", descriptionKey = "cli.option.drawId")
    long drawId;
    @Option(names = "--out", required = true, paramLabel = "F.docx|F.pdf", descriptionKey = "cli.option.noticeOut")
    Path out;
    @Option(names = "--sheets", descriptionKey = "cli.option.withSheets")
    boolean sheets;
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.option.issueDate")
    @Nullable String date;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        LocalDate day = date == null ? LocalDate.now(services.clock()) : NoticeCommand.date(spec, date);
        Issued issued = services.notices().issue(drawId, day, sheets, Progress.NONE);
        services.noticeFiles().notices(issued.notices(), issued.sheets(), out, Progress.NONE);
        var printed = spec.commandLine().getOut();
        printed.println(Messages.msg("cli.notice.printed", issued.notices().size(), issued.sheets().size(), out));
        printed.println(issued.numbered() == 0 ? Messages.msg("cli.notice.numbersKept")
            : Messages.msg("cli.notice.numberedNow", issued.numbered(), issued.notices().get(0).number(),
                issued.notices().get(issued.notices().size() - 1).number()));
        return SuijiCommand.OK;
      }
    }
  }
}
