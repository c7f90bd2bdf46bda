package cn.suiji.inspection.service;

import cn.suiji.demo.service.DemoCounties;
import cn.suiji.directory.data.DepartmentRepository;
import cn.suiji.directory.service.DepartmentService;
import cn.suiji.draw.data.DrawRepository;
import cn.suiji.draw.data.PoolRepository;
import cn.suiji.draw.service.DrawService;
import cn.suiji.inspection.data.DocumentSourceRepository;
import cn.suiji.inspection.data.InspectionRepository;
import cn.suiji.inspection.data.NoticeRepository;
import cn.suiji.inspection.domain.ResultLabels;
import cn.suiji.rules.data.RulesRepository;
import cn.suiji.rules.service.RulesService;
import cn.suiji.shared.Progress;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.audit.data.AuditRepository;
import cn.suiji.shared.db.Database;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The demo county with the services the notices need, on the day {@link #CLOCK} says (2026-03-02,
 * before every demo task's window): in memory, or on a file for the tests that need one.
 */
public final class NoticeFixture implements AutoCloseable {
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
  public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  public final Database db;
  public final DSLContext dsl;
  public final Auditor auditor;
  public final InspectionService inspections;
  public final RulesService rules;
  public final DrawService draws;
  public final NoticeService notices;
  public final NoticeRepository repository = new NoticeRepository();
  private int nonce;

  private NoticeFixture(Database db, Path receipts) {
    this.db = db;
    this.dsl = db.dsl();
    this.auditor = new Auditor(new AuditRepository(), CLOCK, () -> "张办事员");
    DemoCounties.service(db, auditor, CLOCK).create(false, Progress.NONE);
    this.inspections = new InspectionService(dsl, new InspectionRepository(), auditor);
    this.rules = new RulesService(dsl, new RulesRepository(), new DepartmentService(dsl, new DepartmentRepository(), auditor),
        auditor, CLOCK);
    this.draws = new DrawService(dsl, new DrawRepository(), new PoolRepository(), auditor, CLOCK,
        () -> ByteBuffer.allocate(32).putInt(++nonce).array(), () -> "张办事员", inspections);
    this.notices = new NoticeService(dsl, repository, new DocumentSourceRepository(), inspections, rules, auditor, CLOCK,
        receipts, ResultLabels.STANDARD);
  }

  public static NoticeFixture inMemory(Path receipts) {
    return new NoticeFixture(Database.inMemory("notices-" + UUID.randomUUID()), receipts);
  }

  public static NoticeFixture onFile(Path dir) {
    return new NoticeFixture(Database.openFile(dir.resolve("county.mv.db")), dir.resolve("county.receipts"));
  }

  /** Draws and confirms the task; returns the draw's id. */
  public long draw(String taskCode) {
    return draws.run(taskCode, "2026年3月2日福彩3D 815", List.of("王监督", "李监督"), "张办事员").drawId();
  }

  @Override
  public void close() {
    db.close();
  }
}
