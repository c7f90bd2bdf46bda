package cn.suiji.cli;

import cn.suiji.app.Services;
import cn.suiji.directory.domain.TargetImportSummary;
import cn.suiji.directory.domain.TargetProblem;
import cn.suiji.directory.service.TargetImportService;
import cn.suiji.shared.Progress;
import cn.suiji.shared.l10n.Messages;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code suiji import targets FILE [--report R.xlsx] [--json] [--dry-run] [--department CODE]}.
 * Exit 0 when the file was read (rejected rows are not errors), 2 when it could not be read at
 * all, with the reason on stderr.
 */
@Command(name = "import", mixinStandardHelpOptions = true, subcommands = ImportCommand.Targets.class)
final class ImportCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  @Command(name = "targets", mixinStandardHelpOptions = true)
  static final class Targets implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.param.importFile")
    Path file;
    @Option(names = "--report", paramLabel = "R.xlsx", descriptionKey = "cli.option.report")
    @Nullable Path report;
    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;
    @Option(names = "--dry-run", descriptionKey = "cli.option.dryRun")
    boolean dryRun;
    @Option(names = "--department", paramLabel = "CODE", descriptionKey = "cli.option.department")
    @Nullable String department;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        TargetImportService.Request request = new TargetImportService.Request(file, department, report);
        TargetImportSummary s = dryRun
            ? services.targetImport().preview(request, Progress.NONE)
            : services.targetImport().commit(request, Progress.NONE);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
          out.println(json(s));
        } else {
          out.println(Messages.msg("cli.import.summary", s.read(), s.created(), s.updated(), s.duplicates(), s.rejected()));
          for (TargetProblem p : s.rejectedRows()) {
            out.println(Messages.msg("cli.import.rejectedLine", p.row(), TargetImportService.describe(p)));
          }
          if (dryRun) {
            out.println(Messages.msg("cli.import.dryRun"));
          }
          if (report != null) {
            out.println(Messages.msg("cli.import.report", report));
          }
        }
        return SuijiCommand.OK;
      }
    }

    /** {@code {"read":N,"created":N,"updated":N,"duplicates":N,"rejected":N,"rejectedRows":[{"row":R,"reason":"…"}]}}. */
    static String json(TargetImportSummary s) {
      StringWriter text = new StringWriter();
      try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
        g.writeStartObject();
        g.writeNumberField("read", s.read());
        g.writeNumberField("created", s.created());
        g.writeNumberField("updated", s.updated());
        g.writeNumberField("duplicates", s.duplicates());
        g.writeNumberField("rejected", s.rejected());
        g.writeArrayFieldStart("rejectedRows");
        for (TargetProblem p : s.rejectedRows()) {
          g.writeStartObject();
          g.writeNumberField("row", p.row());
          g.writeStringField("reason", TargetImportService.describe(p));
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return text.toString();
    }
  }
}
