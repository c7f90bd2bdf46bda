package cn.suiji.inspection.service;

import static cn.suiji.shared.db.generated.Tables.INSPECTION;
import static cn.suiji.shared.db.generated.Tables.INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.TASK;
import static cn.suiji.shared.db.generated.Tables.WORKING_RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.inspection.domain.Announcement;
import cn.suiji.inspection.domain.InspectionNotice;
import cn.suiji.inspection.domain.Issued;
import cn.suiji.inspection.domain.RecordSheet;
import cn.suiji.inspection.domain.ResultLabels;
import cn.suiji.inspection.domain.SheetOptions;
import cn.suiji.rules.domain.DocumentRules;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The announcement, the notices and the record sheets of the demo county's joint task
 * 2026-SCJGJ-03 (市场监管局 leads, 卫健局 takes part): every field filled, numbers in the default
 * pattern, printing again the same. One draw for the class; each test reads what it issues.
 */
class NoticeContentTest {
  private static final String TASK_CODE = "2026-SCJGJ-03";
  private static final String LEAD = "青岚县市场监督管理局";
  private static final String PARTNER = "青岚县卫生健康局";
  @TempDir
  static Path dir;
  private static NoticeFixture f;
  private static long drawId;
  private static Issued issued;

  @BeforeAll
  static void drawAndIssue() {
    f = NoticeFixture.inMemory(dir.resolve("receipts"));
    drawId = f.draw(TASK_CODE);
    issued = f.notices.issue(drawId, NoticeFixture.TODAY, true, Progress.NONE);
  }

  @AfterAll
  static void close() {
    f.close();
  }

  private static List<Long> inspectionIds() {
    return f.dsl.select(INSPECTION.ID).from(INSPECTION).where(INSPECTION.DRAW_ID.eq(drawId))
        .orderBy(INSPECTION.DRAW_ORDER).fetch(INSPECTION.ID);
  }

  @Test
  void theFirstIssueNumbersEveryNoticeInDrawOrderInTheDefaultPattern() {
    List<Long> ids = inspectionIds();
    assertThat(ids).hasSizeGreaterThan(3);
    assertThat(issued.numbered()).isEqualTo(ids.size());
    assertThat(issued.notices()).extracting(InspectionNotice::inspectionId).containsExactlyElementsOf(ids);
    for (int i = 0; i < ids.size(); i++) {
      assertThat(issued.notices().get(i).number()).isEqualTo("青市监抽通〔2026〕" + (i + 1) + "号");
    }
    // the inspection shows its number too (the target's history reads it)
    assertThat(f.dsl.select(INSPECTION.NOTICE_NO).from(INSPECTION).where(INSPECTION.ID.eq(ids.get(0))).fetchOne().value1())
        .isEqualTo("青市监抽通〔2026〕1号");
  }

  @Test
  void printingAgainReusesTheNumbersAndTheDates() {
    Issued again = f.notices.issue(drawId, NoticeFixture.TODAY.plusDays(5), false, Progress.NONE);
    assertThat(again.numbered()).isZero();
    assertThat(again.sheets()).isEmpty();
    assertThat(again.notices()).extracting(InspectionNotice::number)
        .containsExactlyElementsOf(issued.notices().stream().map(InspectionNotice::number).toList());
    assertThat(again.notices()).allSatisfy(n -> assertThat(n.date()).isEqualTo(NoticeFixture.TODAY));
  }

  @Test
  void everyFieldOfEveryNoticeIsFilledAndAJointTaskNamesBothDepartmentsWithTheirInspectors() {
    Set<String> idNumbers = new HashSet<>();
    f.dsl.select(INSPECTOR.ID_SEALED).from(INSPECTOR).where(INSPECTOR.ID_SEALED.isNotNull())
        .forEach(r -> idNumbers.add(f.db.idSeal().open(r.value1()).orElseThrow()));
    assertThat(idNumbers).as("the demo's ID numbers, opened with the key").isNotEmpty();
    for (InspectionNotice n : issued.notices()) {
      assertThat(n.voided()).isFalse();
      assertThat(n.addressee()).isNotBlank();
      assertThat(n.addresseeCode()).isNotBlank();
      assertThat(n.taskNumber()).isEqualTo(TASK_CODE);
      assertThat(n.taskName()).isEqualTo("餐饮服务单位食品安全联合抽查");
      assertThat(n.items()).hasSize(4).allSatisfy(i -> {
        assertThat(i.name()).isNotBlank();
        assertThat(i.legalBasis()).isNotBlank();
      });
      assertThat(n.from()).isEqualTo(LocalDate.of(2026, 5, 6));
      assertThat(n.to()).isEqualTo(LocalDate.of(2026, 7, 31));
      assertThat(n.methods()).isNotEmpty().doesNotHaveDuplicates().allSatisfy(m -> assertThat(m).isNotBlank());
      assertThat(n.materials()).isEqualTo(DocumentRules.DEFAULT_MATERIALS);
      assertThat(n.departments()).extracting(InspectionNotice.Party::department).containsExactly(LEAD, PARTNER);
      assertThat(n.departments()).allSatisfy(p -> assertThat(p.inspectors()).isNotEmpty().allSatisfy(o -> {
        assertThat(o.name()).isNotBlank();
        assertThat(o.certNo()).isNotBlank().isNotIn(idNumbers);
      }));
      assertThat(n.contactPerson()).isEqualTo("赵立新");
      assertThat(n.contactPhone()).startsWith("0932-");
      assertThat(n.issuer()).isEqualTo(LEAD);
      assertThat(n.date()).isEqualTo(NoticeFixture.TODAY);
    }
  }

