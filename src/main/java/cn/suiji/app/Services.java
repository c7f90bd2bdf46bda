package cn.suiji.app;

import cn.suiji.admin.data.SettingsRepository;
import cn.suiji.admin.service.BackupService;
import cn.suiji.admin.service.SettingsService;
import cn.suiji.directory.data.DepartmentRepository;
import cn.suiji.directory.data.RecusalRepository;
import cn.suiji.directory.service.RecusalImporter;
import cn.suiji.directory.service.RecusalService;
import cn.suiji.directory.data.TargetRepository;
import cn.suiji.directory.data.TargetSearchRepository;
import cn.suiji.directory.data.ItemRepository;
import cn.suiji.directory.service.DepartmentService;
import cn.suiji.directory.service.ItemImporter;
import cn.suiji.directory.service.ItemService;
import cn.suiji.directory.service.TargetImportService;
import cn.suiji.directory.service.TargetQueryService;
import cn.suiji.home.data.HomeRepository;
import cn.suiji.home.service.HomeService;
import cn.suiji.inspection.data.DocumentSourceRepository;
import cn.suiji.inspection.data.InspectionRepository;
import cn.suiji.inspection.data.NoticeRepository;
import cn.suiji.inspection.service.NoticeService;
import cn.suiji.inspection.data.NoticeTemplateRepository;
import cn.suiji.inspection.service.NoticeTemplateService;
import cn.suiji.shared.pdf.CjkFontLocator;
import cn.suiji.inspection.service.InspectionService;
import cn.suiji.inspection.data.FollowUpRepository;
import cn.suiji.inspection.data.ResultCodeRepository;
import cn.suiji.inspection.data.ResultRepository;
import cn.suiji.inspection.service.FollowUpService;
import cn.suiji.inspection.service.ResultCodeService;
import cn.suiji.inspection.service.ResultImporter;
import cn.suiji.inspection.service.ResultAnnouncementService;
import cn.suiji.inspection.service.ResultService;
import cn.suiji.publish.service.DeadlineService;
import cn.suiji.publish.service.PublicExportService;
import cn.suiji.publish.data.PublicationRepository;
import cn.suiji.publish.service.PublishService;
import cn.suiji.report.data.EvaluationRepository;
import cn.suiji.report.data.RegisterRepository;
import cn.suiji.report.data.StatsRepository;
import cn.suiji.report.data.WarningRepository;
import cn.suiji.report.service.EvaluationService;
import cn.suiji.report.service.StatsService;
import cn.suiji.report.service.WatchListService;
import cn.suiji.exchange.data.OutboxRepository;
import cn.suiji.exchange.service.OutboxService;
import cn.suiji.exchange.service.ExchangeService;
import cn.suiji.exchange.service.PlatformService;
import cn.suiji.exchange.service.TransmittalService;
import cn.suiji.exchange.remote.WorkbookMapping;
import cn.suiji.exchange.remote.ProvinceClient;
import cn.suiji.joint.data.JointRepository;
import cn.suiji.joint.service.JointService;
import cn.suiji.inspection.render.NoticeFiles;
import cn.suiji.plan.data.PlanRepository;
import cn.suiji.plan.data.TaskRepository;
import cn.suiji.plan.service.PlanService;
import cn.suiji.plan.service.TaskImporter;
import cn.suiji.rules.data.RulesRepository;
import cn.suiji.rules.service.RulesService;
import cn.suiji.shared.audit.AuditEntry;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.AuditJournal;
import cn.suiji.shared.audit.AuditVerification;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.directory.service.DirectoryIntegrity;
import cn.suiji.draw.service.DrawIntegrity;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import cn.suiji.shared.audit.data.AuditRepository;
import cn.suiji.shared.db.Database;
import cn.suiji.shared.ids.IdSeal;
import cn.suiji.shared.time.CalendarService;
import cn.suiji.shared.time.data.CalendarRepository;
import cn.suiji.admin.service.SetupService;
import cn.suiji.demo.service.DemoService;
import cn.suiji.draw.data.DrawRepository;
import cn.suiji.draw.data.PoolRepository;
import cn.suiji.draw.service.DrawService;
import cn.suiji.draw.service.NonceSource;
import cn.suiji.directory.data.TargetHistoryRepository;
import cn.suiji.directory.service.TargetEditService;
import cn.suiji.directory.service.TargetTableImporter;
import cn.suiji.directory.data.InspectorRepository;
import cn.suiji.directory.service.InspectorImporter;
import cn.suiji.directory.service.InspectorService;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.imports.ImportKind;
import cn.suiji.shared.imports.TableImporter;
import cn.suiji.shared.l10n.Messages;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import java.nio.file.Path;
import java.time.Clock;
import org.jooq.DSLContext;

