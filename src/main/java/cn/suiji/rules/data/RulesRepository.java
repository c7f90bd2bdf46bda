package cn.suiji.rules.data;

import static cn.suiji.shared.db.generated.Tables.WORKING_RULES;

import cn.suiji.rules.domain.DocumentRules;
import cn.suiji.rules.domain.WorkingRules;
import cn.suiji.shared.db.generated.tables.records.WorkingRulesRecord;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;

/** The working_rules rows: one per department, or none (the defaults apply). */
public final class RulesRepository {
  public Optional<WorkingRules> find(DSLContext tx, long departmentId) {
    return tx.selectFrom(WORKING_RULES).where(WORKING_RULES.DEPARTMENT_ID.eq(departmentId)).fetchOptional()
        .map(RulesRepository::toDomain);
  }

  /** Every saved row (departments without one take the defaults). */
  public java.util.List<WorkingRules> all(DSLContext tx) {
    return tx.selectFrom(WORKING_RULES).fetch(RulesRepository::toDomain);
  }

  /** Inserts or replaces the department's row. */
  public void save(DSLContext tx, WorkingRules r, OffsetDateTime now) {
    WorkingRulesRecord record = tx.newRecord(WORKING_RULES);
    record.setDepartmentId(r.departmentId());
    record.setInspectorsPerTarget(r.inspectorsPerTarget());
    record.setFloorUndirected(r.floorUndirected());
    record.setFloorDirected(r.floorDirected());
    record.setExclusionMonths(r.exclusionMonths());
    record.setPublishWorkdays(r.publishWorkdays());
    record.setListedFullCoverage(r.listedFullCoverage());
    record.setRecusalRule(r.recusalRule().isEmpty() ? null : r.recusalRule());
    record.setRulesText(r.rulesText().isEmpty() ? null : r.rulesText());
    DocumentRules d = r.documents();
    record.setNumberPattern(d.numberPattern());
    record.setAnnouncementTypeCode(d.announcementTypeCode());
    record.setNoticeTypeCode(d.noticeTypeCode());
    record.setAnnouncementListsTargets(d.announcementListsTargets());
    record.setContactPerson(d.contactPerson().isEmpty() ? null : d.contactPerson());
    record.setContactPhone(d.contactPhone().isEmpty() ? null : d.contactPhone());
    record.setMaterials(d.materials());
    record.setResultTypeCode(d.resultTypeCode());
    record.setUpdatedAt(now);
    tx.insertInto(WORKING_RULES).set(record).onDuplicateKeyUpdate().set(record).execute();
  }

  private static WorkingRules toDomain(WorkingRulesRecord r) {
    return new WorkingRules(r.getDepartmentId(), r.getInspectorsPerTarget(), r.getFloorUndirected(), r.getFloorDirected(),
        r.getExclusionMonths(), r.getPublishWorkdays(), Boolean.TRUE.equals(r.getListedFullCoverage()),
        r.getRecusalRule() == null ? "" : r.getRecusalRule(), r.getRulesText() == null ? "" : r.getRulesText(),
        new DocumentRules(r.getNumberPattern(), r.getAnnouncementTypeCode(), r.getNoticeTypeCode(),
            Boolean.TRUE.equals(r.getAnnouncementListsTargets()), r.getContactPerson(), r.getContactPhone(),
            r.getMaterials(), r.getResultTypeCode()));
  }
}
