package cn.suiji.inspection.data;

import static cn.suiji.shared.db.generated.Tables.DOCUMENT_SERIES;
import static cn.suiji.shared.db.generated.Tables.INSPECTION;
import static cn.suiji.shared.db.generated.Tables.NOTICE_DELIVERY;
import static cn.suiji.shared.db.generated.Tables.NUMBERED_DOCUMENT;

import cn.suiji.inspection.domain.DeliveryMethod;
import cn.suiji.inspection.domain.DocumentKind;
import cn.suiji.inspection.domain.DocumentStatus;
import cn.suiji.inspection.domain.NumberedDocument;
import cn.suiji.shared.db.generated.tables.records.NumberedDocumentRecord;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * The numbered documents (NUMBERED_DOCUMENT), their number series (DOCUMENT_SERIES) and the
 * deliveries of notices (NOTICE_DELIVERY); and the notice number an inspection shows
 * (INSPECTION.NOTICE_NO). Every method takes the caller's transaction: numbers are taken in the
 * transaction that records the documents, so a rollback gives them back.
 */
public final class NoticeRepository {
  /** One statement may carry at most 100,000 parameters, and a draw may select more targets. */
  private static final int CHUNK = 500;

  /** A document to insert: its number in the series and what it belongs to. */
  public record NewDocument(DocumentKind kind, long departmentId, int year, int seq, String number, long taskId,
      @Nullable Long inspectionId, LocalDate issuedOn) {}

  /** A delivery to insert. */
  public record NewDelivery(long documentId, long inspectionId, LocalDate deliveredOn, DeliveryMethod method,
      @Nullable String receiptFile, @Nullable String receiptSha256) {}

  /** A recorded delivery. */
  public record Delivery(long documentId, long inspectionId, LocalDate deliveredOn, DeliveryMethod method,
      @Nullable String receiptFile, @Nullable String receiptSha256) {}

  /**
   * Takes the next {@code count} numbers of the series, which is created at 0 if new: the series'
   * row is locked until the caller's transaction ends (SELECT … FOR UPDATE), so a second batch
   * waits for the first to commit or roll back and never takes the same numbers, and a rolled-back
   * batch leaves the series as it found it. Returns the first number taken.
   */
  public int take(DSLContext tx, long departmentId, int year, DocumentKind kind, int count) {
    tx.insertInto(DOCUMENT_SERIES, DOCUMENT_SERIES.DEPARTMENT_ID, DOCUMENT_SERIES.DOC_YEAR, DOCUMENT_SERIES.KIND,
            DOCUMENT_SERIES.LAST_SEQ)
        .values(departmentId, year, kind.name(), 0)
        .onDuplicateKeyIgnore()
        .execute();
    Condition series = DOCUMENT_SERIES.DEPARTMENT_ID.eq(departmentId).and(DOCUMENT_SERIES.DOC_YEAR.eq(year))
        .and(DOCUMENT_SERIES.KIND.eq(kind.name()));
    int last = tx.select(DOCUMENT_SERIES.LAST_SEQ).from(DOCUMENT_SERIES).where(series).forUpdate()
        .fetchSingle(DOCUMENT_SERIES.LAST_SEQ);
    tx.update(DOCUMENT_SERIES).set(DOCUMENT_SERIES.LAST_SEQ, last + count).where(series).execute();
    return last + 1;
  }

  /** The last number taken in the series, 0 when none was. */
  public int last(DSLContext tx, long departmentId, int year, DocumentKind kind) {
    return tx.select(DOCUMENT_SERIES.LAST_SEQ).from(DOCUMENT_SERIES)
        .where(DOCUMENT_SERIES.DEPARTMENT_ID.eq(departmentId)).and(DOCUMENT_SERIES.DOC_YEAR.eq(year))
        .and(DOCUMENT_SERIES.KIND.eq(kind.name()))
        .fetchOptional(DOCUMENT_SERIES.LAST_SEQ).orElse(0);
  }

