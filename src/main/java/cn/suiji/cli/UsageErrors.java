package cn.suiji.cli;

import cn.suiji.shared.l10n.Messages;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's own usage errors (an unknown option, a missing parameter, a value that is not a
 * number) in the clerk's language: picocli words them in English, so this handler rebuilds each
 * message from the exception's parts, prints it with a pointer to {@code --help}, and exits 2.
 * Errors the commands raise themselves ({@link #subcommandMissing}) already speak Chinese.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine line = ex.getCommandLine();
    PrintWriter err = line.getErr();
    err.println(describe(ex));
    err.println(Messages.msg("cli.error.seeHelp", line.getCommandSpec().qualifiedName()));
    err.flush();
    return SuijiCommand.BAD_INPUT;
  }

  /** {@code spec}'s run without a sub-command: a usage error naming the sub-commands there are. */
  static ParameterException subcommandMissing(CommandSpec spec) {
    return new OwnError(spec.commandLine(), Messages.msg("cli.error.subcommandMissingFor", spec.qualifiedName(),
        String.join("、", spec.subcommands().keySet())));
  }

  /** A usage error whose message is already in the clerk's language. */
  static final class OwnError extends ParameterException {
    private static final long serialVersionUID = 1L;

    OwnError(CommandLine line, String message) {
      super(line, message);
    }
  }

  static String describe(ParameterException ex) {
    if (ex instanceof OwnError) {
      return ex.getMessage();
    }
    if (ex instanceof UnmatchedArgumentException u) {
      List<String> suggestions = u.getSuggestions();
      String unmatched = u.getUnmatched().stream().collect(Collectors.joining(" "));
      return suggestions.isEmpty()
          ? Messages.msg("cli.error.unknown", unmatched)
          : Messages.msg("cli.error.unknownSuggest", unmatched, String.join("、", suggestions));
    }
    if (ex instanceof MissingParameterException m) {
      return m.getMissing().stream().map(UsageErrors::missing).collect(Collectors.joining("\n"));
    }
    if (ex instanceof OverwrittenOptionException o) {
      return Messages.msg("cli.error.repeated", name(o.getOverwritten()));
    }
    ArgSpec arg = ex.getArgSpec();
    if (arg != null && ex.getValue() != null) {
      return Messages.msg("cli.error.badValue", name(arg), ex.getValue(), expected(arg));
    }
    return Messages.msg("cli.error.other", ex.getMessage());
  }

  private static String missing(ArgSpec arg) {
    if (arg instanceof OptionSpec o) {
      return Messages.msg("cli.error.missingOption", o.longestName(), o.paramLabel());
    }
    return Messages.msg("cli.error.missingParameter", arg.paramLabel());
  }

  private static String name(ArgSpec arg) {
    if (arg instanceof OptionSpec o) {
      return o.longestName();
    }
    return arg instanceof PositionalParamSpec ? arg.paramLabel() : String.valueOf(arg);
  }

  /** What the option takes, in words: 整数, 日期 … */
  private static String expected(ArgSpec arg) {
    Class<?> type = arg.type();
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class
        || type == short.class || type == Short.class) {
      return Messages.msg("cli.error.expect.integer");
    }
    if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
      return Messages.msg("cli.error.expect.number");
    }
    if (type.isEnum()) {
      return Messages.msg("cli.error.expect.oneOf", arg.completionCandidates() == null ? ""
          : String.join("、", arg.completionCandidates()));
    }
    return Messages.msg("cli.error.expect.text", arg.paramLabel());
  }
}
