package cn.suiji.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DRAW-SPEC §5 step 3: when even without the cap too few inspectors remain, the draw fails. */
class DrawInfeasibleTest {

  @Test
  void failsWhenEveryInspectorOfAGroupIsRecusedFromASelectedObject() {
    List<String> inspectors = Draws.keys("I", 3);
    List<Conflict> conflicts = new ArrayList<>();
    inspectors.forEach(i -> conflicts.add(new Conflict(i, "O-0000")));
    DrawInput input = new DrawInput("T", List.of(new Stratum("all", 3, Draws.keys("O", 3))),
        List.of(new InspectorGroup("G", 2, inspectors)), conflicts, Draws.nonce(1), "7");

    assertThatExceptionOfType(DrawInfeasibleException.class)
        .isThrownBy(() -> DrawEngine.draw(input))
        .satisfies(e -> {
          assertThat(e.objectKey()).isEqualTo("O-0000");
          assertThat(e.groupKey()).isEqualTo("G");
          assertThat(e.eligible()).isZero();
          assertThat(e.required()).isEqualTo(2);
          assertThat(e.key()).isEqualTo("draw.engine.infeasible");
          assertThat(e.args()).containsExactly("O-0000", "G", 0, 2);
        });
  }

  @Test
  void failsWhenAGroupHasFewerInspectorsThanItsM() {
    DrawInput input = new DrawInput("T", List.of(new Stratum("all", 1, Draws.keys("O", 4))),
        List.of(new InspectorGroup("SCJGJ", 1, Draws.keys("S", 3)),
            new InspectorGroup("WJJ", 2, Draws.keys("W", 1))),
        List.of(), Draws.nonce(2), "7");

    assertThatExceptionOfType(DrawInfeasibleException.class)
        .isThrownBy(() -> DrawEngine.draw(input))
        .satisfies(e -> {
          assertThat(e.groupKey()).isEqualTo("WJJ");
          assertThat(e.eligible()).isEqualTo(1);
          assertThat(e.required()).isEqualTo(2);
        });
  }

  @Test
  void anEmptyGroupIsOnlyAProblemOnceAnObjectIsSelected() {
    DrawInput nothingSelected = new DrawInput("T", List.of(new Stratum("all", 0,
        Draws.keys("O", 4))), List.of(new InspectorGroup("G", 2, List.of())), List.of(),
        Draws.nonce(3), "7");

    DrawOutcome outcome = DrawEngine.draw(nothingSelected);

    assertThat(outcome.selected()).isEmpty();
    assertThat(outcome.resultHash()).isEqualTo(Hashing.sha256Hex(""));
  }

  @Test
  void relaxesTheCapRatherThanFailWhenRecusalsLeaveTooFewUnderIt() {
    // K = 4, m = 3, n = 4, so cap = 3. I-0003 is recused from three objects, which must take
    // I-0000..I-0002 (9 loads); O-0003 takes at least two of them as well: 11 > 3 × cap, so
    // whatever the order, some object finds fewer than 3 inspectors under the cap.
    List<Conflict> conflicts = List.of(new Conflict("I-0003", "O-0000"),
        new Conflict("I-0003", "O-0001"), new Conflict("I-0003", "O-0002"));
    DrawInput input = new DrawInput("T", List.of(new Stratum("all", 4, Draws.keys("O", 4))),
        List.of(new InspectorGroup("G", 3, Draws.keys("I", 4))), conflicts, Draws.nonce(4), "7");

    DrawOutcome outcome = DrawEngine.draw(input);

    assertThat(outcome.assignments()).allSatisfy(a -> assertThat(a.inspectors()).hasSize(3));
    assertThat(outcome.assignments()).anyMatch(Assignment::capRelaxed);
  }
}
