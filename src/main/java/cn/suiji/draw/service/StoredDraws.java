package cn.suiji.draw.service;

import cn.suiji.draw.data.DrawRepository;
import cn.suiji.draw.domain.AttemptStatus;
import cn.suiji.draw.domain.DrawRecord;
import cn.suiji.draw.domain.DrawStatus;
import cn.suiji.draw.domain.DrawSummary;
import cn.suiji.draw.domain.DrawTask;
import cn.suiji.draw.domain.DrawVerifier;
import cn.suiji.draw.domain.Verification;
import cn.suiji.draw.render.DrawRecordJson;
import cn.suiji.draw.render.DrawRecordSheet;
import cn.suiji.draw.render.StoredPools;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEntry;
import cn.suiji.shared.audit.Auditor;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stored attempts read back, for {@link DrawService}: recomputed and compared with their
 * rows, their audit entries and their inspections (verify), and as the record and the printed
 * sheet of a closed draw, and put back from the evidence journal. Every method runs in the
 * caller's transaction.
 */
final class StoredDraws {
  private static final Logger LOG = LoggerFactory.getLogger(StoredDraws.class);
  private static final String ENTITY = "draw";

  private final DrawRepository draws;
  private final DrawTasks tasks = new DrawTasks();
  private final Auditor auditor;
  private final DrawRecordSheets sheets;
  private final ConfirmedDrawWriter outcome;
  private final DrawRecordJson recordJson = new DrawRecordJson();

  StoredDraws(DrawRepository draws, Auditor auditor, DrawRecordSheets sheets, ConfirmedDrawWriter outcome) {
    this.draws = draws;
    this.auditor = auditor;
    this.sheets = sheets;
    this.outcome = outcome;
  }

  /**
   * Re-checks every stored attempt, never stopping at the first problem: a drawn record is
   * recomputed and compared with its row; every row is compared with its audit entries (status,
   * the record's digest) and a confirmed draw with its inspections ({@link DrawTableCheck}).
   * One check per attempt, oldest first, each with all it found.
   */
  List<DrawCheck> verifyAll(DSLContext tx) {
    Map<String, List<AuditEntry>> entries = new HashMap<>();
    for (AuditEntry e : auditor.entriesFor(tx, DrawTableCheck.ENTITY)) {
      entries.computeIfAbsent(String.valueOf(e.entityId()), id -> new ArrayList<>()).add(e);
    }
    Set<String> auditedInspections = new HashSet<>();
    auditor.entriesFor(tx, DrawTableCheck.INSPECTION_ENTITY).forEach(e -> auditedInspections.add(e.entityId()));
    DrawTableCheck tables = new DrawTableCheck(draws, outcome);
    List<DrawCheck> checks = new ArrayList<>();
    for (DrawSummary row : draws.list(tx)) {
      List<AuditEntry> mine = entries.getOrDefault(Long.toString(row.id()), List.of());
      checks.add(check(tx, row, mine, auditedInspections, tables));
    }
    return checks;
  }

  private DrawCheck check(DSLContext tx, DrawSummary row, List<AuditEntry> entries, Set<String> auditedInspections,
      DrawTableCheck tables) {
    List<DrawFinding> findings = new ArrayList<>();
    String stored = draws.recordJson(tx, row.id());
    boolean drawn = row.seed() != null || entries.stream().anyMatch(e -> e.action().equals("DRAW_PERFORM"));
    DrawRecord record = null;
    Verification v = null;
    if (drawn) {
      try {
        record = recordJson.fromStoredJson(stored, pools(draws, tx, row.id()));
        v = compare(record, row, DrawVerifier.verify(record));
        if (v instanceof Verification.Mismatch m) {
          findings.add(DrawFinding.of("draw.verify.recomputed", m.member(), m.recorded(), m.recomputed()));
        }
      } catch (SuijiException e) {
        LOG.warn("Draw {} cannot be read for verification: {}", row.id(), e.getMessage());
        findings.add(DrawFinding.of("draw.verify.unreadable", DrawFinding.describe(e)));
      }
    }
    findings.addAll(tables.check(tx, row, stored, record, entries, auditedInspections));
    return new DrawCheck(row, v, findings);
  }


  /** The record of a confirmed or voided draw (DRAW-SPEC §7). */
  DrawRecord record(DSLContext tx, DrawSummary row) {
    if (row.seed() == null || row.status() == AttemptStatus.OPEN) {
      throw new SuijiException("draw.service.notExportable", row.id(), row.status().name());
    }
    return recordJson.fromStoredJson(draws.recordJson(tx, row.id()), pools(draws, tx, row.id()));
  }

