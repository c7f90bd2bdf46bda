package cn.suiji.shared;

import java.util.Arrays;

/**
 * The application's own exception: carries a message-bundle key and its arguments, so the
 * layer that shows it (a dialog, the command line) can put it in the user's language. Library
 * exceptions are translated into this once, where they are caught.
 */
public class SuijiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final Object[] args;

  public SuijiException(String key, Object... args) {
    super(key + Arrays.toString(args));
    this.key = key;
    this.args = args.clone();
  }

  public SuijiException(Throwable cause, String key, Object... args) {
    super(key + Arrays.toString(args), cause);
    this.key = key;
    this.args = args.clone();
  }

  /** The message-bundle key, e.g. {@code calendar.import.badDate}. */
  public String key() {
    return key;
  }

  /** The arguments for the key's {@code {0}}, {@code {1}} … placeholders. */
  public Object[] args() {
    return args.clone();
  }
}