/**
 * The composition root: builds every service with {@code new}, once, for the GUI and the
 * command line alike. Touches no JavaFX, so the command line can use it without a display.
 */
public final class Services implements AutoCloseable {
  /** The evidence journal's name beside the data file: {@code suiji.mv.db} → {@code suiji.journal}. */
  public static final String JOURNAL_SUFFIX = ".journal";
  /** The folder of delivery receipts beside the data file: {@code suiji.mv.db} → {@code suiji.receipts/}. */
  public static final String RECEIPTS_SUFFIX = ".receipts";
  /** The evaluation's evidence files (证明材料), beside the data file: county.mv.db → county.evidence/ (ADR 0031). */
  public static final String EVIDENCE_SUFFIX = ".evidence";
  private static final Logger LOG = LoggerFactory.getLogger(Services.class);
  private final Database database;
  private final Clock clock;
  private final Auditor auditor;
  private final SettingsService settings;
  private final BackupService backups;
  private final DepartmentService departments;
  private final HomeService home;
  private final CalendarService calendar;
  private final DemoService demo;
  private final SetupService setup;
  private final TargetImportService targetImport;
  private final DrawService draw;
  private final InspectionService inspections;
  private final NoticeTemplateService noticeTemplates;
  private final NoticeFiles noticeFiles;
  private final NoticeService noticeService;
  private final TargetQueryService targets;
  private final TargetEditService targetEdit;
  private final PlanService plans;
  private final ItemService items;
  private final InspectorService inspectors;
  private final RulesService rules;
  private final RecusalService recusals;
  private final ResultCodeService resultCodes;
  private final FollowUpService followUps;
  private final ResultService results;
  private final ResultImporter resultImporter;
  private final DeadlineService deadlines;
  private final ResultAnnouncementService resultAnnouncements;
  private final PublicExportService publicExport;
  private final PublishService publish;
  private final StatsService stats;
  private final WatchListService watchList;
  private final EvaluationService evaluation;
  private final OutboxService outbox;
  private final ExchangeService exchange;
  private final JointService joint;
  private final PlatformService platform;
  private final TransmittalService transmittals;
  private final Map<ImportKind, TableImporter> importers = new EnumMap<>(ImportKind.class);
  private final List<String> notices = new ArrayList<>();