  /**
   * Inserts the documents, in force, and returns their ids in the same order; a notice's number
   * is also set on its inspection (INSPECTION.NOTICE_NO, what the target's history shows).
   */
  public List<Long> insert(DSLContext tx, List<NewDocument> documents) {
    List<Long> ids = new ArrayList<>(documents.size());
    for (int from = 0; from < documents.size(); from += CHUNK) {
      List<NewDocument> chunk = documents.subList(from, Math.min(documents.size(), from + CHUNK));
      var insert = tx.insertInto(NUMBERED_DOCUMENT, NUMBERED_DOCUMENT.KIND, NUMBERED_DOCUMENT.DEPARTMENT_ID,
          NUMBERED_DOCUMENT.DOC_YEAR, NUMBERED_DOCUMENT.SEQ, NUMBERED_DOCUMENT.DOC_NUMBER, NUMBERED_DOCUMENT.TASK_ID,
          NUMBERED_DOCUMENT.INSPECTION_ID, NUMBERED_DOCUMENT.ISSUED_ON, NUMBERED_DOCUMENT.STATUS,
          NUMBERED_DOCUMENT.LIVE_INSPECTION_ID, NUMBERED_DOCUMENT.LIVE_TASK_ID, NUMBERED_DOCUMENT.LIVE_RESULTS_TASK_ID);
      for (NewDocument d : chunk) {
        DocumentKind k = d.kind();
        insert = insert.values(k.name(), d.departmentId(), d.year(), d.seq(), d.number(), d.taskId(),
            d.inspectionId(), d.issuedOn(), DocumentStatus.ISSUED.name(),
            k == DocumentKind.NOTICE ? d.inspectionId() : null, k == DocumentKind.ANNOUNCEMENT ? d.taskId() : null,
            k == DocumentKind.RESULTS ? d.taskId() : null);
      }
      insert.returningResult(NUMBERED_DOCUMENT.ID).fetch().forEach(r -> ids.add(r.value1()));
    }
    if (ids.size() != documents.size()) {
      // the driver did not hand back one key per row: read them by their place in the series
      ids.clear();
      for (NewDocument d : documents) {
        ids.add(tx.select(NUMBERED_DOCUMENT.ID).from(NUMBERED_DOCUMENT)
            .where(NUMBERED_DOCUMENT.DEPARTMENT_ID.eq(d.departmentId())).and(NUMBERED_DOCUMENT.DOC_YEAR.eq(d.year()))
            .and(NUMBERED_DOCUMENT.KIND.eq(d.kind().name())).and(NUMBERED_DOCUMENT.SEQ.eq(d.seq()))
            .fetchSingle(NUMBERED_DOCUMENT.ID));
      }
    }
    List<Long> inspections = documents.stream().map(NewDocument::inspectionId).filter(java.util.Objects::nonNull).toList();
    for (int from = 0; from < inspections.size(); from += CHUNK) {
      tx.update(INSPECTION)
          .set(INSPECTION.NOTICE_NO, org.jooq.impl.DSL.select(NUMBERED_DOCUMENT.DOC_NUMBER).from(NUMBERED_DOCUMENT)
              .where(NUMBERED_DOCUMENT.LIVE_INSPECTION_ID.eq(INSPECTION.ID)))
          .where(INSPECTION.ID.in(inspections.subList(from, Math.min(inspections.size(), from + CHUNK))))
          .execute();
    }
    return ids;
  }

  /** The notices in force of the draw's inspections, by inspection id. */
  public Map<Long, NumberedDocument> liveNoticesOfDraw(DSLContext tx, long drawId) {
    Map<Long, NumberedDocument> out = new HashMap<>();
    tx.select(NUMBERED_DOCUMENT.fields()).from(NUMBERED_DOCUMENT)
        .join(INSPECTION).on(INSPECTION.ID.eq(NUMBERED_DOCUMENT.LIVE_INSPECTION_ID))
        .where(INSPECTION.DRAW_ID.eq(drawId))
        .fetchInto(NUMBERED_DOCUMENT)
        .forEach(r -> out.put(r.getInspectionId(), toDomain(r)));
    return out;
  }

  /** The notices in force of the inspections named, by inspection id. */
  public Map<Long, NumberedDocument> liveNoticesOf(DSLContext tx, List<Long> inspectionIds) {
    Map<Long, NumberedDocument> out = new HashMap<>();
    for (int from = 0; from < inspectionIds.size(); from += CHUNK) {
      tx.selectFrom(NUMBERED_DOCUMENT)
          .where(NUMBERED_DOCUMENT.LIVE_INSPECTION_ID.in(inspectionIds.subList(from,
              Math.min(inspectionIds.size(), from + CHUNK))))
          .forEach(r -> out.put(r.getInspectionId(), toDomain(r)));
    }
    return out;
  }

