package cn.suiji.cli;

import cn.suiji.app.Services;
import cn.suiji.inspection.domain.CountyTemplate;
import cn.suiji.inspection.domain.TemplateKind;
import cn.suiji.shared.l10n.Messages;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code suiji notice template export|load|reset --kind ANNOUNCEMENT|NOTICE|SHEET}: the county's
 * templates of the 抽查任务公告, the 检查通知书 and the 检查记录表 (export to edit in Word/WPS,
 * load back after the check, go back to the default). A sub-command of {@code suiji notice}.
 */
@Command(name = "template", mixinStandardHelpOptions = true,
    subcommands = {NoticeTemplateCommand.Export.class, NoticeTemplateCommand.Load.class, NoticeTemplateCommand.Reset.class})
public final class NoticeTemplateCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw UsageErrors.subcommandMissing(spec);
  }

  /** Writes the template a kind prints with (the county's, else the default) to a .docx. */
  @Command(name = "export", mixinStandardHelpOptions = true)
  static final class Export implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--kind", required = true, paramLabel = "KIND", descriptionKey = "cli.option.templateKind")
    TemplateKind kind;
    @Option(names = "--out", required = true, paramLabel = "F.docx", descriptionKey = "cli.option.templateOut")
    Path out;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        services.noticeTemplates().export(kind, out);
        Optional<CountyTemplate> loaded = services.noticeTemplates().loaded(kind);
        String which = loaded.map(t -> Messages.msg("cli.notice.template.county", t.fileName(),
            t.loadedAt().toLocalDate())).orElse(Messages.msg("cli.notice.template.default"));
        spec.commandLine().getOut().println(Messages.msg("cli.notice.template.exported", Messages.current().label(kind),
            out, which));
        return SuijiCommand.OK;
      }
    }
  }

  /** Checks a template and stores it as the county's; a refused one names every problem (exit 2). */
  @Command(name = "load", mixinStandardHelpOptions = true)
  static final class Load implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--kind", required = true, paramLabel = "KIND", descriptionKey = "cli.option.templateKind")
    TemplateKind kind;
    @Parameters(index = "0", paramLabel = "F.docx", descriptionKey = "cli.param.templateFile")
    Path file;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        String label = Messages.current().label(kind);
        Optional<CountyTemplate> before = services.noticeTemplates().loaded(kind);
        CountyTemplate stored = services.noticeTemplates().load(kind, file);
        boolean same = before.isPresent() && before.get().sha256().equals(stored.sha256());
        spec.commandLine().getOut().println(same ? Messages.msg("cli.notice.template.unchanged", label)
            : Messages.msg("cli.notice.template.loaded", label, stored.fileName(), stored.sha256()));
        return SuijiCommand.OK;
      }
    }
  }

  /** Removes the county's template: the kind prints with the default again. */
  @Command(name = "reset", mixinStandardHelpOptions = true)
  static final class Reset implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();
    @Option(names = "--kind", required = true, paramLabel = "KIND", descriptionKey = "cli.option.templateKind")
    TemplateKind kind;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      try (Services services = db.open()) {
        boolean had = services.noticeTemplates().reset(kind);
        spec.commandLine().getOut().println(Messages.msg(had ? "cli.notice.template.reset"
            : "cli.notice.template.alreadyDefault", Messages.current().label(kind)));
        return SuijiCommand.OK;
      }
    }
  }
}
