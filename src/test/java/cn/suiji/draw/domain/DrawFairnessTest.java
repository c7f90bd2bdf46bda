package cn.suiji.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Chi-square goodness of fit against the uniform distribution over 20,000 full draws, each
 * with its own fixed nonce (nonce i = SHA-256 of a counter), so the result never changes from
 * run to run. Each draw takes k = 5 of 50 objects and assigns m = 2 of 12 inspectors to each.
 * A fair engine fails a bound at p = 0.001 with probability 0.1 %; since the nonces are fixed,
 * a pass is a pass for good.
 */
class DrawFairnessTest {
  private static final int DRAWS = 20_000;
  private static final int OBJECTS = 50;
  private static final int K = 5;
  private static final int INSPECTORS = 12;
  private static final int M = 2;

  private static final Map<String, Integer> selections = new HashMap<>();
  private static final Map<String, Integer> firstPlaces = new HashMap<>();
  private static final Map<String, Integer> assignments = new HashMap<>();

  @BeforeAll
  static void drawMany() {
    for (int i = 0; i < DRAWS; i++) {
      DrawOutcome outcome = DrawEngine.draw(Draws.simple(OBJECTS, K, INSPECTORS, M, i));
      outcome.selected().forEach(o -> selections.merge(o, 1, Integer::sum));
      firstPlaces.merge(outcome.selected().get(0), 1, Integer::sum);
      for (Assignment assignment : outcome.assignments()) {
        assignment.inspectors().forEach(in -> assignments.merge(in, 1, Integer::sum));
      }
    }
  }

  @Test
  void everyObjectIsSelectedEquallyOften() {
    // 50 cells, so 49 degrees of freedom; the chi-square critical value at p = 0.001 is 85.35.
    double expected = (double) DRAWS * K / OBJECTS;

    assertThat(chiSquare(selections, Draws.keys("O", OBJECTS), expected)).isLessThan(85.35);
  }

  @Test
  void everyObjectIsEquallyLikelyToBeInspectedFirst() {
    // The order is the inspection order: 49 degrees of freedom, critical value 85.35.
    double expected = (double) DRAWS / OBJECTS;

    assertThat(chiSquare(firstPlaces, Draws.keys("O", OBJECTS), expected)).isLessThan(85.35);
  }

  @Test
  void everyInspectorIsAssignedEquallyOften() {
    // 12 cells, so 11 degrees of freedom; the chi-square critical value at p = 0.001 is 31.26.
    double expected = (double) DRAWS * K * M / INSPECTORS;

    assertThat(chiSquare(assignments, Draws.keys("I", INSPECTORS), expected)).isLessThan(31.26);
  }

  private static double chiSquare(Map<String, Integer> counts, List<String> cells,
      double expected) {
    assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(cells);
    double sum = 0;
    for (String cell : cells) {
      double difference = counts.get(cell) - expected;
      sum += difference * difference / expected;
    }
    return sum;
  }
}