  /** The newest voided notice of each inspection named that has one, by inspection id (its replacement's predecessor). */
  public Map<Long, NumberedDocument> lastVoidedNoticesOf(DSLContext tx, List<Long> inspectionIds) {
    Map<Long, NumberedDocument> out = new HashMap<>();
    for (int from = 0; from < inspectionIds.size(); from += CHUNK) {
      tx.selectFrom(NUMBERED_DOCUMENT)
          .where(NUMBERED_DOCUMENT.INSPECTION_ID.in(inspectionIds.subList(from, Math.min(inspectionIds.size(), from + CHUNK))))
          .and(NUMBERED_DOCUMENT.STATUS.eq(DocumentStatus.VOIDED.name()))
          .and(NUMBERED_DOCUMENT.REPLACED_BY.isNull())
          .orderBy(NUMBERED_DOCUMENT.ID)
          .forEach(r -> out.put(r.getInspectionId(), toDomain(r)));
    }
    return out;
  }

  /** The task's announcement in force, if any. */
  public Optional<NumberedDocument> liveAnnouncement(DSLContext tx, long taskId) {
    return tx.selectFrom(NUMBERED_DOCUMENT).where(NUMBERED_DOCUMENT.LIVE_TASK_ID.eq(taskId))
        .fetchOptional(NoticeRepository::toDomain);
  }

  /** The task's 检查结果公告 in force, if any. */
  public Optional<NumberedDocument> liveResultAnnouncement(DSLContext tx, long taskId) {
    return tx.selectFrom(NUMBERED_DOCUMENT).where(NUMBERED_DOCUMENT.LIVE_RESULTS_TASK_ID.eq(taskId))
        .fetchOptional(NoticeRepository::toDomain);
  }

  /** The task's newest voided announcement not yet replaced, if any. */
  public Optional<NumberedDocument> lastVoidedAnnouncement(DSLContext tx, long taskId) {
    return lastVoided(tx, taskId, DocumentKind.ANNOUNCEMENT);
  }

  /** The task's newest voided document of {@code kind} (one per task: announcement, results) not yet replaced. */
  public Optional<NumberedDocument> lastVoided(DSLContext tx, long taskId, DocumentKind kind) {
    return tx.selectFrom(NUMBERED_DOCUMENT).where(NUMBERED_DOCUMENT.TASK_ID.eq(taskId))
        .and(NUMBERED_DOCUMENT.KIND.eq(kind.name()))
        .and(NUMBERED_DOCUMENT.STATUS.eq(DocumentStatus.VOIDED.name())).and(NUMBERED_DOCUMENT.REPLACED_BY.isNull())
        .orderBy(NUMBERED_DOCUMENT.ID.desc()).limit(1)
        .fetchOptional(NoticeRepository::toDomain);
  }

  public Optional<NumberedDocument> find(DSLContext tx, long id) {
    return tx.selectFrom(NUMBERED_DOCUMENT).where(NUMBERED_DOCUMENT.ID.eq(id)).fetchOptional(NoticeRepository::toDomain);
  }

  /** The document, locked until the caller's transaction ends. */
  public Optional<NumberedDocument> lock(DSLContext tx, long id) {
    return tx.selectFrom(NUMBERED_DOCUMENT).where(NUMBERED_DOCUMENT.ID.eq(id)).forUpdate()
        .fetchOptional(NoticeRepository::toDomain);
  }

  /** The documents printed with this number (one, unless two departments share a 机关代字). */
  public List<NumberedDocument> byNumber(DSLContext tx, String number) {
    return tx.selectFrom(NUMBERED_DOCUMENT).where(NUMBERED_DOCUMENT.DOC_NUMBER.eq(number)).orderBy(NUMBERED_DOCUMENT.ID)
        .fetch(NoticeRepository::toDomain);
  }

  /** Every document of the series, in number order (for checks and tests). */
  public List<NumberedDocument> series(DSLContext tx, long departmentId, int year, DocumentKind kind) {
    return tx.selectFrom(NUMBERED_DOCUMENT).where(NUMBERED_DOCUMENT.DEPARTMENT_ID.eq(departmentId))
        .and(NUMBERED_DOCUMENT.DOC_YEAR.eq(year)).and(NUMBERED_DOCUMENT.KIND.eq(kind.name()))
        .orderBy(NUMBERED_DOCUMENT.SEQ).fetch(NoticeRepository::toDomain);
  }

