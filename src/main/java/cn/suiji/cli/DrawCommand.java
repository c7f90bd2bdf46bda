package cn.suiji.cli;

import cn.suiji.app.Services;
import cn.suiji.draw.domain.AttemptStatus;
import cn.suiji.draw.domain.DrawEngine;
import cn.suiji.draw.domain.DrawRecord;
import cn.suiji.draw.domain.DrawSummary;
import cn.suiji.draw.domain.DrawVerifier;
import cn.suiji.draw.domain.Verification;
import cn.suiji.draw.render.DrawRecordDocx;
import cn.suiji.draw.render.DrawRecordJson;
import cn.suiji.draw.render.DrawRecordPdf;
import cn.suiji.draw.render.DrawRecordSheet;
import cn.suiji.draw.service.DrawInfeasible;
import cn.suiji.draw.service.DrawAttempt;
import cn.suiji.draw.service.DrawCheck;
import cn.suiji.draw.service.DrawFinding;
import cn.suiji.draw.service.DrawService;
import cn.suiji.draw.service.DrawSession;
import cn.suiji.draw.service.UndrawnTask;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code suiji draw run|verify|export|list|print}: the verifiable draw without the wizard. */
@Command(name = "draw", mixinStandardHelpOptions = true,
    subcommands = {DrawCommand.Run.class, DrawCommand.Verify.class, DrawCommand.Export.class, DrawCommand.ListCmd.class,
        DrawCommand.Print.class})
