package cn.suiji.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A pool hashed while it was built gives the engine the same draw as the plain list of its
 * keys; where its keys are out of order, repeated or invalid it carries no hash and the engine
 * does what it always did (sorts, or refuses the same key with the same message).
 */
class KeyPoolTest {
  @Test
  void aSortedPoolCarriesTheSpecPoolHash() {
    List<String> keys = Draws.keys("O", 1_000);
    KeyPool pool = KeyPool.of(keys);
    assertThat(pool).isEqualTo(keys);
    assertThat(keys).isEqualTo(pool);
    assertThat(pool.hash()).isEqualTo(Hashing.poolHash(keys));
    assertThat(KeyPool.empty().hash()).isEqualTo(Hashing.poolHash(List.of()));
    assertThat(new String(pool.text(), StandardCharsets.US_ASCII)).isEqualTo(String.join("\n", keys));
    assertThat(pool.textHash()).isEqualTo(pool.hash());
  }

  @Test
  void theStoredTextReadsBackIntoTheSamePoolAndHash() {
    KeyPool pool = KeyPool.of(Draws.keys("91620823MA", 257));
    KeyPool back = KeyPool.fromText(pool.text(), pool.size());
    assertThat(back).isEqualTo(pool);
    assertThat(back.hash()).isEqualTo(pool.hash());
    assertThat(KeyPool.fromText(new byte[0], 0)).isEmpty();
    assertThat(KeyPool.fromText("A\nB".getBytes(StandardCharsets.US_ASCII), 2)).containsExactly("A", "B");
  }

  @Test
  void drawsFromAHashedPoolEqualDrawsFromThePlainList() {
    Random random = new Random(4);
    for (int i = 0; i < 200; i++) {
      DrawInput plain = Draws.random(random, i);
      List<Stratum> hashed = new ArrayList<>();
      for (Stratum s : plain.strata()) {
        List<String> sorted = new ArrayList<>(s.pool());
        Collections.sort(sorted);
        // every other input hands over its keys unsorted: no hash, the engine sorts them itself
        hashed.add(new Stratum(s.key(), s.k(), KeyPool.of(i % 2 == 0 ? sorted : s.pool())));
      }
      DrawInput input = new DrawInput(plain.task(), hashed, plain.groups(), plain.conflicts(), plain.nonce(),
          plain.entropy());
      Object expected = outcome(plain);
      assertThat(outcome(input)).as("draw %d", i).isEqualTo(expected);
    }
  }

  @Test
  void outOfOrderOrRepeatedKeysGiveNoHashAndTheEngineStillRefusesARepeat() {
    assertThat(KeyPool.of(List.of("B", "A")).hash()).isNull();
    KeyPool repeated = KeyPool.of(List.of("A", "B", "B"));
    assertThat(repeated.hash()).isNull();
    Draws.assertRejected("draw.engine.objectKeyDuplicate", () -> DrawEngine.draw(new DrawInput("T", List.of(
        new Stratum("all", 1, repeated)), List.of(new InspectorGroup("G", 2, List.of("I1", "I2"))), List.of(),
        Draws.nonce(1), "1")));
  }

  @Test
  void anInvalidKeyIsRefusedByTheStratumAsBefore() {
    KeyPool pool = KeyPool.of(List.of("A", "含中文", "C"));
    assertThat(pool.valid()).isFalse();
    assertThat(pool.hash()).isNull();
    Draws.assertRejected("draw.engine.objectKeyInvalid", () -> new Stratum("all", 1, pool));
  }

  @Test
  void aStoredTextThatIsNoValidPoolGivesItsKeysWithoutAHash() {
    byte[] unsorted = "B\nA".getBytes(StandardCharsets.US_ASCII);
    KeyPool back = KeyPool.fromText(unsorted, 2);
    assertThat(back).containsExactly("B", "A");
    assertThat(back.valid()).isTrue();
    assertThat(back.hash()).isNull();
    assertThat(back.textHash()).isEqualTo(Hashing.hex(Hashing.sha256(unsorted)));
    // a repeated key is not ascending either
    assertThat(KeyPool.fromText("A\nA".getBytes(StandardCharsets.US_ASCII), 2).hash()).isNull();
    // an empty key, a space, a byte beyond ASCII: keys as strings, invalid, no hash
    for (String text : List.of("A\n\nB", "A B\nC", "A\nB\u00e9")) {
      KeyPool odd = KeyPool.fromText(text.getBytes(StandardCharsets.ISO_8859_1), 2);
      assertThat(odd.valid()).as(text).isFalse();
      assertThat(odd.hash()).as(text).isNull();
      assertThat(String.join("\n", odd)).as(text).isEqualTo(text);
    }
    // more keys than announced: all of them
    assertThat(KeyPool.fromText("A\nB\nC".getBytes(StandardCharsets.US_ASCII), 1)).containsExactly("A", "B", "C");
  }

