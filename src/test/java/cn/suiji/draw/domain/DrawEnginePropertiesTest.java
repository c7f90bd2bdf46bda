package cn.suiji.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Properties every draw has, over 600 random inputs from a seeded generator: a failure is
 * reproducible. Inputs that are INFEASIBLE are kept aside and checked to be truly so.
 */
class DrawEnginePropertiesTest {
  private static final int DRAWS = 600;
  private static final List<DrawInput> inputs = new ArrayList<>();
  private static final List<DrawOutcome> outcomes = new ArrayList<>();
  private static final List<DrawInput> infeasible = new ArrayList<>();
  private static final List<DrawInfeasibleException> failures = new ArrayList<>();

  @BeforeAll
  static void drawMany() {
    Random random = new Random(20260301L);
    for (int i = 0; i < DRAWS; i++) {
      DrawInput input = Draws.random(random, i);
      try {
        outcomes.add(DrawEngine.draw(input));
        inputs.add(input);
      } catch (DrawInfeasibleException e) {
        infeasible.add(input);
        failures.add(e);
      }
    }
  }

  @Test
  void theRandomDrawsCoverSuccessCapRelaxationAndInfeasibility() {
    assertThat(outcomes).hasSizeGreaterThan(DRAWS / 2);
    assertThat(outcomes).anyMatch(o -> o.assignments().stream().anyMatch(Assignment::capRelaxed));
    assertThat(outcomes).anyMatch(o -> o.keptConflicts().size() > 5);
    assertThat(infeasible).isNotEmpty();
  }

  @Test
  void eachStratumGivesExactlyKDistinctKeysOfItsOwnPoolInStratumOrder() {
    for (int d = 0; d < inputs.size(); d++) {
      List<String> selected = outcomes.get(d).selected();
      int from = 0;
      for (Stratum stratum : inputs.get(d).strata()) {
        List<String> part = selected.subList(from, from + stratum.k());
        assertThat(stratum.pool()).containsAll(part);
        from += stratum.k();
      }
      assertThat(selected).hasSize(from).doesNotHaveDuplicates();
    }
  }

  @Test
  void recusedPairsAreNeverAssigned() {
    for (int d = 0; d < inputs.size(); d++) {
      Set<Conflict> conflicts = new HashSet<>(inputs.get(d).conflicts());
      for (Assignment assignment : outcomes.get(d).assignments()) {
        for (String inspector : assignment.inspectors()) {
          assertThat(conflicts).doesNotContain(new Conflict(inspector, assignment.object()));
        }
      }
    }
  }

  @Test
  void everyObjectGetsSumOfMDistinctInspectorsGroupByGroupInKeyOrder() {
    for (int d = 0; d < inputs.size(); d++) {
      List<InspectorGroup> groups = new ArrayList<>(inputs.get(d).groups());
      groups.sort((a, b) -> a.key().compareTo(b.key()));
      List<Assignment> assignments = outcomes.get(d).assignments();
      assertThat(assignments).extracting(Assignment::object)
          .containsExactlyElementsOf(outcomes.get(d).selected());
      for (Assignment assignment : assignments) {
        assertThat(assignment.inspectors()).doesNotHaveDuplicates();
        int from = 0;
        for (InspectorGroup group : groups) {
          assertThat(group.pool())
              .containsAll(assignment.inspectors().subList(from, from + group.m()));
          from += group.m();
        }
        assertThat(assignment.inspectors()).hasSize(from);
      }
    }
  }

  @Test
  void loadsStayWithinTheCapExceptOnObjectsMarkedCapRelaxed() {
    for (int d = 0; d < inputs.size(); d++) {
      List<Assignment> assignments = outcomes.get(d).assignments();
      Map<String, Long> capOf = new HashMap<>();
      for (InspectorGroup group : inputs.get(d).groups()) {
        long n = group.pool().size();
        for (String inspector : group.pool()) {
          capOf.put(inspector, (assignments.size() * (long) group.m() + n - 1) / n);
        }
      }
      Map<String, Long> load = new HashMap<>();
      for (Assignment assignment : assignments) {
        for (String inspector : assignment.inspectors()) {
          long now = load.merge(inspector, 1L, Long::sum);
          if (!assignment.capRelaxed()) {
            assertThat(now).isLessThanOrEqualTo(capOf.get(inspector));
          }
        }
      }
    }
  }

  @Test
  void theSameInputsGiveTheSameOutcomeWhateverTheOrderOfPoolsAndConflicts() {
    Random random = new Random(7);
    for (int d = 0; d < inputs.size(); d++) {
      DrawInput input = inputs.get(d);
      List<Stratum> strata = new ArrayList<>();
      for (Stratum s : input.strata()) {
        strata.add(new Stratum(s.key(), s.k(), shuffled(s.pool(), random)));
      }
      List<InspectorGroup> groups = new ArrayList<>();
      for (InspectorGroup g : input.groups()) {
        groups.add(new InspectorGroup(g.key(), g.m(), shuffled(g.pool(), random)));
      }
      List<Conflict> conflicts = new ArrayList<>(input.conflicts());
      conflicts.addAll(input.conflicts());
      DrawInput reordered = new DrawInput(input.task(), strata, shuffled(groups, random),
          shuffled(conflicts, random), input.nonce(), input.entropy());

      DrawOutcome again = DrawEngine.draw(input);
      DrawOutcome fromReordered = DrawEngine.draw(reordered);

      assertThat(again).isEqualTo(outcomes.get(d));
      assertThat(fromReordered.header()).isEqualTo(again.header());
      assertThat(fromReordered.selected()).isEqualTo(again.selected());
      assertThat(fromReordered.assignments()).isEqualTo(again.assignments());
    }
  }

  @Test
  void keptConflictsAreThoseWithinTheDrawEachOnceAndSorted() {
    for (int d = 0; d < inputs.size(); d++) {
      List<Conflict> kept = outcomes.get(d).keptConflicts();
      assertThat(kept).doesNotHaveDuplicates()
          .noneMatch(c -> c.inspectorKey().equals("not-in-any-group"))
          .isSortedAccordingTo((a, b) -> a.canonicalLine().compareTo(b.canonicalLine()));
      assertThat(new HashSet<>(inputs.get(d).conflicts()))
          .containsAll(kept);
    }
  }

  @Test
  void anInfeasibleDrawNamesAnObjectThatTrulyLacksEligibleInspectors() {
    for (int d = 0; d < infeasible.size(); d++) {
      DrawInput input = infeasible.get(d);
      DrawInfeasibleException e = failures.get(d);
      InspectorGroup group = input.groups().stream()
          .filter(g -> g.key().equals(e.groupKey())).findFirst().orElseThrow();
      long eligible = group.pool().stream()
          .filter(i -> !input.conflicts().contains(new Conflict(i, e.objectKey()))).count();

      assertThat(e.eligible()).isEqualTo(eligible).isLessThan(group.m());
      assertThat(e.required()).isEqualTo(group.m());
    }
  }

  private static <T> List<T> shuffled(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }
}
