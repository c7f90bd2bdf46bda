package cn.suiji.demo.data;

import cn.suiji.shared.ids.IdSeal;
import cn.suiji.demo.domain.DemoCounty.Inspector;
import cn.suiji.demo.domain.DemoCounty.Item;
import cn.suiji.demo.domain.DemoCounty.Recusal;
import cn.suiji.demo.domain.DemoCounty.Rules;
import cn.suiji.rules.domain.DocumentRules;
import cn.suiji.demo.domain.DemoCounty.Target;
import cn.suiji.demo.domain.DemoCounty.Task;
import cn.suiji.shared.db.generated.tables.records.InspectionItemRecord;
import cn.suiji.shared.db.generated.tables.records.InspectorRecord;
import cn.suiji.shared.db.generated.tables.records.RecusalRecord;
import cn.suiji.shared.db.generated.tables.records.TargetRecord;
import cn.suiji.shared.db.generated.tables.records.TaskRecord;
import cn.suiji.shared.db.generated.tables.records.WorkingRulesRecord;
import java.time.OffsetDateTime;

/** Turns the generator's records into jOOQ records of the generated tables (ids left to the database). */
final class Records {
  private Records() {}

  static InspectionItemRecord item(Item i, long departmentId) {
    InspectionItemRecord r = new InspectionItemRecord();
    r.setDepartmentId(departmentId);
    r.setCode(i.code());
    r.setName(i.name());
    r.setLegalBasis(i.legalBasis());
    r.setImplementingBody(i.implementingBody());
    r.setTargetKind(i.targetKind().name());
    r.setContent(i.content());
    r.setMethod(i.method());
    r.setRatioPercent(i.ratioPercent());
    r.setFrequencyPerYear(i.frequencyPerYear());
    r.setInspectorRequirement(i.inspectorRequirement());
    r.setItemClass(i.itemClass().name());
    r.setLegalReviewDate(i.legalReviewDate());
    r.setPublicisedDate(i.publicisedDate());
    r.setValidFrom(i.validFrom());
    return r;
  }

  static WorkingRulesRecord rules(Rules x, long departmentId, OffsetDateTime now) {
    WorkingRulesRecord r = new WorkingRulesRecord();
    r.setDepartmentId(departmentId);
    r.setInspectorsPerTarget(x.inspectorsPerTarget());
    r.setFloorUndirected(x.floorUndirected());
    r.setFloorDirected(x.floorDirected());
    r.setExclusionMonths(x.exclusionMonths());
    r.setPublishWorkdays(x.publishWorkdays());
    r.setListedFullCoverage(x.listedFullCoverage());
    r.setRecusalRule(x.recusalRule());
    r.setRulesText(x.rulesText());
    // the rows go in as one multi-row insert of every column: the schema's defaults must be spelt out
    DocumentRules d = DocumentRules.DEFAULTS;
    r.setNumberPattern(d.numberPattern());
    r.setAnnouncementTypeCode(d.announcementTypeCode());
    r.setNoticeTypeCode(d.noticeTypeCode());
    r.setAnnouncementListsTargets(d.announcementListsTargets());
    r.setMaterials(d.materials());
    r.setResultTypeCode(d.resultTypeCode());
    r.setContactPerson(x.contactPerson());
    r.setContactPhone(x.contactPhone());
    r.setUpdatedAt(now);
    return r;
  }

  static TargetRecord target(Target t, OffsetDateTime now) {
    TargetRecord r = new TargetRecord();
    r.setObjectKey(t.objectKey());
    r.setUscc(t.uscc());
    r.setRegNo(t.regNo());
    r.setName(t.name());
    r.setKind(t.kind().name());
    r.setLegalRep(t.legalRep());
    r.setAddress(t.address());
    r.setTownship(t.township());
    r.setJurisdictionUnit(t.jurisdictionUnit());
    r.setIndustryCode(t.industryCode());
    r.setIndustryName(t.industryName());
    r.setRegistrationAuthority(t.registrationAuthority());
    r.setStatus(t.status().name());
    r.setFoundedDate(t.foundedDate());
    r.setLiaison(t.liaison());
    r.setPhone(t.phone());
    r.setAbnormal(t.abnormal());
    r.setSeriousViolation(t.seriousViolation());
    r.setRiskClass(t.riskClass() == null ? null : t.riskClass().name());
    r.setLastInspectedDate(t.lastInspectedDate());
    r.setInspectionCount(t.inspectionCount());
    r.setUpdatedAt(now);
    return r;
  }

  static InspectorRecord inspector(Inspector i, long departmentId, OffsetDateTime now, IdSeal seal) {
    InspectorRecord r = new InspectorRecord();
    r.setInspectorKey(i.key());
    r.setDepartmentId(departmentId);
    r.setName(i.name());
    r.setGender(i.gender());
    r.setIdSealed(seal.seal(i.idNumber())); // never in plain text (docs/decisions/0029)
    r.setIdFingerprint(seal.fingerprint(i.idNumber()));
    r.setPost(i.post());
    r.setEnforcementField(i.enforcementField());
    r.setCertNo(i.certNo());
    r.setCertExpiry(i.certExpiry());
    r.setArea(i.area());
    r.setStatus(i.status().name());
    r.setPhone(i.phone());
    r.setUpdatedAt(now);
    return r;
  }

  static RecusalRecord recusal(Recusal x, long inspectorId, long targetId, OffsetDateTime now) {
    RecusalRecord r = new RecusalRecord();
    r.setInspectorId(inspectorId);
    r.setTargetId(targetId);
    r.setReason(x.reason().name());
    r.setSource(x.source().name());
    r.setNote(x.note());
    r.setCreatedAt(now);
    return r;
  }

  static TaskRecord task(Task t, long planId, long leadDepartmentId) {
    TaskRecord r = new TaskRecord();
    r.setPlanId(planId);
    r.setCode(t.code());
    r.setName(t.name());
    r.setTaskType(t.type().name());
    r.setLeadDepartmentId(leadDepartmentId);
    r.setRatioPercent(t.ratioPercent());
    r.setRatioA(t.ratioA());
    r.setRatioB(t.ratioB());
    r.setRatioC(t.ratioC());
    r.setRatioD(t.ratioD());
    r.setScopeJson(t.scope().toJson());
    r.setStartDate(t.startDate());
    r.setEndDate(t.endDate());
    r.setMode(t.mode().name());
    r.setStatus(t.status().name());
    return r;
  }
}
