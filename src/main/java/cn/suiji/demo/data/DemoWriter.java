package cn.suiji.demo.data;

import cn.suiji.shared.ids.IdSeal;
import static cn.suiji.shared.db.generated.Tables.ANNUAL_PLAN;
import static cn.suiji.shared.db.generated.Tables.APP_SETTING;
import static cn.suiji.shared.db.generated.Tables.DEPARTMENT;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_ITEM;
import static cn.suiji.shared.db.generated.Tables.INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.INSPECTOR_ITEM;
import static cn.suiji.shared.db.generated.Tables.RECUSAL;
import static cn.suiji.shared.db.generated.Tables.TARGET;
import static cn.suiji.shared.db.generated.Tables.TARGET_DEPARTMENT;
import static cn.suiji.shared.db.generated.Tables.TASK_ITEM;
import static cn.suiji.shared.db.generated.Tables.TASK_PARTNER;
import static cn.suiji.shared.db.generated.Tables.WORKING_RULES;

import cn.suiji.demo.domain.DemoCounty.Department;
import cn.suiji.demo.domain.DemoCounty.Inspector;
import cn.suiji.demo.domain.DemoCounty.Item;
import cn.suiji.demo.domain.DemoCounty.Plan;
import cn.suiji.demo.domain.DemoCounty.Recusal;
import cn.suiji.demo.domain.DemoCounty.Rules;
import cn.suiji.demo.domain.DemoCounty.Target;
import cn.suiji.demo.domain.DemoCounty.Task;
import cn.suiji.shared.db.generated.tables.records.AnnualPlanRecord;
import cn.suiji.shared.db.generated.tables.records.InspectorItemRecord;
import cn.suiji.shared.db.generated.tables.records.TargetDepartmentRecord;
import cn.suiji.shared.db.generated.tables.records.TaskItemRecord;
import cn.suiji.shared.db.generated.tables.records.TaskPartnerRecord;
import cn.suiji.shared.db.generated.tables.records.TaskRecord;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Result;

/**
 * Inserts one generated county, table by table, in the caller's transaction. Rows go in as
 * multi-row inserts of up to {@link Rows#CHUNK} rows; the writer keeps the ids the database
 * gave departments, items, targets and inspectors so later rows can refer to them. Call in this
 * order: departments, items, rules, targets (in chunks), inspectors, recusals, plans.
 */
public final class DemoWriter {
  private final DSLContext tx;
  private final OffsetDateTime now;
  private final Rows rows;
  private final Map<String, Long> departmentIds = new HashMap<>();
  private final Map<String, Long> itemIds = new HashMap<>();
  private final Map<String, Long> targetIds = new HashMap<>();
  private final Map<String, Long> inspectorIds = new HashMap<>();

  private final IdSeal seal;

  DemoWriter(DSLContext tx, OffsetDateTime now, IdSeal seal) {
    this.tx = tx;
    this.seal = seal;
    this.now = now;
    this.rows = new Rows(tx);
  }

  public void departments(List<Department> departments) {
    for (Department d : departments) {
      long id = tx.insertInto(DEPARTMENT)
          .set(DEPARTMENT.CODE, d.code())
          .set(DEPARTMENT.NAME, d.name())
          .set(DEPARTMENT.DOC_PREFIX, d.docPrefix())
          .set(DEPARTMENT.SORT_ORDER, d.sortOrder())
          .set(DEPARTMENT.ACTIVE, true)
          .returningResult(DEPARTMENT.ID)
          .fetchSingle().value1();
      departmentIds.put(d.code(), id);
    }
  }

  public void items(List<Item> items) {
    rows.insert(INSPECTION_ITEM, items, i -> Records.item(i, department(i.departmentCode())));
    tx.select(INSPECTION_ITEM.CODE, INSPECTION_ITEM.ID).from(INSPECTION_ITEM)
        .forEach(r -> itemIds.put(r.value1(), r.value2()));
  }

