package cn.suiji.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.draw.domain.DrawVectors.Vector;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Any change to a record is caught and named, in the order the spec's checks run. */
class DrawVerifierTest {
  private static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-02T09:30:00+08:00");

  private static DrawRecord relaxed() {
    return DrawVectors.record(DrawVectors.named("relaxed"));
  }

  @Test
  void everyVectorBuiltAsARecordVerifies() {
    for (Vector v : DrawVectors.all()) {
      assertThat(DrawVerifier.verify(DrawVectors.record(v))).as(v.name())
          .isEqualTo(new Verification.Match());
    }
  }

  @Test
  void aRecordOfADrawJustMadeVerifiesAndStillDoesOnceVoided() {
    DrawInput input = Draws.simple(40, 6, 5, 2, 11);
    DrawRecord record = DrawRecord.confirmed(input, DrawEngine.draw(input), AT, "张三",
        List.of("李四"));

    assertThat(DrawVerifier.verify(record).matches()).isTrue();
    assertThat(DrawVerifier.verify(record.voided("录入错误")).matches()).isTrue();
  }

  @Test
  void namesAChangedSelection() {
    DrawRecord record = relaxed();
    List<String> selected = new ArrayList<>(record.selected());
    selected.set(3, selected.get(4));
    selected.set(4, record.selected().get(3));

    assertMismatch(copy(record, record.entropy(), record.nonce(), record.commitment(),
        record.strata(), selected, record.assignments(), record.resultHash()), "selected[3]",
        record.selected().get(4), record.selected().get(3));
  }

  @Test
  void namesAMissingSelectedObject() {
    DrawRecord record = relaxed();
    List<String> selected = record.selected().subList(0, 5);

    assertMismatch(copy(record, record.entropy(), record.nonce(), record.commitment(),
        record.strata(), selected, record.assignments(), record.resultHash()),
        "selected[5]", DrawVerifier.ABSENT, record.selected().get(5));
  }

  @Test
  void aChangedEntropyChangesTheSeed() {
    DrawRecord record = relaxed();

    assertMismatch(copy(record, "1", record.nonce(), record.commitment(), record.strata(),
        record.selected(), record.assignments(), record.resultHash()), "seed", record.seed(),
        null);
  }

  @Test
  void aChangedNonceBreaksTheCommitmentAndWithANewCommitmentTheSeed() {
    DrawRecord record = relaxed();
    String otherNonce = Hashing.hex(Draws.nonce(99));
    String otherCommitment = Hashing.hex(Hashing.sha256(Draws.nonce(99)));

    assertMismatch(copy(record, record.entropy(), otherNonce, record.commitment(),
        record.strata(), record.selected(), record.assignments(), record.resultHash()),
        "commitment", record.commitment(), otherCommitment);
    assertMismatch(copy(record, record.entropy(), otherNonce, otherCommitment, record.strata(),
        record.selected(), record.assignments(), record.resultHash()), "seed",
        record.seed(), null);
  }

  @Test
  void aChangedCommitmentIsNamed() {
    DrawRecord record = relaxed();
    String forged = Hashing.hex(Hashing.sha256(Draws.nonce(1)));

    assertMismatch(copy(record, record.entropy(), record.nonce(), forged, record.strata(),
        record.selected(), record.assignments(), record.resultHash()), "commitment", forged,
        record.commitment());
  }

  @Test
  void aChangedPoolKeyChangesTheSeed() {
    DrawRecord record = relaxed();
    Stratum stratum = record.strata().get(0);
    List<String> pool = new ArrayList<>(stratum.pool());
    pool.set(2, "92620823YHFEUG81RY");
    List<Stratum> strata = List.of(new Stratum(stratum.key(), stratum.k(), pool));

    assertMismatch(copy(record, record.entropy(), record.nonce(), record.commitment(), strata,
        record.selected(), record.assignments(), record.resultHash()), "seed", record.seed(),
        null);
  }

  @Test
  void namesAChangedAssignmentAndAChangedCapRelaxedFlag() {
    DrawRecord record = relaxed();
    List<Assignment> swapped = new ArrayList<>(record.assignments());
    Assignment second = swapped.get(2);
    swapped.set(2, new Assignment(second.object(), List.of("SCJGJ-002", "SCJGJ-001"), false));
    List<Assignment> flipped = new ArrayList<>(record.assignments());
    Assignment last = flipped.get(5);
    flipped.set(5, new Assignment(last.object(), last.inspectors(), false));

    assertMismatch(copy(record, record.entropy(), record.nonce(), record.commitment(),
        record.strata(), record.selected(), swapped, record.resultHash()),
        "assignments[2].inspectors", "SCJGJ-002,SCJGJ-001", "SCJGJ-000,SCJGJ-001");
    assertMismatch(copy(record, record.entropy(), record.nonce(), record.commitment(),
        record.strata(), record.selected(), flipped, record.resultHash()),
        "assignments[5].capRelaxed", "false", "true");
  }

