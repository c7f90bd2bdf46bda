package cn.suiji.directory.service;

import cn.suiji.directory.data.DepartmentRepository;
import cn.suiji.directory.data.TargetHistoryRepository;
import cn.suiji.directory.data.TargetRepository;
import cn.suiji.directory.data.TargetRepository.Existing;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.Target;
import cn.suiji.directory.domain.TargetCheck;
import cn.suiji.directory.domain.TargetField;
import cn.suiji.directory.domain.TargetHistoryEntry;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * Adds and edits single targets from the targets screen, with the same checks as the import
 * ({@link TargetCheck}), and reads a target's inspection history for its detail pane. A status
 * change (注销, 吊销, 迁出) keeps the record; the draw leaves such targets out of its pools. The
 * object key of a saved target never changes, even when its uscc is corrected. Each save is one
 * transaction with one audit entry holding the digests of the target before and after.
 */
public final class TargetEditService {
  private final DSLContext dsl;
  private final TargetRepository targets;
  private final DepartmentRepository departments;
  private final TargetHistoryRepository history;
  private final Auditor auditor;
  private final Clock clock;

  public TargetEditService(DSLContext dsl, TargetRepository targets, DepartmentRepository departments,
      TargetHistoryRepository history, Auditor auditor, Clock clock) {
    this.dsl = dsl;
    this.targets = targets;
    this.departments = departments;
    this.history = history;
    this.auditor = auditor;
    this.clock = clock;
  }

  /** The target with this id, for the edit form. */
  public Target load(long id) {
    return targets.findById(dsl, id).orElseThrow(() -> new SuijiException("directory.target.edit.gone", id));
  }

  /** The departments a new target can join. */
  public List<Department> departments() {
    return departments.all(dsl);
  }

  /** The target's inspections, newest first. */
  public List<TargetHistoryEntry> history(long targetId) {
    return history.history(dsl, targetId);
  }

  /**
   * Checks the form's texts as the import would; the target, or the first problem (its field names
   * the form field to mark). Pure: touches no database.
   */
  public static TargetCheck.Result check(Map<TargetField, String> texts) {
    return TargetCheck.check(0, f -> texts.getOrDefault(f, ""));
  }

  /**
   * Saves the form: a new target ({@code id} null) joins {@code departmentId}'s directory; an
   * existing one keeps its id and object key. Refused, with nothing written, when the form does
   * not pass the checks or when its uscc or regNo belongs to another target.
   */
  public Target save(@Nullable Long id, Map<TargetField, String> texts, @Nullable Long departmentId) {
    TargetCheck.Result checked = check(texts);
    if (checked.target() == null) {
      throw Objects.requireNonNull(checked.problem()).reason();
    }
    Target form = checked.target();
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      OffsetDateTime now = OffsetDateTime.now(clock);
      List<String> codes = new ArrayList<>();
      if (form.uscc() != null) {
        codes.add(form.uscc());
      }
      if (form.regNo() != null) {
        codes.add(form.regNo());
      }
      for (Existing e : targets.findByCodes(tx, codes)) {
        if (id == null || e.id() != id) {
          String other = targets.findById(tx, e.id()).map(Target::name).orElse(e.objectKey());
          throw new SuijiException("directory.target.edit.codeTaken", form.code(), other);
        }
      }
      if (id == null) {
        long department = departmentId != null ? departmentId : onlyDepartment(tx);
        long[] ids = targets.insert(tx, List.of(form), now);
        targets.addNewToDepartment(tx, ids, department);
        Target saved = targets.findById(tx, ids[0]).orElseThrow();
        auditor.record(tx, new AuditEvent("target.create", "target", saved.objectKey(), null, saved.toString(),
            saved.code() + " " + saved.name()));
        return saved;
      }
      Target before = targets.findById(tx, id).orElseThrow(() -> new SuijiException("directory.target.edit.gone", id));
      Target after = form.saved(id, before.objectKey());
      targets.update(tx, List.of(after), EnumSet.allOf(TargetField.class), now);
      targets.setCodes(tx, id, after.uscc(), after.regNo());
      String detail = before.status() == after.status()
          ? after.code() + " " + after.name()
          : after.code() + " " + after.name() + " " + before.status() + "→" + after.status();
      auditor.record(tx, new AuditEvent("target.update", "target", before.objectKey(), before.toString(), after.toString(),
          detail));
      return after;
    });
  }

  private long onlyDepartment(DSLContext tx) {
    List<Department> all = departments.all(tx);
    if (all.size() != 1) {
      throw new SuijiException("directory.target.edit.chooseDepartment");
    }
    return Objects.requireNonNull(all.get(0).id());
  }
}