  public void rules(List<Rules> rules) {
    rows.insert(WORKING_RULES, rules, r -> Records.rules(r, department(r.departmentCode()), now));
  }

  /** Inserts up to a chunk of targets and their directory memberships. */
  public void targets(List<Target> chunk) {
    Result<Record2<String, Long>> ids = rows.values(TARGET, chunk, t -> Records.target(t, now))
        .returningResult(TARGET.OBJECT_KEY, TARGET.ID)
        .fetch();
    for (Record2<String, Long> r : ids) {
      targetIds.put(r.value1(), r.value2());
    }
    List<TargetDepartmentRecord> memberships = new ArrayList<>();
    for (Target t : chunk) {
      for (String code : t.departments()) {
        memberships.add(new TargetDepartmentRecord(target(t.objectKey()), department(code)));
      }
    }
    rows.insert(TARGET_DEPARTMENT, memberships, r -> r);
  }

  /** Inserts the inspectors and the items each may inspect. */
  public void inspectors(List<Inspector> inspectors) {
    rows.values(INSPECTOR, inspectors, i -> Records.inspector(i, department(i.departmentCode()), now, seal)).execute();
    tx.select(INSPECTOR.INSPECTOR_KEY, INSPECTOR.ID).from(INSPECTOR)
        .forEach(r -> inspectorIds.put(r.value1(), r.value2()));
    List<InspectorItemRecord> eligible = new ArrayList<>();
    for (Inspector i : inspectors) {
      for (String code : i.itemCodes()) {
        eligible.add(new InspectorItemRecord(inspectorIds.get(i.key()), code));
      }
    }
    rows.insert(INSPECTOR_ITEM, eligible, r -> r);
  }

  public void recusals(List<Recusal> recusals) {
    rows.insert(RECUSAL, recusals,
        r -> Records.recusal(r, required(inspectorIds, r.inspectorKey()), target(r.targetKey()), now));
  }

  /** Inserts the plans with their tasks, the tasks' items and partner departments. */
  public void plans(List<Plan> plans) {
    List<TaskItemRecord> taskItems = new ArrayList<>();
    List<TaskPartnerRecord> partners = new ArrayList<>();
    for (Plan p : plans) {
      AnnualPlanRecord plan = tx.newRecord(ANNUAL_PLAN);
      plan.setDepartmentId(department(p.departmentCode()));
      plan.setPlanYear(p.year());
      plan.setTitle(p.title());
      plan.setPlanCode(p.code());
      plan.setFiledDate(p.filedDate());
      plan.setPublishedDate(p.publishedDate());
      plan.store();
      for (Task t : p.tasks()) {
        TaskRecord task = Records.task(t, plan.getId(), department(t.leadDepartmentCode()));
        tx.attach(task);
        task.store();
        t.itemCodes().forEach(code -> taskItems.add(new TaskItemRecord(task.getId(), required(itemIds, code))));
        t.partners().forEach(code -> partners.add(new TaskPartnerRecord(task.getId(), department(code))));
      }
    }
    rows.insert(TASK_ITEM, taskItems, r -> r);
    rows.insert(TASK_PARTNER, partners, r -> r);
  }

  /** Sets an {@code app_setting}, replacing its value if it is there. */
  public void setting(String name, String value) {
    tx.insertInto(APP_SETTING)
        .set(APP_SETTING.NAME, name)
        .set(APP_SETTING.SETTING, value)
        .onDuplicateKeyUpdate()
        .set(APP_SETTING.SETTING, value)
        .execute();
  }

  private long department(String code) {
    return required(departmentIds, code);
  }

  private long target(String objectKey) {
    return required(targetIds, objectKey);
  }

  private static long required(Map<String, Long> ids, String key) {
    Long id = ids.get(key);
    if (id == null) {
      throw new IllegalStateException("written out of order: no id yet for " + key);
    }
    return id;
  }
}
