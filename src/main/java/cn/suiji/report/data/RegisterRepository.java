package cn.suiji.report.data;

import static cn.suiji.shared.db.generated.Tables.DEPARTMENT;
import static cn.suiji.shared.db.generated.Tables.EVALUATION_EVIDENCE;
import static cn.suiji.shared.db.generated.Tables.EVALUATION_GRADE;
import static cn.suiji.shared.db.generated.Tables.EVALUATION_WEIGHT;
import static cn.suiji.shared.db.generated.Tables.OTHER_INSPECTION;

import cn.suiji.report.domain.Evidence;
import cn.suiji.report.domain.EvidenceState;
import cn.suiji.report.domain.Grade;
import cn.suiji.report.domain.Indicator;
import cn.suiji.report.domain.OtherInspection;
import cn.suiji.report.domain.OtherInspectionKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;

/**
 * The evaluation's own tables (report owns them, ADR 0031): other inspections (indicator 14),
 * evidence files (indicators 1–4), the indicators' weights and the grades. Departments are named
 * by code, read from the directory's table.
 */
public final class RegisterRepository {
  /** An evidence row as stored; its state is checked against the file by the service. */
  public record StoredEvidence(long id, String departmentCode, int year, int indicator, String storedFile,
      String originalName, String sha256, long sizeBytes, LocalDate dated, @Nullable String note) {
    public Evidence as(EvidenceState state) {
      return new Evidence(id, departmentCode, year, Indicator.of(indicator), storedFile, originalName, sha256,
          sizeBytes, dated, note, state);
    }
  }

  /** The department's id, if the code exists. */
  public Optional<Long> departmentId(DSLContext tx, String code) {
    return tx.select(DEPARTMENT.ID).from(DEPARTMENT).where(DEPARTMENT.CODE.eq(code)).fetchOptional(DEPARTMENT.ID);
  }

  public long insertOther(DSLContext tx, long departmentId, OtherInspectionKind kind, LocalDate on, String targetName,
      @Nullable String targetCode, String result, @Nullable String source, OffsetDateTime now) {
    return tx.insertInto(OTHER_INSPECTION)
        .set(OTHER_INSPECTION.DEPARTMENT_ID, departmentId)
        .set(OTHER_INSPECTION.KIND, kind.name())
        .set(OTHER_INSPECTION.INSPECTED_ON, on)
        .set(OTHER_INSPECTION.TARGET_NAME, targetName)
        .set(OTHER_INSPECTION.TARGET_CODE, targetCode)
        .set(OTHER_INSPECTION.RESULT, result)
        .set(OTHER_INSPECTION.SOURCE, source)
        .set(OTHER_INSPECTION.CREATED_AT, now)
        .returning(OTHER_INSPECTION.ID).fetchSingle(OTHER_INSPECTION.ID);
  }

  public Optional<OtherInspection> other(DSLContext tx, long id) {
    return tx.select(OTHER_INSPECTION.asterisk(), DEPARTMENT.CODE).from(OTHER_INSPECTION)
        .join(DEPARTMENT).on(DEPARTMENT.ID.eq(OTHER_INSPECTION.DEPARTMENT_ID))
        .where(OTHER_INSPECTION.ID.eq(id)).fetchOptional(RegisterRepository::other);
  }

  /** Replaces what an other inspection records (its department and creation stay). */
  public void updateOther(DSLContext tx, long id, OtherInspectionKind kind, LocalDate on, String targetName,
      @Nullable String targetCode, String result, @Nullable String source) {
    tx.update(OTHER_INSPECTION)
        .set(OTHER_INSPECTION.KIND, kind.name())
        .set(OTHER_INSPECTION.INSPECTED_ON, on)
        .set(OTHER_INSPECTION.TARGET_NAME, targetName)
        .set(OTHER_INSPECTION.TARGET_CODE, targetCode)
        .set(OTHER_INSPECTION.RESULT, result)
        .set(OTHER_INSPECTION.SOURCE, source)
        .where(OTHER_INSPECTION.ID.eq(id)).execute();
  }

  public void deleteOther(DSLContext tx, long id) {
    tx.deleteFrom(OTHER_INSPECTION).where(OTHER_INSPECTION.ID.eq(id)).execute();
  }

  /** The department's other inspections of the year (every department's when code is null), by date. */
  public List<OtherInspection> others(DSLContext tx, @Nullable String departmentCode, int year) {
    var where = OTHER_INSPECTION.INSPECTED_ON.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    if (departmentCode != null) {
      where = where.and(DEPARTMENT.CODE.eq(departmentCode));
    }
    return tx.select(OTHER_INSPECTION.asterisk(), DEPARTMENT.CODE).from(OTHER_INSPECTION)
        .join(DEPARTMENT).on(DEPARTMENT.ID.eq(OTHER_INSPECTION.DEPARTMENT_ID))
        .where(where).orderBy(OTHER_INSPECTION.INSPECTED_ON, OTHER_INSPECTION.ID).fetch(RegisterRepository::other);
  }

  private static OtherInspection other(Record r) {
    return new OtherInspection(r.get(OTHER_INSPECTION.ID), r.get(DEPARTMENT.CODE),
        OtherInspectionKind.valueOf(r.get(OTHER_INSPECTION.KIND)), r.get(OTHER_INSPECTION.INSPECTED_ON),
        r.get(OTHER_INSPECTION.TARGET_NAME), r.get(OTHER_INSPECTION.TARGET_CODE), r.get(OTHER_INSPECTION.RESULT),
        r.get(OTHER_INSPECTION.SOURCE));
  }

