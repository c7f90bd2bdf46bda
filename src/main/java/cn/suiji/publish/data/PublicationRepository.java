package cn.suiji.publish.data;

import static cn.suiji.shared.db.generated.Tables.PUBLICATION;

import cn.suiji.publish.domain.OnTimeRate;
import cn.suiji.publish.domain.Publication;
import cn.suiji.shared.db.generated.tables.records.PublicationRecord;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/** The publication records (PUBLICATION), read and written in the caller's transaction. */
public final class PublicationRepository {

  /** A publication to insert. */
  public record NewPublication(long inspectionId, String taskCode, String departmentCode, LocalDate resultDate,
      LocalDate dueOn, boolean dueProvisional, LocalDate publishedOn, @Nullable String receiptFile,
      @Nullable String receiptSha256, OffsetDateTime recordedAt, String recordedBy, String reviewedBy,
      LocalDate reviewedOn) {}

  public Publication insert(DSLContext tx, NewPublication p) {
    PublicationRecord r = tx.insertInto(PUBLICATION)
        .set(PUBLICATION.INSPECTION_ID, p.inspectionId())
        .set(PUBLICATION.TASK_CODE, p.taskCode())
        .set(PUBLICATION.DEPARTMENT_CODE, p.departmentCode())
        .set(PUBLICATION.RESULT_DATE, p.resultDate())
        .set(PUBLICATION.DUE_ON, p.dueOn())
        .set(PUBLICATION.DUE_PROVISIONAL, p.dueProvisional())
        .set(PUBLICATION.PUBLISHED_ON, p.publishedOn())
        .set(PUBLICATION.RECEIPT_FILE, p.receiptFile())
        .set(PUBLICATION.RECEIPT_SHA256, p.receiptSha256())
        .set(PUBLICATION.RECORDED_AT, p.recordedAt())
        .set(PUBLICATION.RECORDED_BY, p.recordedBy())
        .set(PUBLICATION.REVIEWED_BY, p.reviewedBy())
        .set(PUBLICATION.REVIEWED_ON, p.reviewedOn())
        .returning().fetchSingle();
    return map(r);
  }

  public Optional<Publication> ofInspection(DSLContext tx, long inspectionId) {
    return tx.selectFrom(PUBLICATION).where(PUBLICATION.INSPECTION_ID.eq(inspectionId)).fetchOptional(this::map);
  }

  /** The task's publications, by inspection. */
  public List<Publication> ofTask(DSLContext tx, String taskCode) {
    return tx.selectFrom(PUBLICATION).where(PUBLICATION.TASK_CODE.eq(taskCode)).orderBy(PUBLICATION.INSPECTION_ID)
        .fetch(this::map);
  }

  /** Published and published by the due day, per task, by task code, with the task's reviews (by day). */
  public List<OnTimeRate> onTimeByTask(DSLContext tx) {
    Map<String, List<String>> reviews = new HashMap<>();
    tx.selectDistinct(PUBLICATION.TASK_CODE, PUBLICATION.REVIEWED_BY, PUBLICATION.REVIEWED_ON).from(PUBLICATION)
        .where(PUBLICATION.REVIEWED_BY.isNotNull())
        .orderBy(PUBLICATION.TASK_CODE, PUBLICATION.REVIEWED_ON, PUBLICATION.REVIEWED_BY)
        .forEach(r -> reviews.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2() + " " + r.value3()));
    Field<Integer> onTime = DSL.count().filterWhere(PUBLICATION.PUBLISHED_ON.le(PUBLICATION.DUE_ON));
    return tx.select(PUBLICATION.TASK_CODE, PUBLICATION.DEPARTMENT_CODE, DSL.count(), onTime).from(PUBLICATION)
        .groupBy(PUBLICATION.TASK_CODE, PUBLICATION.DEPARTMENT_CODE).orderBy(PUBLICATION.TASK_CODE)
        .fetch(r -> new OnTimeRate(r.value1(), r.value2(), r.value3(), r.value4(),
            String.join("；", reviews.getOrDefault(r.value1(), List.of()))));
  }

  private Publication map(PublicationRecord r) {
    return new Publication(r.getId(), r.getInspectionId(), r.getTaskCode(), r.getDepartmentCode(), r.getResultDate(),
        r.getDueOn(), r.getDueProvisional(), r.getPublishedOn(), r.getReceiptFile(), r.getReceiptSha256(),
        r.getRecordedAt(), r.getRecordedBy(), r.getReviewedBy(), r.getReviewedOn());
  }
}
