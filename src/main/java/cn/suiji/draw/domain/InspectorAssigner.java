package cn.suiji.draw.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Assigns inspectors to the selected objects (DRAW-SPEC §5) from the one stream tagged
 * {@code ins}: for each object in draw order and each group in key order, m inspectors drawn
 * from those not recused and under the group's load cap {@code ceil(K·m / n)}; when fewer than
 * m are under the cap, the cap is set aside for that object and group.
 */
final class InspectorAssigner {
  private static final String TAG = "ins";

  private final CanonicalDraw draw;
  private final RandomStream stream;
  private final List<GroupState> groups = new ArrayList<>();

  private InspectorAssigner(CanonicalDraw draw, int objects) {
    this.draw = draw;
    this.stream = new RandomStream(draw.seed, TAG);
    for (int g : draw.groupOrder) {
      InspectorGroup group = draw.input.groups().get(g);
      groups.add(new GroupState(group, draw.groupPools.get(g).keys(), objects));
    }
  }

  /** The assignments of {@code selected}, in draw order; throws when INFEASIBLE. */
  static List<Assignment> assign(CanonicalDraw draw, List<String> selected) {
    InspectorAssigner assigner = new InspectorAssigner(draw, selected.size());
    List<Assignment> assignments = new ArrayList<>(selected.size());
    for (String object : selected) {
      assignments.add(assigner.assignOne(object));
    }
    return assignments;
  }

  private Assignment assignOne(String object) {
    Set<String> recused = draw.recusedFrom(object);
    List<String> inspectors = new ArrayList<>();
    boolean capRelaxed = false;
    for (GroupState group : groups) {
      int m = group.group.m();
      int size = group.eligible(recused, true);
      if (size < m) {
        capRelaxed = true;
        size = group.eligible(recused, false);
      }
      if (size < m) {
        throw new DrawInfeasibleException(object, group.group.key(), size, m);
      }
      for (int t = 0; t < m; t++) {
        int j = t + stream.uniform(size - t);
        int picked = group.candidates[j];
        group.candidates[j] = group.candidates[t];
        group.candidates[t] = picked;
        inspectors.add(group.keys.get(picked));
        group.load[picked]++;
      }
    }
    return new Assignment(object, inspectors, capRelaxed);
  }

  /** One group's sorted pool, its cap, the inspectors' loads and a reusable list E. */
  private static final class GroupState {
    final InspectorGroup group;
    final List<String> keys;
    final long cap;
    final int[] load;
    /** E as indexes into {@code keys}; only the first {@code eligible(…)} entries count. */
    final int[] candidates;

    GroupState(InspectorGroup group, List<String> sortedKeys, int objects) {
      this.group = group;
      this.keys = sortedKeys;
      int n = sortedKeys.size();
      this.cap = n == 0 ? 0 : ((long) objects * group.m() + n - 1) / n;
      this.load = new int[n];
      this.candidates = new int[n];
    }

    /** Fills E (in sorted key order) and returns its size. */
    int eligible(Set<String> recused, boolean underCap) {
      int size = 0;
      for (int i = 0; i < keys.size(); i++) {
        if (!recused.contains(keys.get(i)) && (!underCap || load[i] < cap)) {
          candidates[size++] = i;
        }
      }
      return size;
    }
  }
}
