package cn.suiji.draw.domain;

import static cn.suiji.draw.domain.Draws.assertRejected;
import static cn.suiji.draw.domain.Draws.keys;
import static cn.suiji.draw.domain.Draws.nonce;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The spec's requirements on inputs (§1), each refused with its own message key. */
class DrawInputTest {
  private static final List<Stratum> STRATA = List.of(new Stratum("all", 2, keys("O", 5)));
  private static final List<InspectorGroup> GROUPS =
      List.of(new InspectorGroup("G", 2, keys("I", 4)));

  private static DrawInput input(String task, List<Stratum> strata, List<InspectorGroup> groups,
      byte[] nonce, String entropy) {
    return new DrawInput(task, strata, groups, List.of(), nonce, entropy);
  }

  @Test
  void acceptsAValidDrawAndAllowsKFromZeroToN() {
    DrawInput input = input("T-2026-001", List.of(new Stratum("A", 0, keys("A", 3)),
        new Stratum("B", 3, keys("B", 3))), GROUPS, nonce(1), "3 1 4");

    assertThat(input.strata()).hasSize(2);
  }

  @Test
  void refusesTaskCodesOutsidePrintableAscii() {
    assertRejected("draw.engine.taskInvalid", () -> input("T 1", STRATA, GROUPS, nonce(1), "x"));
    assertRejected("draw.engine.taskInvalid", () -> input("任务1", STRATA, GROUPS, nonce(1), "x"));
    assertRejected("draw.engine.taskInvalid", () -> input("", STRATA, GROUPS, nonce(1), "x"));
  }

  @Test
  void refusesKeysWithSpacesControlsOrNonAsciiCharacters() {
    assertRejected("draw.engine.stratumKeyInvalid", () -> new Stratum("a b", 0, List.of()));
    assertRejected("draw.engine.objectKeyInvalid", () -> new Stratum("all", 0, List.of("x\t")));
    assertRejected("draw.engine.objectKeyInvalid", () -> new Stratum("all", 0, List.of("")));
    assertRejected("draw.engine.groupKeyInvalid", () -> new InspectorGroup("局", 1, List.of()));
    assertRejected("draw.engine.inspectorKeyInvalid",
        () -> new InspectorGroup("G", 1, List.of("I\u007F")));
  }

  @Test
  void refusesKOutsideZeroToPoolSize() {
    assertRejected("draw.engine.kOutOfRange", () -> new Stratum("all", 6, keys("O", 5)));
    assertRejected("draw.engine.kOutOfRange", () -> new Stratum("all", -1, keys("O", 5)));
  }

  @Test
  void refusesNegativeMAndFewerThanTwoInspectorsPerObject() {
    assertRejected("draw.engine.mNegative", () -> new InspectorGroup("G", -1, keys("I", 3)));
    assertRejected("draw.engine.tooFewInspectorsPerObject", () -> input("T", STRATA,
        List.of(new InspectorGroup("G", 1, keys("I", 3))), nonce(1), "x"));
    assertRejected("draw.engine.tooFewInspectorsPerObject", () -> input("T", STRATA,
        List.of(new InspectorGroup("G", 1, keys("I", 3)), new InspectorGroup("H", 0, List.of())),
        nonce(1), "x"));
  }

  @Test
  void refusesANonceThatIsNot32Bytes() {
    assertRejected("draw.engine.nonceLength",
        () -> input("T", STRATA, GROUPS, new byte[31], "x"));
  }

  @Test
  void refusesEntropyThatWasNotNormalisedOrCannotBeEncoded() {
    assertRejected("draw.engine.entropyNotNormalised",
        () -> input("T", STRATA, GROUPS, nonce(1), " 3 1 4"));
    assertRejected("draw.engine.entropyNotNormalised",
        () -> input("T", STRATA, GROUPS, nonce(1), "e\u0301"));
    assertRejected("draw.engine.entropyMalformed",
        () -> input("T", STRATA, GROUPS, nonce(1), "x\uD800y"));
  }

  @Test
  void refusesADrawWithoutStrataOrGroupsOrWithRepeatedStratumOrGroupKeys() {
    assertRejected("draw.engine.noStrata", () -> input("T", List.of(), GROUPS, nonce(1), "x"));
    assertRejected("draw.engine.noGroups", () -> input("T", STRATA, List.of(), nonce(1), "x"));
    assertRejected("draw.engine.stratumKeyDuplicate", () -> input("T",
        List.of(new Stratum("A", 0, keys("A", 1)), new Stratum("A", 0, keys("B", 1))),
        GROUPS, nonce(1), "x"));
    assertRejected("draw.engine.groupKeyDuplicate", () -> input("T", STRATA,
        List.of(new InspectorGroup("G", 1, keys("I", 2)), new InspectorGroup("G", 1,
            keys("J", 2))), nonce(1), "x"));
  }

  @Test
  void drawRefusesAnObjectKeyRepeatedInAPoolOrAcrossStrata() {
    DrawInput repeatedInPool = input("T", List.of(new Stratum("all", 1, List.of("b", "a", "b"))),
        GROUPS, nonce(1), "x");
    DrawInput repeatedAcross = input("T", List.of(new Stratum("A", 1, List.of("a", "c")),
        new Stratum("B", 1, List.of("d", "b")), new Stratum("C", 1, List.of("c"))),
        GROUPS, nonce(1), "x");

    assertRejected("draw.engine.objectKeyDuplicate", () -> DrawEngine.draw(repeatedInPool));
    assertRejected("draw.engine.objectKeyDuplicate", () -> DrawEngine.draw(repeatedAcross));
  }

  @Test
  void drawRefusesAnInspectorInTwoGroups() {
    DrawInput input = input("T", STRATA, List.of(new InspectorGroup("G", 1, List.of("x", "y")),
        new InspectorGroup("H", 1, List.of("z", "x"))), nonce(1), "x");

    assertRejected("draw.engine.inspectorKeyDuplicate", () -> DrawEngine.draw(input));
  }

  @Test
  void keepsItsOwnCopyOfTheNonce() {
    byte[] nonce = nonce(7);
    DrawInput input = input("T", STRATA, GROUPS, nonce, "x");
    nonce[0] ^= 1;
    input.nonce()[1] ^= 1;

    assertThat(input.nonce()).isEqualTo(nonce(7));
    assertThat(input).isEqualTo(input("T", STRATA, GROUPS, nonce(7), "x"));
  }
}
