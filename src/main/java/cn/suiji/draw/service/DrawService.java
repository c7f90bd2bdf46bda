package cn.suiji.draw.service;

import cn.suiji.draw.data.DrawRepository;
import cn.suiji.draw.data.PoolRepository;
import cn.suiji.draw.domain.AttemptStatus;
import cn.suiji.draw.domain.DrawEngine;
import cn.suiji.draw.domain.DrawInfeasibleException;
import cn.suiji.draw.domain.DrawInput;
import cn.suiji.draw.domain.DrawOutcome;
import cn.suiji.draw.domain.DrawPlan;
import cn.suiji.draw.domain.DrawRecord;
import cn.suiji.draw.domain.DrawSummary;
import cn.suiji.draw.domain.DrawTask;
import cn.suiji.draw.domain.PendingDraw;
import cn.suiji.draw.domain.PoolExclusions;
import cn.suiji.draw.domain.Verification;
import cn.suiji.draw.render.DrawAttemptJson;
import cn.suiji.draw.render.DrawRecordJson;
import cn.suiji.draw.render.DrawRecordSheet;
import cn.suiji.draw.render.StoredPools;
import cn.suiji.inspection.service.InspectionService;
import cn.suiji.plan.domain.TaskStatus;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.outbox.Outbox;
import cn.suiji.shared.outbox.OutboxKind;
import cn.suiji.shared.trace.PhaseEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The verifiable draw of a task (DRAW-SPEC), for the draw wizard and {@code suiji draw}: plan
 * (what would be drawn, with every exclusion), open (freeze the plan, commit to a nonce),
 * perform (mix in the witnesses' entropy and draw), confirm (the task's one draw: inspections
 * are created) or void (kept on record). Each public method runs in a transaction of its own but
 * {@link #restore}, which joins the caller's; every attempt is audited with its record's digest.
 */
public final class DrawService {
  /** The prefix of the work named by a step's {@link PhaseEvent}s: {@code draw.plan}, {@code draw.confirm} … */
  public static final String PHASES_PREFIX = "draw.";
  private static final Logger LOG = LoggerFactory.getLogger(DrawService.class);
  private static final String ENTITY = "draw";

  private final DSLContext dsl;
  private final DrawRepository draws;
  private final DrawPlanner planner;
  private final Auditor auditor;
  private final Clock clock;
  private final NonceSource nonces;
  private final Supplier<String> currentUser;
  private final DrawRecordJson recordJson = new DrawRecordJson();
  private final DrawAttemptJson attemptJson = new DrawAttemptJson();
  private final StoredDraws stored;
  private final DrawTasks tasks = new DrawTasks();
  private final ConfirmedDrawWriter outcome;
  private final Outbox outbox;
  /**
   * What this service last wrote for an attempt (its inputs at open, its record and text at
   * perform), so the next step need not parse the million keys it has just written. Used only
   * when the locked row still carries the same commitment, seed and result hash; verify, export
   * and void always read the database.
   */
  private final JustWritten justWritten = new JustWritten();

  public DrawService(DSLContext dsl, DrawRepository draws, PoolRepository pools, Auditor auditor, Clock clock,
      NonceSource nonces, Supplier<String> currentUser, InspectionService inspections) {
    this(dsl, draws, pools, auditor, clock, nonces, currentUser, inspections, Outbox.NONE);
  }

  /** As above, with the outbox a confirmed draw's 抽查名单 is put in for the province (issue 14). */
  public DrawService(DSLContext dsl, DrawRepository draws, PoolRepository pools, Auditor auditor, Clock clock,
      NonceSource nonces, Supplier<String> currentUser, InspectionService inspections, Outbox outbox) {
    this.outbox = outbox;
    this.outcome = new ConfirmedDrawWriter(inspections);
    this.dsl = dsl;
    this.draws = draws;
    this.planner = new DrawPlanner(pools);
    this.stored = new StoredDraws(draws, auditor, new DrawRecordSheets(draws), outcome);
    this.auditor = auditor;
    this.clock = clock;
    this.nonces = nonces;
    this.currentUser = currentUser;
  }

  /** What a draw of the task would use now: pool, strata with k, groups with m, exclusions. */
  public DrawPlan plan(String taskCode) {
    DrawTimings timings = new DrawTimings();
    DrawPlan plan = dsl.transactionResult(trx -> planner.plan(trx.dsl(), task(trx.dsl(), taskCode), timings));
    timings.lap("commit");
    timed("plan", timings);
    return plan;
  }

  /** Sends the step's phases as {@link PhaseEvent}s of work {@code draw.<step>} (for {@code bench draw --verbose}). */
  private static void timed(String step, DrawTimings timings) {
    PhaseEvent.send(PHASES_PREFIX + step, timings.nanos());
  }

  /** {@link #open(String, String, String)} without a late reason: refused after the task's window. */
  public DrawSession open(String taskCode, @Nullable String operator) {
    return open(taskCode, operator, null);
  }

  /**
   * Opens a new attempt: freezes the plan, creates the nonce and records the attempt with its
   * commitment, which is shown before the entropy is entered. The nonce stays in this service's
   * memory until {@link #perform}: it is not stored, so nobody reading the database during the
   * ceremony can predict the result. Open attempts of the task that were never drawn and whose
   * nonce this service does not hold (their process has gone) can never be drawn: they are
   * voided here as interrupted (中断). Any other open attempt — drawn, or with its nonce held
   * here — refuses the new one: it must be carried on, or voided with a reason, first, so that
   * no attempt stays open unnoticed beside a confirmed one.
   *
   * <p>The window is checked here, not at perform: the attempt's row, its creation time and its
   * DRAW_OPEN entry are written here, and a refusal here leaves nothing on the public record.
   *
   * @param operator who runs the draw; blank means the current user
   * @param lateReason why the draw is made after the task's window ended; required then, stored
   *     with the attempt and in its DRAW_OPEN audit entry; ignored within the window
   * @throws SuijiException {@code draw.service.attemptOpen} naming the open attempt, or
   *     {@code draw.service.lateReasonRequired} naming the window
   */
  public DrawSession open(String taskCode, @Nullable String operator, @Nullable String lateReason) {
    long started = System.nanoTime();
    DrawTimings timings = new DrawTimings();
    DrawSession session = dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      DrawTask task = task(tx, taskCode);
      if (task.status() == TaskStatus.CANCELLED) {
        throw new SuijiException("draw.service.taskCancelled", task.code());
      }
      if (draws.confirmedOf(tx, task.id()).isPresent()) {
        throw new SuijiException("draw.service.alreadyConfirmed", task.code());
      }
      String late = lateReason(task, lateReason);
      voidInterrupted(tx, task);
      List<DrawSummary> stillOpen = draws.open(tx, task.id());
      if (!stillOpen.isEmpty()) {
        DrawSummary open = stillOpen.get(0);
        throw new SuijiException("draw.service.attemptOpen", task.code(), open.attempt(), open.id());
      }
      timings.lap("task");
      DrawPlan plan = planner.plan(tx, task, timings);
      if (plan.totalK() == 0) {
        throw new SuijiException("draw.service.nothingToDraw", task.code(), plan.poolSize());
      }
      String who = operator == null || operator.isBlank() ? currentUser.get() : operator.strip();
      PendingDraw pending = PendingDraw.open(plan, now(), who, nonces.next());
      timings.lap("freeze");
      String json = attemptJson.toJson(pending, DrawAttemptJson.Outcome.OPEN);
      timings.lap("json");
      int attempt = draws.nextAttempt(tx, task.id());
      long id = draws.insert(tx, task.id(), attempt, DrawEngine.SPEC, who, pending.createdAt(),
          pending.commitment(), json, PoolExclusions.of(plan), late);
      timings.lap("write");
      draws.savePools(tx, id, pending.strata());
      timings.lap("pools");
      auditor.record(tx, new AuditEvent("DRAW_OPEN", ENTITY, Long.toString(id), null, json,
          "task=" + task.code() + " attempt=" + attempt + " commitment=" + pending.commitment()
              + " pool=" + plan.poolSize() + " k=" + plan.totalK() + " window=" + task.startDate() + ".."
              + task.endDate() + (late == null ? "" : " lateReason=" + late)));
      timings.lap("audit");
      justWritten.opened(id, pending);
      return new DrawSession(id, task.code(), attempt, pending.commitment(), plan);
    });
    timings.lap("commit");
    timed("open", timings);
    LOG.info("Draw {} opened for {} (attempt {}, pool {}, k {}) in {} ms", session.drawId(), session.taskCode(),
        session.attempt(), session.plan().poolSize(), session.plan().totalK(), millisSince(started));
    return session;
  }

  /**
   * Draws an open attempt with the public entropy as typed (normalised per DRAW-SPEC §1). The
   * result is stored with the attempt, which stays open until confirmed or voided.
   *
   * @throws SuijiException {@code draw.service.infeasible} naming the target, the department
   *     and how many of its inspectors were eligible; the attempt is then stored as INFEASIBLE
   */
  public DrawAttempt perform(long drawId, String entropyTyped, List<String> witnesses) {
    String entropy = CeremonyInputs.entropy(entropyTyped);
    List<String> names = CeremonyInputs.witnesses(witnesses);
    long started = System.nanoTime();
    DrawTimings timings = new DrawTimings();
    Performed result = dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      DrawSummary row = openRow(tx, drawId);
      if (row.seed() != null) {
        throw new SuijiException("draw.service.alreadyDrawn", row.id());
      }
      String nonce = justWritten.nonce(drawId, row.commitment());
      if (nonce == null) {
        throw new SuijiException("draw.nonceLost", drawId, row.taskCode(), row.attempt());
      }
      PendingDraw pending = justWritten.pending(drawId, row.commitment());
      if (pending == null) {
        pending = attemptJson.read(draws.recordJson(tx, drawId), StoredDraws.pools(draws, tx, drawId)).withNonce(nonce);
      }
      timings.lap("read");
      DrawInput input = pending.input(entropy);
      try {
        DrawOutcome outcome = DrawEngine.draw(input);
        timings.lap("engine");
        DrawRecord record = DrawRecord.confirmed(input, outcome, pending.createdAt(), pending.operator(), names);
        String json = recordJson.toStoredJson(record);
        timings.lap("json");
        draws.savePools(tx, drawId, record.strata()); // stored at open: found, not written again
        draws.update(tx, drawId, AttemptStatus.OPEN, null, outcome.seed(), outcome.resultHash(), null, json);
        timings.lap("write");
        auditor.record(tx, new AuditEvent("DRAW_PERFORM", ENTITY, Long.toString(drawId), null, json,
            "task=" + row.taskCode() + " attempt=" + row.attempt() + " entropy=" + entropy + " witnesses="
                + String.join(",", names) + " code=" + outcome.verificationCode()));
        timings.lap("audit");
        return new Performed(attempt(tx, drawId, row.attempt(), record, outcome.verificationCode()),
            outcome.seed(), outcome.resultHash(), json, null);
      } catch (DrawInfeasibleException e) {
        String json = attemptJson.toJson(pending, new DrawAttemptJson.Outcome("infeasible", names, entropy,
            e.objectKey(), e.groupKey(), e.eligible(), e.required(), null));
        draws.savePools(tx, drawId, pending.strata());
        draws.update(tx, drawId, AttemptStatus.INFEASIBLE, now(), null, null, null, json);
        auditor.record(tx, new AuditEvent("DRAW_INFEASIBLE", ENTITY, Long.toString(drawId), null, json,
            "task=" + row.taskCode() + " attempt=" + row.attempt() + " entropy=" + entropy + " object="
                + e.objectKey() + " group=" + e.groupKey() + " eligible=" + e.eligible() + " m=" + e.required()));
        return new Performed(null, null, null, null, new DrawInfeasible(e.objectKey(),
            draws.targetName(tx, e.objectKey()).orElse(e.objectKey()),
            draws.departmentName(tx, e.groupKey()).orElse(e.groupKey()), e.groupKey(), e.eligible(), e.required()));
      }
    });
    timings.lap("commit");
    timed("perform", timings);
    // only now that the commit went through is the nonce given up: had it failed, the attempt
    // would still be open and undrawn, and drawing it again needs the nonce
    DrawAttempt attempt = result.attempt();
    if (attempt == null) {
      justWritten.forget(drawId);
      DrawInfeasible infeasible = Objects.requireNonNull(result.infeasible());
      LOG.info("Draw {} is infeasible: {}", drawId, infeasible.getMessage());
      throw infeasible;
    }
    justWritten.drawn(drawId, Objects.requireNonNull(result.seed()), Objects.requireNonNull(result.resultHash()),
        attempt.record(), Objects.requireNonNull(result.json()));
    LOG.info("Draw {} drawn ({} selected, code {}) in {} ms", drawId, attempt.record().selected().size(),
        attempt.verificationCode(), millisSince(started));
    return attempt;
  }

  /** What perform's transaction produced: a drawn attempt with its stored text, or why it is infeasible. */
  private record Performed(@Nullable DrawAttempt attempt, @Nullable String seed, @Nullable String resultHash,
      @Nullable String json, @Nullable DrawInfeasible infeasible) {}

  /**
   * Confirms a drawn attempt as the task's draw: one inspection per selected target (waiting
   * for its notice) with its inspectors, the targets' last-drawn date, the task DRAWN.
   *
   * @throws SuijiException {@code draw.service.alreadyConfirmed} when the task has its draw
   */
  public DrawSummary confirm(long drawId) {
    long started = System.nanoTime();
    DrawTimings timings = new DrawTimings();
    try {
      DrawSummary confirmed = dsl.transactionResult(trx -> {
        DSLContext tx = trx.dsl();
        DrawSummary row = openRow(tx, drawId);
        if (row.seed() == null) {
          throw new SuijiException("draw.service.notDrawn", drawId);
        }
        if (draws.confirmedOf(tx, row.taskId()).isPresent()) {
          throw new SuijiException("draw.service.alreadyConfirmed", row.taskCode());
        }
        JustWritten.Drawn drawn = justWritten.drawn(drawId, row.seed(), row.resultHash());
        String json = drawn != null ? drawn.json() : draws.recordJson(tx, drawId);
        DrawRecord record = drawn != null ? drawn.record() : recordJson.fromStoredJson(json, StoredDraws.pools(draws, tx, drawId));
        OffsetDateTime at = now();
        timings.lap("read");
        // the record written at perform already says "confirmed": only the row's status changes
        draws.close(tx, drawId, AttemptStatus.CONFIRMED, at);
        int inspections = outcome.write(tx, drawId, row.taskId(), record.assignments(), at.toLocalDate(),
            timings::lap);
        // the entry's after state is the exported record (DRAW-SPEC §7): its digest is the one
        // printed on paper, and the evidence journal keeps the file itself
        String exported = recordJson.toJson(record);
        timings.lap("export");
        auditor.record(tx, new AuditEvent("DRAW_CONFIRM", ENTITY, Long.toString(drawId), null, exported,
            "task=" + row.taskCode() + " attempt=" + row.attempt() + " inspections=" + inspections
                + " code=" + row.verificationCode()));
        outbox.add(tx, OutboxKind.DRAW, "draw:" + drawId, "task:" + row.taskCode(), DrawList.of(row, record, exported));
        timings.lap("audit");
        return draws.find(tx, drawId).orElseThrow();
      });
      timings.lap("commit");
      timed("confirm", timings);
      justWritten.forget(drawId);
      LOG.info("Draw {} confirmed in {} ms", drawId, millisSince(started));
      return confirmed;
    } catch (IntegrityConstraintViolationException e) {
      LOG.warn("Confirming draw {} broke a constraint", drawId, e);
      throw new SuijiException(e, "draw.service.confirmRefused", drawId);
    }
  }

  /**
   * The stripped late reason when today is after the task's window, null within it.
   *
   * @throws SuijiException {@code draw.service.lateReasonRequired} when late without a reason
   */
  private @Nullable String lateReason(DrawTask task, @Nullable String given) {
    if (!isLate(task)) {
      return null;
    }
    if (given == null || given.isBlank()) {
      throw new SuijiException("draw.service.lateReasonRequired", task.code(), task.startDate(), task.endDate(),
          today());
    }
    return given.strip();
  }

  private boolean isLate(DrawTask task) {
    return today().isAfter(task.endDate());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The task's open attempts, oldest first, with whether this process can carry each on. */
  public List<OpenAttempt> openAttempts(String taskCode) {
    return dsl.transactionResult(trx -> openAttempts(trx.dsl(), task(trx.dsl(), taskCode)));
  }

  private List<OpenAttempt> openAttempts(DSLContext tx, DrawTask task) {
    return draws.open(tx, task.id()).stream().map(row -> {
      boolean drawn = row.seed() != null;
      boolean held = justWritten.nonce(row.id(), row.commitment()) != null;
      return new OpenAttempt(row.id(), task.code(), row.attempt(), row.commitment(), row.operator(), row.createdAt(),
          drawn, drawn || held);
    }).toList();
  }

  /** What the wizard shows once the task is chosen: its window, whether it has passed, its open attempts. */
  public TaskChoice choice(String taskCode) {
    return dsl.transactionResult(trx -> {
      DrawTask task = task(trx.dsl(), taskCode);
      return new TaskChoice(task.code(), task.startDate(), task.endDate(), isLate(task), openAttempts(trx.dsl(), task));
    });
  }

  /**
   * Carries on an open attempt not yet drawn whose nonce this service holds: the session as
   * {@link #open} returned it, with the task's plan as it reads now (the attempt draws from the
   * plan it froze at open).
   *
   * @throws SuijiException {@code draw.nonceLost} when its nonce is gone
   */
  public DrawSession resume(long drawId) {
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      DrawSummary row = openRow(tx, drawId);
      if (row.seed() != null) {
        throw new SuijiException("draw.service.alreadyDrawn", row.id());
      }
      if (justWritten.nonce(drawId, row.commitment()) == null) {
        throw new SuijiException("draw.nonceLost", drawId, row.taskCode(), row.attempt());
      }
      DrawPlan plan = planner.plan(tx, task(tx, row.taskCode()), new DrawTimings());
      return new DrawSession(drawId, row.taskCode(), row.attempt(), row.commitment(), plan);
    });
  }

  /** An open attempt already drawn, to be confirmed or voided. */
  public DrawAttempt drawnAttempt(long drawId) {
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      DrawSummary row = openRow(tx, drawId);
      if (row.seed() == null) {
        throw new SuijiException("draw.service.notDrawn", drawId);
      }
      DrawRecord record = recordJson.fromStoredJson(draws.recordJson(tx, drawId), StoredDraws.pools(draws, tx, drawId));
      return attempt(tx, drawId, row.attempt(), record, Objects.requireNonNull(row.verificationCode()));
    });
  }

  private DrawAttempt attempt(DSLContext tx, long drawId, int attemptNo, DrawRecord record, String code) {
    java.util.function.Function<String[], DrawAttempt.Card> card = c -> new DrawAttempt.Card(c[0], c[1]);
    Map<String, DrawAttempt.Card> targets = new HashMap<>();
    draws.targetCards(tx, record.selected()).forEach((k, c) -> targets.put(k, card.apply(c)));
    Map<String, DrawAttempt.Card> inspectors = new HashMap<>();
    draws.inspectorCards(tx, record.assignments().stream().flatMap(a -> a.inspectors().stream()).distinct().toList())
        .forEach((k, c) -> inspectors.put(k, card.apply(c)));
    return new DrawAttempt(drawId, attemptNo, record, code, targets, inspectors);
  }

  /**
   * Voids an open attempt (drawn or not), with a reason; it stays on record and the task can be
   * drawn again with a new attempt and a new nonce. A confirmed draw cannot be voided here:
   * its inspections would have to be withdrawn first.
   */
  public DrawSummary voidDraw(long drawId, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new SuijiException("draw.engine.voidReasonRequired");
    }
    String why = reason.strip();
    DrawSummary voided = dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      voidRow(tx, openRow(tx, drawId), why);
      return draws.find(tx, drawId).orElseThrow();
    });
    justWritten.forget(drawId); // after the commit: had it failed, the attempt could still be drawn
    return voided;
  }

  /** Voids an open attempt in the caller's transaction, keeping its record (without the nonce if undrawn). */
  private void voidRow(DSLContext tx, DrawSummary row, String why) {
    long drawId = row.id();
    String stored = draws.recordJson(tx, drawId);
    StoredPools pools = StoredDraws.pools(draws, tx, drawId);
    String json;
    String detail = "task=" + row.taskCode() + " attempt=" + row.attempt() + " reason=" + why;
    if (row.seed() != null) {
      DrawRecord voided = recordJson.fromStoredJson(stored, pools).voided(why);
      draws.savePools(tx, drawId, voided.strata());
      json = recordJson.toStoredJson(voided);
      draws.update(tx, drawId, AttemptStatus.VOIDED, now(), row.seed(), row.resultHash(), why, json);
      // a drawn attempt's record is exported and printed: the entry's after state is that file
      auditor.record(tx, new AuditEvent("DRAW_VOID", ENTITY, Long.toString(drawId), stored,
          recordJson.toJson(voided), detail));
    } else {
      PendingDraw undrawn = attemptJson.read(stored, pools);
      draws.savePools(tx, drawId, undrawn.strata());
      json = attemptJson.toJson(undrawn, new DrawAttemptJson.Outcome("voided", List.of(), null, null, null, 0, 0, why));
      draws.update(tx, drawId, AttemptStatus.VOIDED, now(), row.seed(), row.resultHash(), why, json);
      auditor.record(tx, new AuditEvent("DRAW_VOID", ENTITY, Long.toString(drawId), stored, json, detail));
    }
  }

  /**
   * Voids the task's open, undrawn attempts whose nonce this service does not hold: whoever
   * opened them has gone, and without the nonce they can never be drawn.
   */
  private void voidInterrupted(DSLContext tx, DrawTask task) {
    for (DrawSummary row : draws.undrawn(tx, task.id())) {
      if (justWritten.nonce(row.id(), row.commitment()) == null) {
        DrawSummary locked = openRow(tx, row.id());
        voidRow(tx, locked, Messages.msg("draw.interrupted"));
        LOG.info("Draw {} of {} voided as interrupted: its nonce is gone", row.id(), task.code());
      }
    }
  }

  /**
   * Refuses a ceremony's inputs that {@link #perform} would refuse — an entropy empty once
   * normalised (DRAW-SPEC §1), no witness with a name — so that a scripted draw checks them
   * before {@link #open} writes an attempt the public record would then keep as voided.
   *
   * @throws SuijiException {@code draw.service.entropyRequired} or {@code draw.service.witnessRequired}
   */
  public static void checkCeremonyInputs(@Nullable String entropy, List<String> witnesses) {
    CeremonyInputs.entropy(entropy);
    CeremonyInputs.witnesses(witnesses);
  }

  /**
   * Opens, draws and confirms in one go, for scripted ceremonies and tests. The entropy and
   * the witnesses are checked before the attempt is opened: a refused run leaves no attempt.
   */
  public DrawAttempt run(String taskCode, String entropy, List<String> witnesses, @Nullable String operator) {
    return run(taskCode, entropy, witnesses, operator, null);
  }

  /** {@link #run(String, String, List, String)} with the reason for a draw after the task's window. */
  public DrawAttempt run(String taskCode, String entropy, List<String> witnesses, @Nullable String operator,
      @Nullable String lateReason) {
    checkCeremonyInputs(entropy, witnesses);
    DrawSession session = open(taskCode, operator, lateReason);
    DrawAttempt attempt = perform(session.drawId(), entropy, witnesses);
    confirm(session.drawId());
    return attempt;
  }

  /**
   * Recomputes a stored draw from its record (DrawRecord JSON) and checks that the database
   * row agrees with it (commitment, seed, resultHash, status).
   */
  public Verification verify(long drawId) {
    DrawTimings timings = new DrawTimings();
    Verification v = dsl.transactionResult(trx -> stored.verify(trx.dsl(), row(trx.dsl(), drawId), timings));
    timed("verify", timings);
    return v;
  }

  /**
   * Re-checks every stored attempt, never stopping at the first problem: a drawn record is
   * recomputed and compared with its row; every row is compared with its audit entries (status,
   * the record's digest) and a confirmed draw with its inspections ({@link DrawTableCheck}).
   * One check per attempt, oldest first, each with all it found.
   */
  public List<DrawCheck> verifyAll() {
    return dsl.transactionResult(trx -> stored.verifyAll(trx.dsl()));
  }

  /** The record of a confirmed or voided draw (DRAW-SPEC §7). */
  public DrawRecord record(long drawId) {
    return dsl.transactionResult(trx -> stored.record(trx.dsl(), row(trx.dsl(), drawId)));
  }

  /**
   * The printed draw record's data (抽取记录) of a confirmed or voided draw: its record with the
   * names of the task, departments, targets and inspectors, for {@code DrawRecordPdf} and
   * {@code DrawRecordDocx}.
   */
  public DrawRecordSheet sheet(long drawId) {
    return dsl.transactionResult(trx -> stored.sheet(trx.dsl(), row(trx.dsl(), drawId)));
  }

  /** Writes the record of a confirmed or voided draw to {@code file} as JSON (DRAW-SPEC §7). */
  public void export(long drawId, Path file) {
    recordJson.write(record(drawId), file);
    LOG.info("Draw {} exported to {}", drawId, file);
  }

  /** Every stored attempt, oldest first. */
  public List<DrawSummary> list() {
    return dsl.transactionResult(trx -> draws.list(trx.dsl()));
  }

  /** The tasks (not cancelled) without a confirmed draw, by code. */
  public List<UndrawnTask> undrawnTasks() {
    return dsl.transactionResult(trx -> tasks.undrawn(trx.dsl()));
  }

  /**
   * Puts back a drawn attempt the database lost, from the exported record (DRAW-SPEC §7, pools
   * included) that its confirmation or voiding wrote to the evidence journal: the attempt's row,
   * which must get back the id its audit entries name, its pools, and for a confirmed draw its
   * inspections with the task marked drawn — as {@link #confirm} made them. In the caller's
   * transaction, in which the audit entries were put back first.
   *
   * @throws SuijiException {@code recovery.drawNotRestorable} when the record does not read, the
   *     task is gone, or the id is taken
   */
  public void restore(DSLContext tx, long drawId, int attempt, String exportedRecord, OffsetDateTime closedAt) {
    stored.restore(tx, drawId, attempt, exportedRecord, closedAt);
    DrawSummary row = draws.find(tx, drawId).orElseThrow();
    if (row.status() == AttemptStatus.CONFIRMED) {
      // the outbox entry went with the lost confirmation: the draw must still reach the province
      outbox.add(tx, OutboxKind.DRAW, "draw:" + drawId, "task:" + row.taskCode(),
          DrawList.of(row, recordJson.fromJson(exportedRecord), exportedRecord));
    }
  }

  private DrawTask task(DSLContext tx, String code) {
    String trimmed = code == null ? "" : code.strip();
    return tasks.find(tx, trimmed).orElseThrow(() -> new SuijiException("draw.service.noSuchTask", trimmed));
  }

  private DrawSummary row(DSLContext tx, long drawId) {
    return draws.find(tx, drawId).orElseThrow(() -> new SuijiException("draw.service.noSuchDraw", drawId));
  }

  private DrawSummary openRow(DSLContext tx, long drawId) {
    DrawSummary row = draws.lock(tx, drawId)
        .orElseThrow(() -> new SuijiException("draw.service.noSuchDraw", drawId));
    if (row.status() != AttemptStatus.OPEN) {
      throw new SuijiException("draw.service.notOpen", drawId, row.status().name());
    }
    return row;
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
  }
}
