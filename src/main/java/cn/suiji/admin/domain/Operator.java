package cn.suiji.admin.domain;

import cn.suiji.shared.SuijiException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A person who operates the application, as the audit log and the draw record name them: a
 * name (at most 50 characters, the log's column) and a role word such as 经办人 or 负责人.
 * Kept in settings as one line per operator, name and role separated by a tab.
 */
public record Operator(String name, String role) {
  public static final int NAME_MAX = 50;
  public static final int ROLE_MAX = 10;

  public Operator {
    name = name == null ? "" : name.strip();
    role = role == null ? "" : role.strip();
  }

  /** Checks a list as typed: every name present and short, roles short, no name twice. */
  public static List<Operator> checked(List<Operator> operators) {
    if (operators.isEmpty()) {
      throw new SuijiException("settings.error.operatorsMissing");
    }
    Set<String> seen = new HashSet<>();
    for (Operator o : operators) {
      if (o.name().isEmpty() || o.name().length() > NAME_MAX || o.name().contains("\t") || o.name().contains("\n")) {
        throw new SuijiException("settings.error.operatorName");
      }
      if (o.role().length() > ROLE_MAX || o.role().contains("\t") || o.role().contains("\n")) {
        throw new SuijiException("settings.error.operatorRole", o.name());
      }
      if (!seen.add(o.name())) {
        throw new SuijiException("settings.error.operatorDuplicate", o.name());
      }
    }
    return List.copyOf(operators);
  }

  /** The stored form: one line per operator. */
  public static String toLines(List<Operator> operators) {
    StringBuilder out = new StringBuilder();
    for (Operator o : operators) {
      out.append(o.name()).append('\t').append(o.role()).append('\n');
    }
    return out.toString();
  }

  /** Reads the stored form; blank lines are skipped. */
  public static List<Operator> fromLines(String text) {
    List<Operator> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        int tab = line.indexOf('\t');
        out.add(tab < 0 ? new Operator(line, "") : new Operator(line.substring(0, tab), line.substring(tab + 1)));
      }
    }
    return out;
  }
}