  @Test
  void namesAChangedResultHash() {
    DrawRecord record = relaxed();
    String forged = "0" + record.resultHash().substring(1);

    assertMismatch(copy(record, record.entropy(), record.nonce(), record.commitment(),
        record.strata(), record.selected(), record.assignments(), forged), "resultHash", forged,
        record.resultHash());
  }

  @Test
  void namesAnotherSpecIdAndANonceThatIsNotHexFirst() {
    DrawRecord record = relaxed();
    DrawRecord v2 = new DrawRecord("suiji-draw-v2", record.task(), AT, "张三", List.of(),
        record.strata(), record.groups(), record.conflicts(), record.commitment(),
        record.nonce(), record.entropy(), record.seed(), record.selected(),
        record.assignments(), record.resultHash(), DrawStatus.CONFIRMED, null);

    assertMismatch(v2, "spec", "suiji-draw-v2", DrawEngine.SPEC);
    assertMismatch(copy(record, record.entropy(), record.nonce().toUpperCase(),
        record.commitment(), record.strata(), record.selected(), record.assignments(),
        record.resultHash()), "nonce", record.nonce().toUpperCase(), null);
  }

  @Test
  void aRecordedEntropyThatIsNotNormalisedIsNamed() {
    DrawRecord record = relaxed();

    Verification result = DrawVerifier.verify(copy(record, " 0", record.nonce(),
        record.commitment(), record.strata(), record.selected(), record.assignments(),
        record.resultHash()));

    assertThat(result).isInstanceOfSatisfying(Verification.Mismatch.class,
        m -> assertThat(m.member()).isEqualTo("entropy"));
  }

  @Test
  void aRecordWhoseRecomputationIsInfeasibleFails() {
    // Inputs whose draw cannot be made, with every other member consistent with them.
    DrawInput input = new DrawInput("T", List.of(new Stratum("all", 2, Draws.keys("O", 2))),
        List.of(new InspectorGroup("G", 2, Draws.keys("I", 2))),
        List.of(new Conflict("I-0000", "O-0001")), Draws.nonce(5), "8");
    CanonicalDraw draw = new CanonicalDraw(input);
    List<String> selected = DrawEngine.select(draw);
    List<Assignment> claimed = List.of(new Assignment(selected.get(0), Draws.keys("I", 2), false),
        new Assignment(selected.get(1), Draws.keys("I", 2), false));
    DrawRecord record = new DrawRecord(DrawEngine.SPEC, "T", AT, "张三", List.of(),
        input.strata(), input.groups(), input.conflicts(), draw.commitment,
        Hashing.hex(input.nonce()), "8", Hashing.hex(draw.seed), selected, claimed,
        DrawEngine.resultHash(claimed), DrawStatus.CONFIRMED, null);
    int index = selected.indexOf("O-0001");

    Verification result = DrawVerifier.verify(record);

    assertThat(result).isInstanceOfSatisfying(Verification.Mismatch.class, m -> {
      assertThat(m.member()).isEqualTo("assignments[" + index + "]");
      assertThat(m.recomputed()).startsWith("INFEASIBLE").contains("group G", "m = 2");
    });
  }

  /** Asserts the first difference; {@code recomputed} null means "any other value". */
  private static void assertMismatch(DrawRecord record, String member, String recorded,
      String recomputed) {
    Verification result = DrawVerifier.verify(record);

    assertThat(result).isInstanceOfSatisfying(Verification.Mismatch.class, m -> {
      assertThat(m.member()).isEqualTo(member);
      assertThat(m.recorded()).isEqualTo(recorded);
      if (recomputed != null) {
        assertThat(m.recomputed()).isEqualTo(recomputed);
      } else {
        assertThat(m.recomputed()).isNotEqualTo(recorded);
      }
    });
    assertThat(result.matches()).isFalse();
  }

  private static DrawRecord copy(DrawRecord r, String entropy, String nonce, String commitment,
      List<Stratum> strata, List<String> selected, List<Assignment> assignments,
      String resultHash) {
    return new DrawRecord(r.spec(), r.task(), r.createdAt(), r.operator(), r.witnesses(), strata,
        r.groups(), r.conflicts(), commitment, nonce, entropy, r.seed(), selected, assignments,
        resultHash, r.status(), r.voidReason());
  }
}
