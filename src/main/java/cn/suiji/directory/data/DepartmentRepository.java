package cn.suiji.directory.data;

import static cn.suiji.shared.db.generated.Tables.ANNUAL_PLAN;
import static cn.suiji.shared.db.generated.Tables.DEPARTMENT;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_ITEM;
import static cn.suiji.shared.db.generated.Tables.INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.TARGET_DEPARTMENT;
import static cn.suiji.shared.db.generated.Tables.TASK;
import static cn.suiji.shared.db.generated.Tables.TASK_PARTNER;
import static cn.suiji.shared.db.generated.Tables.WORKING_RULES;

import cn.suiji.directory.domain.Department;
import cn.suiji.shared.db.generated.tables.records.DepartmentRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Departments in the order the office lists them. */
public final class DepartmentRepository {
  public List<Department> all(DSLContext dsl) {
    return dsl.selectFrom(DEPARTMENT).orderBy(DEPARTMENT.SORT_ORDER, DEPARTMENT.ID).fetch(DepartmentRepository::toDomain);
  }

  public Optional<Department> byId(DSLContext dsl, long id) {
    return dsl.selectFrom(DEPARTMENT).where(DEPARTMENT.ID.eq(id)).fetchOptional(DepartmentRepository::toDomain);
  }

  public boolean codeOrNameTaken(DSLContext dsl, Department d) {
    return dsl.fetchExists(DEPARTMENT, DEPARTMENT.CODE.eq(d.code()).or(DEPARTMENT.NAME.eq(d.name())));
  }

  public Department insert(DSLContext tx, Department d) {
    DepartmentRecord r = tx.newRecord(DEPARTMENT);
    r.setCode(d.code());
    r.setName(d.name());
    r.setDocPrefix(d.docPrefix());
    r.setSortOrder(d.sortOrder());
    r.setActive(d.active());
    r.store();
    return toDomain(r);
  }

  /** Replaces every field of the department with {@code d.id()}. */
  public void update(DSLContext tx, Department d) {
    tx.update(DEPARTMENT).set(DEPARTMENT.CODE, d.code()).set(DEPARTMENT.NAME, d.name())
        .set(DEPARTMENT.DOC_PREFIX, d.docPrefix()).set(DEPARTMENT.SORT_ORDER, d.sortOrder())
        .set(DEPARTMENT.ACTIVE, d.active()).where(DEPARTMENT.ID.eq(d.id())).execute();
  }

  /** True if anything refers to the department: items, targets, inspectors, plans, tasks or rules. */
  public boolean hasData(DSLContext dsl, long id) {
    return dsl.fetchExists(INSPECTION_ITEM, INSPECTION_ITEM.DEPARTMENT_ID.eq(id))
        || dsl.fetchExists(TARGET_DEPARTMENT, TARGET_DEPARTMENT.DEPARTMENT_ID.eq(id))
        || dsl.fetchExists(INSPECTOR, INSPECTOR.DEPARTMENT_ID.eq(id))
        || dsl.fetchExists(ANNUAL_PLAN, ANNUAL_PLAN.DEPARTMENT_ID.eq(id))
        || dsl.fetchExists(TASK, TASK.LEAD_DEPARTMENT_ID.eq(id))
        || dsl.fetchExists(TASK_PARTNER, TASK_PARTNER.DEPARTMENT_ID.eq(id))
        || dsl.fetchExists(WORKING_RULES, WORKING_RULES.DEPARTMENT_ID.eq(id));
  }

  public void delete(DSLContext tx, long id) {
    tx.deleteFrom(DEPARTMENT).where(DEPARTMENT.ID.eq(id)).execute();
  }

  private static Department toDomain(DepartmentRecord r) {
    return new Department(r.getId(), r.getCode(), r.getName(), r.getDocPrefix(), r.getSortOrder(),
        r.getActive() == null || r.getActive());
  }
}
