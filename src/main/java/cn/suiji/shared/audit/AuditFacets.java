package cn.suiji.shared.audit;

import java.util.List;

/** The actions, operators and kinds of object the audit log holds, for the log's filters. */
public record AuditFacets(List<String> actions, List<String> users, List<String> entities) {
  public AuditFacets {
    actions = List.copyOf(actions);
    users = List.copyOf(users);
    entities = List.copyOf(entities);
  }
}
