package cn.suiji.inspection.service;

import cn.suiji.inspection.data.ResultRepository;
import cn.suiji.inspection.domain.DrawSheetRow;
import cn.suiji.inspection.domain.FollowUpRules;
import cn.suiji.inspection.domain.InspectionFacts;
import cn.suiji.inspection.domain.InspectionResult;
import cn.suiji.inspection.domain.InspectionStatus;
import cn.suiji.inspection.domain.PendingCount;
import cn.suiji.inspection.domain.PendingPublication;
import cn.suiji.inspection.domain.PendingKey;
import cn.suiji.inspection.domain.TargetResults;
import cn.suiji.inspection.domain.PresentInspector;
import cn.suiji.inspection.domain.ResultCheck;
import cn.suiji.inspection.domain.ResultCode;
import cn.suiji.inspection.domain.ResultDraft;
import cn.suiji.inspection.domain.UnresultedInspection;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.outbox.Outbox;
import cn.suiji.shared.outbox.OutboxKind;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Results of inspections (谁检查、谁录入): recorded from NOTIFIED, which moves the inspection to
 * INSPECTED in the same transaction; corrected as a new version that supersedes the old one with
 * a reason (nothing overwritten, a published result included); read back per inspection; and
 * what awaits publication, for the deadlines. An inspection still waiting for its notice is
 * refused (the notice must be delivered first); one closed without a visit takes a result of
 * 无法检查 codes and keeps its status. Every write is audited.
 */
public final class ResultService {
  private final DSLContext dsl;
  private final ResultRepository repository;
  private final ResultCodeService codes;
  private final FollowUpService followUps;
  private final InspectionService inspections;
  private final Auditor auditor;
  private final Clock clock;
  private final Supplier<String> operator;
  private final Outbox outbox;

  public ResultService(DSLContext dsl, ResultRepository repository, ResultCodeService codes, FollowUpService followUps,
      InspectionService inspections, Auditor auditor, Clock clock, Supplier<String> operator) {
    this(dsl, repository, codes, followUps, inspections, auditor, clock, operator, Outbox.NONE);
  }

  /** As above, with the outbox each result and correction is put in for the province (issue 14). */
  public ResultService(DSLContext dsl, ResultRepository repository, ResultCodeService codes, FollowUpService followUps,
      InspectionService inspections, Auditor auditor, Clock clock, Supplier<String> operator, Outbox outbox) {
    this.outbox = outbox;
    this.dsl = dsl;
    this.repository = repository;
    this.codes = codes;
    this.followUps = followUps;
    this.inspections = inspections;
    this.auditor = auditor;
    this.clock = clock;
    this.operator = operator;
  }

  /** The inspection as the rules see it. */
  public InspectionFacts facts(long inspectionId) {
    return facts(dsl, inspectionId);
  }

  /** As {@link #facts(long)} in the caller's transaction (publication marks it). */
  public InspectionFacts facts(DSLContext tx, long inspectionId) {
    return repository.facts(tx, inspectionId)
        .orElseThrow(() -> new SuijiException("inspection.service.noSuchInspection", inspectionId));
  }

  /** Every problem of a first result for the inspection, in the caller's transaction (empty: it may be recorded). */
  public List<ResultCheck.Problem> problems(DSLContext tx, ResultDraft draft) {
    InspectionFacts facts = facts(tx, draft.inspectionId());
    List<ResultCheck.Problem> out = new ArrayList<>();
    if (facts.status() == InspectionStatus.AWAITING_NOTICE) {
      out.add(new ResultCheck.Problem(ResultCheck.Field.STATUS,
          new SuijiException("inspection.result.noticeNotDelivered", facts.targetName(), facts.taskCode())));
    } else if (repository.current(tx, draft.inspectionId()).isPresent()) {
      out.add(new ResultCheck.Problem(ResultCheck.Field.STATUS,
          new SuijiException("inspection.result.alreadyRecorded", facts.targetName(), facts.taskCode())));
    }
    out.addAll(check(tx, facts, draft, false));
    return out;
  }

  /**
   * Records the inspection's first result (one transaction): checked, stored with its follow-ups,
   * the inspection moved from NOTIFIED to INSPECTED on the result's date.
   *
   * @throws SuijiException the first problem of {@link #problems}
   */
  public InspectionResult record(ResultDraft draft) {
    return dsl.transactionResult(trx -> record(trx.dsl(), draft));
  }

