package cn.suiji.cli;

import cn.suiji.app.Services;
import cn.suiji.inspection.domain.ResultAnnouncement;
import cn.suiji.publish.domain.ExportMapping;
import cn.suiji.publish.service.PublicExportService;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * {@code suiji publish export}, {@code suiji publish announce} and {@code suiji publish columns}:
 * what a task publishes of its results — the public export (.xlsx/.csv) with the county's
 * columns, and the numbered 检查结果公告 (.docx/PDF by the file's extension).
 */
final class PublishDocsCommands {
  private PublishDocsCommands() {}

  /** The task's results as the disclosure platform's workbook or CSV. */
  @Command(name = "export", mixinStandardHelpOptions = true)
  static final class Export implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--task", required = true, paramLabel = "CODE", descriptionKey = "cli.option.task")
    String task;
    @Option(names = "--out", required = true, paramLabel = "F.xlsx|F.csv", descriptionKey = "cli.option.exportOut")
    Path out;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        PublicExportService.Exported done = services.publicExport().export(task, out);
        PrintWriter printed = spec.commandLine().getOut();
        printed.println(Messages.msg("cli.publish.exported", done.rows(), out));
        if (done.withoutResult() > 0) {
          printed.println(Messages.msg("cli.publish.withoutResult", done.withoutResult()));
        }
        return SuijiCommand.OK;
      }
    }
  }

  /** The task's 检查结果公告, numbered on its first issue. */
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
        ResultAnnouncement a = services.resultAnnouncements().announce(task, day);
        services.noticeFiles().resultAnnouncement(a, out, Progress.NONE);
        PrintWriter printed = spec.commandLine().getOut();
        printed.println(Messages.msg("cli.publish.announced", a.number(), a.title(), a.results().rows().size(), out));
        if (a.results().withoutResult() > 0) {
          printed.println(Messages.msg("cli.publish.withoutResult", a.results().withoutResult()));
        }
        return SuijiCommand.OK;
      }
    }
  }

  /** Shows, loads or resets the public export's columns. */
  @Command(name = "columns", mixinStandardHelpOptions = true)
  static final class Columns implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--load", paramLabel = "F.txt", descriptionKey = "cli.option.columnsFile")
    @Nullable Path load;
    @Option(names = "--reset", descriptionKey = "cli.option.columnsReset")
    boolean reset;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        PrintWriter printed = spec.commandLine().getOut();
        ExportMapping mapping;
        if (reset) {
          mapping = services.publicExport().resetMapping();
        } else if (load != null) {
          mapping = services.publicExport().saveMapping(read(load));
        } else {
          printed.print(services.publicExport().mapping().text());
          return SuijiCommand.OK;
        }
        printed.println(Messages.msg("cli.publish.columnsSaved", mapping.columns().size()));
        printed.print(mapping.text());
        return SuijiCommand.OK;
      }
    }

    private static String read(Path file) {
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
      } catch (IOException e) {
        throw new SuijiException(e, "cli.publish.columnsFile", file, e.getMessage());
      }
    }
  }
}
