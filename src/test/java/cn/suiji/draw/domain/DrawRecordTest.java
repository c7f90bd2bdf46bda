package cn.suiji.draw.domain;

import static cn.suiji.draw.domain.Draws.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrawRecordTest {
  private static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-02T09:30:00+08:00");

  @Test
  void aConfirmedRecordHoldsTheInputsTheKeptConflictsAndTheOutcome() {
    DrawInput input = new DrawInput("T-9", List.of(new Stratum("all", 3, Draws.keys("O", 9))),
        List.of(new InspectorGroup("G", 2, Draws.keys("I", 4))),
        List.of(new Conflict("I-0001", "O-0002"), new Conflict("I-0001", "O-0002"),
            new Conflict("nobody", "O-0002")), Draws.nonce(4), "42");
    DrawOutcome outcome = DrawEngine.draw(input);

    DrawRecord record = DrawRecord.confirmed(input, outcome, AT, "张三", List.of("李四", "王五"));

    assertThat(record.spec()).isEqualTo("suiji-draw-v1");
    assertThat(record.conflicts()).containsExactly(new Conflict("I-0001", "O-0002"));
    assertThat(record.nonce()).isEqualTo(Hashing.hex(Draws.nonce(4)));
    assertThat(record.commitment()).isEqualTo(outcome.commitment());
    assertThat(record.selected()).isEqualTo(outcome.selected());
    assertThat(record.assignments()).isEqualTo(outcome.assignments());
    assertThat(record.status()).isEqualTo(DrawStatus.CONFIRMED);
    assertThat(record.voidReason()).isNull();
  }

  @Test
  void voidingKeepsEveryMemberAndAddsTheReason() {
    DrawInput input = Draws.simple(10, 2, 3, 2, 1);
    DrawRecord record = DrawRecord.confirmed(input, DrawEngine.draw(input), AT, "张三",
        List.of());

    DrawRecord voided = record.voided("监督人未到场");

    assertThat(voided.status()).isEqualTo(DrawStatus.VOIDED);
    assertThat(voided.voidReason()).isEqualTo("监督人未到场");
    assertThat(voided.selected()).isEqualTo(record.selected());
  }

  @Test
  void aVoidReasonIsRequiredExactlyWhenVoided() {
    DrawInput input = Draws.simple(10, 2, 3, 2, 1);
    DrawRecord record = DrawRecord.confirmed(input, DrawEngine.draw(input), AT, "张三",
        List.of());

    assertRejected("draw.engine.voidReasonRequired", () -> record.voided(" "));
    assertRejected("draw.engine.voidReasonWithoutVoid", () -> new DrawRecord(record.spec(),
        record.task(), AT, "张三", List.of(), record.strata(), record.groups(),
        record.conflicts(), record.commitment(), record.nonce(), record.entropy(),
        record.seed(), record.selected(), record.assignments(), record.resultHash(),
        DrawStatus.CONFIRMED, "理由"));
  }
}
