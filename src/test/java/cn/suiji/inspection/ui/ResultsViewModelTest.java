package cn.suiji.inspection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.inspection.data.FollowUpRepository;
import cn.suiji.inspection.data.ResultCodeRepository;
import cn.suiji.inspection.data.ResultRepository;
import cn.suiji.inspection.domain.DeliveryMethod;
import cn.suiji.inspection.domain.FollowUpKind;
import cn.suiji.inspection.domain.InspectionStatus;
import cn.suiji.inspection.service.FollowUpService;
import cn.suiji.inspection.service.NoticeFixture;
import cn.suiji.inspection.service.ResultCodeService;
import cn.suiji.inspection.service.ResultImporter;
import cn.suiji.inspection.service.ResultService;
import cn.suiji.shared.Progress;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.time.CalendarService;
import cn.suiji.shared.time.data.CalendarRepository;
import cn.suiji.shared.ui.concurrent.SameThreadTaskExecutor;
import cn.suiji.testing.FakeDialogService;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The results grid's model on the demo county with one confirmed draw (2026-SCJGJ-03, the market
 * bureau's, drawn on 2026-03-02 before its window): rows typed, saved one by one, refused with
 * the reason beside them, corrected with a reason.
 */
class ResultsViewModelTest {
  private static final String DAY = NoticeFixture.TODAY.toString();
  @TempDir
  Path dir;
  private NoticeFixture f;
  private ResultService results;
  private ResultsViewModel vm;
  private long drawId;

  @BeforeEach
  void drawAndOpen() {
    f = NoticeFixture.inMemory(dir.resolve("receipts"));
    drawId = f.draw("2026-SCJGJ-03");
    CalendarService calendar = new CalendarService(f.dsl, new CalendarRepository(), f.auditor);
    calendar.seedIfNew();
    ResultCodeService codes = new ResultCodeService(f.dsl, new ResultCodeRepository(), f.auditor);
    FollowUpService followUps = new FollowUpService(f.dsl, new FollowUpRepository(), calendar, f.auditor,
        NoticeFixture.CLOCK);
    results = new ResultService(f.dsl, new ResultRepository(), codes, followUps, f.inspections, f.auditor,
        NoticeFixture.CLOCK, () -> "张办事员");
    vm = new ResultsViewModel(results, codes, followUps, f.notices, new SameThreadTaskExecutor(), Messages.current());
    vm.refresh();
  }

  @AfterEach
  void close() {
    f.close();
  }

  private void deliver() {
    f.notices.issue(drawId, NoticeFixture.TODAY, false, Progress.NONE);
    f.notices.deliverDraw(drawId, NoticeFixture.TODAY, DeliveryMethod.DIRECT, null);
    vm.refresh();
  }

  private static void type(ResultRow row, String date, String codes, String methods, String note) {
    row.dateProperty().set(date);
    row.codesProperty().set(codes);
    row.methodsProperty().set(methods);
    row.noteProperty().set(note);
  }

  @Test
  void everyInspectionIsARowWithItsDrawnInspectorsAndNoResultBeforeDelivery() {
    assertThat(vm.rows()).isNotEmpty();
    ResultRow first = vm.rows().get(0);
    assertThat(vm.rows()).extracting(ResultRow::order).startsWith(1, 2, 3);
    assertThat(first.statusTextProperty().get()).isEqualTo("待发通知");
    assertThat(first.inspectorsProperty().get()).contains("、").isEqualTo(String.join("、", first.drawnInspectors()));
    assertThat(vm.codeHintProperty().get()).contains("1 未发现问题");
    assertThat(vm.summaryProperty().get()).contains("通知书未送达 " + vm.rows().size() + " 户");
    type(first, DAY, "1", "1", "提前检查");
    vm.save(first);
    assertThat(first.errorProperty().get()).contains("尚不能录入检查结果");
    assertThat(first.codesProperty().get()).isEqualTo("1");
  }

  @Test
  void aRowTypedAndSavedMovesItsInspectionToInspected() {
    deliver();
    ResultRow row = vm.rows().get(0);
    type(row, "20260302", "1", "1、书面检查", "按计划提前检查");
    vm.saveIfChanged(row);
    assertThat(row.errorProperty().get()).isEmpty();
    assertThat(row.statusTextProperty().get()).isEqualTo("已检查");
    assertThat(row.recordedProperty().get()).isTrue();
    assertThat(row.dateProperty().get()).isEqualTo(DAY);
    assertThat(row.methodsProperty().get()).isEqualTo("实地检查、书面检查");
    assertThat(vm.outcomeProperty().get()).contains("第 1 行");
    var stored = results.current(row.inspectionId()).orElseThrow();
    assertThat(stored.codes()).containsExactly("1");
    assertThat(stored.windowNote()).isEqualTo("按计划提前检查");
    assertThat(stored.inspectors()).hasSize(row.drawnInspectors().size());
    assertThat(results.facts(row.inspectionId()).status()).isEqualTo(InspectionStatus.INSPECTED);
    assertThat(vm.rows().get(1).statusTextProperty().get()).isEqualTo("已送达通知");
  }

