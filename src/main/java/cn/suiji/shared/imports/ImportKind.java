package cn.suiji.shared.imports;

import java.util.Locale;

/** What a file can be imported as; {@link #cliName} is the word after {@code suiji import}. */
public enum ImportKind {
  TARGETS, INSPECTORS, ITEMS, RECUSALS, TASKS, RESULTS;

  /** {@code targets}, {@code inspectors} … */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
