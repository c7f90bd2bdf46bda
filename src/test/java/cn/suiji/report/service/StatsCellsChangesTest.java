package cn.suiji.report.service;

import static cn.suiji.shared.db.generated.Tables.INSPECTION;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_INSPECTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.app.Services;
import cn.suiji.inspection.domain.Finding;
import cn.suiji.inspection.domain.FollowUp;
import cn.suiji.inspection.domain.FollowUpDraft;
import cn.suiji.inspection.domain.FollowUpKind;
import cn.suiji.inspection.domain.InspectionStatus;
import cn.suiji.inspection.domain.PresentInspector;
import cn.suiji.inspection.domain.ResultDraft;
import cn.suiji.inspection.domain.VerificationMethod;
import cn.suiji.publish.domain.Review;
import cn.suiji.report.data.StatsRepository;
import cn.suiji.report.domain.GroupFigures;
import cn.suiji.report.domain.Grouping;
import cn.suiji.report.domain.StatsScope;
import cn.suiji.report.domain.StatsView;
import cn.suiji.shared.Progress;
import cn.suiji.shared.db.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-aggregate after each kind of change, made through the services as the screens make it
 * (draw, notice, result, correction, publication, follow-up added and closed), a directory change
 * of a drawn target's township, and a change rolled back: after each, every view and the result
 * codes' shares equal the figures computed from the rows, and the figure the change moves moved.
 */
class StatsCellsChangesTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final StatsScope YEAR = StatsScope.year(2026);
  /** A period from and to mid-month (day rows at both ends): the result of 20 April is in it, its correction to 20 May out. */
  private static final StatsScope MID_MONTH = StatsScope.period(LocalDate.of(2026, 4, 15), LocalDate.of(2026, 5, 10), null);
  private static final String TASK = "2026-WJJ-01";

  @TempDir
  Path dir;

  @Test
  void afterEveryKindOfChangeTheViewsEqualTheFiguresFromTheRows() {
    Path file = dir.resolve("county");
    long drawId;
    try (Services s = new Services(Database.openFile(file), Clock.fixed(Instant.parse("2026-03-02T01:30:00Z"), ZONE))) {
      s.demo().create(false, Progress.NONE);
      GroupFigures before = wjj(agree(s));
      drawId = s.draw().run(TASK, "2026年3月2日福彩3D 815", List.of("王监督", "李监督"), "张办事员").drawId();
      GroupFigures drawn = wjj(agree(s));
      assertThat(drawn.drawn()).isGreaterThan(before.drawn());
    }
    try (Services s = new Services(Database.openFile(file), Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZONE))) {
      DSLContext dsl = s.database().dsl();
      List<Long> ids = dsl.select(INSPECTION.ID).from(INSPECTION).where(INSPECTION.DRAW_ID.eq(drawId))
          .orderBy(INSPECTION.DRAW_ORDER).fetch(INSPECTION.ID);
      long id = ids.get(0);
      GroupFigures start = wjj(agree(s));

      s.inspections().move(id, InspectionStatus.NOTIFIED, LocalDate.of(2026, 3, 20), null);
      GroupFigures notified = wjj(agree(s));
      assertThat(notified.notified()).isEqualTo(start.notified() + 1);

      int april = month(s, "2026-04");
      int may = month(s, "2026-05");
      s.results().record(draft(dsl, id, LocalDate.of(2026, 4, 20), "1"));
      GroupFigures inspected = wjj(agree(s));
      assertThat(inspected.inspected()).isEqualTo(start.inspected() + 1);
      assertThat(month(s, "2026-04")).isEqualTo(april + 1);
      int inPeriod = s.stats().view(MID_MONTH, Grouping.DEPARTMENT).total().inspected();

      s.results().correct(draft(dsl, id, LocalDate.of(2026, 5, 20), "E"), "录入错误");
      GroupFigures corrected = wjj(agree(s));
      assertThat(corrected.inspected()).isEqualTo(inspected.inspected());
      assertThat(corrected.withProblem()).isEqualTo(inspected.withProblem() + 1);
      assertThat(month(s, "2026-04")).as("the correction moved the result to May").isEqualTo(april);
      assertThat(month(s, "2026-05")).isEqualTo(may + 1);
      assertThat(s.stats().view(MID_MONTH, Grouping.DEPARTMENT).total().inspected())
          .as("the correction moved the result out of 15 April – 10 May").isEqualTo(inPeriod - 1);

      s.publish().mark(List.of(id), LocalDate.of(2026, 6, 1), null, new Review("王局长", LocalDate.of(2026, 5, 30)));
      GroupFigures published = wjj(agree(s));
      assertThat(published.published()).isEqualTo(corrected.published() + 1);
      assertThat(published.onTime()).isEqualTo(corrected.onTime() + 1);

      FollowUp f = s.followUps().add(id, new FollowUpDraft(FollowUpKind.ORDER_CORRECTION, "限期改正", "", null,
          LocalDate.of(2026, 6, 30)));
      GroupFigures added = wjj(agree(s));
      assertThat(added.followUps()).isEqualTo(published.followUps() + 1);
      s.followUps().close(f.id(), LocalDate.of(2026, 6, 20));
      assertThat(wjj(agree(s)).followUpsClosed()).isEqualTo(added.followUpsClosed() + 1);

      // the directory renames the township of the drawn target: the township view follows it
      dsl.execute("UPDATE target SET township = '统计新镇' WHERE id = (SELECT target_id FROM inspection WHERE id = ?)", id);
      agree(s);
      assertThat(s.stats().view(YEAR, Grouping.TOWNSHIP).rows()).anySatisfy(g -> {
        assertThat(g.key()).isEqualTo("统计新镇");
        assertThat(g.withProblem()).isEqualTo(1);
      });

      // a change rolled back leaves no mark and no figure moved
      GroupFigures kept = wjj(agree(s));
      assertThatThrownBy(() -> dsl.transaction(trx -> {
        trx.dsl().execute("UPDATE inspection SET status = 'NOTIFIED' WHERE id = ?", ids.get(1));
        throw new IllegalStateException("rolled back on purpose");
      })).isInstanceOf(IllegalStateException.class);
      boolean stale = dsl.transactionResult(trx -> new StatsRepository().cellsStale(trx.dsl()));
      assertThat(stale).isFalse();
      assertThat(wjj(agree(s))).isEqualTo(kept);
    }
  }

  @Test
  void aMarkRolledBackWithItsSavepointIsMadeAgainByTheNextChangeOfTheSameTransaction() {
    try (ScriptedYear year = new ScriptedYear()) {
      StatsScope scope = StatsScope.year(2026);
      GroupFigures before = year.stats.view(scope, Grouping.DEPARTMENT).rows().get(0);
      year.dsl.transaction(outer -> {
        // the first change of task T1 marks it inside a nested transaction (a savepoint) that is rolled back …
        assertThatThrownBy(() -> outer.dsl().transaction(inner -> {
          inner.dsl().execute("UPDATE inspection SET status = 'NOTIFIED' WHERE id = 10");
          throw new IllegalStateException("rolled back to the savepoint");
        })).isInstanceOf(IllegalStateException.class);
        // … so the next change of T1 in the same transaction must mark it again
        outer.dsl().execute("UPDATE inspection SET status = 'NOTIFIED' WHERE id = 10");
      });
      GroupFigures after = year.stats.view(scope, Grouping.DEPARTMENT).rows().get(0);
      assertThat(after.key()).isEqualTo("SCJGJ");
      assertThat(after.notified()).isEqualTo(before.notified() + 1);
      assertThat(year.stats.view(scope, Grouping.TASK).rows()).usingRecursiveFieldByFieldElementComparatorIgnoringFields(
          "label").containsExactlyElementsOf(year.stats.viewGroupByGroup(scope, Grouping.TASK));
    }
  }

  /** Every view of the year and of a mid-month period, and the code shares, against the rows; returns the department view. */
  private static StatsView agree(Services s) {
    for (StatsScope scope : List.of(YEAR, MID_MONTH)) {
      for (Grouping g : Grouping.values()) {
        assertThat(s.stats().view(scope, g).rows()).as(scope + " " + g.name())
            .usingRecursiveFieldByFieldElementComparatorIgnoringFields("label")
            .containsExactlyElementsOf(s.stats().viewGroupByGroup(scope, g));
      }
    }
    DSLContext dsl = s.database().dsl();
    for (StatsScope scope : List.of(YEAR, MID_MONTH)) {
      assertThat(s.stats().year(scope, Progress.NONE).codes()).as(scope + " codes")
          .isEqualTo(dsl.transactionResult(trx -> new StatsRepository().codeSharesFromRows(trx.dsl(), scope)));
    }
    return s.stats().view(YEAR, Grouping.DEPARTMENT);
  }

  private static GroupFigures wjj(StatsView v) {
    return v.rows().stream().filter(g -> g.key().equals("WJJ")).findFirst()
        .orElse(GroupFigures.empty("WJJ", "", true));
  }

  private static int month(Services s, String month) {
    return s.stats().view(YEAR, Grouping.MONTH).rows().stream().filter(g -> g.key().equals(month))
        .mapToInt(GroupFigures::inspected).sum();
  }

  private static ResultDraft draft(DSLContext dsl, long inspectionId, LocalDate formed, String code) {
    List<PresentInspector> present = dsl.select(INSPECTION_INSPECTOR.INSPECTOR_ID).from(INSPECTION_INSPECTOR)
        .where(INSPECTION_INSPECTOR.INSPECTION_ID.eq(inspectionId)).orderBy(INSPECTION_INSPECTOR.PICK_ORDER)
        .fetch(INSPECTION_INSPECTOR.INSPECTOR_ID).stream().map(PresentInspector::drawn).toList();
    return new ResultDraft(inspectionId, formed, present, List.of(new Finding(null, true, "", "")),
        Set.of(VerificationMethod.ON_SITE), List.of(code), List.of(), null, null);
  }
}
