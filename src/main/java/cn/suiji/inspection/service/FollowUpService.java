package cn.suiji.inspection.service;

import cn.suiji.inspection.data.FollowUpRepository;
import cn.suiji.inspection.domain.FollowUp;
import cn.suiji.inspection.domain.FollowUpDraft;
import cn.suiji.inspection.domain.FollowUpKind;
import cn.suiji.inspection.domain.FollowUpRules;
import cn.suiji.inspection.domain.InspectionFacts;
import cn.suiji.inspection.domain.ResultCode;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.time.CalendarService;
import cn.suiji.shared.time.Deadline;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * The follow-ups (后续处置) of inspections: created with a result (the clerk's and the automatic
 * ones of {@link FollowUpRules}, their due dates on the working-day calendar), entered later, the
 * referral register's feedback, closed. Each write is audited.
 */
public final class FollowUpService {
  private final DSLContext dsl;
  private final FollowUpRepository repository;
  private final CalendarService calendar;
  private final Auditor auditor;
  private final Clock clock;

  public FollowUpService(DSLContext dsl, FollowUpRepository repository, CalendarService calendar, Auditor auditor,
      Clock clock) {
    this.dsl = dsl;
    this.repository = repository;
    this.calendar = calendar;
    this.auditor = auditor;
    this.clock = clock;
  }

  /** The inspection's follow-ups, oldest first. */
  public List<FollowUp> ofInspection(long inspectionId) {
    return repository.ofInspection(dsl, inspectionId);
  }

  /**
   * The follow-up kinds' labels in order (责令改正, 立案调查, 移送/抄告, 列入经营异常名录, 其他): the follow-up
   * options the 检查记录表 prints to tick ({@code RecordSheet.followUpOptions}).
   */
  public List<String> optionLabels() {
    return java.util.Arrays.stream(FollowUpKind.values()).map(k -> Messages.current().label(k)).toList();
  }

  /** The referral register (移送/抄告), oldest first. */
  public List<FollowUp> referrals() {
    return repository.referrals(dsl);
  }

  /** The automatic follow-ups {@code held} would create that the inspection does not have yet. */
  List<FollowUpRules.Automatic> missingAutomatic(DSLContext tx, InspectionFacts facts, List<ResultCode> held) {
    List<FollowUp> existing = repository.ofInspection(tx, facts.inspectionId());
    return FollowUpRules.automatic(held, facts.marketSupervision()).stream()
        .filter(a -> !FollowUpRules.alreadyThere(a, existing)).toList();
  }

  /** Whether the inspection has a follow-up still open. */
  boolean hasOpen(DSLContext tx, long inspectionId) {
    return repository.ofInspection(tx, inspectionId).stream().anyMatch(f -> !f.closed());
  }

  /**
   * In the caller's transaction: the follow-ups entered with a result, then the automatic ones it
   * is missing, each due {@link FollowUpRules#WORKDAYS} working days after {@code formedOn}.
   */
  List<FollowUp> createWithResult(DSLContext tx, InspectionFacts facts, long resultId, LocalDate formedOn,
      List<FollowUpDraft> drafts, List<ResultCode> held) {
    List<FollowUp> out = new ArrayList<>();
    List<FollowUpRules.Automatic> automatic = missingAutomatic(tx, facts, held);
    for (FollowUpDraft d : drafts) {
      out.add(create(tx, facts.inspectionId(), resultId, d, null, false));
    }
    for (FollowUpRules.Automatic a : automatic) {
      Deadline due = calendar.deadline(formedOn, FollowUpRules.WORKDAYS);
      String body = a.receivingBodyKey().isEmpty() ? "" : Messages.msg(a.receivingBodyKey());
      FollowUpDraft d = new FollowUpDraft(a.kind(), Messages.msg(a.detailKey()), body, null, due.date());
      out.add(create(tx, facts.inspectionId(), resultId, d, a.causeCode(), due.provisional()));
    }
    return out;
  }

  /** A follow-up entered after the result (one transaction, audited). */
  public FollowUp add(long inspectionId, FollowUpDraft draft) {
    if (draft.kind() == FollowUpKind.REFERRAL && draft.receivingBody().isEmpty()) {
      throw new SuijiException("inspection.followUp.noReceivingBody", inspectionId);
    }
    if (draft.kind() == FollowUpKind.OTHER && draft.detail().isEmpty()) {
      throw new SuijiException("inspection.followUp.noDetail", inspectionId);
    }
    return dsl.transactionResult(trx -> create(trx.dsl(), inspectionId, null, draft, null, false));
  }

  /** The receiving body's feedback on a referral (反馈), audited; the day is kept for the 问题线索转办 register. */
  public FollowUp recordFeedback(long followUpId, String feedback) {
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      FollowUp before = find(tx, followUpId);
      repository.feedback(tx, followUpId, feedback == null ? "" : feedback.strip(), LocalDate.now(clock));
      FollowUp after = find(tx, followUpId);
      auditor.record(tx, new AuditEvent("followUp.feedback", "followUp", Long.toString(followUpId), before.toString(),
          after.toString(), null));
      return after;
    });
  }

  /** Closes a follow-up (已完结) on {@code on}, audited; closing it again is refused. */
  public FollowUp close(long followUpId, LocalDate on) {
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      FollowUp before = find(tx, followUpId);
      if (before.closed()) {
        throw new SuijiException("inspection.followUp.alreadyClosed", followUpId, String.valueOf(before.closedOn()));
      }
      repository.close(tx, followUpId, on);
      FollowUp after = find(tx, followUpId);
      auditor.record(tx, new AuditEvent("followUp.close", "followUp", Long.toString(followUpId), before.toString(),
          after.toString(), "closedOn=" + on));
      return after;
    });
  }

  private FollowUp find(DSLContext tx, long id) {
    return repository.find(tx, id).orElseThrow(() -> new SuijiException("inspection.followUp.unknown", id));
  }

  private FollowUp create(DSLContext tx, long inspectionId, @Nullable Long resultId, FollowUpDraft d,
      @Nullable String causeCode, boolean provisional) {
    FollowUp f = repository.insert(tx, inspectionId, resultId, d.kind(), causeCode, d.detail(), d.receivingBody(),
        d.referredOn(), d.dueDate(), provisional, OffsetDateTime.now(clock));
    auditor.record(tx, new AuditEvent("followUp.create", "followUp", Long.toString(f.id()), null, f.toString(),
        "inspection=" + inspectionId + " kind=" + d.kind() + (causeCode == null ? "" : " code=" + causeCode)));
    return f;
  }
}
