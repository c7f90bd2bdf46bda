package cn.suiji.joint.service;

import cn.suiji.app.Services;
import cn.suiji.inspection.domain.DrawSheetRow;
import cn.suiji.inspection.domain.InspectionStatus;
import cn.suiji.shared.Progress;
import cn.suiji.shared.db.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Two departments' data files: the lead's (the demo county, 市场监督管理局, with the joint task
 * 2026-SCJGJ-03 — partner 卫生健康局 — drawn on 2026-03-02) and the partner's (a new, empty
 * file). Both run at 2026-11-20. The lead's county is made once per run and copied per test.
 */
public final class JointFixture implements AutoCloseable {
  public static final String TASK = "2026-SCJGJ-03";
  public static final String LEAD = "SCJGJ";
  public static final String PARTNER = "WJJ";
  public static final LocalDate INSPECTED = LocalDate.of(2026, 6, 10);
  private static @Nullable Path template;
  private static long templateDraw;

  static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
  static final Clock DRAW_DAY = Clock.fixed(Instant.parse("2026-03-02T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
  public final Path dir;
  public final Services lead;
  public final Services partner;
  public final long drawId;

  public JointFixture(Path dir) {
    this.dir = dir;
    Path leadDir = dir.resolve("lead");
    copy(template(), leadDir);
    try {
      Files.createDirectories(dir.resolve("partner"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.lead = new Services(Database.openFile(leadDir.resolve("county")), TODAY);
    this.partner = new Services(Database.openFile(dir.resolve("partner").resolve("county")), TODAY);
    this.drawId = templateDraw;
  }

  /** The lead's inspections of the draw in draw order. */
  public List<DrawSheetRow> sheet() {
    return lead.results().drawSheet(drawId);
  }

  /** The lead delivers the notice of the inspection at {@code order} (from 1). */
  public long notified(int order) {
    long id = sheet().get(order - 1).inspectionId();
    lead.inspections().move(id, InspectionStatus.NOTIFIED, LocalDate.of(2026, 5, 8), null);
    return id;
  }

  private static synchronized Path template() {
    if (template == null) {
      try {
        Path made = Files.createTempDirectory("joint-county");
        made.toFile().deleteOnExit();
        try (Services s = new Services(Database.openFile(made.resolve("county")), DRAW_DAY)) {
          s.demo().create(false, Progress.NONE);
          templateDraw = s.draw().run(TASK, "2026年3月2日福彩3D 815", List.of("王监督", "李监督"), "张办事员").drawId();
        }
        template = made;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return template;
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> files = Files.list(from)) {
      Files.createDirectories(to);
      for (Path f : files.toList()) {
        if (Files.isRegularFile(f)) {
          Files.copy(f, to.resolve(f.getFileName()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    lead.close();
    partner.close();
  }
}
