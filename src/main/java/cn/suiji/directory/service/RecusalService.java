package cn.suiji.directory.service;

import cn.suiji.directory.data.RecusalRepository;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.InspectorRef;
import cn.suiji.directory.domain.LegalRepMatch;
import cn.suiji.directory.domain.Recusal;
import cn.suiji.directory.domain.RecusalCheck;
import cn.suiji.directory.domain.RecusalDraft;
import cn.suiji.directory.domain.RecusalFilter;
import cn.suiji.directory.domain.RecusalReason;
import cn.suiji.directory.domain.RecusalSource;
import cn.suiji.directory.domain.SearchField;
import cn.suiji.directory.domain.TargetQuery;
import cn.suiji.directory.domain.TargetRow;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.l10n.Messages;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * The recusals (回避) for the recusals screen: the filtered list, adding a declared pair, removing
 * one, and the same-name check — proposals where an inspector's name is a target's legal
 * representative, which the clerk confirms into recusals with source FOUND. Each public method is
 * one transaction; every change is audited.
 */
public final class RecusalService {
  /** The most proposals one check returns (the clerk confirms them by hand). */
  public static final int MAX_PROPOSALS = 1000;
  /** The most targets a search in the add pane returns. */
  public static final int MAX_TARGET_HITS = 20;

  private final DSLContext dsl;
  private final RecusalRepository repository;
  private final DepartmentService departments;
  private final TargetQueryService targets;
  private final Auditor auditor;
  private final Clock clock;

  public RecusalService(DSLContext dsl, RecusalRepository repository, DepartmentService departments,
      TargetQueryService targets, Auditor auditor, Clock clock) {
    this.dsl = dsl;
    this.repository = repository;
    this.departments = departments;
    this.targets = targets;
    this.auditor = auditor;
    this.clock = clock;
  }

  public List<Recusal> list(RecusalFilter filter) {
    return dsl.transactionResult(trx -> repository.list(trx.dsl(), filter));
  }

  public List<Department> departments() {
    return departments.all();
  }

  /** The inspectors a recusal can name (of the department, or all). */
  public List<InspectorRef> inspectors(@Nullable Long departmentId) {
    return dsl.transactionResult(trx -> repository.inspectors(trx.dsl(), departmentId));
  }

  /** Targets whose code starts with, or whose name contains, {@code text} (the directory's search). */
  public List<TargetRow> searchTargets(String text) {
    if (text.isBlank()) {
      return List.of();
    }
    List<TargetRow> rows = targets.page(TargetQuery.all().withText(text, SearchField.AUTO), 0).rows();
    return rows.size() > MAX_TARGET_HITS ? rows.subList(0, MAX_TARGET_HITS) : rows;
  }

  /**
   * Adds a declared recusal (source DECLARED).
   *
   * @throws SuijiException the draft's first problem, or {@code directory.recusal.error.exists} naming the pair
   */
  public Recusal add(RecusalDraft draft) {
    List<RecusalCheck.Problem> problems = RecusalCheck.problems(draft);
    if (!problems.isEmpty()) {
      throw new SuijiException(problems.get(0).key(), RecusalCheck.MAX_NOTE);
    }
    long inspectorId = draft.inspectorId();
    long targetId = draft.targetId();
    RecusalReason reason = draft.reason();
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      Optional<Recusal> existing = repository.find(tx, inspectorId, targetId);
      if (existing.isPresent()) {
        throw new SuijiException("directory.recusal.error.exists", existing.get().inspectorName(),
            existing.get().targetName());
      }
      long id = repository.insert(tx, inspectorId, targetId, reason, RecusalSource.DECLARED, draft.note().strip(),
          OffsetDateTime.now(clock));
      Recusal saved = repository.get(tx, id).orElseThrow();
      auditor.record(tx, new AuditEvent("recusal.add", "recusal", Long.toString(id), null, saved.toString(), null));
      return saved;
    });
  }

  /** Removes a recusal; false if it was already gone. */
  public boolean remove(long id) {
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      Optional<Recusal> before = repository.get(tx, id);
      if (before.isEmpty()) {
        return false;
      }
      repository.delete(tx, id);
      auditor.record(tx, new AuditEvent("recusal.remove", "recusal", Long.toString(id), before.get().toString(), null, null));
      return true;
    });
  }

  /** The same-name check (查找同名) for a department's inspectors ({@code null}: all). */
  public List<LegalRepMatch> proposals(@Nullable Long departmentId) {
    return dsl.transactionResult(trx -> repository.legalRepMatches(trx.dsl(), departmentId, MAX_PROPOSALS));
  }

  /**
   * Turns the chosen proposals into recusals with source FOUND and {@code reason}, the note saying
   * why they were proposed; a pair that has meanwhile got a recusal is left as it is. Returns how
   * many were created.
   */
  public int confirm(List<LegalRepMatch> chosen, RecusalReason reason) {
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      OffsetDateTime now = OffsetDateTime.now(clock);
      int created = 0;
      for (LegalRepMatch m : chosen) {
        if (repository.find(tx, m.inspectorId(), m.targetId()).isPresent()) {
          continue;
        }
        String note = Messages.msg("directory.recusal.foundNote", m.legalRep());
        long id = repository.insert(tx, m.inspectorId(), m.targetId(), reason, RecusalSource.FOUND, note, now);
        auditor.record(tx, new AuditEvent("recusal.confirm", "recusal", Long.toString(id), null,
            repository.get(tx, id).orElseThrow().toString(), null));
        created++;
      }
      return created;
    });
  }
}
