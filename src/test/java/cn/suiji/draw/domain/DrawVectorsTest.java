package cn.suiji.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import cn.suiji.draw.domain.DrawVectors.Vector;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every vector of shared/draw-vectors.json, byte for byte (DRAW-SPEC §8). */
class DrawVectorsTest {

  @Test
  void vectorsAreForTheSpecThisEngineImplements() {
    assertThat(DrawVectors.specId()).isEqualTo(DrawEngine.SPEC);
    assertThat(DrawVectors.all()).hasSizeGreaterThanOrEqualTo(3);
  }

  @TestFactory
  Stream<DynamicNode> everyVectorIsReproducedByteForByte() {
    return DrawVectors.all().stream().map(v -> dynamicContainer(v.name(), checks(v)));
  }

  private static List<DynamicNode> checks(Vector v) {
    DrawOutcome outcome = DrawEngine.draw(v.input());
    return List.of(
        dynamicTest("entropy typed normalises to the recorded entropy",
            () -> assertThat(Entropy.normalise(v.entropyInput())).isEqualTo(v.input().entropy())),
        dynamicTest("commitment is the SHA-256 of the nonce",
            () -> assertThat(outcome.commitment()).isEqualTo(v.commitment())),
        dynamicTest("header",
            () -> assertThat(outcome.header()).isEqualTo(v.header())),
        dynamicTest("seed",
            () -> assertThat(outcome.seed()).isEqualTo(v.seed())),
        dynamicTest("selection in draw order",
            () -> assertThat(outcome.selected()).containsExactlyElementsOf(v.selected())),
        dynamicTest("assignments with capRelaxed",
            () -> assertThat(outcome.assignments()).containsExactlyElementsOf(v.assignments())),
        dynamicTest("resultHash",
            () -> assertThat(outcome.resultHash()).isEqualTo(v.resultHash())),
        dynamicTest("verification code",
            () -> assertThat(outcome.verificationCode()).isEqualTo(v.code())));
  }
}