  @Test
  void everyRecordSheetHasItsCheckPointsMethodsResultsFollowUpsAndInspectors() {
    assertThat(issued.sheets()).hasSameSizeAs(issued.notices());
    for (int i = 0; i < issued.sheets().size(); i++) {
      RecordSheet s = issued.sheets().get(i);
      InspectionNotice n = issued.notices().get(i);
      assertThat(s.inspectionId()).isEqualTo(n.inspectionId());
      assertThat(s.noticeNumber()).isEqualTo(n.number());
      assertThat(s.taskNumber()).isEqualTo(TASK_CODE);
      assertThat(s.taskName()).isEqualTo(n.taskName());
      assertThat(s.targetName()).isEqualTo(n.addressee());
      assertThat(s.targetCode()).isEqualTo(n.addresseeCode());
      assertThat(List.of(s.address(), s.legalRepresentative(), s.phone())).allSatisfy(x -> assertThat(x).isNotBlank());
      assertThat(s.items()).hasSize(4).allSatisfy(r -> {
        assertThat(r.item()).isNotBlank();
        assertThat(r.checkPoints()).isNotBlank();
      });
      assertThat(s.methods()).containsExactlyElementsOf(SheetOptions.METHODS).hasSize(6);
      assertThat(s.resultOptions()).containsExactlyElementsOf(ResultLabels.STANDARD.labels()).hasSize(18)
          .startsWith("未发现问题").endsWith("迁出");
      assertThat(s.followUpOptions()).containsExactlyElementsOf(SheetOptions.FOLLOW_UPS);
      assertThat(s.inspectors()).containsExactlyInAnyOrderElementsOf(
          n.departments().stream().flatMap(p -> p.inspectors().stream()).toList());
      assertThat(s.inspectors()).hasSize(n.departments().stream().mapToInt(p -> p.inspectors().size()).sum());
    }
  }

  @Test
  void theAnnouncementFillsEveryFieldAndIsNumberedOnce() {
    f.dsl.update(TASK).set(TASK.PROVINCE_NUMBER, "GS-2026-0317").where(TASK.CODE.eq(TASK_CODE)).execute();
    Announcement a = f.notices.announce(TASK_CODE, NoticeFixture.TODAY);
    assertThat(a.number()).isEqualTo("青市监抽告〔2026〕1号");
    assertThat(a.issuer()).isEqualTo(LEAD);
    assertThat(a.planCode()).isEqualTo("JH62082320260" + "1");
    assertThat(a.planName()).isEqualTo(LEAD + "2026年度“双随机、一公开”抽查工作计划");
    assertThat(a.taskNumber()).isEqualTo("GS-2026-0317");
    assertThat(a.taskName()).isEqualTo("餐饮服务单位食品安全联合抽查");
    assertThat(a.directed()).isTrue();
    assertThat(a.items()).hasSize(4).allSatisfy(i -> assertThat(i).isNotBlank());
    assertThat(a.scope()).startsWith(LEAD + "检查对象名录库中：行业：6210 ").contains("6291");
    assertThat(a.from()).isEqualTo(LocalDate.of(2026, 5, 6));
    assertThat(a.to()).isEqualTo(LocalDate.of(2026, 7, 31));
    assertThat(a.departments()).containsExactly(LEAD, PARTNER);
    assertThat(a.targetCount()).isEqualTo(inspectionIds().size());
    assertThat(a.targets()).hasSize(a.targetCount()).allSatisfy(t -> {
      assertThat(t.name()).isNotBlank();
      assertThat(t.code()).isNotBlank();
      assertThat(t.registrationAuthority()).isNotBlank();
    });
    assertThat(a.targets().get(0).name()).isEqualTo(issued.notices().get(0).addressee());
    assertThat(a.date()).isEqualTo(NoticeFixture.TODAY);

    // issued again later: the same number and date; the rules' flag decides the list
    long lead = f.dsl.select(TASK.LEAD_DEPARTMENT_ID).from(TASK).where(TASK.CODE.eq(TASK_CODE)).fetchSingle().value1();
    f.dsl.update(WORKING_RULES).set(WORKING_RULES.ANNOUNCEMENT_LISTS_TARGETS, false)
        .where(WORKING_RULES.DEPARTMENT_ID.eq(lead)).execute();
    Announcement again = f.notices.announce(TASK_CODE, NoticeFixture.TODAY.plusDays(3));
    assertThat(again.number()).isEqualTo(a.number());
    assertThat(again.date()).isEqualTo(NoticeFixture.TODAY);
    assertThat(again.targets()).isEmpty();
    assertThat(again.targetCount()).isEqualTo(a.targetCount());
    f.dsl.update(WORKING_RULES).set(WORKING_RULES.ANNOUNCEMENT_LISTS_TARGETS, true)
        .where(WORKING_RULES.DEPARTMENT_ID.eq(lead)).execute();
  }

  @Test
  void aTaskWithoutAConfirmedDrawHasNoAnnouncement() {
    assertThatThrownBy(() -> f.notices.announce("2026-WJJ-02", NoticeFixture.TODAY))
        .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("notice.error.notDrawn"));
    assertThatThrownBy(() -> f.notices.announce("NO-SUCH", NoticeFixture.TODAY))
        .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("notice.error.noTask"));
    assertThatThrownBy(() -> f.notices.issue(-1, NoticeFixture.TODAY, false, Progress.NONE))
        .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("notice.error.noSuchDraw"));
  }
}
