package cn.suiji.directory.data;

import static cn.suiji.shared.db.generated.Tables.DEPARTMENT;

import cn.suiji.directory.domain.Department;
import cn.suiji.shared.db.generated.tables.records.DepartmentRecord;
import java.util.List;
import org.jooq.DSLContext;

/** Departments in the order the office lists them. */
public final class DepartmentRepository {
  public List<Department> all(DSLContext dsl) {
    return dsl.selectFrom(DEPARTMENT).orderBy(DEPARTMENT.SORT_ORDER, DEPARTMENT.ID).fetch(DepartmentRepository::toDomain);
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
    r.store();
    return toDomain(r);
  }

  private static Department toDomain(DepartmentRecord r) {
    return new Department(r.getId(), r.getCode(), r.getName(), r.getDocPrefix(), r.getSortOrder());
  }
}
