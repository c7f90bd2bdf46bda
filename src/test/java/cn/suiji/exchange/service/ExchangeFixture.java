package cn.suiji.exchange.service;

import static cn.suiji.shared.db.generated.Tables.INSPECTION;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_INSPECTOR;

import cn.suiji.app.Services;
import cn.suiji.inspection.domain.Finding;
import cn.suiji.inspection.domain.InspectionResult;
import cn.suiji.inspection.domain.InspectionStatus;
import cn.suiji.inspection.domain.PresentInspector;
import cn.suiji.inspection.domain.ResultDraft;
import cn.suiji.inspection.domain.VerificationMethod;
import cn.suiji.shared.Progress;
import cn.suiji.shared.db.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * The demo county in a real H2 file, wired as the application wires it (so the outbox is the one
 * the draw, results and publication write to): 2026-WJJ-01 drawn on 2026-03-02, then the clock
 * moves to 2026-11-20 for results.
 */
public final class ExchangeFixture implements AutoCloseable {
  public static final Instant DRAW_DAY = Instant.parse("2026-03-02T01:30:00Z");
  public static final Instant TODAY = Instant.parse("2026-11-20T02:00:00Z");

  /** A clock the test moves. */
  public static final class MovingClock extends Clock {
    private volatile Instant now;

    MovingClock(Instant start) {
      this.now = start;
    }

    public void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Asia/Shanghai");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  public final MovingClock clock;
  public final Path file;
  public final Services services;
  public final DSLContext dsl;
  public final long drawId;
  private static @Nullable Path template;
  private static long templateDraw;

  private ExchangeFixture(Path file, Instant now, long drawId) {
    this.file = file;
    this.clock = new MovingClock(now);
    this.services = new Services(Database.openFile(file), clock);
    this.dsl = services.database().dsl();
    this.drawId = drawId;
  }

  /**
   * The demo county with 2026-WJJ-01 drawn on the draw day, at {@link #TODAY}, as a copy in
   * {@code dir} of one county made once per test run (making it takes half a minute on a shared machine).
   */
  public static ExchangeFixture drawn(Path dir) {
    Path made = template();
    try (Stream<Path> files = Files.list(made)) {
      for (Path f : files.toList()) {
        if (Files.isRegularFile(f)) {
          Files.copy(f, dir.resolve(f.getFileName()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ExchangeFixture(dir.resolve("county"), TODAY, templateDraw);
  }

  private static synchronized Path template() {
    if (template == null) {
      try {
        Path dir = Files.createTempDirectory("exchange-county");
        dir.toFile().deleteOnExit();
        ExchangeFixture f = new ExchangeFixture(dir.resolve("county"), DRAW_DAY, 0);
        f.services.demo().create(false, Progress.NONE);
        templateDraw = f.services.draw().run("2026-WJJ-01", "2026年3月2日福彩3D 815", List.of("王监督", "李监督"), "张办事员")
            .drawId();
        f.close();
        template = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return template;
  }

  /** The inspection at {@code order} (from 1) of the draw, its notice delivered. */
  public long notified(int order) {
    long id = dsl.select(INSPECTION.ID).from(INSPECTION).where(INSPECTION.DRAW_ID.eq(drawId))
        .and(INSPECTION.DRAW_ORDER.eq(order)).fetchSingle().value1();
    services.inspections().move(id, InspectionStatus.NOTIFIED, LocalDate.of(2026, 3, 20), null);
    return id;
  }

  /** A result by the drawn inspectors, on-site, with {@code codes}. */
  public ResultDraft draft(long inspectionId, LocalDate formed, List<String> codes) {
    List<PresentInspector> present = dsl.select(INSPECTION_INSPECTOR.INSPECTOR_ID).from(INSPECTION_INSPECTOR)
        .where(INSPECTION_INSPECTOR.INSPECTION_ID.eq(inspectionId)).orderBy(INSPECTION_INSPECTOR.PICK_ORDER)
        .fetch(INSPECTION_INSPECTOR.INSPECTOR_ID).stream().map(PresentInspector::drawn).toList();
    return new ResultDraft(inspectionId, formed, present, List.of(new Finding(null, true, "", "")),
        Set.of(VerificationMethod.ON_SITE), codes, List.of(), null, null);
  }

  /** Records a first result for the inspection at {@code order}. */
  public InspectionResult result(int order, LocalDate formed) {
    return services.results().record(draft(notified(order), formed, List.of("1")));
  }

  @Override
  public void close() {
    services.close();
  }
}
