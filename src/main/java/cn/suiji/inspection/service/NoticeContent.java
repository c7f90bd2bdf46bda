package cn.suiji.inspection.service;

import cn.suiji.directory.domain.TargetKind;
import cn.suiji.inspection.domain.Announcement;
import cn.suiji.inspection.domain.DocumentSources;
import cn.suiji.inspection.domain.InspectionNotice;
import cn.suiji.inspection.domain.NumberedDocument;
import cn.suiji.inspection.domain.RecordSheet;
import cn.suiji.inspection.domain.ResultLabels;
import cn.suiji.inspection.domain.SheetOptions;
import cn.suiji.plan.domain.TaskScope;
import cn.suiji.plan.domain.TaskType;
import cn.suiji.rules.domain.DocumentRules;
import cn.suiji.shared.l10n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Fills the announcement, the notices and the record sheets of one task from what {@link
 * NoticeService} read in its transaction: every text ready to print. Made once per call and
 * used for every target of the draw, so the per-task parts (items, methods, departments) are
 * worked out once.
 */
final class NoticeContent {
  /** Between the methods an item lists: 实地检查、书面检查 / 实地检查,书面检查 / 实地检查；书面检查. */
  private static final Pattern METHOD_SEPARATOR = Pattern.compile("[、，,；;/／\\s]+");

  private final DocumentSources.Task task;
  private final List<DocumentSources.Department> departments;
  private final Map<Long, DocumentSources.Department> otherDepartments;
  private final List<DocumentSources.Item> items;
  private final DocumentRules rules;
  private final ResultLabels results;
  private final List<InspectionNotice.Item> noticeItems;
  private final List<RecordSheet.Row> sheetRows;
  private final List<String> methods;

  /**
   * @param departments the task's departments, lead first
   * @param otherDepartments departments of drawn inspectors that are not the task's (normally none)
   */
  NoticeContent(DocumentSources.Task task, List<DocumentSources.Department> departments,
      Map<Long, DocumentSources.Department> otherDepartments, List<DocumentSources.Item> items, DocumentRules rules,
      ResultLabels results) {
    this.task = task;
    this.departments = List.copyOf(departments);
    this.otherDepartments = otherDepartments;
    this.items = List.copyOf(items);
    this.rules = rules;
    this.results = results;
    this.noticeItems = items.stream().map(i -> new InspectionNotice.Item(i.title(), i.legalBasis().strip())).toList();
    this.sheetRows = items.stream().map(i -> new RecordSheet.Row(i.title(), text(i.content()))).toList();
    this.methods = methods(items);
  }

  private DocumentSources.Department lead() {
    return departments.get(0);
  }

  /** The 抽查任务公告 with its number; the drawn targets listed when the rules say so. */
  Announcement announcement(NumberedDocument number, List<DocumentSources.Target> targets, String scope) {
    List<Announcement.Listed> listed = rules.announcementListsTargets()
        ? targets.stream().map(t -> new Announcement.Listed(t.name(), t.code(), text(t.registrationAuthority()))).toList()
        : List.of();
    return new Announcement(number.number(), lead().name(), text(task.planCode()), task.planTitle(), task.number(),
        task.name(), task.type() == TaskType.DIRECTED, items.stream().map(DocumentSources.Item::title).toList(), scope,
        task.startDate(), task.endDate(), departments.stream().map(DocumentSources.Department::name).toList(),
        targets.size(), listed, number.issuedOn());
  }

  /** The 检查通知书 of one target: every department taking part named with its drawn inspectors. */
  InspectionNotice notice(DocumentSources.Target target, NumberedDocument number, List<DocumentSources.Officer> officers) {
    Map<Long, List<InspectionNotice.Officer>> byDepartment = new LinkedHashMap<>();
    departments.forEach(d -> byDepartment.put(d.id(), new ArrayList<>()));
    for (DocumentSources.Officer o : officers) {
      byDepartment.computeIfAbsent(o.departmentId(), k -> new ArrayList<>()).add(officer(o));
    }
    List<InspectionNotice.Party> parties = new ArrayList<>();
    byDepartment.forEach((id, people) -> parties.add(new InspectionNotice.Party(departmentName(id), people)));
    return new InspectionNotice(target.inspectionId(), number.number(), number.voided(), target.name(), target.code(),
        task.number(), task.name(), noticeItems, task.startDate(), task.endDate(), methods, rules.materials(), parties,
        rules.contactPerson(), rules.contactPhone(), lead().name(), number.issuedOn());
  }

  /** The 检查记录表 of one target, with the notice's number. */
  RecordSheet sheet(DocumentSources.Target target, NumberedDocument number, List<DocumentSources.Officer> officers) {
    return new RecordSheet(target.inspectionId(), number.number(), task.number(), task.name(), target.name(),
        target.code(), text(target.address()), text(target.legalRep()), text(target.phone()), text(target.liaison()),
        sheetRows, SheetOptions.METHODS, results.labels(), SheetOptions.FOLLOW_UPS,
        officers.stream().map(NoticeContent::officer).toList());
  }

  private String departmentName(long id) {
    for (DocumentSources.Department d : departments) {
      if (d.id() == id) {
        return d.name();
      }
    }
    DocumentSources.Department other = otherDepartments.get(id);
    return other == null ? "" : other.name();
  }

  private static InspectionNotice.Officer officer(DocumentSources.Officer o) {
    return new InspectionNotice.Officer(o.name(), text(o.certNo()));
  }

  /** The items' methods, each once, in the items' order. */
  static List<String> methods(List<DocumentSources.Item> items) {
    Set<String> out = new LinkedHashSet<>();
    for (DocumentSources.Item i : items) {
      for (String m : METHOD_SEPARATOR.split(i.method().strip())) {
        if (!m.isBlank()) {
          out.add(m.strip());
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The task's scope in words, as the announcement prints it: 青岚县市场监督管理局检查对象名录库中的
   * 全部检查对象, or 乡镇：城关镇；行业：5165 五金零售；主体类型：企业 after the directory's name.
   */
  static String scope(TaskScope scope, String leadName, Map<String, String> industryNames) {
    Messages m = Messages.current();
    if (scope.isAll()) {
      return m.get("notice.scope.all", leadName);
    }
    List<String> parts = new ArrayList<>();
    if (!scope.townships().isEmpty()) {
      parts.add(m.get("notice.scope.townships", String.join("、", scope.townships())));
    }
    if (!scope.industries().isEmpty()) {
      parts.add(m.get("notice.scope.industries", String.join("、", scope.industries().stream()
          .map(code -> industryNames.containsKey(code) ? code + " " + industryNames.get(code) : code).toList())));
    }
    if (!scope.kinds().isEmpty()) {
      parts.add(m.get("notice.scope.kinds", String.join("、", scope.kinds().stream().map(NoticeContent::kind).toList())));
    }
    return m.get("notice.scope.some", leadName, String.join("；", parts));
  }

  private static String kind(String name) {
    for (TargetKind k : TargetKind.values()) {
      if (k.name().equals(name)) {
        return Messages.current().label(k);
      }
    }
    return name;
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value.strip();
  }
}
