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

/**
 * Keeps the list of departments, for the first start, the departments screen and every screen
 * that picks one. A department with data is never deleted, only deactivated; each change is one
 * transaction with its audit entry.
 */
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

  /**
   * Adds ({@code id == null}) or edits a department, checked again here (code and name unique).
   * Fields are checked by {@link Department#draft} / {@link cn.suiji.directory.domain.DepartmentCheck} first.
   */
  public Department save(Department d) {
    Department checked = Department.draft(d.code(), d.name(), d.docPrefix(), d.sortOrder()).withActive(d.active());
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      List<Department> all = repository.all(tx);
      if (d.id() == null) {
        checked.requireNoClash(all);
        Department saved = repository.insert(tx, checked);
        auditor.record(tx, new AuditEvent("department.create", "department", saved.code(), null, saved.toString(), null));
        return saved;
      }
      Department before = find(all, d.id());
      Department after = checked.withId(d.id());
      after.requireNoClash(all);
      repository.update(tx, after);
      auditor.record(tx, new AuditEvent("department.update", "department", after.code(), before.toString(),
          after.toString(), null));
      return after;
    });
  }

  /** Deactivates (or reactivates) a department: it stays with its data, but is no longer offered. */
  public Department setActive(long id, boolean active) {
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      Department before = find(repository.all(tx), id);
      Department after = before.withActive(active);
      repository.update(tx, after);
      if (active) {
        auditor.record(tx, new AuditEvent("department.activate", "department", after.code(), before.toString(),
            after.toString(), null));
      } else {
        auditor.record(tx, new AuditEvent("department.deactivate", "department", after.code(), before.toString(),
            after.toString(), null));
      }
      return after;
    });
  }

  /** Deletes a department that has no data at all; one with data is refused (deactivate it instead). */
  public void delete(long id) {
    dsl.transaction(trx -> {
      DSLContext tx = trx.dsl();
      Department d = find(repository.all(tx), id);
      if (repository.hasData(tx, id)) {
        throw new SuijiException("directory.department.hasData", d.name());
      }
      repository.delete(tx, id);
      auditor.record(tx, new AuditEvent("department.delete", "department", d.code(), d.toString(), null, null));
    });
  }

  private static Department find(List<Department> all, long id) {
    return all.stream().filter(x -> x.id() != null && x.id() == id).findFirst()
        .orElseThrow(() -> new SuijiException("directory.department.notFound", id));
  }
}
