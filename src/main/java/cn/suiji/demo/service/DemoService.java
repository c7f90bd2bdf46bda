package cn.suiji.demo.service;

import cn.suiji.demo.data.DemoRepository;
import cn.suiji.demo.domain.DemoCounty;
import cn.suiji.demo.domain.DemoGenerator;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.EarlierInspections;
import cn.suiji.directory.domain.Inspector;
import cn.suiji.directory.service.DirectorySeed;
import cn.suiji.plan.domain.AnnualPlan;
import cn.suiji.plan.service.PlanSeed;
import cn.suiji.rules.service.RulesSeed;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.db.Database;
import cn.suiji.shared.db.Preimage;
import cn.suiji.shared.ids.IdSeal;
import cn.suiji.shared.l10n.Messages;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the demo county for {@code suiji demo} and the first-start choice "try it with demo
 * data". Everything happens in one transaction: a cancel or an error leaves the database as it
 * was. The county is handed to its owners as their own records — the directory, the plan, the
 * rules through their services' seed classes, the county's name through the settings (issue 17
 * §5) — so the demo writes none of their tables itself. Synchronous: the caller runs it on a
 * background thread and passes a {@link Progress}.
 */
public final class DemoService {
  /** Targets handed to the directory at a time: one JDBC batch, one progress step. */
  static final int CHUNK = 1000;
  private static final Logger LOG = LoggerFactory.getLogger(DemoService.class);

  /**
   * Names the county in the installation's settings (the admin feature's table), in the demo's
   * transaction. The composition root passes the settings service's; admin sits above the demo
   * (its first start offers the demo county), so the demo cannot call it itself.
   */
  @FunctionalInterface
  public interface CountyNaming {
    void name(DSLContext tx, String county);
  }

  private final DSLContext dsl;
  private final DemoRepository repository = new DemoRepository();
  private final DirectorySeed directory;
  private final PlanSeed plans = new PlanSeed();
  private final RulesSeed rules = new RulesSeed();
  private final CountyNaming naming;
  private final Auditor auditor;
  private final Clock clock;
  private final long seed;
  private final int targets;

  public DemoService(Database database, Auditor auditor, Clock clock, CountyNaming naming) {
    this(database.dsl(), database.idSeal(), auditor, clock, naming, DemoGenerator.DEFAULT_SEED, DemoGenerator.TARGETS);
  }

  /** For tests: another seed or a smaller county. */
  DemoService(DSLContext dsl, IdSeal seal, Auditor auditor, Clock clock, CountyNaming naming, long seed, int targets) {
    this.dsl = dsl;
    this.directory = new DirectorySeed(seal);
    this.naming = naming;
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
    int chunks = (all.size() + CHUNK - 1) / CHUNK;
    Steps steps = new Steps(progress, chunks + 3);
    boolean replaced = false;
    if (!repository.isEmpty(tx)) {
      if (!force) {
        throw new SuijiException("demo.error.notEmpty");
      }
      LOG.info("Replacing the county in the database: {} rows deleted", repository.deleteAll(tx));
      replaced = true;
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    Map<String, Department> departments = new HashMap<>();
    Map<String, Long> departmentIds = new HashMap<>();
    for (Department d : directory.departments(tx, county.departments().stream().map(CountyRecords::department).toList())) {
      departments.put(d.code(), d);
      departmentIds.put(d.code(), d.id());
    }
    Map<String, Long> itemIds = new HashMap<>();
    directory.items(tx, county.items().stream()
            .map(i -> CountyRecords.item(i, required(departmentIds, i.departmentCode()))).toList())
        .forEach(i -> itemIds.put(i.code(), i.id()));
    county.rules().forEach(r -> rules.save(tx, CountyRecords.rules(r, required(departmentIds, r.departmentCode())), now));
    steps.done();
    Map<String, Long> targetIds = new HashMap<>();
    for (int from = 0; from < all.size(); from += CHUNK) {
      steps.next();
      targets(tx, all.subList(from, Math.min(all.size(), from + CHUNK)), departmentIds, targetIds, now);
      steps.done();
    }
    steps.next();
    Map<String, Long> inspectorIds = new HashMap<>();
    for (Inspector i : directory.inspectors(tx, county.inspectors().stream().map(CountyRecords::inspector).toList(),
        departmentIds, now)) {
      inspectorIds.put(i.key(), i.id());
    }
    for (DemoCounty.Recusal r : county.recusals()) {
      directory.recusal(tx, required(inspectorIds, r.inspectorKey()), required(targetIds, r.targetKey()), r.reason(),
          r.source(), r.note(), now);
    }
    steps.done();
    steps.next();
    plans(tx, county, departments, departmentIds, itemIds);
    naming.name(tx, county.name());
    DemoSummary summary = new DemoSummary(county.departments().size(), county.items().size(), all.size(),
        county.inspectors().size(), county.recusals().size(), county.plans().size(), county.tasks().size());
    auditor.record(tx, AuditEvent.of("demo.create", "county", null,
        summary.counts() + " seed=" + seed + (replaced ? " replaced" : "")));
    steps.done();
    return summary;
  }

  /** A chunk of targets: the rows, their departments' directories, their earlier inspections. */
  private void targets(DSLContext tx, List<DemoCounty.Target> chunk, Map<String, Long> departmentIds,
      Map<String, Long> targetIds, OffsetDateTime now) {
    Map<String, Long> ids = directory.targets(tx, chunk.stream().map(CountyRecords::target).toList(), now);
    targetIds.putAll(ids);
    Map<Long, List<Long>> directories = new LinkedHashMap<>();
    List<EarlierInspections> earlier = new ArrayList<>();
    for (DemoCounty.Target t : chunk) {
      long id = required(ids, t.objectKey());
      for (String code : t.departments()) {
        directories.computeIfAbsent(required(departmentIds, code), k -> new ArrayList<>()).add(id);
      }
      if (t.lastInspectedDate() != null || t.inspectionCount() != 0) {
        earlier.add(new EarlierInspections(id, t.lastInspectedDate(), t.inspectionCount()));
      }
    }
    directories.forEach((department, members) -> directory.addToDirectory(tx, department, members));
    directory.earlierInspections(tx, earlier);
  }

  /** The plans with their tasks, each task's items by the id of the county's (single) version of each code. */
  private void plans(DSLContext tx, DemoCounty county, Map<String, Department> departments,
      Map<String, Long> departmentIds, Map<String, Long> itemIds) {
    Map<String, DemoCounty.Item> items = new HashMap<>();
    county.items().forEach(i -> items.put(i.code(), i));
    for (DemoCounty.Plan p : county.plans()) {
      Department department = departments.get(p.departmentCode());
      if (department == null) {
        throw new IllegalStateException("written out of order: no department " + p.departmentCode());
      }
      AnnualPlan plan = plans.plan(tx, department, p.year(), p.title(), p.code(), p.filedDate(), p.publishedDate());
      for (DemoCounty.Task t : p.tasks()) {
        plans.task(tx, plan.id(), CountyRecords.task(t, items), departmentIds, itemIds);
      }
    }
  }

  private static long required(Map<String, Long> ids, String key) {
    Long id = ids.get(key);
    if (id == null) {
      throw new IllegalStateException("written out of order: no id yet for " + key);
    }
    return id;
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
