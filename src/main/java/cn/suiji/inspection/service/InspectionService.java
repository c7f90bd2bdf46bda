package cn.suiji.inspection.service;

import cn.suiji.inspection.data.InspectionRepository;
import cn.suiji.inspection.domain.DrawnInspection;
import cn.suiji.inspection.domain.DrawnTarget;
import cn.suiji.inspection.domain.InspectionStatus;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.l10n.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inspections of confirmed draws, for the draw (which creates them and verifies them in its
 * own transaction) and for the screens and commands that move them along their lifecycle
 * ({@link InspectionStatus}). The only writer of the inspection tables.
 */
public final class InspectionService {
  private static final Logger LOG = LoggerFactory.getLogger(InspectionService.class);
  /** The audit log's entity; the draw's verification looks for entries about an inspection under it. */
  public static final String ENTITY = "inspection";

  private final DSLContext dsl;
  private final InspectionRepository inspections;
  private final Auditor auditor;

  /** With its own repository: for a draw service built without the composition root (tests, tools). */
  public InspectionService(DSLContext dsl, Auditor auditor) {
    this(dsl, new InspectionRepository(), auditor);
  }

  public InspectionService(DSLContext dsl, InspectionRepository inspections, Auditor auditor) {
    this.dsl = dsl;
    this.inspections = inspections;
    this.auditor = auditor;
  }

  /**
   * Creates a confirmed draw's inspections in the caller's transaction: one per drawn target in
   * draw order, waiting for its notice, with its inspectors in pick order. The draw audits the
   * confirmation as a whole. {@code lap} is told as each part ends (inspections, inspectors).
   *
   * @return the number of inspections
   */
  public int createForDraw(DSLContext tx, long drawId, long taskId, List<DrawnTarget> drawn, Consumer<String> lap) {
    inspections.insertForDraw(tx, drawId, taskId, drawn, lap);
    return drawn.size();
  }

  /**
   * The inspections of the draw or, with {@code taskId}, of its task too, by draw order, in the
   * caller's transaction: what the draw's verification compares with its record.
   */
  public List<DrawnInspection> ofDraw(DSLContext tx, long drawId, @Nullable Long taskId) {
    return inspections.ofDraw(tx, drawId, taskId);
  }

  /**
   * Moves the inspection on (one transaction, audited with the date, the reason and, by the
   * auditor, the operator).
   *
   * @throws SuijiException {@code inspection.service.noSuchInspection}, {@code inspection.service.illegalMove}
   *     for a move the lifecycle does not allow, {@code inspection.service.reasonRequired} when closing
   *     without a visit without a reason
   */
  public void move(long inspectionId, InspectionStatus to, LocalDate date, @Nullable String reason) {
    dsl.transaction(trx -> move(trx.dsl(), inspectionId, to, date, reason));
    LOG.info("Inspection {} moved to {} on {}", inspectionId, to, date);
  }

  /**
   * As {@link #move(long, InspectionStatus, LocalDate, String)}, in the caller's transaction: for
   * a feature whose own write moves the inspection (delivery of a notice, a recorded result).
   */
  public void move(DSLContext tx, long inspectionId, InspectionStatus to, LocalDate date, @Nullable String reason) {
    String why = reason == null ? "" : reason.strip();
    String stored = inspections.lockStatus(tx, inspectionId)
        .orElseThrow(() -> new SuijiException("inspection.service.noSuchInspection", inspectionId));
    InspectionStatus from = InspectionStatus.valueOf(stored);
    if (!InspectionStatus.canMove(from, to)) {
      throw new SuijiException("inspection.service.illegalMove", inspectionId, Messages.current().label(from),
          Messages.current().label(to));
    }
    if (to.needsReason() && why.isEmpty()) {
      throw new SuijiException("inspection.service.reasonRequired", inspectionId);
    }
    inspections.move(tx, inspectionId, to, date, to.needsReason() ? why : null);
    auditor.record(tx, new AuditEvent("INSPECTION_MOVE", "inspection", Long.toString(inspectionId),
        from.name(), to.name(), from + "→" + to + " date=" + date + (why.isEmpty() ? "" : " reason=" + why)));
  }

  /**
   * In the caller's transaction: the inspected date of an inspection whose result was corrected
   * to another date (the correction audits it). Issue 13.
   */
  public void correctInspectedOn(DSLContext tx, long inspectionId, LocalDate date) {
    inspections.setInspectedOn(tx, inspectionId, date);
  }
}
