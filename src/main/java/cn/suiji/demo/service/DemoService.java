package cn.suiji.demo.service;

import cn.suiji.shared.ids.IdSeal;
import cn.suiji.shared.db.Preimage;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.demo.data.DemoRepository;
import cn.suiji.demo.data.DemoWriter;
import cn.suiji.demo.domain.DemoCounty;
import cn.suiji.demo.domain.DemoGenerator;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.db.Database;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the demo county for {@code suiji demo} and the first-start choice "try it with demo
 * data". Everything happens in one transaction: a cancel or an error leaves the database as it
 * was. Synchronous: the caller runs it on a background thread and passes a {@link Progress}.
 */
public final class DemoService {
  /** The setting that holds the county's name. */
  public static final String COUNTY_NAME_SETTING = "county.name";
  private static final Logger LOG = LoggerFactory.getLogger(DemoService.class);

  private final DSLContext dsl;
  private final DemoRepository repository;
  private final Auditor auditor;
  private final Clock clock;
  private final long seed;
  private final int targets;

  public DemoService(Database database, Auditor auditor, Clock clock) {
    this(database.dsl(), database.idSeal(), auditor, clock, DemoGenerator.DEFAULT_SEED, DemoGenerator.TARGETS);
  }

  /** For tests: another seed or a smaller county. */
  DemoService(DSLContext dsl, IdSeal seal, Auditor auditor, Clock clock, long seed, int targets) {
    this.dsl = dsl;
    this.repository = new DemoRepository(seal);
    this.auditor = auditor;
    this.clock = clock;
    this.seed = seed;
    this.targets = targets;
  }

  /**
   * Writes the demo county. Progress counts steps: the lists, each chunk of targets, the
   * inspectors, the plans.
   *
   * @param force replace the county already in the database (its departments, items, targets,
   *     inspectors, plans, draws and inspections are deleted; the audit log, the calendar and
   *     other settings stay)
   * @throws SuijiException {@code demo.error.notEmpty} when the database holds a county and
   *     {@code force} is false; {@code demo.error.write} when the database refuses the data
   * @throws Progress.CancelledException when cancelled; nothing is changed
   */
  public DemoSummary create(boolean force, Progress progress) {
    long started = System.nanoTime();
    DemoCounty county = DemoGenerator.generate(seed, targets);
    progress.checkCancelled();
    try {
      DemoSummary summary = Preimage.transactionResult(dsl, Messages.msg("preimage.what.demo"),
          trx -> write(trx.dsl(), county, force, progress));
      LOG.info("Demo county written in {} ms: {}", (System.nanoTime() - started) / 1_000_000, summary.counts());
      return summary;
    } catch (DataAccessException e) {
      LOG.error("Writing the demo county failed", e);
      throw new SuijiException(e, "demo.error.write");
    }
  }

  private DemoSummary write(DSLContext tx, DemoCounty county, boolean force, Progress progress) {
    List<DemoCounty.Target> all = county.targets();
    int chunks = (all.size() + DemoRepository.CHUNK - 1) / DemoRepository.CHUNK;
    Steps steps = new Steps(progress, chunks + 3);
    boolean replaced = false;
    if (!repository.isEmpty(tx)) {
      if (!force) {
        throw new SuijiException("demo.error.notEmpty");
      }
      LOG.info("Replacing the county in the database: {} rows deleted", repository.deleteAll(tx));
      replaced = true;
    }
    DemoWriter writer = repository.writer(tx, OffsetDateTime.now(clock));
    writer.departments(county.departments());
    writer.items(county.items());
    writer.rules(county.rules());
    steps.done();
    for (int from = 0; from < all.size(); from += DemoRepository.CHUNK) {
      steps.next();
      writer.targets(all.subList(from, Math.min(all.size(), from + DemoRepository.CHUNK)));
      steps.done();
    }
    steps.next();
    writer.inspectors(county.inspectors());
    writer.recusals(county.recusals());
    steps.done();
    steps.next();
    writer.plans(county.plans());
    writer.setting(COUNTY_NAME_SETTING, county.name());
    DemoSummary summary = new DemoSummary(county.departments().size(), county.items().size(), all.size(),
        county.inspectors().size(), county.recusals().size(), county.plans().size(), county.tasks().size());
    auditor.record(tx, AuditEvent.of("demo.create", "county", null,
        summary.counts() + " seed=" + seed + (replaced ? " replaced" : "")));
    steps.done();
    return summary;
  }

  /** Reports each finished step and stops before the next one when cancel was pressed. */
  private static final class Steps {
    private final Progress progress;
    private final long total;
    private long done;

    Steps(Progress progress, long total) {
      this.progress = progress;
      this.total = total;
    }

    void next() {
      progress.checkCancelled();
    }

    void done() {
      progress.update(++done, total);
    }
  }
}
