package cn.suiji.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code suiji notice …}: the documents between a draw and the visit. Here only the templates
 * ({@link NoticeTemplateCommand}); announce, print, deliver and list join it (issue 12).
 */
@Command(name = "notice", mixinStandardHelpOptions = true, subcommands = {NoticeTemplateCommand.class})
final class NoticeCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw UsageErrors.subcommandMissing(spec);
  }
}
