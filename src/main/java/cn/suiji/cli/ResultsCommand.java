package cn.suiji.cli;

import cn.suiji.app.Services;
import cn.suiji.shared.Progress;
import cn.suiji.shared.imports.ImportRequest;
import cn.suiji.shared.imports.ImportSummary;
import cn.suiji.shared.imports.RowProblem;
import cn.suiji.shared.l10n.Messages;
import java.io.PrintWriter;
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
 * {@code suiji results template --draw ID --out F.xlsx} and {@code suiji results import F.xlsx
 * [--json] [--dry-run] [--report R.xlsx]}: a draw's results typed into a workbook from the signed
 * sheets. The import prints what {@code suiji import} prints (the same {@code --json}); exit 0
 * when the file was read (rejected rows are not errors), 2 when it could not be read at all.
 */
@Command(name = "results", mixinStandardHelpOptions = true,
    subcommands = {ResultsCommand.Template.class, ResultsCommand.Import.class})
final class ResultsCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw UsageErrors.subcommandMissing(spec);
  }

  /** The workbook pre-filled with the draw's targets and drawn inspectors. */
  @Command(name = "template", mixinStandardHelpOptions = true)
  static final class Template implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--draw", required = true, paramLabel = "ID", descriptionKey = "cli.option.drawId")
    long draw;
    @Option(names = "--out", required = true, paramLabel = "F.xlsx", descriptionKey = "cli.option.resultsTemplate")
    Path out;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        int rows = services.resultImporter().writeTemplate(draw, out);
        spec.commandLine().getOut().println(Messages.msg("cli.results.template", draw, rows, out));
        return SuijiCommand.OK;
      }
    }
  }

  /** The results of the file, all or none of them written. */
  @Command(name = "import", mixinStandardHelpOptions = true)
  static final class Import implements Callable<Integer> {
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
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        ImportRequest request = new ImportRequest(file, null, report, null);
        ImportSummary s = dryRun ? services.resultImporter().preview(request, Progress.NONE)
            : services.resultImporter().commit(request, Progress.NONE);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
          out.println(ImportCommand.json(s));
          return SuijiCommand.OK;
        }
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
        return SuijiCommand.OK;
      }
    }
  }
}
