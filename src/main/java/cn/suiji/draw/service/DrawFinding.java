package cn.suiji.draw.service;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * One thing {@code verifyAll} found wrong with a stored draw, as a message key and its
 * arguments (what was expected and what was found), put into words where it is shown.
 */
public record DrawFinding(String key, List<String> args) {

  public DrawFinding {
    args = List.copyOf(args);
  }

  static DrawFinding of(String key, Object... args) {
    List<String> texts = new ArrayList<>();
    for (Object a : args) {
      texts.add(String.valueOf(a));
    }
    return new DrawFinding(key, texts);
  }

  /** The finding in the current language. */
  public String describe() {
    return Messages.msg(key, args.toArray());
  }

  /**
   * An exception in words with the reasons it carries: a message that says "原因见下" is
   * followed by its cause's message, and so on down the chain.
   */
  public static String describe(SuijiException e) {
    StringBuilder text = new StringBuilder(Messages.current().describe(e));
    Throwable cause = e.getCause();
    while (cause != null && cause != e) {
      String reason = cause instanceof SuijiException se ? Messages.current().describe(se) : cause.getMessage();
      if (reason != null && !reason.isBlank()) {
        text.append(' ').append(reason);
      }
      if (cause.getCause() == cause) {
        break;
      }
      cause = cause.getCause();
    }
    return text.toString();
  }
}
