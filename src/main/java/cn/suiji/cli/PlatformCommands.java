package cn.suiji.cli;

import cn.suiji.app.Services;
import cn.suiji.exchange.domain.Batch;
import cn.suiji.exchange.remote.PlatformWorkbook;
import cn.suiji.exchange.service.PlatformService;
import cn.suiji.shared.Progress;
import cn.suiji.shared.l10n.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Way 1 to the province (issue 14, ADR 0037), under {@code suiji exchange}: {@code workbook
 * --out DIR} writes the platform's import workbook, {@code sent BATCH} records that the clerk
 * uploaded it, {@code feedback FILE.xlsx} reads the platform's per-row answer.
 */
final class PlatformCommands {
  private PlatformCommands() {}

  /** Every pending entry in the platform's import workbook in DIR; prints its path and its batch. */
  @Command(name = "workbook", mixinStandardHelpOptions = true)
  static final class Workbook implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "cli.option.workbookOut")
    Path out;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        PlatformWorkbook.Written w = services.platform().makeWorkbook(out, Progress.NONE);
        PrintWriter p = spec.commandLine().getOut();
        p.println(w.file().toAbsolutePath());
        p.println(Messages.msg("cli.exchange.workbook.done", batchKey(w.file()), w.entries(), w.sha256()));
        return SuijiCommand.OK;
      }
    }
  }

  /** The batch's key is the workbook's file name without {@code .xlsx}. */
  static String batchKey(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".xlsx") ? name.substring(0, name.length() - 5) : name;
  }

  /** Records that the workbook of BATCH was uploaded on the platform's page. */
  @Command(name = "sent", mixinStandardHelpOptions = true)
  static final class Sent implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Parameters(index = "0", paramLabel = "BATCH", descriptionKey = "cli.param.workbookBatch")
    String batch;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        Batch b = services.platform().markSent(batch);
        spec.commandLine().getOut().println(Messages.msg("cli.exchange.sent.done", b.key(), b.entries()));
        return SuijiCommand.OK;
      }
    }
  }

  /** Writes the 交接单 of a batch as .docx or PDF (by the file's extension); prints the file and the manifest's hash. */
  @Command(name = "transmittal", mixinStandardHelpOptions = true)
  static final class Transmittal implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--batch", required = true, paramLabel = "ID", descriptionKey = "cli.option.transmittalBatch")
    String batch;
    @Option(names = "--out", required = true, paramLabel = "F.docx|F.pdf", descriptionKey = "cli.option.transmittalOut")
    Path out;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        cn.suiji.exchange.domain.Transmittal t = services.transmittals().write(batch, out);
        PrintWriter p = spec.commandLine().getOut();
        p.println(out.toAbsolutePath());
        p.println(Messages.msg("cli.exchange.transmittal.done", t.batchKey(), t.entries(),
            t.manifestSha256() == null ? "—" : t.manifestSha256()));
        return SuijiCommand.OK;
      }
    }
  }

  /** Reads the platform's feedback sheet; 1 when it rejected entries or named unknown ones. */
  @Command(name = "feedback", mixinStandardHelpOptions = true)
  static final class Feedback implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Parameters(index = "0", paramLabel = "FILE.xlsx", descriptionKey = "cli.param.feedbackFile")
    Path file;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        PlatformService.FeedbackOutcome o = services.platform().readFeedback(file, Progress.NONE);
        PrintWriter out = spec.commandLine().getOut();
        out.println(Messages.msg("cli.exchange.feedback.done", String.join("、", o.batches()), o.accepted(),
            o.rejected(), o.unchanged(), o.repeated()));
        o.unknown().forEach(out::println);
        return o.rejected() > 0 || !o.unknown().isEmpty() ? SuijiCommand.CHECK_FAILED : SuijiCommand.OK;
      }
    }
  }
}
