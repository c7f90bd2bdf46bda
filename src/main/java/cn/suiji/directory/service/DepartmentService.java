package cn.suiji.directory.service;

import cn.suiji.directory.data.DepartmentRepository;
import cn.suiji.directory.domain.Department;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;

/** Keeps the list of departments. */
public final class DepartmentService {
  private final DSLContext dsl;
  private final DepartmentRepository repository;
  private final Auditor auditor;

  public DepartmentService(DSLContext dsl, DepartmentRepository repository, Auditor auditor) {
    this.dsl = dsl;
    this.repository = repository;
    this.auditor = auditor;
  }

  public List<Department> all() {
    return repository.all(dsl);
  }

  /** Creates the departments inside the caller's transaction: all of them, or none. */
  public List<Department> createAll(DSLContext tx, List<Department> drafts) {
    Set<String> codes = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (Department d : drafts) {
      if (!codes.add(d.code()) || !names.add(d.name()) || repository.codeOrNameTaken(tx, d)) {
        throw new SuijiException("directory.department.duplicate", d.code(), d.name());
      }
    }
    return drafts.stream().map(d -> {
      Department saved = repository.insert(tx, d);
      auditor.record(tx, new AuditEvent("department.create", "department", saved.code(), null, saved.toString(), null));
      return saved;
    }).toList();
  }
}