  /** As {@link #record(ResultDraft)} in the caller's transaction (an import's). */
  public InspectionResult record(DSLContext tx, ResultDraft draft) {
    List<ResultCheck.Problem> problems = problems(tx, draft);
    if (!problems.isEmpty()) {
      throw problems.get(0).reason();
    }
    InspectionFacts facts = facts(tx, draft.inspectionId());
    long id = store(tx, facts, draft, 1);
    if (facts.status() == InspectionStatus.NOTIFIED) {
      inspections.move(tx, facts.inspectionId(), InspectionStatus.INSPECTED, draft.formedOn(), null);
    }
    InspectionResult saved = repository.current(tx, facts.inspectionId()).orElseThrow();
    auditor.record(tx, new AuditEvent("result.record", "inspectionResult", Long.toString(id), null, saved.toString(),
        "inspection=" + facts.inspectionId() + " task=" + facts.taskCode() + " target=" + facts.targetCode()
            + " date=" + draft.formedOn() + " codes=" + String.join(",", draft.codes())));
    outbox.add(tx, OutboxKind.RESULT, "result:" + id, "inspection:" + facts.inspectionId(), forProvince(facts, saved, null));
    return saved;
  }

  /**
   * Corrects the current result (one transaction): the draft becomes the next version, the old one
   * is kept, superseded with {@code reason}; a published result stays published and traceable.
   *
   * @throws SuijiException {@code inspection.result.nothingToCorrect}, {@code inspection.result.correctionReason},
   *     or the first problem of the draft
   */
  public InspectionResult correct(ResultDraft draft, String reason) {
    String why = reason == null ? "" : reason.strip();
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      InspectionFacts facts = facts(tx, draft.inspectionId());
      InspectionResult old = repository.current(tx, draft.inspectionId())
          .orElseThrow(() -> new SuijiException("inspection.result.nothingToCorrect", facts.targetName(), facts.taskCode()));
      if (why.isEmpty()) {
        throw new SuijiException("inspection.result.correctionReason", facts.targetName());
      }
      List<ResultCheck.Problem> problems = check(tx, facts, draft, true);
      if (!problems.isEmpty()) {
        throw problems.get(0).reason();
      }
      repository.uncurrent(tx, old.id());
      long id = store(tx, facts, draft, old.version() + 1);
      OffsetDateTime now = now();
      repository.supersede(tx, old.id(), now, why, id);
      if (facts.status() == InspectionStatus.INSPECTED || facts.status() == InspectionStatus.PUBLISHED) {
        inspections.correctInspectedOn(tx, facts.inspectionId(), draft.formedOn());
      }
      InspectionResult saved = repository.current(tx, facts.inspectionId()).orElseThrow();
      auditor.record(tx, new AuditEvent("result.correct", "inspectionResult", Long.toString(id), old.toString(),
          saved.toString(), "inspection=" + facts.inspectionId() + " supersedes=" + old.id() + " status="
              + facts.status() + " reason=" + why));
      outbox.add(tx, OutboxKind.RESULT, "result:" + id, "inspection:" + facts.inspectionId(),
          forProvince(facts, saved, "result:" + old.id()));
      return saved;
    });
  }

  /** The current result, if any. */
  public Optional<InspectionResult> current(long inspectionId) {
    return repository.current(dsl, inspectionId);
  }

  /** The current result in the caller's transaction (publication checks its date). */
  public Optional<InspectionResult> current(DSLContext tx, long inspectionId) {
    return repository.current(tx, inspectionId);
  }

  /** Inspectors whose 执法证号 or name is {@code text} (at most {@code limit}; the grid's inspectors cell). */
  public List<cn.suiji.inspection.domain.InspectorMatch> findInspectors(String text, int limit) {
    return repository.inspectors(dsl, text == null ? "" : text.strip(), limit);
  }

  /** Inspectors' names by row id (the grid shows a recorded result's inspectors). */
  public Map<Long, String> inspectorNames(Set<Long> ids) {
    return ids.isEmpty() ? Map.of() : repository.inspectorNames(dsl, ids);
  }

  /** Every version, oldest first: the superseded ones with when and why. */
  public List<InspectionResult> versions(long inspectionId) {
    return repository.versions(dsl, inspectionId);
  }

  /**
   * The target's inspections with results: every version (superseded ones with when and why) and
   * the follow-ups, oldest inspection first — the target's history (issue 13).
   */
  public List<TargetResults> ofTarget(long targetId) {
    return repository.inspectionsWithResults(dsl, targetId).stream()
        .map(e -> new TargetResults(e.getKey(), e.getValue(), repository.versions(dsl, e.getKey()),
            followUps.ofInspection(e.getKey())))
        .toList();
  }

  /** The labels of the codes, in the list's order ("未发现问题" …), unknown codes as they are. */
  public List<String> labels(List<String> resultCodes) {
    Map<String, String> byCode = new java.util.HashMap<>();
    codes.all().forEach(c -> byCode.put(c.code(), c.label()));
    return resultCodes.stream().map(c -> byCode.getOrDefault(c, c)).toList();
  }

  /** The current result of each of the draw's inspections that has one, by inspection (the grid reads them at once). */
  public Map<Long, InspectionResult> currentOfDraw(long drawId) {
    return repository.currentOfDraw(dsl, drawId);
  }

  /** The draw's inspections with their drawn inspectors, by draw order (the results template). */
  public List<DrawSheetRow> drawSheet(long drawId) {
    if (!repository.drawExists(dsl, drawId)) {
      throw new SuijiException("inspection.result.noSuchDraw", drawId);
    }
    return repository.drawSheet(dsl, drawId);
  }

  /** Inspections at INSPECTED with their current result's date, oldest result first (the deadlines). */
  public List<PendingPublication> pendingPublication() {
    return repository.pendingPublication(dsl);
  }

  /** The department's {@code limit} oldest results awaiting publication, oldest first (a deadlines page). */
  public List<PendingKey> oldestPending(long departmentId, int limit) {
    return repository.oldestPending(dsl, departmentId, limit);
  }

  /** The results awaiting publication counted per department and result day (the home page's counts, ADR 0027). */
  public List<PendingCount> pendingDays() {
    return repository.pendingDays(dsl);
  }

  /** Inspections awaiting publication with their task, department and target, in the order given (the deadlines' page). */
  public List<PendingPublication> pending(List<Long> inspectionIds) {
    return repository.pending(dsl, inspectionIds);
  }

  /** Inspections past their window without a result, counted per department. */
  public List<PendingCount> pastWindowCounts(LocalDate asOf) {
    return repository.pastWindowCounts(dsl, asOf);
  }

  /** Inspections not yet inspected whose task's window ended before {@code asOf}. */
  public List<UnresultedInspection> pastWindow(LocalDate asOf) {
    return repository.pastWindow(dsl, asOf);
  }

  private List<ResultCheck.Problem> check(DSLContext tx, InspectionFacts facts, ResultDraft draft, boolean correcting) {
    Map<String, ResultCode> list = codes.byCode(tx);
    List<ResultCode> held = draft.codes().stream().map(list::get).filter(java.util.Objects::nonNull).toList();
    // a follow-up the result creates itself, or (for a correction) one still open, counts as one
    boolean more = !FollowUpRules.automatic(held, facts.marketSupervision()).isEmpty()
        || (correcting && followUps.hasOpen(tx, facts.inspectionId()));
    Set<Long> ids = new HashSet<>();
    draft.inspectors().forEach(p -> ids.add(p.inspectorId()));
    Map<Long, String> names = repository.inspectorNames(tx, ids);
    return ResultCheck.check(draft, facts, list, LocalDate.now(clock), more,
        id -> names.getOrDefault(id, Long.toString(id)));
  }

  /** Stores the version with its follow-ups and audits each substitution; returns its id. */
  private long store(DSLContext tx, InspectionFacts facts, ResultDraft draft, int version) {
    long id = repository.insert(tx, draft, version, now(), operator.get());
    Map<String, ResultCode> list = codes.byCode(tx);
    List<ResultCode> held = draft.codes().stream().map(list::get).toList();
    followUps.createWithResult(tx, facts, id, draft.formedOn(), draft.followUps(), held);
    Set<Long> ids = new HashSet<>();
    draft.inspectors().forEach(p -> ids.add(p.inspectorId()));
    Map<Long, String> names = repository.inspectorNames(tx, ids);
    for (PresentInspector p : draft.inspectors()) {
      if (!facts.assignedInspectors().contains(p.inspectorId())) {
        auditor.record(tx, AuditEvent.of("result.substitution", "inspectionResult", Long.toString(id),
            "inspection=" + facts.inspectionId() + " inspector=" + names.getOrDefault(p.inspectorId(), "")
                + " reason=" + p.substitutionReason()));
      }
    }
    return id;
  }

  /** The result as the province gets it; a correction names the entry it replaces and why. */
  private static Map<String, Object> forProvince(InspectionFacts facts, InspectionResult r, @org.jspecify.annotations.Nullable String corrects) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("task", facts.taskCode());
    out.put("department", facts.departmentCode());
    out.put("target", facts.targetCode());
    out.put("targetName", facts.targetName());
    out.put("inspection", facts.inspectionId());
    out.put("version", r.version());
    out.put("formedOn", r.formedOn().toString());
    out.put("codes", r.codes());
    out.put("methods", r.methods().stream().map(Enum::name).sorted().toList());
    if (corrects != null) {
      out.put("corrects", corrects);
    }
    return out;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
  }
}
