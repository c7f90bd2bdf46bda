package cn.suiji.draw.service;

import cn.suiji.demo.service.DemoCounties;
import cn.suiji.draw.data.DrawRepository;
import cn.suiji.draw.data.PoolRepository;
import cn.suiji.inspection.service.InspectionService;
import cn.suiji.shared.Progress;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.audit.data.AuditRepository;
import cn.suiji.shared.db.Database;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** A fresh in-memory database with the demo county and a draw service with counted nonces. */
final class DemoDraws implements AutoCloseable {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:30:00Z"), ZoneId.of("Asia/Shanghai"));

  final Database db = Database.inMemory("draw-service-" + UUID.randomUUID());
  final Auditor auditor = new Auditor(new AuditRepository(), CLOCK, () -> "tester");
  private int nonces;
  final DrawService service;

  DemoDraws() {
    DemoCounties.service(db, auditor, CLOCK).create(false, Progress.NONE);
    service = new DrawService(db.dsl(), new DrawRepository(), new PoolRepository(), auditor, CLOCK,
        this::nextNonce, () -> "tester", new InspectionService(db.dsl(), auditor));
  }

  /** Another service on the same database, as if run on the day {@code clock} says (its own nonces). */
  DrawService serviceAt(Clock clock) {
    return new DrawService(db.dsl(), new DrawRepository(), new PoolRepository(), auditor, clock, this::nextNonce,
        () -> "tester", new InspectionService(db.dsl(), auditor));
  }

  /** 32 bytes: the counter, then zeros; a new one per attempt. */
  private byte[] nextNonce() {
    return ByteBuffer.allocate(32).putInt(++nonces).array();
  }

  @Override
  public void close() {
    db.close();
  }
}
