package cn.suiji.draw.render;

import cn.suiji.app.Services;
import cn.suiji.draw.service.DrawAttempt;
import cn.suiji.shared.Progress;
import cn.suiji.shared.db.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The demo county in memory with two confirmed draws for the printed record: a large one (many
 * pages) and a small one.
 */
final class PrintedDraws implements AutoCloseable {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
  static final List<String> WITNESSES = List.of("王监督", "李监督");
  static final String ENTROPY = "07 21 33 45";
  /** 841 individual businesses of the demo county: over 40 pages. */
  static final String LARGE_TASK = "2026-SCJGJ-02";
  static final String SMALL_TASK = "2026-SCJGJ-04";

  final Services services = new Services(Database.inMemory("print-" + UUID.randomUUID()), CLOCK);
  final long largeDraw;
  final DrawAttempt large;
  final long smallDraw;
  final DrawAttempt small;

  PrintedDraws() {
    services.demo().create(false, Progress.NONE);
    large = services.draw().run(LARGE_TASK, ENTROPY, WITNESSES, "张操作");
    largeDraw = large.drawId();
    small = services.draw().run(SMALL_TASK, ENTROPY, WITNESSES, "张操作");
    smallDraw = small.drawId();
  }

  @Override
  public void close() {
    services.close();
  }
}
