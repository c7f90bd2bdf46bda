package cn.suiji.shared.l10n;

import cn.suiji.shared.SuijiException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The message bundles {@code messages_zh_CN.properties} (the clerk's language, the default)
 * and {@code messages_en.properties}. Keys are {@code feature.screen.element}; enum labels are
 * {@code enum.SimpleName.CONSTANT}.
 */
public final class Messages {
  public static final String BUNDLE = "messages";
  private static volatile Messages current = new Messages(chooseLocale(System.getProperty("suiji.locale")));

  private final Locale locale;
  private final ResourceBundle bundle;

  public Messages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** Simplified Chinese unless {@code suiji.locale=en} asks for English. */
  static Locale chooseLocale(String requested) {
    return requested != null && requested.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
  }

  /** The bundle the application shows. */
  public static Messages current() {
    return current;
  }

  public static void use(Locale locale) {
    current = new Messages(locale);
  }

  /** Shorthand for {@code current().get(key, args)}. */
  public static String msg(String key, Object... args) {
    return current.get(key, args);
  }

  public Locale locale() {
    return locale;
  }

  public ResourceBundle bundle() {
    return bundle;
  }

  /** The text for the key with its placeholders filled; a missing key shows as {@code !key!}. */
  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return "!" + key + "!";
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(plain(args));
  }

  /** The text for the key, or {@code fallback} where the bundle has none (codes stored as data). */
  public String getOrDefault(String key, String fallback) {
    return bundle.containsKey(key) ? bundle.getString(key) : fallback;
  }

  /** The user's sentence for an application exception. */
  public String describe(SuijiException e) {
    return get(e.key(), e.args());
  }

  /**
   * The user's sentence for any failure of background work: an application exception's own,
   * else the one "unexpected error, nothing was changed, see the log" text.
   */
  public String describeFailure(Throwable e) {
    return e instanceof SuijiException se ? describe(se) : get("common.unexpected");
  }

  /** The label of an enum constant: key {@code enum.SimpleName.CONSTANT}. */
  public String label(Enum<?> value) {
    return get(enumKey(value));
  }

  public static String enumKey(Enum<?> value) {
    return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
  }

  /** Numbers as written, without grouping that would turn 2026 into 2,026. */
  private static Object[] plain(Object[] args) {
    Object[] out = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      out[i] = a instanceof Integer || a instanceof Long ? String.valueOf(a) : a == null ? "" : a;
    }
    return out;
  }
}