final class DrawCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw UsageErrors.subcommandMissing(spec);
  }

  /** Opens, draws and confirms a task's draw, printing the commitment first and the 核验码 last. */
  @Command(name = "run", mixinStandardHelpOptions = true)
  static final class Run implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--task", required = true, paramLabel = "CODE", descriptionKey = "cli.option.task")
    String task;
    @Option(names = "--entropy", required = true, paramLabel = "TEXT", descriptionKey = "cli.option.entropy")
    String entropy;
    @Option(names = "--witness", required = true, paramLabel = "NAME", descriptionKey = "cli.option.witness")
    List<String> witnesses = new ArrayList<>();
    @Option(names = "--operator", paramLabel = "NAME", descriptionKey = "cli.option.operator")
    @Nullable String operator;
    @Option(names = "--export", paramLabel = "FILE.json", descriptionKey = "cli.option.export")
    @Nullable Path export;
    @Option(names = "--late-reason", paramLabel = "TEXT", descriptionKey = "cli.option.lateReason")
    @Nullable String lateReason;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      // refused before open: a refused try must not leave a voided attempt on the public record
      DrawService.checkCeremonyInputs(entropy, witnesses);
      try (Services services = db.open()) {
        // after the task's window open refuses without --late-reason (exit 2), writing nothing
        DrawSession session = services.draw().open(task, operator, lateReason);
        out.println(Messages.msg("cli.draw.opened", session.taskCode(), session.attempt(), session.commitment()));
        DrawAttempt attempt;
        try {
          attempt = services.draw().perform(session.drawId(), entropy, witnesses);
        } catch (DrawInfeasible e) {
          throw e; // on record as infeasible already
        } catch (SuijiException e) {
          services.draw().voidDraw(session.drawId(), Messages.msg("cli.draw.voidedOnError"));
          throw e;
        }
        services.draw().confirm(session.drawId());
        out.println(Messages.msg("cli.draw.confirmed", session.taskCode(), session.attempt(),
            attempt.record().selected().size(), session.drawId()));
        out.println(attempt.verificationCode());
        if (export != null) {
          services.draw().export(session.drawId(), export);
          out.println(Messages.msg("cli.draw.exported", export));
        }
        return SuijiCommand.OK;
      }
    }
  }

  /**
   * Recomputes a record file — first checked against its printed digest when {@code --digest}
   * is given — or checks every stored draw against its audit entries and inspections; 1 when
   * anything differs, each draw that failed named with all its reasons.
   */
  @Command(name = "verify", mixinStandardHelpOptions = true)
  static final class Verify implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE.json", descriptionKey = "cli.param.drawFile")
    @Nullable Path file;
    @Option(names = "--all", descriptionKey = "cli.option.allDraws")
    boolean all;
    @Option(names = "--digest", paramLabel = "HEX", descriptionKey = "cli.option.drawDigest")
    @Nullable String digest;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      if ((file == null) == !all) {
        throw new CommandLine.ParameterException(spec.commandLine(), Messages.msg("cli.draw.verifyWhat"));
      }
      if (all && digest != null) {
        throw new CommandLine.ParameterException(spec.commandLine(), Messages.msg("cli.draw.verify.digestNeedsFile"));
      }
      return all ? verifyAll() : verifyFile(file);
    }

    private int verifyFile(Path path) {
      PrintWriter out = spec.commandLine().getOut();
      String printed = digest == null ? null : digest.strip().toLowerCase(java.util.Locale.ROOT);
      if (printed != null) {
        String actual = DrawRecordJson.fileDigest(path);
        if (!actual.equals(printed)) {
          out.println(Messages.msg("cli.draw.verify.digestMismatch", path, actual, printed));
          return SuijiCommand.CHECK_FAILED;
        }
        out.println(Messages.msg("cli.draw.verify.digestMatch", path, actual));
      }
      DrawRecord record;
      try {
        record = new DrawRecordJson().read(path);
      } catch (SuijiException e) {
        if (e.key().equals("draw.json.unreadable")) {
          throw e;
        }
        out.println(Messages.msg("cli.draw.verify.malformed", path, DrawFinding.describe(e)));
        return SuijiCommand.CHECK_FAILED;
      }
      Verification v = DrawVerifier.verify(record);
      if (v instanceof Verification.Mismatch m) {
        out.println(Messages.msg("cli.draw.verify.mismatch", path, m.member(), m.recorded(), m.recomputed()));
        return SuijiCommand.CHECK_FAILED;
      }
      out.println(Messages.msg("cli.draw.verify.match", path, record.task(), record.selected().size(),
          DrawEngine.verificationCode(record.resultHash())));
      if (printed == null) {
        out.println(Messages.msg("cli.draw.verify.noDigest"));
      }
      return SuijiCommand.OK;
    }

    private int verifyAll() {
      PrintWriter out = spec.commandLine().getOut();
      try (Services services = db.open()) {
        int failed = 0;
        List<DrawCheck> checks = services.draw().verifyAll();
        for (DrawCheck c : checks) {
          DrawSummary d = c.draw();
          if (!c.passed()) {
            failed++;
            out.println(Messages.msg("cli.draw.verifyAll.failed", d.id(), d.taskCode(), d.attempt(),
                c.findings().size()));
            for (DrawFinding f : c.findings()) {
              out.println(Messages.msg("cli.draw.verifyAll.reason", d.id(), d.taskCode(), d.attempt(), f.describe()));
            }
          } else if (d.verificationCode() != null) {
            out.println(Messages.msg("cli.draw.verifyAll.match", d.id(), d.taskCode(), d.attempt(),
                d.verificationCode()));
          } else {
            out.println(Messages.msg("cli.draw.verifyAll.matchUndrawn", d.id(), d.taskCode(), d.attempt(),
                ListCmd.status(d.status())));
          }
        }
        out.println(Messages.msg("cli.draw.verifyAll.summary", checks.size(), failed));
        return failed == 0 ? SuijiCommand.OK : SuijiCommand.CHECK_FAILED;
      }
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true)
  static final class Export implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--draw", required = true, paramLabel = "ID", descriptionKey = "cli.option.drawId")
    long drawId;
    @Option(names = "--out", required = true, paramLabel = "FILE.json", descriptionKey = "cli.option.out")
    Path out;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        services.draw().export(drawId, out);
        spec.commandLine().getOut().println(Messages.msg("cli.draw.exported", out));
        return SuijiCommand.OK;
      }
    }
  }

  /** The printed draw record (抽取记录) of a confirmed or voided draw, as PDF and/or .docx. */
  @Command(name = "print", mixinStandardHelpOptions = true)
  static final class Print implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--draw", required = true, paramLabel = "ID", descriptionKey = "cli.option.drawId")
    long drawId;
    @Option(names = "--pdf", paramLabel = "FILE.pdf", descriptionKey = "cli.option.printPdf")
    @Nullable Path pdf;
    @Option(names = "--docx", paramLabel = "FILE.docx", descriptionKey = "cli.option.printDocx")
    @Nullable Path docx;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      if (pdf == null && docx == null) {
        throw new CommandLine.ParameterException(spec.commandLine(), Messages.msg("cli.draw.printWhat"));
      }
      PrintWriter out = spec.commandLine().getOut();
      try (Services services = db.open()) {
        DrawRecordSheet sheet = services.draw().sheet(drawId);
        if (pdf != null) {
          new DrawRecordPdf().write(sheet, pdf);
          out.println(Messages.msg("cli.draw.printed", pdf));
        }
        if (docx != null) {
          new DrawRecordDocx().write(sheet, docx);
          out.println(Messages.msg("cli.draw.printed", docx));
        }
        return SuijiCommand.OK;
      }
    }
  }

  /** Stored draws, one per line; with {@code --undrawn} the tasks still to draw, code first. */
  @Command(name = "list", mixinStandardHelpOptions = true)
  static final class ListCmd implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--undrawn", descriptionKey = "cli.option.undrawn")
    boolean undrawn;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Services services = db.open()) {
        if (undrawn) {
          for (UndrawnTask t : services.draw().undrawnTasks()) {
            out.println(t.code() + "\t" + t.name());
          }
          return SuijiCommand.OK;
        }
        List<DrawSummary> draws = services.draw().list();
        if (draws.isEmpty()) {
          out.println(Messages.msg("cli.draw.list.empty"));
        }
        for (DrawSummary d : draws) {
          String code = d.verificationCode();
          out.println(String.join("\t", Long.toString(d.id()), d.taskCode(), Integer.toString(d.attempt()),
              status(d.status()), d.operator(), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(d.createdAt()),
              code == null ? "-" : code));
        }
        return SuijiCommand.OK;
      }
    }

    static String status(AttemptStatus status) {
      return switch (status) {
        case OPEN -> Messages.msg("cli.draw.status.open");
        case CONFIRMED -> Messages.msg("cli.draw.status.confirmed");
        case VOIDED -> Messages.msg("cli.draw.status.voided");
        case INFEASIBLE -> Messages.msg("cli.draw.status.infeasible");
      };
    }
  }
}
