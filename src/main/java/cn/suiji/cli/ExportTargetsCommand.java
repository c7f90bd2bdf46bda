package cn.suiji.cli;

import cn.suiji.app.Services;
import cn.suiji.directory.domain.RiskClass;
import cn.suiji.directory.domain.SearchField;
import cn.suiji.directory.domain.TargetKind;
import cn.suiji.directory.domain.TargetQuery;
import cn.suiji.directory.domain.TargetStatus;
import cn.suiji.directory.service.TargetQueryService;
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
 * {@code suiji export targets --out FILE [filters]}: the target directory, filtered as on the
 * screen, to .xlsx. Enum filters take the code ({@code OPERATING}) or the Chinese label (在业);
 * a value that is neither, or a township no target is in, is refused with exit code 2.
 */
@Command(name = "targets", mixinStandardHelpOptions = true)
final class ExportTargetsCommand implements Callable<Integer> {
  @Mixin
  DbOption db = new DbOption();
  @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "cli.option.xlsxOut")
  Path out;
  @Option(names = "--name", paramLabel = "TEXT", descriptionKey = "cli.option.targetName")
  @Nullable String name;
  @Option(names = "--code", paramLabel = "PREFIX", descriptionKey = "cli.option.targetCode")
  @Nullable String code;
  @Option(names = "--legal-rep", paramLabel = "NAME", descriptionKey = "cli.option.legalRep")
  @Nullable String legalRep;
  @Option(names = "--township", paramLabel = "NAME", descriptionKey = "cli.option.township")
  @Nullable String township;
  @Option(names = "--industry", paramLabel = "CODE", descriptionKey = "cli.option.industry")
  @Nullable String industry;
  @Option(names = "--kind", paramLabel = "KIND", descriptionKey = "cli.option.kind")
  @Nullable String kind;
  @Option(names = "--status", paramLabel = "STATUS", descriptionKey = "cli.option.status")
  @Nullable String status;
  @Option(names = "--risk", paramLabel = "A-D", descriptionKey = "cli.option.risk")
  @Nullable String risk;
  @Option(names = "--abnormal", descriptionKey = "cli.option.abnormal")
  boolean abnormal;
  @Option(names = "--serious", descriptionKey = "cli.option.serious")
  boolean serious;
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    try (Services services = db.open()) {
      TargetQueryService targets = services.targets();
      TargetQuery query = query();
      if (township != null && !targets.townships().contains(township.strip())) {
        throw new SuijiException("cli.export.unknownTownship", township, String.join("、", targets.townships()));
      }
      long rows = targets.export(query, out, Messages.current(), Progress.NONE);
      spec.commandLine().getOut().println(Messages.msg("cli.export.written", rows, out));
      return SuijiCommand.OK;
    }
  }

  TargetQuery query() {
    TargetQuery q = TargetQuery.all();
    if (name != null) {
      q = q.withText(name, SearchField.NAME);
    } else if (code != null) {
      q = q.withText(code, SearchField.CODE);
    } else if (legalRep != null) {
      q = q.withText(legalRep, SearchField.LEGAL_REP);
    }
    q = q.withTownship(blankToNull(township)).withIndustry(blankToNull(industry))
        .withKind(parse(TargetKind.class, kind, "--kind"))
        .withStatus(parse(TargetStatus.class, status, "--status"))
        .withRiskClass(parse(RiskClass.class, risk, "--risk"));
    if (abnormal) {
      q = q.withAbnormal(true);
    }
    if (serious) {
      q = q.withSeriousViolation(true);
    }
    return q;
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The constant named by its code (any case) or its label in the user's language. */
  private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String raw, String option) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String value = raw.strip();
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value) || Messages.current().label(e).equals(value)) {
        return e;
      }
    }
    String allowed = Arrays.stream(type.getEnumConstants())
        .map(e -> e.name().toLowerCase(Locale.ROOT) + "（" + Messages.current().label(e) + "）")
        .collect(Collectors.joining("、"));
    throw new SuijiException("cli.export.badValue", option, raw, allowed);
  }
}
