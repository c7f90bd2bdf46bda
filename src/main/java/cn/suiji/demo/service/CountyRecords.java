package cn.suiji.demo.service;

import cn.suiji.demo.domain.DemoCounty;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.Gender;
import cn.suiji.directory.domain.InspectionItem;
import cn.suiji.directory.domain.Inspector;
import cn.suiji.directory.domain.Target;
import cn.suiji.plan.domain.ItemRef;
import cn.suiji.plan.domain.PlanTask;
import cn.suiji.plan.domain.TaskScope;
import cn.suiji.rules.domain.DocumentRules;
import cn.suiji.rules.domain.WorkingRules;
import java.util.List;
import java.util.Map;

/**
 * The generated county's records as the owning features' own domain records (directory, plan,
 * rules), ids left to the database; what the owners keep elsewhere — a target's earlier
 * inspections, a task's items by id — {@link DemoService} hands over separately.
 */
final class CountyRecords {
  private CountyRecords() {}

  static Department department(DemoCounty.Department d) {
    return new Department(null, d.code(), d.name(), d.docPrefix(), d.sortOrder());
  }

  /** A version valid from its date with no end and no sub-item. */
  static InspectionItem item(DemoCounty.Item i, long departmentId) {
    return new InspectionItem(null, departmentId, i.code(), i.name(), null, i.legalBasis(), i.implementingBody(),
        i.targetKind(), i.content(), i.method(), i.ratioPercent(), i.frequencyPerYear(), i.inspectorRequirement(),
        i.itemClass(), i.legalReviewDate(), i.publicisedDate(), i.validFrom(), null);
  }

  /** The rules with the schema's document settings and the department's contact for notices. */
  static WorkingRules rules(DemoCounty.Rules r, long departmentId) {
    DocumentRules d = DocumentRules.DEFAULTS;
    DocumentRules documents = new DocumentRules(d.numberPattern(), d.announcementTypeCode(), d.noticeTypeCode(),
        d.announcementListsTargets(), r.contactPerson(), r.contactPhone(), d.materials(), d.resultTypeCode());
    return new WorkingRules(departmentId, r.inspectorsPerTarget(), r.floorUndirected(), r.floorDirected(),
        r.exclusionMonths(), r.publishWorkdays(), r.listedFullCoverage(), r.recusalRule(), r.rulesText(), documents);
  }

  static Target target(DemoCounty.Target t) {
    return new Target(null, t.objectKey(), t.uscc(), t.regNo(), t.name(), t.kind(), t.legalRep(), t.address(),
        t.township(), t.jurisdictionUnit(), t.industryCode(), t.industryName(), t.registrationAuthority(), t.status(),
        t.foundedDate(), t.liaison(), t.phone(), t.abnormal(), t.seriousViolation(), t.riskClass());
  }

  static Inspector inspector(DemoCounty.Inspector i) {
    Gender gender = "M".equals(i.gender()) ? Gender.MALE : Gender.FEMALE;
    return new Inspector(null, i.key(), i.departmentCode(), i.name(), gender, i.idNumber(), i.post(),
        i.enforcementField(), i.certNo(), i.certExpiry(), i.area(), i.status(), i.phone(), i.itemCodes());
  }

  /** The task with its scope in the plan's codec; {@code items}: the county's items by code. */
  static PlanTask task(DemoCounty.Task t, Map<String, DemoCounty.Item> items) {
    TaskScope scope = new TaskScope(t.scope().townships(), t.scope().industries(),
        t.scope().kinds().stream().map(Enum::name).toList());
    List<ItemRef> refs = t.itemCodes().stream().map(code -> {
      DemoCounty.Item i = items.get(code);
      if (i == null) {
        throw new IllegalStateException("task " + t.code() + " names no item of the county: " + code);
      }
      return new ItemRef(code, i.name(), i.departmentCode());
    }).toList();
    return new PlanTask(null, t.code(), t.name(), t.type(), t.ratioPercent(), null, t.ratioA(), t.ratioB(), t.ratioC(),
        t.ratioD(), scope, t.startDate(), t.endDate(), t.leadDepartmentCode(), t.partners(), t.mode(), t.status(), refs);
  }
}
