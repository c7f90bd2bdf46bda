package cn.suiji.report.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.report.data.EvaluationRepository;
import cn.suiji.report.data.RegisterRepository;
import cn.suiji.report.data.StatsRepository;
import cn.suiji.report.domain.Evidence;
import cn.suiji.report.domain.EvidenceState;
import cn.suiji.report.domain.Grade;
import cn.suiji.report.domain.Indicator;
import cn.suiji.report.domain.OtherInspection;
import cn.suiji.report.domain.OtherInspectionKind;
import cn.suiji.report.domain.Referral;
import cn.suiji.report.domain.Scorecard;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.audit.data.AuditRepository;
import cn.suiji.shared.db.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluation of {@link ScriptedYear} with the registers added here, in a data file (so the
 * evidence files are copied beside it): every indicator's score is known by construction.
 */
class EvaluationServiceTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
  @TempDir
  static Path dir;
  private static ScriptedYear year;
  private static EvaluationService evaluation;
  private static Auditor auditor;
  private static Path evidenceFolder;

  @BeforeAll
  static void script() throws Exception {
    year = new ScriptedYear(Database.openFile(dir.resolve("county.mv.db")));
    evidenceFolder = java.util.Objects.requireNonNull(year.db).sibling(".evidence").orElseThrow();
    auditor = new Auditor(new AuditRepository(), ScriptedYear.CLOCK, () -> "考评员");
    evaluation = new EvaluationService(year.dsl, new RegisterRepository(), new EvaluationRepository(),
        new StatsRepository(), auditor, ScriptedYear.CLOCK, evidenceFolder);
    // SCJGJ: plan published 2026-02-01, not filed; T1 created before it, T2 after (the audit log says so)
    exec("UPDATE annual_plan SET published_date = DATE '2026-02-01' WHERE id = 1");
    created("T1", "2026-01-15T02:00:00Z");
    created("T2", "2026-03-05T02:00:00Z");
    // directories: WJJ's six targets edited in 2026; SCJGJ has none of its own; SCJGJ's two inspectors last changed in 2025
    exec("UPDATE target SET updated_at = TIMESTAMP WITH TIME ZONE '2026-03-01 08:00:00+08:00'");
    exec("INSERT INTO inspector (inspector_key, department_id, name, status, updated_at) VALUES"
        + " ('I1', 1, '甲', 'ON_DUTY', TIMESTAMP WITH TIME ZONE '2025-06-01 08:00:00+08:00'),"
        + " ('I2', 1, '乙', 'ON_DUTY', TIMESTAMP WITH TIME ZONE '2025-06-01 08:00:00+08:00'),"
        + " ('I3', 1, '丙', 'DISABLED', TIMESTAMP WITH TIME ZONE '2025-06-01 08:00:00+08:00')");
    // item list: SC-01 publicised, SC-02 not; SC-01 may be inspected 5 times a year (T1, T2, T3: 3)
    exec("UPDATE inspection_item SET publicised_date = DATE '2026-01-10', frequency_per_year = 5 WHERE id = 1");
    // working rules: SCJGJ with its text, WJJ parameters only
    exec("INSERT INTO working_rules (department_id, rules_text, updated_at) VALUES (1, '第一条 ……', CURRENT_TIMESTAMP),"
        + " (2, NULL, CURRENT_TIMESTAMP)");
    // a joint task: WJJ's T4 with SCJGJ taking part
    exec("INSERT INTO task_partner (task_id, department_id) VALUES (4, 1)");
    // other inspections: SCJGJ a complaint in 2026 and a special inspection in 2025
    evaluation.addOtherInspection("SCJGJ", OtherInspectionKind.COMPLAINT, LocalDate.of(2026, 5, 1), "对象3",
        "91350100M000100Y43", "责令整改", "12345 热线 2026-0042");
    evaluation.addOtherInspection("SCJGJ", OtherInspectionKind.SPECIAL, LocalDate.of(2025, 9, 1), "对象4", null,
        "未发现问题", null);
    // evidence: 1 intact, 2 altered afterwards, 3 deleted afterwards, 4 none
    Evidence e1 = evaluation.addEvidence("SCJGJ", 2026, 1, file("组织机构.pdf", "领导小组"), LocalDate.of(2026, 2, 1),
        "成立领导小组的通知");
    Evidence e2 = evaluation.addEvidence("SCJGJ", 2026, 2, file("宣传.jpg", "宣传栏照片"), LocalDate.of(2026, 3, 1), null);
    Evidence e3 = evaluation.addEvidence("SCJGJ", 2026, 3, file("培训.docx", "培训计划"), LocalDate.of(2026, 4, 1), null);
    assertThat(e1.state()).isEqualTo(EvidenceState.INTACT);
    Files.writeString(evaluation.evidencePath(e2), "换过的照片", StandardCharsets.UTF_8);
    Files.delete(evaluation.evidencePath(e3));
  }

  private static void created(String task, String at) {
    Auditor then = new Auditor(new AuditRepository(), Clock.fixed(Instant.parse(at), ZoneId.of("Asia/Shanghai")),
        () -> "计划员");
    year.dsl.transaction(trx -> then.record(trx.dsl(), AuditEvent.of("task.create", "task", task, "")));
  }

  private static Path file(String name, String content) throws Exception {
    Path f = dir.resolve("in").resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }

  private static void exec(String sql) {
    year.dsl.execute(sql);
  }

  @AfterAll
  static void close() {
    year.close();
  }

  /** The refusal's message as the clerk reads it contains {@code part}. */
  private static java.util.function.Consumer<Throwable> said(String part) {
    return e -> assertThat(cn.suiji.shared.l10n.Messages.current().describe((SuijiException) e)).contains(part);
  }

  private static Scorecard card(String department) {
    List<Scorecard> cards = evaluation.evaluate(2026, department, AS_OF, Progress.NONE);
    assertThat(cards).hasSize(1);
    return cards.get(0);
  }

  private static Double score(Scorecard c, Indicator i) {
    return c.row(i).score();
  }

  @Test
  void everyIndicatorOfTheMarketBureauAsConstructed() {
    Scorecard c = card("SCJGJ");
    assertThat(c.rows()).extracting(r -> r.indicator().number())
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
    assertThat(score(c, Indicator.ORGANISATION)).isEqualTo(1.0);
    assertThat(score(c, Indicator.PUBLICITY)).isEqualTo(0.0);
    assertThat(c.row(Indicator.PUBLICITY).problems()).singleElement().asString().contains("宣传.jpg", "已被改动");
    assertThat(score(c, Indicator.TRAINING)).isEqualTo(0.0);
    assertThat(c.row(Indicator.TRAINING).problems()).singleElement().asString().contains("培训.docx", "缺失");
    assertThat(score(c, Indicator.FUNDING)).isEqualTo(0.0);
    assertThat(score(c, Indicator.TARGET_DIRECTORY)).isEqualTo(0.0); // none of its own
    assertThat(score(c, Indicator.INSPECTOR_DIRECTORY)).isEqualTo(0.5); // two on duty, not updated in 2026
    assertThat(c.row(Indicator.INSPECTOR_DIRECTORY).figures()).singleElement().asString().contains("2 名", "2025-06-01");
    assertThat(score(c, Indicator.ITEM_LIST)).isEqualTo(0.5); // SC-01 of SC-01, SC-02
    assertThat(score(c, Indicator.PLAN)).isEqualTo(0.5); // published, not filed
    assertThat(score(c, Indicator.WORKING_RULES)).isEqualTo(1.0);
    assertThat(score(c, Indicator.JOINT_INSPECTION)).isEqualTo(1.0); // takes part in T4, drawn
    assertThat(score(c, Indicator.PUBLICATION)).isEqualTo(5.0 / 12); // 12 results, 5 published on time
    assertThat(score(c, Indicator.RESULT_USE)).isEqualTo((1.0 / 3 + 0.0) / 2); // 1 of 3 closed; referral unanswered
    assertThat(score(c, Indicator.OTHER_INSPECTION)).isEqualTo(1.0); // the 2026 complaint; 2025's not counted
    assertThat(c.row(Indicator.OTHER_INSPECTION).figures()).singleElement().asString().contains("其他检查 1 次");
    double sum = 1 + 0 + 0 + 0 + 0 + 0.5 + 0.5 + 0.5 + 1 + 1.0 / 3 + 1 + 5.0 / 12 + 1.0 / 6 + 1;
    assertThat(c.score()).isEqualTo(Math.round(sum / 14 * 1000) / 10.0);
    assertThat(c.grade()).isEqualTo("不合格");
  }

  @Test
  void indicatorTenShowsTheUndrawnTaskPastItsWindowAndTheTaskAddedAfterPublication() {
    var row = card("SCJGJ").row(Indicator.RANDOM_INSPECTION);
    // T1 in order; T2 added on 2026-03-05 after the plan's publication; T3 never drawn, window ended 2026-10-31
    assertThat(row.score()).isEqualTo(1.0 / 3);
    assertThat(row.figures()).containsExactly("计划抽查 16 户（另有未定数任务 1 个），已抽取 16 户，已检查 12 户",
        "牵头任务 3 个，应已执行 3 个，按计划执行 1 个",
        "逾期未抽取 1 个，窗口结束后抽取 0 个，计划公示后新增 1 个，超过抽查频次的事项 0 项");
    assertThat(row.problems()).anySatisfy(p -> assertThat(p).contains("T3", "2026-10-31", "仍未抽取"))
        .anySatisfy(p -> assertThat(p).contains("T2", "2026-03-05", "2026-02-01"));
    // before T3's window ends it is not due yet: T1 and T2 due, T2 out of order
    var early = evaluation.evaluate(2026, "SCJGJ", LocalDate.of(2026, 10, 31), Progress.NONE).get(0)
        .row(Indicator.RANDOM_INSPECTION);
    assertThat(early.score()).isEqualTo(0.5);
  }

  @Test
  void theHealthCommissionAsConstructed() {
    Scorecard c = card("WJJ");
    assertThat(score(c, Indicator.TARGET_DIRECTORY)).isEqualTo(1.0); // 6 operating, edited in 2026
    assertThat(score(c, Indicator.INSPECTOR_DIRECTORY)).isEqualTo(0.0);
    assertThat(score(c, Indicator.ITEM_LIST)).isEqualTo(0.0);
    assertThat(score(c, Indicator.PLAN)).isEqualTo(0.0);
    assertThat(score(c, Indicator.WORKING_RULES)).isEqualTo(0.5);
    assertThat(score(c, Indicator.RANDOM_INSPECTION)).isEqualTo(1.0); // T4 drawn, T5 cancelled
    assertThat(score(c, Indicator.JOINT_INSPECTION)).isEqualTo(1.0); // leads T4 with a partner
    assertThat(score(c, Indicator.PUBLICATION)).isEqualTo(0.5); // 2 results, 1 on time
    assertThat(score(c, Indicator.RESULT_USE)).isEqualTo(1.0); // closed, referral answered
    assertThat(score(c, Indicator.OTHER_INSPECTION)).isEqualTo(0.0);
    assertThat(c.evidence()).isEmpty();
  }

  @Test
  void theReferralRegisterIsTheReferralFollowUpsWithTheirFeedback() {
    List<Referral> all = evaluation.referrals(null, 2026);
    assertThat(all).extracting(Referral::taskCode, Referral::targetName, Referral::hasFeedback)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("T1", "对象2", false),
            org.assertj.core.groups.Tuple.tuple("T4", "对象1", true));
    assertThat(evaluation.referrals("WJJ", 2026)).singleElement().extracting(Referral::feedback).isEqualTo("已立案");
  }

  @Test
  void weightsAndGradesTheCountyEditsChangeTheScore() {
    Map<Indicator, Double> before = evaluation.weights();
    assertThat(before.values()).containsOnly(1.0);
    try {
      for (int i = 1; i <= 14; i++) {
        evaluation.setWeight(i, i == 9 ? 1 : 0); // only the working rules count
      }
      evaluation.setGrades(List.of(new Grade("达标", 50), new Grade("未达标", 0)));
      Scorecard c = card("WJJ");
      assertThat(c.score()).isEqualTo(50.0);
      assertThat(c.grade()).isEqualTo("达标");
      assertThatThrownBy(() -> evaluation.setWeight(3, -1)).satisfies(said("指标 3 的权重"));
      assertThatThrownBy(() -> evaluation.setGrades(List.of(new Grade("好", 60)))).satisfies(said("从 0 分起"));
    } finally {
      for (int i = 1; i <= 14; i++) {
        evaluation.setWeight(i, 1);
      }
      evaluation.setGrades(List.of(new Grade("优秀", 90), new Grade("良好", 75), new Grade("合格", 60),
          new Grade("不合格", 0)));
    }
  }

  @Test
  void badRegisterEntriesAreRefusedNamingTheFieldAndNothingIsSaved() {
    int before = evaluation.otherInspections(null, 2026).size();
    assertThatThrownBy(() -> evaluation.addOtherInspection("SCJGJ", OtherInspectionKind.SPECIAL,
        LocalDate.of(2026, 5, 1), " ", null, "未发现问题", null)).satisfies(said("请填写检查对象名称。"));
    assertThatThrownBy(() -> evaluation.addOtherInspection("SCJGJ", null, LocalDate.of(2026, 5, 1), "对象", null,
        "未发现问题", null)).satisfies(said("请选择检查类别"));
    assertThatThrownBy(() -> evaluation.addOtherInspection("SCJGJ", OtherInspectionKind.SPECIAL,
        LocalDate.of(2026, 12, 1), "对象", null, "未发现问题", null)).satisfies(said("晚于今天"));
    assertThatThrownBy(() -> evaluation.addOtherInspection("SCJGJ", OtherInspectionKind.SPECIAL,
        LocalDate.of(2026, 5, 1), "对象", "X".repeat(41), "未发现问题", null))
        .satisfies(said("统一社会信用代码/注册号不得超过 40 字（现有 41 字）。"));
    assertThatThrownBy(() -> evaluation.addOtherInspection("NOPE", OtherInspectionKind.SPECIAL,
        LocalDate.of(2026, 5, 1), "对象", null, "未发现问题", null)).satisfies(said("NOPE"));
    assertThat(evaluation.otherInspections(null, 2026)).hasSize(before);
    assertThatThrownBy(() -> evaluation.addEvidence("SCJGJ", 2026, 15, dir.resolve("x"), AS_OF, null))
        .satisfies(said("指标序号 15"));
    assertThatThrownBy(() -> evaluation.addEvidence("SCJGJ", 2026, 4, dir.resolve("不存在.pdf"), AS_OF, null))
        .satisfies(said("不存在.pdf"));
  }

  @Test
  void anOtherInspectionRecordedAndRemovedIsAudited() {
    OtherInspection o = evaluation.addOtherInspection("WJJ", OtherInspectionKind.ASSIGNED, LocalDate.of(2026, 7, 1),
        "对象17", null, "已整改", "县政府交办");
    assertThat(evaluation.otherInspections("WJJ", 2026)).extracting(OtherInspection::id).containsExactly(o.id());
    evaluation.removeOtherInspection(o.id());
    assertThat(evaluation.otherInspections("WJJ", 2026)).isEmpty();
    assertThat(auditor.entriesFor(year.dsl, "otherInspection", Long.toString(o.id())))
        .extracting(e -> e.action()).containsExactly("evaluation.other.add", "evaluation.other.remove");
  }

  @Test
  void anOtherInspectionCorrectedIsCheckedAsWhenAddedAndAuditedWithBeforeAndAfter() {
    OtherInspection o = evaluation.addOtherInspection("WJJ", OtherInspectionKind.COMPLAINT, LocalDate.of(2026, 8, 1),
        "对象18", null, "未发现问题", null);
    OtherInspection fixed = evaluation.updateOtherInspection(o.id(), OtherInspectionKind.SPECIAL,
        LocalDate.of(2026, 8, 2), "对象18（更名）", "91620823MA7XXXXX1", "责令整改", "专项行动");
    assertThat(fixed).isEqualTo(new OtherInspection(o.id(), "WJJ", OtherInspectionKind.SPECIAL,
        LocalDate.of(2026, 8, 2), "对象18（更名）", "91620823MA7XXXXX1", "责令整改", "专项行动"));
    assertThat(evaluation.otherInspections("WJJ", 2026)).contains(fixed);
    assertThatThrownBy(() -> evaluation.updateOtherInspection(o.id(), OtherInspectionKind.SPECIAL,
        LocalDate.of(2026, 8, 2), " ", null, "责令整改", null)).satisfies(said("检查对象名称"));
    assertThatThrownBy(() -> evaluation.updateOtherInspection(-1, OtherInspectionKind.SPECIAL,
        LocalDate.of(2026, 8, 2), "x", null, "y", null)).isInstanceOf(SuijiException.class);
    assertThat(evaluation.otherInspections("WJJ", 2026)).as("the refused change wrote nothing").contains(fixed);
    var entries = auditor.entriesFor(year.dsl, "otherInspection", Long.toString(o.id()));
    assertThat(entries).extracting(e -> e.action()).containsExactly("evaluation.other.add", "evaluation.other.update");
    evaluation.removeOtherInspection(o.id());
  }

  @Test
  void evidenceIsCopiedUnderItsHashAndAnInMemoryDatabaseRefusesIt() throws Exception {
    List<Evidence> listed = evaluation.evidence("SCJGJ", 2026);
    assertThat(listed).extracting(e -> e.indicator().number(), Evidence::state).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1, EvidenceState.INTACT),
        org.assertj.core.groups.Tuple.tuple(2, EvidenceState.ALTERED),
        org.assertj.core.groups.Tuple.tuple(3, EvidenceState.MISSING));
    Evidence first = listed.get(0);
    assertThat(first.storedFile()).isEqualTo("county.evidence/" + first.sha256() + ".pdf");
    assertThat(Files.readString(evaluation.evidencePath(first), StandardCharsets.UTF_8)).isEqualTo("领导小组");
    EvaluationService inMemory = new EvaluationService(year.dsl, new RegisterRepository(), new EvaluationRepository(),
        new StatsRepository(), auditor, ScriptedYear.CLOCK, null);
    assertThatThrownBy(() -> inMemory.addEvidence("SCJGJ", 2026, 4, file("经费.pdf", "凭证"), AS_OF, null))
        .satisfies(said("没有数据文件"));
    assertThat(evaluation.evidence("SCJGJ", 2026)).hasSize(3);
  }

  @Test
  void feedbackRecordedOnAReferralKeepsItsDayInTheRegister() {
    try (ScriptedYear fresh = new ScriptedYear()) {
      EvaluationService e = new EvaluationService(fresh.dsl, new RegisterRepository(), new EvaluationRepository(),
          new StatsRepository(), auditor, ScriptedYear.CLOCK, null);
      long id = e.referrals("SCJGJ", 2026).get(0).followUpId();
      fresh.dsl.transaction(trx -> new cn.suiji.inspection.data.FollowUpRepository().feedback(trx.dsl(), id,
          "已移送县公安局立案", LocalDate.of(2026, 11, 18)));
      Referral r = e.referrals("SCJGJ", 2026).get(0);
      assertThat(r.feedback()).isEqualTo("已移送县公安局立案");
      assertThat(r.feedbackOn()).isEqualTo(LocalDate.of(2026, 11, 18));
      assertThat(e.evaluate(2026, "SCJGJ", AS_OF, Progress.NONE).get(0).row(Indicator.RESULT_USE).score())
          .isEqualTo((1.0 / 3 + 1.0) / 2);
    }
  }
}
