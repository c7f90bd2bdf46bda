package cn.suiji.inspection.service;

import static cn.suiji.shared.db.generated.Tables.INSPECTION;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.INSPECTOR;

import cn.suiji.demo.service.DemoCounties;
import cn.suiji.draw.data.DrawRepository;
import cn.suiji.draw.data.PoolRepository;
import cn.suiji.draw.service.DrawService;
import cn.suiji.inspection.data.FollowUpRepository;
import cn.suiji.inspection.data.InspectionRepository;
import cn.suiji.inspection.data.ResultCodeRepository;
import cn.suiji.inspection.data.ResultRepository;
import cn.suiji.inspection.domain.FollowUpDraft;
import cn.suiji.inspection.domain.Finding;
import cn.suiji.inspection.domain.InspectionStatus;
import cn.suiji.inspection.domain.PresentInspector;
import cn.suiji.inspection.domain.ResultDraft;
import cn.suiji.inspection.domain.VerificationMethod;
import cn.suiji.shared.Progress;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.audit.data.AuditRepository;
import cn.suiji.shared.db.Database;
import cn.suiji.shared.time.CalendarService;
import cn.suiji.shared.time.data.CalendarRepository;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The demo county in memory with the shipped calendar and two confirmed draws made on 2026-03-02:
 * 2026-WJJ-01 (卫生健康局, window 03-16 … 05-29) and 2026-SCJGJ-04 (市场监督管理局, 08-03 … 10-30);
 * the result services run on {@link #TODAY}.
 */
public final class ResultFixture implements AutoCloseable {
  public static final Clock DRAW_CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

  public final Database db = Database.inMemory("results-" + UUID.randomUUID());
  public final DSLContext dsl = db.dsl();
  public final Auditor auditor = new Auditor(new AuditRepository(), CLOCK, () -> "张办事员");
  public final InspectionService inspections = new InspectionService(dsl, new InspectionRepository(), auditor);
  public final CalendarService calendar = new CalendarService(dsl, new CalendarRepository(), auditor);
  public final ResultCodeService codes = new ResultCodeService(dsl, new ResultCodeRepository(), auditor);
  public final FollowUpService followUps = new FollowUpService(dsl, new FollowUpRepository(), calendar, auditor, CLOCK);
  public final ResultService results = new ResultService(dsl, new ResultRepository(), codes, followUps, inspections,
      auditor, CLOCK, () -> "张办事员");
  public final long wjjDraw;
  public final long scjgjDraw;
  private int nonce;

  public ResultFixture() {
    DemoCounties.service(db, auditor, DRAW_CLOCK).create(false, Progress.NONE);
    calendar.seedIfNew();
    DrawService draws = new DrawService(dsl, new DrawRepository(), new PoolRepository(), auditor, DRAW_CLOCK,
        () -> ByteBuffer.allocate(32).putInt(++nonce).array(), () -> "张办事员", inspections);
    wjjDraw = draws.run("2026-WJJ-01", "2026年3月2日福彩3D 815", List.of("王监督", "李监督"), "张办事员").drawId();
    scjgjDraw = draws.run("2026-SCJGJ-04", "2026年3月2日福彩3D 816", List.of("王监督", "李监督"), "张办事员").drawId();
  }

  /** The inspection at {@code order} (from 1) of the draw. */
  public long inspection(long drawId, int order) {
    return dsl.select(INSPECTION.ID).from(INSPECTION).where(INSPECTION.DRAW_ID.eq(drawId))
        .and(INSPECTION.DRAW_ORDER.eq(order)).fetchSingle().value1();
  }

  /** The inspection at {@code order}, its notice delivered. */
  public long notified(long drawId, int order) {
    long id = inspection(drawId, order);
    inspections.move(id, InspectionStatus.NOTIFIED, LocalDate.of(2026, 3, 20), null);
    return id;
  }

  public String status(long inspectionId) {
    return dsl.select(INSPECTION.STATUS).from(INSPECTION).where(INSPECTION.ID.eq(inspectionId)).fetchSingle().value1();
  }

  /** The drawn inspectors, pick order. */
  public List<Long> assigned(long inspectionId) {
    return dsl.select(INSPECTION_INSPECTOR.INSPECTOR_ID).from(INSPECTION_INSPECTOR)
        .where(INSPECTION_INSPECTOR.INSPECTION_ID.eq(inspectionId)).orderBy(INSPECTION_INSPECTOR.PICK_ORDER)
        .fetch(INSPECTION_INSPECTOR.INSPECTOR_ID);
  }

  /** An inspector the draw did not assign to the inspection. */
  public long otherInspector(long inspectionId) {
    return dsl.select(INSPECTOR.ID).from(INSPECTOR).where(INSPECTOR.ID.notIn(assigned(inspectionId)))
        .orderBy(INSPECTOR.ID).limit(1).fetchSingle().value1();
  }

  /** A result by the drawn inspectors, on-site, with {@code codes} and {@code followUps}. */
  public ResultDraft draft(long inspectionId, LocalDate formed, List<String> codes, List<FollowUpDraft> followUps) {
    List<PresentInspector> present = assigned(inspectionId).stream().map(PresentInspector::drawn).toList();
    return new ResultDraft(inspectionId, formed, present, List.of(new Finding(null, true, "", "")),
        Set.of(VerificationMethod.ON_SITE), codes, followUps, null, null);
  }

  @Override
  public void close() {
    db.close();
  }
}
