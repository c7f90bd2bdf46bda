package cn.suiji.cli;

import cn.suiji.app.Services;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.InspectorFilter;
import cn.suiji.directory.domain.InspectorStatus;
import cn.suiji.directory.service.InspectorService;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code suiji export inspectors --out FILE [--department CODE] [--status S]}: the inspector
 * directory to .xlsx, ID numbers masked, under the import's headers. {@code --status} takes the
 * code ({@code on_duty}) or the label (在岗); an unknown department or status exits with 2.
 */
@Command(name = "inspectors", mixinStandardHelpOptions = true)
final class ExportInspectorsCommand implements Callable<Integer> {
  @Mixin
  DbOption db = new DbOption();
  @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "directory.inspector.cli.out")
  Path out;
  @Option(names = "--department", paramLabel = "CODE", descriptionKey = "directory.inspector.cli.department")
  @Nullable String department;
  @Option(names = "--status", paramLabel = "STATUS", descriptionKey = "directory.inspector.cli.status")
  @Nullable String status;
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    try (Services services = db.open()) {
      InspectorService inspectors = services.inspectors();
      String code = department == null || department.isBlank() ? null : department.strip().toUpperCase(Locale.ROOT);
      if (code != null && inspectors.departments().stream().noneMatch(d -> d.code().equals(code))) {
        throw new SuijiException("directory.inspector.import.unknownDepartment", code + "（"
            + inspectors.departments().stream().map(Department::code).collect(Collectors.joining("、")) + "）");
      }
      int rows = inspectors.export(new InspectorFilter(code, status(), null), out, Messages.current(), Progress.NONE);
      spec.commandLine().getOut().println(Messages.msg("directory.inspector.cli.written", rows, out));
      return SuijiCommand.OK;
    }
  }

  private @Nullable InspectorStatus status() {
    if (status == null || status.isBlank()) {
      return null;
    }
    String value = status.strip();
    for (InspectorStatus s : InspectorStatus.values()) {
      if (s.name().equalsIgnoreCase(value) || Messages.current().label(s).equals(value)) {
        return s;
      }
    }
    String allowed = Arrays.stream(InspectorStatus.values())
        .map(s -> s.name().toLowerCase(Locale.ROOT) + "（" + Messages.current().label(s) + "）")
        .collect(Collectors.joining("、"));
    throw new SuijiException("cli.export.badValue", "--status", status, allowed);
  }
}