  public Services(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
    DSLContext dsl = database.dsl();
    SettingsRepository settingsRepository = new SettingsRepository();
    // the audit log and the draw record name the current operator, read when each entry is
    // written — never the computer's login name
    Supplier<String> currentUser = this::operatorName;
    AuditJournal journal = database.sibling(JOURNAL_SUFFIX).map(AuditJournal::at).orElseGet(AuditJournal::none);
    database.addCommitHook(journal);
    database.keepWithData(JOURNAL_SUFFIX); // undoing an unfinished bulk write cuts it back too
    database.keepFolderWithData(RECEIPTS_SUFFIX); // backups carry the delivery receipts
    journal.onFailure(database::keepUncleanMark);
    this.auditor = new Auditor(new AuditRepository(), clock, currentUser, journal);
    this.settings = new SettingsService(dsl, settingsRepository, auditor);
    this.backups = new BackupService(database, settings, clock);
    this.departments = new DepartmentService(dsl, new DepartmentRepository(), auditor);
    this.calendar = new CalendarService(dsl, new CalendarRepository(), auditor);
    this.home = new HomeService(dsl, new HomeRepository(), calendar, clock);
    // the county's name is the settings' (admin's) table; admin sits above the demo, so it is handed in
    this.demo = new DemoService(database, auditor, clock,
        (tx, county) -> settings.seed(tx, SettingsService.COUNTY_NAME, county));
    this.setup = new SetupService(dsl, settings, departments, demo);
    this.targetImport = new TargetImportService(dsl, new TargetRepository(), new DepartmentRepository(), auditor, clock);
    this.inspections = new InspectionService(dsl, new InspectionRepository(), auditor);
    // issue 14: what must reach the province is put in the outbox in the transaction of its change
    this.outbox = new OutboxService(dsl, new OutboxRepository(), clock);
    this.noticeTemplates = new NoticeTemplateService(dsl, new NoticeTemplateRepository(), auditor, clock, currentUser);
    this.noticeFiles = new NoticeFiles(noticeTemplates, CjkFontLocator.standard(null));
    this.draw = new DrawService(dsl, new DrawRepository(), new PoolRepository(), auditor, clock, NonceSource.secure(),
        currentUser, inspections, outbox);
    TargetSearchRepository targetSearch = new TargetSearchRepository();
    this.targets = new TargetQueryService(dsl, targetSearch);
    this.rules = new RulesService(dsl, new RulesRepository(), departments, auditor, clock);
    // delivery receipts are kept beside the data file: county.mv.db → county.receipts/
    this.resultCodes = new ResultCodeService(dsl, new ResultCodeRepository(), auditor);
    this.noticeService = new NoticeService(dsl, new NoticeRepository(), new DocumentSourceRepository(), inspections, rules,
        auditor, clock, database.sibling(RECEIPTS_SUFFIX).orElse(null), resultCodes::optionLabels);
    RecusalRepository recusalRepository = new RecusalRepository();
    this.recusals = new RecusalService(dsl, recusalRepository, departments, targets, auditor, clock);
    register(new TargetTableImporter(targetImport));
    this.targetEdit = new TargetEditService(dsl, new TargetRepository(), new DepartmentRepository(),
        new TargetHistoryRepository(), auditor, clock);
    this.plans = new PlanService(dsl, new PlanRepository(), new TaskRepository(), auditor, clock, outbox);
    register(new TaskImporter(dsl, plans, auditor));
    this.items = new ItemService(dsl, new ItemRepository(), new DepartmentRepository(), auditor);
    register(new ItemImporter(dsl, new ItemRepository(), new DepartmentRepository(), auditor));
    this.inspectors = new InspectorService(dsl, new InspectorRepository(database.idSeal()), new DepartmentRepository(),
        auditor, clock);
    register(new InspectorImporter(dsl, new InspectorRepository(database.idSeal()), new DepartmentRepository(), auditor,
        clock));
    register(new RecusalImporter(dsl, recusalRepository, auditor, clock));
    // issue 13: results, follow-ups and publication deadlines (not registered as an import kind:
    // `suiji results import` and, later, the results screen call it with its draw's template)
    this.followUps = new FollowUpService(dsl, new FollowUpRepository(), calendar, auditor, clock);
    ResultRepository resultRepository = new ResultRepository();
    this.results = new ResultService(dsl, resultRepository, resultCodes, followUps, inspections, auditor, clock,
        currentUser, outbox);
    this.resultImporter = new ResultImporter(dsl, results, resultRepository, auditor);
    this.deadlines = new DeadlineService(results, rules, calendar, clock);
    this.resultAnnouncements = new ResultAnnouncementService(dsl, new NoticeRepository(), new DocumentSourceRepository(),
        resultRepository, resultCodes, rules, auditor);
    this.publicExport = new PublicExportService(resultAnnouncements, settings);
    // publication receipts are kept with the delivery receipts, by their hash
    this.publish = new PublishService(dsl, new PublicationRepository(), results, inspections, rules, calendar, auditor,
        clock, currentUser, database.sibling(RECEIPTS_SUFFIX).orElse(null), outbox);
    this.exchange = new ExchangeService(dsl, new OutboxRepository(), draw, settings, auditor, clock,
        new ProvinceClient(ProvinceClient.Policy.STANDARD, ProvinceClient.Pause.REAL),
        // the import workbook's columns (in a package and way 1): the county's file beside the data file
        database.sibling(WorkbookMapping.FILE_SUFFIX).orElse(null));
    this.platform = new PlatformService(dsl, new OutboxRepository(), exchange, auditor, clock);
    this.transmittals = new TransmittalService(dsl, new OutboxRepository(), settings, departments);
    // issue 14: joint tasks between departments' data files, merged results go through the result entry (ADR 0038)
    this.joint = new JointService(dsl, new JointRepository(), draw, inspections, results, resultCodes, settings, auditor,
        clock, currentUser);
    // issue 15: statistics and early warning, read only over every feature's tables (ADR 0026)
    this.stats = new StatsService(dsl, new StatsRepository(), new WarningRepository(), clock);
    // issue 15: the watch list becomes a directed task of next year's plan, through the plan's service
    this.watchList = new WatchListService(plans);
    // issue 15: the registers, the evidence files (kept and backed up with the data) and the evaluation (ADR 0031)
    database.keepFolderWithData(EVIDENCE_SUFFIX);
    this.evaluation = new EvaluationService(dsl, new RegisterRepository(), new EvaluationRepository(),
        new StatsRepository(), auditor, clock, database.sibling(EVIDENCE_SUFFIX).orElse(null));
    checkOnOpen(dsl);
    if (database.idSeal().createdNow() && database.file().isPresent()) {
      int unreadable = inspectors.unreadableIdNumbers(); // a new key beside a file that may hold sealed numbers
      if (unreadable > 0) {
        notices.add(Messages.current().get("ids.seal.unreadable", unreadable,
            database.sibling(IdSeal.KEY_SUFFIX).map(Path::toString).orElse("")));
      }
    }
    this.calendar.seedIfNew();
  }

