package cn.suiji.cli;

import cn.suiji.app.Services;
import cn.suiji.shared.audit.AuditVerification;
import cn.suiji.shared.audit.Auditor;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import cn.suiji.shared.l10n.Messages;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code suiji audit verify}: walks the hash chain of the audit log. */
@Command(name = "audit", mixinStandardHelpOptions = true, subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw UsageErrors.subcommandMissing(spec);
  }

  @Command(name = "verify", mixinStandardHelpOptions = true)
  static final class Verify implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Spec
    CommandSpec spec;
    @Option(names = "--anchor", paramLabel = "SEQ:HASH", descriptionKey = "cli.option.anchor")
    @Nullable String anchor;

    @Override
    public Integer call() {
      Messages m = Messages.current();
      Auditor.Anchor parsed = anchor == null ? null : Auditor.Anchor.parse(anchor);
      if (anchor != null && parsed == null) {
        spec.commandLine().getErr().println(m.get("cli.audit.badAnchor", anchor));
        return SuijiCommand.BAD_INPUT;
      }
      try (Services services = db.open()) {
        AuditVerification v = services.auditor().verify(services.database().dsl(), parsed);
        if (v.isIntact()) {
          spec.commandLine().getOut().println(m.get("cli.audit.intact", v.checked()));
          if (parsed != null) {
            spec.commandLine().getOut().println(m.get("cli.audit.anchorOk", anchor.strip()));
          }
          return SuijiCommand.OK;
        }
        spec.commandLine().getOut().println(m.get("cli.audit.broken", v.brokenSeq(), m.label(v.problem()), v.checked()));
        return SuijiCommand.CHECK_FAILED;
      }
    }
  }
}