  public long insertEvidence(DSLContext tx, long departmentId, int year, Indicator indicator, String storedFile,
      String originalName, String sha256, long size, LocalDate dated, @Nullable String note, OffsetDateTime now) {
    return tx.insertInto(EVALUATION_EVIDENCE)
        .set(EVALUATION_EVIDENCE.DEPARTMENT_ID, departmentId)
        .set(EVALUATION_EVIDENCE.EVAL_YEAR, year)
        .set(EVALUATION_EVIDENCE.INDICATOR, indicator.number())
        .set(EVALUATION_EVIDENCE.STORED_FILE, storedFile)
        .set(EVALUATION_EVIDENCE.ORIGINAL_NAME, originalName)
        .set(EVALUATION_EVIDENCE.SHA256, sha256)
        .set(EVALUATION_EVIDENCE.SIZE_BYTES, size)
        .set(EVALUATION_EVIDENCE.DATED, dated)
        .set(EVALUATION_EVIDENCE.NOTE, note)
        .set(EVALUATION_EVIDENCE.CREATED_AT, now)
        .returning(EVALUATION_EVIDENCE.ID).fetchSingle(EVALUATION_EVIDENCE.ID);
  }

  public void deleteEvidence(DSLContext tx, long id) {
    tx.deleteFrom(EVALUATION_EVIDENCE).where(EVALUATION_EVIDENCE.ID.eq(id)).execute();
  }

  public Optional<StoredEvidence> evidence(DSLContext tx, long id) {
    return tx.select(EVALUATION_EVIDENCE.asterisk(), DEPARTMENT.CODE).from(EVALUATION_EVIDENCE)
        .join(DEPARTMENT).on(DEPARTMENT.ID.eq(EVALUATION_EVIDENCE.DEPARTMENT_ID))
        .where(EVALUATION_EVIDENCE.ID.eq(id)).fetchOptional(RegisterRepository::evidence);
  }

  /** The department's evidence of the year (every department's when code is null), by indicator then date. */
  public List<StoredEvidence> evidence(DSLContext tx, @Nullable String departmentCode, int year) {
    var where = EVALUATION_EVIDENCE.EVAL_YEAR.eq(year);
    if (departmentCode != null) {
      where = where.and(DEPARTMENT.CODE.eq(departmentCode));
    }
    return tx.select(EVALUATION_EVIDENCE.asterisk(), DEPARTMENT.CODE).from(EVALUATION_EVIDENCE)
        .join(DEPARTMENT).on(DEPARTMENT.ID.eq(EVALUATION_EVIDENCE.DEPARTMENT_ID))
        .where(where).orderBy(EVALUATION_EVIDENCE.INDICATOR, EVALUATION_EVIDENCE.DATED, EVALUATION_EVIDENCE.ID)
        .fetch(RegisterRepository::evidence);
  }

  /** How many evidence rows name this stored copy (the same file added twice is kept once). */
  public int uses(DSLContext tx, String storedFile) {
    return tx.fetchCount(EVALUATION_EVIDENCE, EVALUATION_EVIDENCE.STORED_FILE.eq(storedFile));
  }

  private static StoredEvidence evidence(Record r) {
    return new StoredEvidence(r.get(EVALUATION_EVIDENCE.ID), r.get(DEPARTMENT.CODE), r.get(EVALUATION_EVIDENCE.EVAL_YEAR),
        r.get(EVALUATION_EVIDENCE.INDICATOR), r.get(EVALUATION_EVIDENCE.STORED_FILE),
        r.get(EVALUATION_EVIDENCE.ORIGINAL_NAME), r.get(EVALUATION_EVIDENCE.SHA256),
        r.get(EVALUATION_EVIDENCE.SIZE_BYTES), r.get(EVALUATION_EVIDENCE.DATED), r.get(EVALUATION_EVIDENCE.NOTE));
  }

  /** Indicator → weight, every indicator present. */
  public Map<Indicator, Double> weights(DSLContext tx) {
    Map<Indicator, Double> out = new EnumMap<>(Indicator.class);
    for (Indicator i : Indicator.values()) {
      out.put(i, 0.0);
    }
    tx.selectFrom(EVALUATION_WEIGHT).fetch().forEach(r -> out.put(Indicator.of(r.getIndicator()),
        r.getWeight().doubleValue()));
    return out;
  }

  public void setWeight(DSLContext tx, Indicator indicator, BigDecimal weight) {
    tx.mergeInto(EVALUATION_WEIGHT).using(tx.selectOne())
        .on(EVALUATION_WEIGHT.INDICATOR.eq(indicator.number()))
        .whenMatchedThenUpdate().set(EVALUATION_WEIGHT.WEIGHT, weight)
        .whenNotMatchedThenInsert(EVALUATION_WEIGHT.INDICATOR, EVALUATION_WEIGHT.WEIGHT)
        .values(indicator.number(), weight).execute();
  }

  /** The grades, highest first. */
  public List<Grade> grades(DSLContext tx) {
    return tx.selectFrom(EVALUATION_GRADE).orderBy(EVALUATION_GRADE.MIN_SCORE.desc())
        .fetch(r -> new Grade(r.getName(), r.getMinScore().doubleValue()));
  }

  /** Replaces the grades. */
  public void setGrades(DSLContext tx, List<Grade> grades) {
    tx.deleteFrom(EVALUATION_GRADE).execute();
    for (Grade g : grades) {
      tx.insertInto(EVALUATION_GRADE).set(EVALUATION_GRADE.NAME, g.name())
          .set(EVALUATION_GRADE.MIN_SCORE, BigDecimal.valueOf(g.minScore())).execute();
    }
  }
}