  @Test
  void aRefusedRowKeepsWhatWasTypedAndSaysWhy() {
    deliver();
    ResultRow row = vm.rows().get(0);
    type(row, DAY, "1,C", "1", "提前检查");
    vm.save(row);
    assertThat(row.errorProperty().get()).contains("不能与其他检查结果同时填写");
    assertThat(row.codesProperty().get()).isEqualTo("1,C");
    assertThat(row.dirtyProperty().get()).isTrue();
    row.noteProperty().set("");
    row.codesProperty().set("1");
    vm.save(row);
    assertThat(row.errorProperty().get()).contains("不在任务").contains("须填写说明");
    row.noteProperty().set("提前检查");
    row.methodsProperty().set("9");
    vm.save(row);
    assertThat(row.errorProperty().get()).contains("“检查方式”");
    row.methodsProperty().set("1");
    row.dateProperty().set("3月2日");
    vm.save(row);
    assertThat(row.errorProperty().get()).contains("“检查完成日期”");
    row.dateProperty().set(DAY);
    row.inspectorsProperty().set(row.drawnInspectors().get(0));
    vm.save(row);
    assertThat(row.errorProperty().get()).contains("至少须 2 名");
    row.inspectorsProperty().set(String.join(",", row.drawnInspectors()));
    vm.save(row);
    assertThat(row.errorProperty().get()).isEmpty();
    assertThat(row.recordedProperty().get()).isTrue();
  }

  @Test
  void aCodeThatNeedsAFollowUpIsSavedOnceTheDetailFormHasOne() {
    deliver();
    ResultRow row = vm.rows().get(1);
    vm.selectedProperty().set(row);
    type(row, DAY, "2", "1", "提前检查");
    vm.save(row);
    assertThat(row.errorProperty().get()).contains("须有后续处置");
    row.followUpKindProperty().set(FollowUpKind.ORDER_CORRECTION);
    row.followUpDetailProperty().set("责令 30 日内改正");
    row.problemProperty().set("未按规定明码标价");
    vm.saveAll();
    assertThat(row.errorProperty().get()).isEmpty();
    assertThat(row.recordedProperty().get()).isTrue();
    assertThat(vm.historyProperty().get()).contains("第 1 版（现行）").contains("责令改正");
    assertThat(results.current(row.inspectionId()).orElseThrow().findings().get(0).problem()).isEqualTo("未按规定明码标价");
  }

  @Test
  void aRecordedResultIsCorrectedOnlyWithAReasonAndKeepsTheOldVersion() {
    deliver();
    ResultRow row = vm.rows().get(0);
    type(row, DAY, "1", "1", "提前检查");
    vm.save(row);
    vm.selectedProperty().set(row);
    row.codesProperty().set("E");
    vm.saveIfChanged(row);
    assertThat(results.current(row.inspectionId()).orElseThrow().codes()).containsExactly("1");
    vm.save(row);
    assertThat(row.errorProperty().get()).contains("更正");
    vm.correctSelected();
    assertThat(row.errorProperty().get()).contains("更正理由");
    row.correctionReasonProperty().set("录入时看错了记录表");
    vm.correctSelected();
    assertThat(row.errorProperty().get()).isEmpty();
    assertThat(row.codesProperty().get()).isEqualTo("E");
    assertThat(vm.outcomeProperty().get()).contains("第 2 版");
    assertThat(vm.historyProperty().get()).contains("第 1 版（已被更正）").contains("录入时看错了记录表");
    assertThat(results.versions(row.inspectionId())).hasSize(2);
  }

  @Test
  void aWorkbookImportedFromTheScreenReportsEachRefusedRowByItsRowAndColumn() throws Exception {
    FakeDialogService dialogs = new FakeDialogService();
    ResultCodeService codes = new ResultCodeService(f.dsl, new ResultCodeRepository(), f.auditor);
    ResultsViewModel withImport = new ResultsViewModel(results, codes,
        new FollowUpService(f.dsl, new FollowUpRepository(), new CalendarService(f.dsl, new CalendarRepository(), f.auditor),
            f.auditor, NoticeFixture.CLOCK), f.notices,
        new ResultImporter(f.dsl, results, new ResultRepository(), f.auditor), dialogs, new SameThreadTaskExecutor(),
        Messages.current());
    withImport.refresh();
    assertThat(withImport.canImport()).isTrue();
    Path file = dir.resolve("结果.csv");
    java.nio.file.Files.writeString(file, "抽取记录编号,统一社会信用代码,检查完成日期,检查人员,检查方式,检查结果代码\n"
        + drawId + ",91350100M000100Y43," + DAY + ",王某、李某,实地检查,1\n", java.nio.charset.StandardCharsets.UTF_8);
    dialogs.nextFile = file;
    withImport.importFile();
    assertThat(withImport.errorProperty().get()).isEmpty();
    assertThat(withImport.outcomeProperty().get()).contains("已读取 1 行").contains("拒绝 1").contains("第 2 行");
    assertThat(withImport.job().runningProperty().get()).isFalse();
    assertThat(vm.canImport()).isFalse();
  }
}
