package cn.suiji.inspection.service;

import static cn.suiji.shared.db.generated.Tables.INSPECTION;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.TARGET;

import cn.suiji.directory.data.DepartmentRepository;
import cn.suiji.directory.service.DepartmentService;
import cn.suiji.inspection.data.DocumentSourceRepository;
import cn.suiji.inspection.data.NoticeRepository;
import cn.suiji.inspection.data.ResultRepository;
import cn.suiji.inspection.domain.DeliveryMethod;
import cn.suiji.inspection.domain.InspectionStatus;
import cn.suiji.inspection.domain.ResultDraft;
import cn.suiji.inspection.domain.ResultLabels;
import cn.suiji.rules.data.RulesRepository;
import cn.suiji.rules.service.RulesService;
import cn.suiji.shared.Progress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ResultFixture}'s demo county with the results of 2026-WJJ-01 recorded the way the clerk
 * does it: the draw's notices issued (2026-03-05) and delivered (03-10), then four results —
 * order 1 未发现问题, order 2 发现问题经责令已改正 with a remark, order 3 通过登记的住所无法联系 (its
 * 抄告 follow-up created automatically), order 4 closed without a visit and recorded 注销; the
 * other targets have none. Order 1's target is renamed {@link #HOSTILE_NAME}.
 */
public final class PublishedResultsFixture implements AutoCloseable {
  public static final String TASK = "2026-WJJ-01";
  public static final String HOSTILE_NAME = "=HYPERLINK(\"http://evil.example/x\",\"点我\")";
  public static final LocalDate FORMED = LocalDate.of(2026, 4, 15);

  public final ResultFixture f = new ResultFixture();
  public final NoticeRepository documents = new NoticeRepository();
  public final RulesService rules;
  public final NoticeService notices;
  public final ResultAnnouncementService announcements;
  /** The inspections with a result, draw order. */
  public final List<Long> resulted = new ArrayList<>();

  public PublishedResultsFixture() {
    rules = new RulesService(f.dsl, new RulesRepository(), new DepartmentService(f.dsl, new DepartmentRepository(),
        f.auditor), f.auditor, ResultFixture.CLOCK);
    notices = new NoticeService(f.dsl, documents, new DocumentSourceRepository(), f.inspections, rules, f.auditor,
        ResultFixture.CLOCK, null, ResultLabels.STANDARD);
    announcements = new ResultAnnouncementService(f.dsl, documents, new DocumentSourceRepository(),
        new ResultRepository(), f.codes, rules, f.auditor);
    notices.issue(f.wjjDraw, LocalDate.of(2026, 3, 5), false, Progress.NONE);
    notices.deliverDraw(f.wjjDraw, LocalDate.of(2026, 3, 10), DeliveryMethod.DIRECT, null);
    long first = f.inspection(f.wjjDraw, 1);
    f.dsl.update(TARGET).set(TARGET.NAME, HOSTILE_NAME)
        .where(TARGET.ID.eq(f.dsl.select(INSPECTION.TARGET_ID).from(INSPECTION).where(INSPECTION.ID.eq(first))))
        .execute();
    record(1, List.of("1"), null);
    record(2, List.of("E"), "已当场责令改正");
    record(3, List.of("6"), null);
    long closed = f.inspection(f.wjjDraw, 4);
    f.inspections.move(closed, InspectionStatus.CLOSED_WITHOUT_VISIT, LocalDate.of(2026, 4, 1), "已注销");
    f.results.record(new ResultDraft(closed, FORMED, List.of(), List.of(), java.util.Set.of(), List.of("9"), List.of(),
        null, "已注销"));
    resulted.add(closed);
  }

  private void record(int order, List<String> codes, String remark) {
    long id = f.inspection(f.wjjDraw, order);
    ResultDraft d = f.draft(id, FORMED, codes, List.of());
    f.results.record(new ResultDraft(id, d.formedOn(), d.inspectors(), d.findings(), d.methods(), d.codes(),
        d.followUps(), null, remark));
    resulted.add(id);
  }

  /** How many targets the draw selected. */
  public int drawn() {
    return f.dsl.fetchCount(INSPECTION, INSPECTION.DRAW_ID.eq(f.wjjDraw));
  }

  /** The names and ID numbers of every inspector drawn for the task: none of them may be published. */
  public List<String> inspectorParticulars() {
    List<String> out = new ArrayList<>();
    f.dsl.selectDistinct(INSPECTOR.NAME, INSPECTOR.ID_SEALED).from(INSPECTOR)
        .join(INSPECTION_INSPECTOR).on(INSPECTION_INSPECTOR.INSPECTOR_ID.eq(INSPECTOR.ID))
        .join(INSPECTION).on(INSPECTION.ID.eq(INSPECTION_INSPECTOR.INSPECTION_ID))
        .where(INSPECTION.DRAW_ID.eq(f.wjjDraw))
        .forEach(r -> {
          out.add(r.value1());
          f.db.idSeal().open(r.value2()).ifPresent(out::add); // the number as the clerk typed it
        });
    return out;
  }

  @Override
  public void close() {
    f.close();
  }
}