  /** Voids the document: it keeps its number, is no longer in force; a notice's inspection shows no number. */
  public void voidDocument(DSLContext tx, NumberedDocument d, String reason, LocalDate on) {
    tx.update(NUMBERED_DOCUMENT)
        .set(NUMBERED_DOCUMENT.STATUS, DocumentStatus.VOIDED.name())
        .set(NUMBERED_DOCUMENT.VOID_REASON, reason)
        .set(NUMBERED_DOCUMENT.VOIDED_ON, on)
        .setNull(NUMBERED_DOCUMENT.LIVE_INSPECTION_ID)
        .setNull(NUMBERED_DOCUMENT.LIVE_TASK_ID)
        .setNull(NUMBERED_DOCUMENT.LIVE_RESULTS_TASK_ID)
        .where(NUMBERED_DOCUMENT.ID.eq(d.id()))
        .execute();
    if (d.inspectionId() != null) {
      tx.update(INSPECTION).setNull(INSPECTION.NOTICE_NO).where(INSPECTION.ID.eq(d.inspectionId())).execute();
    }
  }

  /** Records that {@code replacement} replaces the voided document {@code voided}. */
  public void replaced(DSLContext tx, long voided, long replacement) {
    tx.update(NUMBERED_DOCUMENT).set(NUMBERED_DOCUMENT.REPLACED_BY, replacement)
        .where(NUMBERED_DOCUMENT.ID.eq(voided)).execute();
  }

  public void insertDeliveries(DSLContext tx, List<NewDelivery> deliveries, OffsetDateTime now) {
    for (int from = 0; from < deliveries.size(); from += CHUNK) {
      var insert = tx.insertInto(NOTICE_DELIVERY, NOTICE_DELIVERY.DOCUMENT_ID, NOTICE_DELIVERY.INSPECTION_ID,
          NOTICE_DELIVERY.DELIVERED_ON, NOTICE_DELIVERY.METHOD, NOTICE_DELIVERY.RECEIPT_FILE,
          NOTICE_DELIVERY.RECEIPT_SHA256, NOTICE_DELIVERY.RECORDED_AT);
      for (NewDelivery d : deliveries.subList(from, Math.min(deliveries.size(), from + CHUNK))) {
        insert = insert.values(d.documentId(), d.inspectionId(), d.deliveredOn(), d.method().name(), d.receiptFile(),
            d.receiptSha256(), now);
      }
      insert.execute();
    }
  }

  /** Whether the document was delivered. */
  public boolean delivered(DSLContext tx, long documentId) {
    return tx.fetchExists(NOTICE_DELIVERY, NOTICE_DELIVERY.DOCUMENT_ID.eq(documentId));
  }

  /** The deliveries of the draw's inspections, by inspection id. */
  public Map<Long, Delivery> deliveriesOfDraw(DSLContext tx, long drawId) {
    Map<Long, Delivery> out = new HashMap<>();
    tx.select(NOTICE_DELIVERY.DOCUMENT_ID, NOTICE_DELIVERY.INSPECTION_ID, NOTICE_DELIVERY.DELIVERED_ON,
            NOTICE_DELIVERY.METHOD, NOTICE_DELIVERY.RECEIPT_FILE, NOTICE_DELIVERY.RECEIPT_SHA256)
        .from(NOTICE_DELIVERY).join(INSPECTION).on(INSPECTION.ID.eq(NOTICE_DELIVERY.INSPECTION_ID))
        .where(INSPECTION.DRAW_ID.eq(drawId))
        .forEach(r -> out.put(r.value2(), new Delivery(r.value1(), r.value2(), r.value3(),
            DeliveryMethod.valueOf(r.value4()), r.value5(), r.value6())));
    return out;
  }

  private static NumberedDocument toDomain(NumberedDocumentRecord r) {
    return new NumberedDocument(r.getId(), DocumentKind.valueOf(r.getKind()), r.getDepartmentId(), r.getDocYear(),
        r.getSeq(), r.getDocNumber(), r.getTaskId(), r.getInspectionId(), r.getIssuedOn(),
        DocumentStatus.valueOf(r.getStatus()), r.getVoidReason(), r.getVoidedOn(), r.getReplacedBy());
  }
}