  @Test
  void aPoolThatTurnsInvalidMidwayKeepsEveryKeyBeforeAndAfter() {
    List<String> keys = new ArrayList<>(Draws.keys("K", 300));
    keys.add(150, "中");
    KeyPool pool = KeyPool.of(keys);
    assertThat(pool).containsExactlyElementsOf(keys);
    assertThat(pool.valid()).isFalse();
    assertThat(pool.hash()).isNull();
    org.assertj.core.api.Assertions.assertThatThrownBy(pool::text).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void keysComeBackAsTheyWentInAtEveryIndex() {
    List<String> keys = Draws.keys("91330000MA", 5_000);
    KeyPool pool = KeyPool.of(keys);
    for (int i = 0; i < keys.size(); i++) {
      assertThat(pool.get(i)).isEqualTo(keys.get(i));
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> pool.get(keys.size()))
        .isInstanceOf(IndexOutOfBoundsException.class);
    // the text is a copy: changing it changes neither the pool nor its hash
    byte[] text = pool.text();
    text[0] = 'Z';
    assertThat(pool.get(0)).isEqualTo(keys.get(0));
    assertThat(KeyPool.fromText(pool.text(), pool.size()).hash()).isEqualTo(pool.hash());
  }

  @Test
  void strataHeldAsTextMayNotShareAKeyAndDisjointOnesDrawAsPlainLists() {
    List<InspectorGroup> groups = List.of(new InspectorGroup("G", 2, List.of("I1", "I2")));
    for (List<List<String>> strata : List.of(
        List.of(List.of("a", "c", "e"), List.of("b", "c2", "d"), List.of("c")), // "c" in the first and the last
        List.of(List.of("a", "b"), List.of("b", "z")), // the last key of one, the first of the other
        List.of(List.of("a", "ab"), List.of("aa", "ab", "b")))) { // a key that is a prefix of another
      List<Stratum> hashed = new ArrayList<>();
      for (int i = 0; i < strata.size(); i++) {
        hashed.add(new Stratum("S" + i, 1, KeyPool.of(strata.get(i))));
      }
      assertThat(hashed).allSatisfy(s -> assertThat(((KeyPool) s.pool()).hash()).isNotNull());
      org.assertj.core.api.Assertions.assertThatExceptionOfType(cn.suiji.shared.SuijiException.class)
          .isThrownBy(() -> DrawEngine.draw(new DrawInput("T", hashed, groups, List.of(), Draws.nonce(1), "1")))
          .satisfies(e -> {
            assertThat(e.key()).isEqualTo("draw.engine.objectKeyDuplicate");
            assertThat(e.args()).contains(strata.equals(List.of(List.of("a", "b"), List.of("b", "z"))) ? "b"
                : strata.get(0).contains("c") ? "c" : "ab");
          });
    }
    List<List<String>> disjoint = List.of(List.of("a", "ab", "c"), List.of("aa", "b"), List.of("abc", "d"));
    List<Stratum> hashed = new ArrayList<>();
    List<Stratum> plain = new ArrayList<>();
    for (int i = 0; i < disjoint.size(); i++) {
      hashed.add(new Stratum("S" + i, 1, KeyPool.of(disjoint.get(i))));
      plain.add(new Stratum("S" + i, 1, new ArrayList<>(disjoint.get(i))));
    }
    assertThat(DrawEngine.draw(new DrawInput("T", hashed, groups, List.of(), Draws.nonce(2), "1")))
        .isEqualTo(DrawEngine.draw(new DrawInput("T", plain, groups, List.of(), Draws.nonce(2), "1")));
  }

  /** The outcome, or the key of the exception the draw ended with. */
  private static Object outcome(DrawInput input) {
    try {
      return DrawEngine.draw(input);
    } catch (DrawInfeasibleException e) {
      return "infeasible " + e.objectKey() + " " + e.groupKey();
    } catch (cn.suiji.shared.SuijiException e) {
      return e.key();
    }
  }
}