  /**
   * Before anything else is written: the journal is brought in line with the database, and
   * after an unclean close (a kill, a power cut) the file is checked — the audit chain against
   * the journal, every confirmation whole, no target outside every department. A file that
   * fails is refused with what is wrong and the last backup; the mark of the unclean close
   * stays, so it is checked again next time.
   */
  private void checkOnOpen(DSLContext dsl) {
    List<Auditor.Lost> lost = auditor.openJournal(dsl, database.closedUncleanly());
    List<String> problems = new ArrayList<>();
    if (!lost.isEmpty() && !LostDraws.putBack(dsl, auditor, draw, lost)) {
      for (Auditor.Lost l : lost) {
        AuditEntry e = l.entry();
        problems.add(Messages.current().get("recovery.lost", e.seq(),
            Messages.current().getOrDefault("audit.action." + e.action(), e.action()),
            e.entityId() == null ? "" : e.entityId()));
      }
    }
    if (database.closedUncleanly()) {
      AuditVerification chain = auditor.verify(dsl);
      if (!chain.isIntact()) {
        problems.add(Messages.current().get("audit.verify.broken", chain.brokenSeq(), Messages.current().label(chain.problem())));
      }
      problems.addAll(new DrawIntegrity(dsl).problems());
      problems.addAll(new DirectoryIntegrity(dsl).problems());
    }
    if (!problems.isEmpty()) {
      database.keepUncleanMark();
      String backup = database.lastBackup().map(Path::toString).orElse(Messages.current().get("recovery.noBackup"));
      throw new SuijiException("recovery.refused", database.file().map(Path::toString).orElse(""),
          String.join("\n", problems), backup);
    }
    if (database.closedUncleanly()) {
      LOG.info("{} was not closed cleanly; checked: the audit chain, the journal, draws and targets are whole",
          database.file().orElse(null));
    }
    database.undoneOnOpen().ifPresent(what -> {
      dsl.transaction(trx -> auditor.record(trx.dsl(), AuditEvent.of("recovery.undone", "database", null, what)));
      notices.add(Messages.current().get("recovery.undone", what));
    });
  }

  /** The current operator's name, for the audit log and the draw record. */
  private String operatorName() {
    return settings.auditName();
  }

  /**
   * What the clerk must be told once the file is open (an unfinished bulk write that was undone),
   * in the current language; empty on an ordinary start.
   */
  public List<String> noticesOnOpen() {
    return List.copyOf(notices);
  }

