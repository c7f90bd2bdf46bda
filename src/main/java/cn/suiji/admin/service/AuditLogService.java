package cn.suiji.admin.service;

import cn.suiji.shared.audit.AuditEntry;
import cn.suiji.shared.audit.AuditFacets;
import cn.suiji.shared.audit.AuditJournal;
import cn.suiji.shared.audit.AuditQuery;
import cn.suiji.shared.audit.AuditVerification;
import cn.suiji.shared.audit.Auditor;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jooq.DSLContext;

/**
 * The audit log as the 审计日志 screen reads it: its filters, pages of entries, the chain's
 * verification and an entry's full text. Holds the database, so the screen's view model does not
 * (ui code knows neither jOOQ nor a data package). Only reads.
 */
public final class AuditLogService {
  private final Auditor auditor;
  private final DSLContext dsl;

  public AuditLogService(Auditor auditor, DSLContext dsl) {
    this.auditor = auditor;
    this.dsl = dsl;
  }

  /** The actions, operators and kinds of object the log holds. */
  public AuditFacets facets() {
    return auditor.facets(dsl);
  }

  /** How many entries match {@code query}. */
  public int count(AuditQuery query) {
    return auditor.count(dsl, query);
  }

  /** One page of the entries matching {@code query}, newest first, numbered below {@code beforeSeq}. */
  public List<AuditEntry> search(AuditQuery query, @Nullable Long beforeSeq, int limit) {
    return auditor.search(dsl, query, beforeSeq, limit);
  }

  /** The whole chain checked (and the evidence journal against it). */
  public AuditVerification verify() {
    return auditor.verify(dsl);
  }

  /** The full before and after text the evidence journal kept for the entry, if any. */
  public Optional<AuditJournal.Payload> payload(long seq) {
    return auditor.payload(seq);
  }
}
