package cn.suiji.draw.domain;

import java.util.List;

/**
 * The filters of a task's scope ({@code task.scope_json}, written by the plan's TaskScope, see it for the
 * format): townships, four-digit industry codes, target kinds and named targets (object keys:
 * a directed task made from a watch list). An empty list does not narrow the pool; a target is
 * in scope when it matches every non-empty list.
 */
public record PoolScope(List<String> townships, List<String> industries, List<String> kinds, List<String> targets) {
  public static final PoolScope ALL = new PoolScope(List.of(), List.of(), List.of());

  public PoolScope {
    townships = List.copyOf(townships);
    industries = List.copyOf(industries);
    kinds = List.copyOf(kinds);
    targets = List.copyOf(targets);
  }

  public PoolScope(List<String> townships, List<String> industries, List<String> kinds) {
    this(townships, industries, kinds, List.of());
  }
}
