package cn.suiji.cli;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code suiji}: the top command. Exit codes: 0 success, 1 a check failed (or, with a message
 * pointing to the log, a fault of ours), 2 bad usage or bad input (with a message naming what was
 * wrong). No command prints a stack trace.
 */
@Command(name = "suiji", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    subcommands = {DemoCommand.class, AuditCommand.class, CalendarCommand.class, ImportCommand.class, ExportCommand.class,
        DrawCommand.class, NoticeCommand.class, ResultsCommand.class, PublishCommand.class, ReportCommand.class,
        BackupCommand.class, ExchangeCommand.class, JointCommand.class, RestoreCommand.class, BenchCommand.class})
public final class SuijiCommand implements Runnable {
  public static final int OK = 0;
  public static final int CHECK_FAILED = 1;
  public static final int BAD_INPUT = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new UsageErrors.OwnError(spec.commandLine(), Messages.msg("cli.error.subcommandMissing"));
  }

  /** The configured command line, writing to the given streams. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new SuijiCommand());
    cl.setResourceBundle(Messages.current().bundle());
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler(new UsageErrors());
    cl.setExecutionExceptionHandler((ex, line, parsed) -> {
      if (ex instanceof SuijiException se) {
        line.getErr().println(Messages.current().describe(se));
        return BAD_INPUT;
      }
      Failures.Explained explained = Failures.explain(ex);
      line.getErr().println(Messages.current().describe(explained.exception()));
      return explained.foreseen() ? BAD_INPUT : CHECK_FAILED;
    });
    return cl;
  }

  /** Runs the arguments and returns the exit code. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Runs on the console (UTF-8) and returns the exit code; the launcher exits with it. */
  public static int executeOnConsole(String... args) {
    PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
    return execute(out, err, args);
  }

  /** For tests: runs and captures both streams. */
  public static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  /** What a run printed and returned. */
  public record Result(int exitCode, String out, String err) {}
}