  /** Opens the database file and builds the services on it. */
  public static Services open(Path dbFile) {
    Database database = Database.openFile(dbFile);
    try {
      return new Services(database, Clock.systemDefaultZone());
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }


  public Database database() {
    return database;
  }

  public Clock clock() {
    return clock;
  }

  public Auditor auditor() {
    return auditor;
  }

  public SettingsService settings() {
    return settings;
  }

  /** The day's automatic copy, copies by hand, and how old the newest is. */
  public BackupService backups() {
    return backups;
  }

  public DepartmentService departments() {
    return departments;
  }

  public HomeService home() {
    return home;
  }

  public CalendarService calendar() {
    return calendar;
  }

  public DemoService demo() {
    return demo;
  }

  public SetupService setup() {
    return setup;
  }

  public TargetImportService targetImport() {
    return targetImport;
  }

  public DrawService draw() {
    return draw;
  }

  public InspectionService inspections() {
    return inspections;
  }

  /** The announcement, notices and record sheets: numbers, content, voiding, delivery. */
  public NoticeService notices() {
    return noticeService;
  }

  /** The county's templates of the announcement, the notice and the record sheet. */
  public NoticeTemplateService noticeTemplates() {
    return noticeTemplates;
  }

  /** The announcement, notices and record sheets as files, from the county's templates. */
  public NoticeFiles noticeFiles() {
    return noticeFiles;
  }

  public TargetQueryService targets() {
    return targets;
  }

  public TargetEditService targetEdit() {
    return targetEdit;
  }


  public PlanService plans() {
    return plans;
  }

  /** The item list (抽查事项清单). */
  public ItemService items() {
    return items;
  }

  public InspectorService inspectors() {
    return inspectors;
  }

  public RecusalService recusals() {
    return recusals;
  }

  public RulesService rules() {
    return rules;
  }

  /** The county's result-code list; {@code resultCodes()::optionLabels} feeds the record sheet's result options. */
  public ResultCodeService resultCodes() {
    return resultCodes;
  }

  /** 后续处置 and the referral register. */
  public FollowUpService followUps() {
    return followUps;
  }

  /** Results of inspections: recorded, corrected, read back. */
  public ResultService results() {
    return results;
  }

  /** The results template and import of a draw. */
  public ResultImporter resultImporter() {
    return resultImporter;
  }

  /** What a task publishes of its results, and its numbered 检查结果公告 (printed by {@link #noticeFiles}). */
  public ResultAnnouncementService resultAnnouncements() {
    return resultAnnouncements;
  }

  /** The public results export (.xlsx/.csv) and its column mapping. */
  public PublicExportService publicExport() {
    return publicExport;
  }

  /** Publication marked (标记已公示) and the on-time rate. */
  public PublishService publish() {
    return publish;
  }

  /** The outbox of what must reach the province (issue 14). */
  public OutboxService outbox() {
    return outbox;
  }

  /** Packages, receipts and uploads to the province (issue 14). */
  public ExchangeService exchange() {
    return exchange;
  }

  /** Joint tasks exchanged with other departments' data files (issue 14). */
  public JointService joint() {
    return joint;
  }

  /** Way 1 to the province: the import workbook, marking it uploaded, the feedback sheet (issue 14). */
  public PlatformService platform() {
    return platform;
  }

  /** The printed 交接单 of an exchange batch (issue 14). */
  public TransmittalService transmittals() {
    return transmittals;
  }

  /** Statistics and early warning of a year (统计分析). */
  public StatsService stats() {
    return stats;
  }

  /** The early warning's watch list turned into a directed task of next year's plan (issue 15). */
  public WatchListService watchList() {
    return watchList;
  }

  /** The 14-indicator evaluation, its registers and evidence files (issue 15, ADR 0031). */
  public EvaluationService evaluation() {
    return evaluation;
  }

  /** Publication deadlines; {@code deadlines().countsByDepartment(day)} is the home page's card. */
  public DeadlineService deadlines() {
    return deadlines;
  }

  private void register(TableImporter importer) {
    importers.put(importer.kind(), importer);
  }

  /** The import of {@code kind}, for the import screen and {@code suiji import}. */
  public TableImporter importer(ImportKind kind) {
    TableImporter importer = importers.get(kind);
    if (importer == null) {
      throw new SuijiException("import.error.unsupported", Messages.current().label(kind));
    }
    return importer;
  }

  /** The kinds that can be imported, in {@link ImportKind} order. */
  public java.util.List<ImportKind> importKinds() {
    return java.util.List.copyOf(importers.keySet());
  }

  @Override
  public void close() {
    database.close();
  }
}
