package cn.suiji.inspection.service;

import cn.suiji.inspection.data.DocumentSourceRepository;
import cn.suiji.inspection.data.NoticeRepository;
import cn.suiji.inspection.domain.Announcement;
import cn.suiji.inspection.domain.ConfirmedDraw;
import cn.suiji.inspection.domain.DeliveryMethod;
import cn.suiji.inspection.domain.DocumentKind;
import cn.suiji.inspection.domain.DocumentStatus;
import cn.suiji.inspection.domain.DocumentSources;
import cn.suiji.inspection.domain.InspectionNotice;
import cn.suiji.inspection.domain.InspectionStatus;
import cn.suiji.inspection.domain.Issued;
import cn.suiji.inspection.domain.NoticeRow;
import cn.suiji.inspection.domain.NumberedDocument;
import cn.suiji.inspection.domain.RecordSheet;
import cn.suiji.inspection.domain.ResultLabels;
import cn.suiji.rules.domain.DocumentRules;
import cn.suiji.rules.domain.NumberPattern;
import cn.suiji.rules.service.RulesService;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.l10n.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The documents between a confirmed draw and the visit, for the screens and {@code suiji notice}:
 * the 抽查任务公告 of a task, the 检查通知书 and 检查记录表 of a draw, voiding a notice and issuing
 * its replacement, recording delivery (送达), and the list of a draw's notices. Numbers are taken
 * per lead department, year and kind from the working rules' pattern, in the transaction that
 * records the documents (docs/decisions/0018-document-numbers.md): the first issue numbers,
 * printing again reuses, a voided document keeps its number and its replacement gets the next.
 * Each public method is one transaction; every change is audited (entity {@value #ENTITY}).
 */
public final class NoticeService {
  private static final Logger LOG = LoggerFactory.getLogger(NoticeService.class);
  /** The audit log's entity of numbered documents and deliveries. */
  public static final String ENTITY = "notice";
  private static final int MAX_REASON = 500;
  /** Targets between two progress reports and cancel checks. */
  private static final int STEP = 50;

  private final DSLContext dsl;
  private final NoticeRepository notices;
  private final DocumentSourceRepository sources;
  private final InspectionService inspections;
  private final RulesService rules;
  private final Auditor auditor;
  private final Clock clock;
  private final Receipts receipts;
  private final ResultLabels results;

  /**
   * @param receiptDirectory where delivery receipts are kept (beside the data file); null for a
   *     database without a file, which then refuses receipts
   * @param results the result labels the record sheets offer (DOMAIN §4's until a province's list replaces them)
   */
  public NoticeService(DSLContext dsl, NoticeRepository notices, DocumentSourceRepository sources,
      InspectionService inspections, RulesService rules, Auditor auditor, Clock clock, @Nullable Path receiptDirectory,
      ResultLabels results) {
    this.dsl = dsl;
    this.notices = notices;
    this.sources = sources;
    this.inspections = inspections;
    this.rules = rules;
    this.auditor = auditor;
    this.clock = clock;
    this.receipts = new Receipts(receiptDirectory);
    this.results = results;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  // ---- the announcement ----

  /**
   * The task's 抽查任务公告: numbered on its first issue (dated {@code date}); later calls return
   * the same number and date until it is voided, after which the next call issues a new one.
   *
   * @throws SuijiException {@code notice.error.noTask}, {@code notice.error.notDrawn} when the task has no confirmed draw
   */
  public Announcement announce(String taskCode, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      DocumentSources.Task task = sources.task(tx, taskCode.strip())
          .orElseThrow(() -> new SuijiException("notice.error.noTask", taskCode));
      List<DocumentSources.Target> targets = sources.targetsOfTask(tx, task.id());
      if (targets.isEmpty()) {
        throw new SuijiException("notice.error.notDrawn", task.code());
      }
      List<DocumentSources.Department> departments = sources.departments(tx, task.id(), task.leadDepartmentId());
      DocumentRules documentRules = rules.get(tx, task.leadDepartmentId()).documents();
      NumberedDocument number = notices.liveAnnouncement(tx, task.id()).orElse(null);
      if (number == null) {
        NumberedDocument previous = notices.lastVoidedAnnouncement(tx, task.id()).orElse(null);
        number = number(tx, DocumentKind.ANNOUNCEMENT, departments.get(0), documentRules, task.id(),
            java.util.Collections.singletonList(null), date, Progress.NONE).get(0);
        if (previous != null) {
          notices.replaced(tx, previous.id(), number.id());
        }
        auditor.record(tx, AuditEvent.of("notice.announce", "notice", number.number(),
            "task=" + task.code() + " date=" + date + (previous == null ? "" : " replaces=" + previous.number())));
        LOG.info("Announcement {} of task {} issued", number.number(), task.code());
      }
      String scope = NoticeContent.scope(task.scope(), departments.get(0).name(),
          sources.industryNames(tx, task.scope().industries()));
      return content(tx, task, departments, documentRules).announcement(number, targets, scope);
    });
  }

  // ---- the notices and record sheets ----

  /**
   * The draw's 检查通知书 in draw order and, with {@code withSheets}, their 检查记录表: every
   * inspection without a notice in force (first issue, or after a void) is numbered now, dated
   * {@code date}; the others keep their number and date. An inspection closed without a visit
   * gets no new notice. Progress counts targets; cancel rolls everything back, numbers too.
   *
   * @throws SuijiException {@code notice.error.noSuchDraw}, {@code notice.error.noContact} when the
   *     lead department's rules name no contact for the notices
   */
  public Issued issue(long drawId, LocalDate date, boolean withSheets, Progress progress) {
    Objects.requireNonNull(date, "date");
    long started = System.nanoTime();
    Issued issued = dsl.transactionResult(trx -> issue(trx.dsl(), drawId, null, date, withSheets, progress));
    LOG.info("Draw {}: {} notices ({} numbered now){} in {} ms", drawId, issued.notices().size(), issued.numbered(),
        withSheets ? " with record sheets" : "", (System.nanoTime() - started) / 1_000_000);
    return issued;
  }

  /**
   * Issues the replacement of a voided notice now, with the next number, dated {@code date}.
   *
   * @throws SuijiException {@code notice.error.notVoided}, {@code notice.error.alreadyReplaced}
   */
  public InspectionNotice replace(long voidedNoticeId, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      NumberedDocument voided = notices.find(tx, voidedNoticeId)
          .orElseThrow(() -> new SuijiException("notice.error.noSuchNotice", voidedNoticeId));
      if (voided.kind() != DocumentKind.NOTICE || !voided.voided()) {
        throw new SuijiException("notice.error.notVoided", voided.number());
      }
      long inspection = Objects.requireNonNull(voided.inspectionId());
      NumberedDocument live = notices.liveNoticesOf(tx, List.of(inspection)).get(inspection);
      if (live != null) {
        throw new SuijiException("notice.error.alreadyReplaced", voided.number(), live.number());
      }
      DocumentSources.Target target = sources.targetsOf(tx, List.of(inspection)).get(inspection);
      Issued issued = issue(tx, target.drawId(), Set.of(inspection), date, false, Progress.NONE);
      if (issued.notices().isEmpty()) {
        throw new SuijiException("notice.error.closed", target.name(), Messages.current().label(target.status()));
      }
      return issued.notices().get(0);
    });
  }

  private Issued issue(DSLContext tx, long drawId, @Nullable Set<Long> only, LocalDate date, boolean withSheets,
      Progress progress) {
    List<DocumentSources.Target> targets = sources.targetsOfDraw(tx, drawId);
    if (targets.isEmpty()) {
      throw new SuijiException("notice.error.noSuchDraw", drawId);
    }
    if (only != null) {
      targets = targets.stream().filter(t -> only.contains(t.inspectionId())).toList();
    }
    long taskId = targets.get(0).taskId();
    DocumentSources.Task task = sources.task(tx, taskId).orElseThrow();
    List<DocumentSources.Department> departments = sources.departments(tx, task.id(), task.leadDepartmentId());
    DocumentSources.Department lead = departments.get(0);
    DocumentRules documentRules = rules.get(tx, task.leadDepartmentId()).documents();
    if (!documentRules.hasContact()) {
      throw new SuijiException("notice.error.noContact", lead.name());
    }
    Map<Long, NumberedDocument> live = new HashMap<>(notices.liveNoticesOfDraw(tx, drawId));
    List<DocumentSources.Target> toNumber = targets.stream()
        .filter(t -> !live.containsKey(t.inspectionId()) && t.status() != InspectionStatus.CLOSED_WITHOUT_VISIT)
        .toList();
    int total = targets.size() + toNumber.size();
    progress.update(0, total);
    if (!toNumber.isEmpty()) {
      List<Long> ids = toNumber.stream().map(DocumentSources.Target::inspectionId).toList();
      Map<Long, NumberedDocument> previous = notices.lastVoidedNoticesOf(tx, ids);
      List<NumberedDocument> numbered = number(tx, DocumentKind.NOTICE, lead, documentRules, task.id(), ids, date,
          progress);
      progress.update(numbered.size(), total);
      progress.checkCancelled();
      for (NumberedDocument n : numbered) {
        live.put(n.inspectionId(), n);
        NumberedDocument before = previous.get(n.inspectionId());
        if (before != null) {
          notices.replaced(tx, before.id(), n.id());
        }
      }
      auditor.record(tx, AuditEvent.of("notice.issue", "notice", numbered.get(0).number(),
          "draw=" + drawId + " task=" + task.code() + " count=" + numbered.size() + " date=" + date + " numbers="
              + numbered.get(0).number() + (numbered.size() > 1 ? "…" + numbered.get(numbered.size() - 1).number() : "")
              + (previous.isEmpty() ? "" : " replacing=" + previous.size())));
    }
    Map<Long, List<DocumentSources.Officer>> officers = sources.officersOfDraw(tx, drawId);
    Set<Long> known = new HashSet<>();
    departments.forEach(d -> known.add(d.id()));
    Set<Long> others = new LinkedHashSet<>();
    officers.values().forEach(list -> list.forEach(o -> {
      if (!known.contains(o.departmentId())) {
        others.add(o.departmentId());
      }
    }));
    NoticeContent content = new NoticeContent(task, departments,
        others.isEmpty() ? Map.of() : sources.departmentsById(tx, others),
        sources.items(tx, task.id(), task.leadDepartmentId()), documentRules, results);
    List<InspectionNotice> out = new ArrayList<>();
    List<RecordSheet> sheets = new ArrayList<>();
    int done = toNumber.size();
    for (DocumentSources.Target t : targets) {
      NumberedDocument n = live.get(t.inspectionId());
      if (n != null) {
        List<DocumentSources.Officer> people = officers.getOrDefault(t.inspectionId(), List.of());
        out.add(content.notice(t, n, people));
        if (withSheets) {
          sheets.add(content.sheet(t, n, people));
        }
      }
      if (++done % STEP == 0) {
        progress.update(done, total);
        progress.checkCancelled();
      }
    }
    progress.update(total, total);
    progress.checkCancelled();
    return new Issued(out, sheets, toNumber.size());
  }

  /**
   * Takes {@code inspectionIds.size()} numbers of the lead department's series of {@code kind}
   * for the year of {@code date} and records a document for each (an announcement: one, with a
   * null inspection), in the caller's transaction.
   */
  private List<NumberedDocument> number(DSLContext tx, DocumentKind kind, DocumentSources.Department lead,
      DocumentRules documentRules, long taskId, List<@Nullable Long> inspectionIds, LocalDate date, Progress progress) {
    String pattern = documentRules.numberPattern();
    if (NumberPattern.check(pattern) != null) {
      throw new SuijiException("notice.error.badPattern", lead.name(), pattern);
    }
    String typeCode = kind == DocumentKind.ANNOUNCEMENT ? documentRules.announcementTypeCode()
        : documentRules.noticeTypeCode();
    int year = date.getYear();
    int first = notices.take(tx, lead.id(), year, kind, inspectionIds.size());
    List<NoticeRepository.NewDocument> documents = new ArrayList<>(inspectionIds.size());
    for (int i = 0; i < inspectionIds.size(); i++) {
      int seq = first + i;
      documents.add(new NoticeRepository.NewDocument(kind, lead.id(), year, seq,
          NumberPattern.format(pattern, lead.docPrefix(), typeCode, year, seq), taskId, inspectionIds.get(i), date));
      if ((i + 1) % STEP == 0) {
        progress.checkCancelled();
      }
    }
    List<Long> ids = notices.insert(tx, documents);
    List<NumberedDocument> out = new ArrayList<>(documents.size());
    for (int i = 0; i < documents.size(); i++) {
      NoticeRepository.NewDocument d = documents.get(i);
      out.add(new NumberedDocument(ids.get(i), kind, d.departmentId(), d.year(), d.seq(), d.number(), taskId,
          d.inspectionId(), date, DocumentStatus.ISSUED, null, null, null));
    }
    return out;
  }

  private NoticeContent content(DSLContext tx, DocumentSources.Task task, List<DocumentSources.Department> departments,
      DocumentRules documentRules) {
    return new NoticeContent(task, departments, Map.of(), sources.items(tx, task.id(), task.leadDepartmentId()),
        documentRules, results);
  }

  // ---- voiding ----

  /**
   * Voids a numbered document (a notice or an announcement): it keeps its number, marked 作废,
   * and the next issue gives its inspection (or task) a new one. A notice already delivered
   * cannot be voided: its inspection has moved on.
   *
   * @throws SuijiException {@code notice.error.reasonRequired}, {@code notice.error.noSuchNotice},
   *     {@code notice.error.alreadyVoided}, {@code notice.error.delivered}, {@code notice.error.voidDate}
   */
  public NumberedDocument voidNotice(long noticeId, String reason, LocalDate date) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new SuijiException("notice.error.reasonRequired");
    }
    if (why.length() > MAX_REASON) {
      throw new SuijiException("notice.error.reasonTooLong", MAX_REASON, why.length());
    }
    Objects.requireNonNull(date, "date");
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      NumberedDocument d = notices.lock(tx, noticeId)
          .orElseThrow(() -> new SuijiException("notice.error.noSuchNotice", noticeId));
      if (d.voided()) {
        throw new SuijiException("notice.error.alreadyVoided", d.number(), d.voidedOn());
      }
      if (notices.delivered(tx, d.id())) {
        throw new SuijiException("notice.error.delivered", d.number());
      }
      if (date.isBefore(d.issuedOn()) || date.isAfter(today())) {
        throw new SuijiException("notice.error.voidDate", d.number(), date, d.issuedOn(), today());
      }
      notices.voidDocument(tx, d, why, date);
      auditor.record(tx, new AuditEvent("notice.void", "notice", d.number(), d.toString(), null,
          "date=" + date + " reason=" + why));
      LOG.info("Document {} voided", d.number());
      return notices.find(tx, d.id()).orElseThrow();
    });
  }

  /**
   * The document printed with {@code number}.
   *
   * @throws SuijiException {@code notice.error.noSuchNumber}, or {@code notice.error.ambiguousNumber}
   *     when two departments share a 机关代字 and so print the same number
   */
  public NumberedDocument byNumber(String number) {
    List<NumberedDocument> found = dsl.transactionResult(trx -> notices.byNumber(trx.dsl(), number.strip()));
    if (found.isEmpty()) {
      throw new SuijiException("notice.error.noSuchNumber", number.strip());
    }
    if (found.size() > 1) {
      throw new SuijiException("notice.error.ambiguousNumber", number.strip(), found.size());
    }
    return found.get(0);
  }

  // ---- delivery ----

  /**
   * Records the delivery of the notices of the inspections named, all on {@code date} by
   * {@code method}, with an optional receipt (copied beside the data file and hashed): a delivery
   * row per notice, each inspection moved AWAITING_NOTICE → NOTIFIED in the same transaction.
   * Refused as a whole, naming the target, when a notice was not issued or was voided, when an
   * inspection is not awaiting its notice, or when the date is before a notice's issue or after
   * today. Returns the number of notices delivered.
   */
  public int deliver(List<Long> inspectionIds, LocalDate date, DeliveryMethod method, @Nullable Path receipt) {
    List<Long> ids = List.copyOf(new LinkedHashSet<>(inspectionIds));
    if (ids.isEmpty()) {
      throw new SuijiException("notice.error.nothingToDeliver");
    }
    return delivered(date, method, receipt, tx -> ids);
  }

  /**
   * As {@link #deliver}, for every inspection of the draw still awaiting its notice (those
   * already notified or closed are left as they are).
   *
   * @throws SuijiException {@code notice.error.noSuchDraw}, {@code notice.error.nothingAwaiting}
   */
  public int deliverDraw(long drawId, LocalDate date, DeliveryMethod method, @Nullable Path receipt) {
    return delivered(date, method, receipt, tx -> {
      List<DocumentSources.Target> targets = sources.targetsOfDraw(tx, drawId);
      if (targets.isEmpty()) {
        throw new SuijiException("notice.error.noSuchDraw", drawId);
      }
      List<Long> awaiting = targets.stream().filter(t -> t.status() == InspectionStatus.AWAITING_NOTICE)
          .map(DocumentSources.Target::inspectionId).toList();
      if (awaiting.isEmpty()) {
        throw new SuijiException("notice.error.nothingAwaiting", drawId);
      }
      return awaiting;
    });
  }

  private interface Chooser {
    List<Long> inspections(DSLContext tx);
  }

  private int delivered(LocalDate date, DeliveryMethod method, @Nullable Path receipt, Chooser chooser) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(method, "method");
    if (date.isAfter(today())) {
      throw new SuijiException("notice.error.deliveryFuture", date, today());
    }
    Receipts.Kept kept = receipt == null ? null : receipts.keep(receipt);
    try {
      int count = dsl.transactionResult(trx -> deliver(trx.dsl(), chooser.inspections(trx.dsl()), date, method, kept));
      LOG.info("{} notices delivered on {} ({})", count, date, method);
      return count;
    } catch (RuntimeException e) {
      if (kept != null) {
        receipts.forget(kept);
      }
      throw e;
    }
  }

  private int deliver(DSLContext tx, List<Long> ids, LocalDate date, DeliveryMethod method,
      Receipts.@Nullable Kept receipt) {
    Map<Long, DocumentSources.Target> targets = sources.targetsOf(tx, ids);
    Map<Long, NumberedDocument> live = notices.liveNoticesOf(tx, ids);
    List<Long> withoutNotice = ids.stream().filter(id -> !live.containsKey(id)).toList();
    Map<Long, NumberedDocument> voided = withoutNotice.isEmpty() ? Map.of()
        : notices.lastVoidedNoticesOf(tx, withoutNotice);
    List<NoticeRepository.NewDelivery> rows = new ArrayList<>(ids.size());
    for (long id : ids) {
      DocumentSources.Target t = targets.get(id);
      if (t == null) {
        throw new SuijiException("inspection.service.noSuchInspection", id);
      }
      NumberedDocument n = live.get(id);
      if (n == null) {
        NumberedDocument v = voided.get(id);
        if (v != null) {
          throw new SuijiException("notice.error.voided", t.name(), v.number());
        }
        throw new SuijiException("notice.error.notIssued", t.name(), t.drawOrder());
      }
      if (t.status() != InspectionStatus.AWAITING_NOTICE) {
        throw new SuijiException("notice.error.notAwaiting", t.name(), n.number(), Messages.current().label(t.status()));
      }
      if (date.isBefore(n.issuedOn())) {
        throw new SuijiException("notice.error.deliveryBeforeIssue", t.name(), n.number(), date, n.issuedOn());
      }
      rows.add(new NoticeRepository.NewDelivery(n.id(), id, date, method, receipt == null ? null : receipt.file(),
          receipt == null ? null : receipt.sha256()));
    }
    notices.insertDeliveries(tx, rows, OffsetDateTime.now(clock));
    for (long id : ids) {
      inspections.move(tx, id, InspectionStatus.NOTIFIED, date, null);
    }
    NumberedDocument first = live.get(ids.get(0));
    auditor.record(tx, AuditEvent.of("notice.deliver", "notice", ids.size() == 1 ? first.number() : null,
        "count=" + ids.size() + " date=" + date + " method=" + method + " first=" + first.number()
            + (receipt == null ? "" : " receipt=" + receipt.file() + " sha256=" + receipt.sha256())));
    return ids.size();
  }

  // ---- the list ----

  /** The confirmed draws (those that created inspections), newest first: what notices are issued for. */
  public List<ConfirmedDraw> confirmedDraws() {
    return dsl.transactionResult(trx -> sources.confirmedDraws(trx.dsl()));
  }

  /**
   * The draw's inspections in draw order, each with its notice in force (or none), its status and
   * its delivery.
   *
   * @throws SuijiException {@code notice.error.noSuchDraw}
   */
  public List<NoticeRow> list(long drawId) {
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      List<DocumentSources.Target> targets = sources.targetsOfDraw(tx, drawId);
      if (targets.isEmpty()) {
        throw new SuijiException("notice.error.noSuchDraw", drawId);
      }
      Map<Long, NumberedDocument> live = notices.liveNoticesOfDraw(tx, drawId);
      Map<Long, NoticeRepository.Delivery> deliveries = notices.deliveriesOfDraw(tx, drawId);
      List<NoticeRow> rows = new ArrayList<>(targets.size());
      for (DocumentSources.Target t : targets) {
        NumberedDocument n = live.get(t.inspectionId());
        NoticeRepository.Delivery d = deliveries.get(t.inspectionId());
        rows.add(new NoticeRow(t.inspectionId(), t.drawOrder(), t.name(), t.code(), n == null ? null : n.id(),
            n == null ? null : n.number(), n == null ? null : n.issuedOn(), t.status(),
            d == null ? null : d.deliveredOn(), d == null ? null : d.method()));
      }
      return rows;
    });
  }
}
