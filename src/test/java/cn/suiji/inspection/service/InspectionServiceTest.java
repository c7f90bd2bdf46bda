package cn.suiji.inspection.service;

import static cn.suiji.shared.db.generated.Tables.AUDIT_LOG;
import static cn.suiji.shared.db.generated.Tables.INSPECTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.demo.service.DemoCounties;
import cn.suiji.draw.data.DrawRepository;
import cn.suiji.draw.data.PoolRepository;
import cn.suiji.draw.service.DrawCheck;
import cn.suiji.draw.service.DrawService;
import cn.suiji.inspection.data.InspectionRepository;
import cn.suiji.inspection.domain.InspectionStatus;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEntry;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.audit.data.AuditRepository;
import cn.suiji.shared.db.Database;
import cn.suiji.shared.l10n.Messages;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lifecycle on the demo county's confirmed draw: moves, refusals, the audit entry, the draw still verifying. */
class InspectionServiceTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
  private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

  private final Database db = Database.inMemory("inspection-" + UUID.randomUUID());
  private final DSLContext dsl = db.dsl();
  private final Auditor auditor = new Auditor(new AuditRepository(), CLOCK, () -> "张办事员");
  private final InspectionService service = new InspectionService(dsl, new InspectionRepository(), auditor);
  private DrawService draws;
  private int nonce;
  private long first;

  @BeforeEach
  void confirmADraw() {
    DemoCounties.service(db, auditor, CLOCK).create(false, Progress.NONE);
    draws = new DrawService(dsl, new DrawRepository(), new PoolRepository(), auditor, CLOCK,
        () -> ByteBuffer.allocate(32).putInt(++nonce).array(), () -> "张办事员", service);
    long drawId = draws.run("2026-WJJ-01", "2026年3月2日福彩3D 815", List.of("王监督", "李监督"), "张办事员").drawId();
    first = dsl.select(INSPECTION.ID).from(INSPECTION).where(INSPECTION.DRAW_ID.eq(drawId))
        .and(INSPECTION.DRAW_ORDER.eq(1)).fetchSingle().value1();
  }

  @AfterEach
  void close() {
    db.close();
  }

  private String status(long id) {
    return dsl.select(INSPECTION.STATUS).from(INSPECTION).where(INSPECTION.ID.eq(id)).fetchSingle().value1();
  }

  @Test
  void aConfirmedDrawLeavesItsInspectionsAwaitingTheirNotice() {
    assertThat(status(first)).isEqualTo("AWAITING_NOTICE");
  }

  @Test
  void anInspectionGoesToTheDoorAndIsPublishedEachMoveAudited() {
    service.move(first, InspectionStatus.NOTIFIED, DAY, null);
    service.move(first, InspectionStatus.INSPECTED, DAY.plusDays(3), null);
    service.move(first, InspectionStatus.PUBLISHED, DAY.plusDays(10), null);

    assertThat(status(first)).isEqualTo("PUBLISHED");
    assertThat(dsl.select(INSPECTION.INSPECTED_ON).from(INSPECTION).where(INSPECTION.ID.eq(first)).fetchSingle().value1())
        .isEqualTo(DAY.plusDays(3));
    List<AuditEntry> entries = auditor.entriesFor(dsl, "inspection", Long.toString(first));
    assertThat(entries).hasSize(3).allSatisfy(e -> {
      assertThat(e.action()).isEqualTo("INSPECTION_MOVE");
      assertThat(e.user()).isEqualTo("张办事员");
    });
    assertThat(entries.get(1).detail()).contains("NOTIFIED→INSPECTED", "date=2026-03-13");
  }

  @Test
  void aTargetGoneSinceTheDrawIsClosedWithItsReason() {
    service.move(first, InspectionStatus.NOTIFIED, DAY, null);
    service.move(first, InspectionStatus.CLOSED_WITHOUT_VISIT, DAY.plusDays(1), " 已注销 ");

    assertThat(status(first)).isEqualTo("CLOSED_WITHOUT_VISIT");
    assertThat(dsl.select(INSPECTION.CLOSED_REASON).from(INSPECTION).where(INSPECTION.ID.eq(first)).fetchSingle()
        .value1()).isEqualTo("已注销");
    assertThat(auditor.entriesFor(dsl, "inspection", Long.toString(first)).get(1).detail()).contains("reason=已注销");
  }

  @Test
  void illegalMovesAreRefusedAndChangeNothing() {
    long entries = dsl.fetchCount(AUDIT_LOG);
    assertThatThrownBy(() -> service.move(first, InspectionStatus.INSPECTED, DAY, null))
        .isInstanceOfSatisfying(SuijiException.class, e -> {
          assertThat(e.key()).isEqualTo("inspection.service.illegalMove");
          assertThat(e.args()).containsExactly(first, Messages.current().label(InspectionStatus.AWAITING_NOTICE),
              Messages.current().label(InspectionStatus.INSPECTED));
        });
    service.move(first, InspectionStatus.NOTIFIED, DAY, null);
    service.move(first, InspectionStatus.INSPECTED, DAY, null);
    assertThatThrownBy(() -> service.move(first, InspectionStatus.CLOSED_WITHOUT_VISIT, DAY, "迁出"))
        .isInstanceOfSatisfying(SuijiException.class,
            e -> assertThat(e.key()).isEqualTo("inspection.service.illegalMove"));
    assertThat(status(first)).isEqualTo("INSPECTED");
    assertThat(dsl.fetchCount(AUDIT_LOG)).isEqualTo(entries + 2);
  }

  @Test
  void closingWithoutAReasonOrAnUnknownInspectionIsRefused() {
    assertThatThrownBy(() -> service.move(first, InspectionStatus.CLOSED_WITHOUT_VISIT, DAY, "  "))
        .isInstanceOfSatisfying(SuijiException.class,
            e -> assertThat(e.key()).isEqualTo("inspection.service.reasonRequired"));
    assertThatThrownBy(() -> service.move(-1, InspectionStatus.NOTIFIED, DAY, null))
        .isInstanceOfSatisfying(SuijiException.class,
            e -> assertThat(e.key()).isEqualTo("inspection.service.noSuchInspection"));
    assertThat(status(first)).isEqualTo("AWAITING_NOTICE");
  }

  @Test
  void theDrawStillVerifiesAfterAuditedMoves() {
    service.move(first, InspectionStatus.NOTIFIED, DAY, null);
    service.move(first, InspectionStatus.CLOSED_WITHOUT_VISIT, DAY, "迁出");

    assertThat(draws.verifyAll()).allSatisfy((DrawCheck c) -> assertThat(c.findings()).isEmpty());
  }
}
