package cn.suiji.inspection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.inspection.domain.DeliveryMethod;
import cn.suiji.inspection.render.NoticeFiles;
import cn.suiji.inspection.service.NoticeFixture;
import cn.suiji.shared.Progress;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.print.PrintableDocument;
import cn.suiji.shared.ui.concurrent.SameThreadTaskExecutor;
import cn.suiji.testing.FakeDialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notices screen's model on the demo county with one confirmed draw: print, deliver, void. */
class NoticesViewModelTest {
  @TempDir
  Path dir;
  private NoticeFixture f;
  private NoticesViewModel vm;
  private long drawId;
  private final FakeDialogService dialogs = new FakeDialogService();
  private final List<PrintableDocument> previewed = new ArrayList<>();

  @BeforeEach
  void drawAndOpen() {
    f = NoticeFixture.inMemory(dir.resolve("receipts"));
    drawId = f.draw("2026-SCJGJ-03");
    vm = new NoticesViewModel(f.notices, new NoticeFiles(), new SameThreadTaskExecutor(), dialogs,
        Messages.current(), previewed::add, NoticeFixture.CLOCK);
    vm.refresh();
  }

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void theConfirmedDrawIsChosenAndItsTargetsListedWithoutNotices() {
    assertThat(vm.drawChoices()).hasSize(1);
    assertThat(vm.drawProperty().get().id()).isEqualTo(drawId);
    assertThat(vm.lines()).isNotEmpty().allSatisfy(l -> {
      assertThat(l.number()).isEqualTo("（未签发）");
      assertThat(l.status()).isEqualTo("待发通知");
    });
    assertThat(vm.summaryProperty().get()).contains("已签发通知书 0 份");
  }

  @Test
  void deliveryNeedsIssuedNoticesThenMovesTheChosenRowsOn() {
    vm.chosen().setAll(vm.lines().get(0));
    vm.deliverChosen();
    assertThat(vm.errorProperty().get()).contains("尚未签发检查通知书");
    f.notices.issue(drawId, NoticeFixture.TODAY, false, Progress.NONE);
    vm.refresh();
    assertThat(vm.lines().get(0).number()).contains("〔2026〕");
    vm.chosen().setAll(vm.lines().get(0), vm.lines().get(1));
    vm.methodProperty().set(DeliveryMethod.MAIL);
    vm.deliverChosen();
    assertThat(vm.errorProperty().get()).isEmpty();
    assertThat(vm.outcomeProperty().get()).contains("已记录 2 份");
    assertThat(vm.lines().get(0).status()).isEqualTo("已送达通知");
    assertThat(vm.lines().get(0).delivered()).contains("2026-03-02").contains("邮寄送达");
    assertThat(vm.lines().get(2).status()).isEqualTo("待发通知");
  }

  @Test
  void deliverAllAsksThenTakesEveryNoticeStillAwaiting() {
    f.notices.issue(drawId, NoticeFixture.TODAY, false, Progress.NONE);
    dialogs.confirmAnswer = false;
    vm.deliverAll();
    assertThat(vm.lines()).allSatisfy(l -> assertThat(l.status()).isEqualTo("待发通知"));
    dialogs.confirmAnswer = true;
    vm.deliverAll();
    assertThat(dialogs.confirms).hasSize(2);
    assertThat(vm.lines()).allSatisfy(l -> assertThat(l.status()).isEqualTo("已送达通知"));
  }

  @Test
  void voidingNeedsOneIssuedRowAndAReason() {
    vm.voidChosen();
    assertThat(vm.errorProperty().get()).contains("选择一份");
    f.notices.issue(drawId, NoticeFixture.TODAY, false, Progress.NONE);
    vm.refresh();
    String number = vm.lines().get(0).number();
    vm.chosen().setAll(vm.lines().get(0));
    vm.voidChosen();
    assertThat(vm.errorProperty().get()).contains("理由");
    vm.voidReasonProperty().set("地址有误");
    vm.voidChosen();
    assertThat(vm.outcomeProperty().get()).contains(number).contains("已作废");
    assertThat(vm.lines().get(0).number()).isEqualTo("（未签发）");
  }
}