  /** The printed draw record's data (抽取记录) of a confirmed or voided draw. */
  DrawRecordSheet sheet(DSLContext tx, DrawSummary row) {
    return sheets.build(tx, row, record(tx, row), chainAnchor(tx, row));
  }
  /**
   * The audit chain's head when the draw was closed: {@code seq:hash} of its last DRAW_CONFIRM
   * (or, voided, DRAW_VOID) entry, printed on the record so the chain can later be checked
   * against paper; null when there is none.
   */
  private @Nullable String chainAnchor(DSLContext tx, DrawSummary row) {
    String action = row.status() == AttemptStatus.VOIDED ? "DRAW_VOID" : "DRAW_CONFIRM";
    AuditEntry closing = null;
    for (AuditEntry e : auditor.entriesFor(tx, ENTITY, Long.toString(row.id()))) {
      if (e.action().equals(action)) {
        closing = e;
      }
    }
    return closing == null ? null : closing.seq() + ":" + closing.hash();
  }


  Verification verify(DSLContext tx, DrawSummary row, DrawTimings timings) {
    if (row.seed() == null) {
      throw new SuijiException("draw.service.notDrawn", row.id());
    }
    String stored = draws.recordJson(tx, row.id());
    timings.lap("read");
    DrawRecord record = recordJson.fromStoredJson(stored, pools(draws, tx, row.id()));
    timings.lap("parse");
    Verification v = compare(record, row, DrawVerifier.verify(record));
    timings.lap("recompute");
    return v;
  }

  /** The recomputation's verdict, then whether the row agrees with its record. */
  private static Verification compare(DrawRecord record, DrawSummary row, Verification v) {
    if (!v.matches()) {
      return v;
    }
    if (!record.task().equals(row.taskCode())) {
      return new Verification.Mismatch("task", record.task(), row.taskCode());
    }
    if (!record.commitment().equals(row.commitment())) {
      return new Verification.Mismatch("commitment", record.commitment(), row.commitment());
    }
    if (!record.seed().equals(row.seed())) {
      return new Verification.Mismatch("seed", record.seed(), String.valueOf(row.seed()));
    }
    if (!record.resultHash().equals(row.resultHash())) {
      return new Verification.Mismatch("resultHash", record.resultHash(), String.valueOf(row.resultHash()));
    }
    boolean voided = row.status() == AttemptStatus.VOIDED;
    if ((record.status() == DrawStatus.VOIDED) != voided) {
      return new Verification.Mismatch("status", record.status().name(), row.status().name());
    }
    return v;
  }

  /** The attempt's pools stored apart (V023), found by hash in the caller's transaction. */
  static StoredPools pools(DrawRepository draws, DSLContext tx, long drawId) {
    return (hash, n) -> draws.pool(tx, drawId, hash, n)
        .orElseThrow(() -> new SuijiException("draw.storedPoolMissing", hash, n));
  }

  /**
   * Puts back a drawn attempt the database lost, from the exported record (DRAW-SPEC §7, pools
   * included) that its confirmation or voiding wrote to the evidence journal: the attempt's row,
   * which must get back the id its audit entries name, its pools, and for a confirmed draw its
   * inspections with the task marked drawn — as {@link DrawService#confirm} made them. In the caller's
   * transaction, in which the audit entries were put back first.
   *
   * @throws SuijiException {@code recovery.drawNotRestorable} when the record does not read, the
   *     task is gone, or the id is taken
   */
  void restore(DSLContext tx, long drawId, int attempt, String exportedRecord, OffsetDateTime closedAt) {
    DrawRecord record;
    try {
      record = recordJson.fromJson(exportedRecord);
    } catch (RuntimeException e) {
      throw new SuijiException(e, "recovery.drawNotRestorable", drawId, e.getMessage());
    }
    DrawTask task = tasks.find(tx, record.task())
        .orElseThrow(() -> new SuijiException("recovery.drawNotRestorable", drawId, record.task()));
    AttemptStatus status = record.status() == DrawStatus.CONFIRMED ? AttemptStatus.CONFIRMED : AttemptStatus.VOIDED;
    String stored = recordJson.toStoredJson(record);
    if (draws.find(tx, drawId).isPresent()) {
      draws.update(tx, drawId, status, closedAt, record.seed(), record.resultHash(), record.voidReason(), stored);
    } else {
      long id = draws.insertRestored(tx, task.id(), attempt, record.spec(), status, record.operator(),
          record.createdAt(), closedAt, record.commitment(), record.seed(), record.resultHash(), record.voidReason(),
          stored);
      if (id != drawId) {
        throw new SuijiException("recovery.drawNotRestorable", drawId, "id " + id);
      }
    }
    draws.savePools(tx, drawId, record.strata());
    if (status == AttemptStatus.CONFIRMED) {
      outcome.write(tx, drawId, task.id(), record.assignments(), closedAt.toLocalDate(), phase -> { });
    }
    LOG.warn("Draw {} of {} (attempt {}) put back from the evidence journal as {}", drawId, task.code(), attempt,
        status);
  }
}
