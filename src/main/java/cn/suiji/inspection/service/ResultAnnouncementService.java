package cn.suiji.inspection.service;

import cn.suiji.inspection.data.DocumentSourceRepository;
import cn.suiji.inspection.data.NoticeRepository;
import cn.suiji.inspection.data.ResultRepository;
import cn.suiji.inspection.domain.DocumentKind;
import cn.suiji.inspection.domain.DocumentSources;
import cn.suiji.inspection.domain.InspectionResult;
import cn.suiji.inspection.domain.NumberedDocument;
import cn.suiji.inspection.domain.ResultAnnouncement;
import cn.suiji.inspection.domain.ResultCode;
import cn.suiji.inspection.domain.TaskResults;
import cn.suiji.plan.domain.TaskType;
import cn.suiji.rules.domain.DocumentRules;
import cn.suiji.rules.domain.NumberPattern;
import cn.suiji.rules.service.RulesService;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a task publishes of its results (一公开), for the 检查结果公告 and the public export
 * ({@code publish}): {@link #results} reads them, {@link #announce} numbers the task's 检查结果公告
 * on its first issue in the lead department's RESULTS series (gap-free, docs/decisions/0018) and
 * returns the same number afterwards, until the document is voided ({@code NoticeService.voidNotice});
 * the next issue then takes the next number. Only inspections with a result in force are listed;
 * inspectors are never part of it. Each public method is one transaction.
 */
public final class ResultAnnouncementService {
  private static final Logger LOG = LoggerFactory.getLogger(ResultAnnouncementService.class);

  private final DSLContext dsl;
  private final NoticeRepository notices;
  private final DocumentSourceRepository sources;
  private final ResultRepository results;
  private final ResultCodeService codes;
  private final RulesService rules;
  private final Auditor auditor;

  public ResultAnnouncementService(DSLContext dsl, NoticeRepository notices, DocumentSourceRepository sources,
      ResultRepository results, ResultCodeService codes, RulesService rules, Auditor auditor) {
    this.dsl = dsl;
    this.notices = notices;
    this.sources = sources;
    this.results = results;
    this.codes = codes;
    this.rules = rules;
    this.auditor = auditor;
  }

  /**
   * The task's published results, as they stand: the inspections with a result in force, in draw
   * order, and how many are still without one.
   *
   * @throws SuijiException {@code notice.error.noTask}, {@code notice.error.notDrawn}
   */
  public TaskResults results(String taskCode) {
    return dsl.transactionResult(trx -> read(trx.dsl(), task(trx.dsl(), taskCode)));
  }

  /**
   * The task's 检查结果公告: numbered on its first issue (dated {@code date}); later calls return
   * the same number and date with the results as they stand, until it is voided.
   *
   * @throws SuijiException {@code notice.error.noTask}, {@code notice.error.notDrawn},
   *     {@code inspection.resultNotice.noResults} when no inspection of the task has a result,
   *     {@code notice.error.badPattern}
   */
  public ResultAnnouncement announce(String taskCode, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      DocumentSources.Task task = task(tx, taskCode);
      TaskResults published = read(tx, task);
      if (published.rows().isEmpty()) {
        throw new SuijiException("inspection.resultNotice.noResults", task.code(), published.withoutResult());
      }
      Optional<NumberedDocument> live = notices.liveResultAnnouncement(tx, task.id());
      NumberedDocument document = live.isPresent() ? live.get() : number(tx, task, date);
      return new ResultAnnouncement(document.number(), document.year(), document.seq(), published,
          document.issuedOn());
    });
  }

  /** Takes the next number of the lead department's RESULTS series of {@code date}'s year and records the document. */
  private NumberedDocument number(DSLContext tx, DocumentSources.Task task, LocalDate date) {
    DocumentSources.Department lead = sources.departments(tx, task.id(), task.leadDepartmentId()).get(0);
    DocumentRules documentRules = rules.get(tx, task.leadDepartmentId()).documents();
    String pattern = documentRules.numberPattern();
    if (NumberPattern.check(pattern) != null) {
      throw new SuijiException("notice.error.badPattern", lead.name(), pattern);
    }
    int year = date.getYear();
    int seq = notices.take(tx, lead.id(), year, DocumentKind.RESULTS, 1);
    String number = NumberPattern.format(pattern, lead.docPrefix(), documentRules.resultTypeCode(), year, seq);
    long id = notices.insert(tx, List.of(new NoticeRepository.NewDocument(DocumentKind.RESULTS, lead.id(), year, seq,
        number, task.id(), null, date))).get(0);
    Optional<NumberedDocument> previous = notices.lastVoided(tx, task.id(), DocumentKind.RESULTS)
        .filter(p -> p.id() != id);
    previous.ifPresent(p -> notices.replaced(tx, p.id(), id));
    auditor.record(tx, AuditEvent.of("notice.results", "notice", number, "task=" + task.code() + " date=" + date
        + previous.map(p -> " replaces=" + p.number()).orElse("")));
    LOG.info("Result announcement {} of task {} issued", number, task.code());
    return notices.find(tx, id).orElseThrow();
  }

  private DocumentSources.Task task(DSLContext tx, String taskCode) {
    return sources.task(tx, taskCode.strip()).orElseThrow(() -> new SuijiException("notice.error.noTask", taskCode));
  }

  private TaskResults read(DSLContext tx, DocumentSources.Task task) {
    List<DocumentSources.Target> targets = sources.targetsOfTask(tx, task.id());
    if (targets.isEmpty()) {
      throw new SuijiException("notice.error.notDrawn", task.code());
    }
    List<DocumentSources.Department> departments = sources.departments(tx, task.id(), task.leadDepartmentId());
    Map<String, ResultCode> list = codes.byCode(tx);
    Comparator<String> inListOrder = Comparator.comparingInt(c -> list.containsKey(c) ? list.get(c).sortOrder()
        : Integer.MAX_VALUE);
    List<TaskResults.Row> rows = new ArrayList<>();
    int without = 0;
    for (DocumentSources.Target t : targets) {
      Optional<InspectionResult> result = results.current(tx, t.inspectionId());
      if (result.isEmpty()) {
        without++;
        continue;
      }
      InspectionResult r = result.get();
      List<String> labels = r.codes().stream().sorted(inListOrder)
          .map(c -> list.containsKey(c) ? list.get(c).label() : c).toList();
      rows.add(new TaskResults.Row(t.name(), t.code(), r.formedOn(), labels,
          r.remark() == null ? "" : r.remark().strip()));
    }
    return new TaskResults(departments.get(0).name(), task.planCode() == null ? "" : task.planCode(),
        task.planTitle(), task.number(), task.name(), task.type() == TaskType.DIRECTED,
        departments.stream().map(DocumentSources.Department::name).toList(), rows, without);
  }
}
