package cn.suiji.publish.service;

import cn.suiji.inspection.domain.InspectionFacts;
import cn.suiji.inspection.domain.InspectionResult;
import cn.suiji.inspection.domain.InspectionStatus;
import cn.suiji.inspection.domain.PendingPublication;
import cn.suiji.inspection.service.InspectionService;
import cn.suiji.inspection.service.Receipts;
import cn.suiji.inspection.service.ResultService;
import cn.suiji.publish.data.PublicationRepository;
import cn.suiji.publish.domain.OnTimeRate;
import cn.suiji.publish.domain.Publication;
import cn.suiji.publish.domain.Review;
import cn.suiji.rules.service.RulesService;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.outbox.Outbox;
import cn.suiji.shared.outbox.OutboxKind;
import cn.suiji.shared.time.CalendarService;
import cn.suiji.shared.time.Deadline;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * Publication of results marked (标记已公示, {@code suiji publish mark} and the deadlines view): the
 * inspections chosen, or every inspection of a task awaiting publication, move from INSPECTED to
 * PUBLISHED through {@link InspectionService#move(DSLContext, long, InspectionStatus, LocalDate, String)}
 * in one transaction, each with its publication record (the day, the due day it is measured
 * against, the receipt copied beside the data file and hashed, as the delivery receipts are).
 * Refused as a whole: an inspection not INSPECTED (a closed-without-visit one included: the
 * lifecycle never publishes it), a day before a result's date or after today, a batch without its
 * review before publication (reviewer and day, stored on each row). Audited per inspection. Also
 * the on-time rate per task.
 */
public final class PublishService {
  private final DSLContext dsl;
  private final PublicationRepository repository;
  private final ResultService results;
  private final InspectionService inspections;
  private final RulesService rules;
  private final CalendarService calendar;
  private final Auditor auditor;
  private final Clock clock;
  private final Supplier<String> operator;
  private final Receipts receipts;
  private final Outbox outbox;

  /**
   * @param receiptDirectory where publication receipts are kept (beside the data file); null for a
   *     database without a file, which then refuses receipts
   */
  public PublishService(DSLContext dsl, PublicationRepository repository, ResultService results,
      InspectionService inspections, RulesService rules, CalendarService calendar, Auditor auditor, Clock clock,
      Supplier<String> operator, @Nullable Path receiptDirectory) {
    this(dsl, repository, results, inspections, rules, calendar, auditor, clock, operator, receiptDirectory, Outbox.NONE);
  }

  /** As above, with the outbox each publication mark is put in for the province (issue 14). */
  public PublishService(DSLContext dsl, PublicationRepository repository, ResultService results,
      InspectionService inspections, RulesService rules, CalendarService calendar, Auditor auditor, Clock clock,
      Supplier<String> operator, @Nullable Path receiptDirectory, Outbox outbox) {
    this.outbox = outbox;
    this.dsl = dsl;
    this.repository = repository;
    this.results = results;
    this.inspections = inspections;
    this.rules = rules;
    this.calendar = calendar;
    this.auditor = auditor;
    this.clock = clock;
    this.operator = operator;
    this.receipts = new Receipts(receiptDirectory, new Receipts.Keys("publish.error.noReceiptStore",
        "publish.error.receiptMissing", "publish.error.receiptSize", "publish.error.receiptCopy"));
  }

  /**
   * Marks every inspection of the task awaiting publication (INSPECTED) published on {@code date}.
   *
   * @throws SuijiException {@code publish.mark.nothingInTask} when the task has none, or as {@link #mark(List, LocalDate, Path, Review)}
   */
  public List<Publication> markTask(String taskCode, LocalDate date, @Nullable Path receipt, Review review) {
    String code = taskCode == null ? "" : taskCode.strip();
    List<Long> ids = results.pendingPublication().stream().filter(p -> p.taskCode().equals(code))
        .map(PendingPublication::inspectionId).toList();
    if (ids.isEmpty()) {
      throw new SuijiException("publish.mark.nothingInTask", code);
    }
    return mark(ids, date, receipt, review);
  }

  /**
   * Marks the inspections published on {@code date} after the batch's {@code review}, all or none
   * (one transaction). The review is required: a reviewer's name (at most {@value Review#MAX_REVIEWER}
   * characters) and a day not after the publication nor before any of the results.
   *
   * @throws SuijiException {@code publish.mark.none}, {@code publish.mark.future}, {@code publish.review.noReviewer},
   *     {@code publish.review.reviewerTooLong}, {@code publish.review.afterPublication}, {@code publish.mark.notInspected},
   *     {@code publish.mark.beforeResult}, {@code publish.review.beforeResult}, or a receipt's problem ({@code publish.error.*})
   */
  public List<Publication> mark(List<Long> inspectionIds, LocalDate date, @Nullable Path receipt, Review review) {
    List<Long> ids = List.copyOf(new LinkedHashSet<>(inspectionIds));
    if (ids.isEmpty()) {
      throw new SuijiException("publish.mark.none");
    }
    LocalDate today = LocalDate.now(clock);
    if (date.isAfter(today)) {
      throw new SuijiException("publish.mark.future", date.toString(), today.toString());
    }
    String reviewer = review.reviewer() == null ? "" : review.reviewer().strip();
    if (reviewer.isEmpty()) {
      throw new SuijiException("publish.review.noReviewer");
    }
    if (reviewer.length() > Review.MAX_REVIEWER) {
      throw new SuijiException("publish.review.reviewerTooLong", Review.MAX_REVIEWER);
    }
    if (review.reviewedOn().isAfter(date)) {
      throw new SuijiException("publish.review.afterPublication", review.reviewedOn().toString(), date.toString());
    }
    Review checked = new Review(reviewer, review.reviewedOn());
    Receipts.Kept kept = receipt == null ? null : receipts.keep(receipt);
    try {
      return dsl.transactionResult(trx -> mark(trx.dsl(), ids, date, kept, checked));
    } catch (RuntimeException e) {
      if (kept != null) {
        receipts.forget(kept);
      }
      throw e;
    }
  }

  private List<Publication> mark(DSLContext tx, List<Long> ids, LocalDate date, Receipts.@Nullable Kept receipt,
      Review review) {
    List<Publication> out = new ArrayList<>();
    OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    for (long id : ids) {
      InspectionFacts facts = results.facts(tx, id);
      if (facts.status() != InspectionStatus.INSPECTED) {
        throw new SuijiException("publish.mark.notInspected", facts.targetName(), facts.taskCode(),
            Messages.current().label(facts.status()));
      }
      InspectionResult result = results.current(tx, id)
          .orElseThrow(() -> new SuijiException("publish.mark.notInspected", facts.targetName(), facts.taskCode(),
              Messages.current().label(facts.status())));
      if (date.isBefore(result.formedOn())) {
        throw new SuijiException("publish.mark.beforeResult", facts.targetName(), date.toString(),
            result.formedOn().toString());
      }
      if (review.reviewedOn().isBefore(result.formedOn())) {
        throw new SuijiException("publish.review.beforeResult", facts.targetName(), review.reviewedOn().toString(),
            result.formedOn().toString());
      }
      Deadline due = calendar.deadline(result.formedOn(), rules.get(facts.departmentId()).publishWorkdays());
      inspections.move(tx, id, InspectionStatus.PUBLISHED, date, null);
      Publication p = repository.insert(tx, new PublicationRepository.NewPublication(id, facts.taskCode(),
          facts.departmentCode(), result.formedOn(), due.date(), due.provisional(), date,
          receipt == null ? null : receipt.file(), receipt == null ? null : receipt.sha256(), now, operator.get(),
          review.reviewer(), review.reviewedOn()));
      auditor.record(tx, new AuditEvent("publication.mark", "publication", Long.toString(p.id()), null, p.toString(),
          "inspection=" + id + " task=" + facts.taskCode() + " target=" + facts.targetCode() + " date=" + date
              + " due=" + due.date() + " reviewer=" + review.reviewer() + " reviewedOn=" + review.reviewedOn()
              + (receipt == null ? "" : " receipt=" + receipt.file() + " sha256=" + receipt.sha256())));
      outbox.add(tx, OutboxKind.PUBLICATION, "publication:" + p.id(), "publication:" + id, java.util.Map.of(
          "task", facts.taskCode(), "target", facts.targetCode(), "inspection", id, "result", "result:" + result.id(),
          "publishedOn", date.toString(), "dueOn", due.date().toString(), "reviewedBy", review.reviewer(),
          "reviewedOn", review.reviewedOn().toString()));
      out.add(p);
    }
    return out;
  }

  /** The inspection's publication record, if it was marked published. */
  public Optional<Publication> ofInspection(long inspectionId) {
    return repository.ofInspection(dsl, inspectionId);
  }

  /** The task's publication records. */
  public List<Publication> ofTask(String taskCode) {
    return repository.ofTask(dsl, taskCode);
  }

  /** Published by the due day / published, per task (tasks with nothing published are left out). */
  public List<OnTimeRate> onTimeByTask() {
    return repository.onTimeByTask(dsl);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
