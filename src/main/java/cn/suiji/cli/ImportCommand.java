package cn.suiji.cli;

import cn.suiji.app.Services;
import cn.suiji.shared.Progress;
import cn.suiji.shared.imports.ImportKind;
import cn.suiji.shared.imports.ImportRequest;
import cn.suiji.shared.imports.ImportSummary;
import cn.suiji.shared.imports.RowChange;
import cn.suiji.shared.imports.RowProblem;
import cn.suiji.shared.imports.TableImporter;
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
 * {@code suiji import targets|inspectors|items|recusals|tasks FILE [--report R.xlsx] [--json]
 * [--dry-run] [--department CODE]}. Exit 0 when the file was read (rejected rows are not
 * errors), 2 when it could not be read at all, with the reason on stderr.
 */
@Command(name = "import", mixinStandardHelpOptions = true, subcommands = {ImportCommand.Targets.class,
    ImportCommand.Inspectors.class, ImportCommand.Items.class, ImportCommand.Recusals.class, ImportCommand.Tasks.class})
final class ImportCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw UsageErrors.subcommandMissing(spec);
  }

  /** One kind's import: the options every kind shares. */
  abstract static class KindCommand implements Callable<Integer> {
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

    abstract ImportKind kind();

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        TableImporter importer = services.importer(kind());
        ImportRequest request = new ImportRequest(file, department, report, null);
        ImportSummary s = dryRun ? importer.preview(request, Progress.NONE) : importer.commit(request, Progress.NONE);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
          out.println(json(s));
        } else {
          out.println(Messages.msg("cli.import.summary", s.read(), s.created(), s.updated(), s.duplicates(), s.rejected(),
              s.unchanged()));
          for (RowProblem p : s.rejectedRows()) {
            out.println(Messages.msg("cli.import.rejectedLine", p.row(), p.reason()));
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
  }

  @Command(name = "targets", mixinStandardHelpOptions = true)
  static final class Targets extends KindCommand {
    @Override
    ImportKind kind() {
      return ImportKind.TARGETS;
    }
  }

  @Command(name = "inspectors", mixinStandardHelpOptions = true)
  static final class Inspectors extends KindCommand {
    @Override
    ImportKind kind() {
      return ImportKind.INSPECTORS;
    }
  }

  @Command(name = "items", mixinStandardHelpOptions = true)
  static final class Items extends KindCommand {
    @Override
    ImportKind kind() {
      return ImportKind.ITEMS;
    }
  }

  @Command(name = "recusals", mixinStandardHelpOptions = true)
  static final class Recusals extends KindCommand {
    @Override
    ImportKind kind() {
      return ImportKind.RECUSALS;
    }
  }

  @Command(name = "tasks", mixinStandardHelpOptions = true)
  static final class Tasks extends KindCommand {
    @Override
    ImportKind kind() {
      return ImportKind.TASKS;
    }
  }

  /**
   * {@code {"read":N,"created":N,"updated":N,"unchanged":N,"duplicates":N,"rejected":N,
   * "rejectedRows":[{"row":R,"reason":"…"}],"updatedRows":[{"row":R,"changes":"名称：甲 → 乙"}]}}; read =
   * created + updated + unchanged + duplicates + rejected.
   */
  static String json(ImportSummary s) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
      g.writeStartObject();
      g.writeNumberField("read", s.read());
      g.writeNumberField("created", s.created());
      g.writeNumberField("updated", s.updated());
      g.writeNumberField("unchanged", s.unchanged());
      g.writeNumberField("duplicates", s.duplicates());
      g.writeNumberField("rejected", s.rejected());
      g.writeArrayFieldStart("rejectedRows");
      for (RowProblem p : s.rejectedRows()) {
        g.writeStartObject();
        g.writeNumberField("row", p.row());
        g.writeStringField("reason", p.reason());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("updatedRows");
      for (RowChange c : s.changedRows()) {
        g.writeStartObject();
        g.writeNumberField("row", c.row());
        g.writeStringField("changes", c.changes());
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
