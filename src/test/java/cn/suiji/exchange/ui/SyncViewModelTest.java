package cn.suiji.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.exchange.remote.ProvinceServer;
import cn.suiji.exchange.service.ExchangeFixture;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.concurrent.SameThreadTaskExecutor;
import cn.suiji.testing.FakeDialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 同步 screen's ViewModel on a county file, with a fake dialog service and the same-thread executor. */
class SyncViewModelTest {
  @TempDir
  Path dir;
  private ExchangeFixture f;
  private final FakeDialogService dialogs = new FakeDialogService();
  private SyncViewModel vm;
  private final java.util.List<cn.suiji.shared.print.PrintableDocument> previewed = new java.util.ArrayList<>();
  private final java.util.List<cn.suiji.exchange.domain.RecordRef> opened = new java.util.ArrayList<>();

  @BeforeEach
  void county() {
    f = ExchangeFixture.drawn(dir);
    f.result(1, LocalDate.of(2026, 5, 20));
    vm = new SyncViewModel(f.services.outbox(), f.services.exchange(), f.services.platform(),
        f.services.transmittals(), previewed::add, opened::add,
        new SameThreadTaskExecutor(), dialogs,
        Messages.current());
    vm.refresh();
  }

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void countsAndTheOldestWaitingAreShown() {
    assertThat(vm.counts()).extracting(SyncViewModel.CountLine::kind, SyncViewModel.CountLine::state,
        SyncViewModel.CountLine::count).containsExactly(
            org.assertj.core.groups.Tuple.tuple("抽查名单", "待发送", 1),
            org.assertj.core.groups.Tuple.tuple("检查结果", "待发送", 1));
    assertThat(vm.summaryProperty().get()).contains("待发送 2 条").contains("2026-");
    assertThat(vm.lastBatchProperty().get()).isEqualTo("还没有发送过任何批次。");
  }

  @Test
  void aPackageIsWrittenIntoTheChosenFolderAndNothingWhenNoneIsChosen() throws Exception {
    dialogs.nextFile = null;
    vm.exportPackage();
    assertThat(vm.outcomeProperty().get()).isEmpty();
    dialogs.nextFile = Files.createDirectories(dir.resolve("usb"));
    vm.exportPackage();
    assertThat(vm.errorProperty().get()).isEmpty();
    assertThat(vm.outcomeProperty().get()).contains("交换包已写入").contains("usb");
    assertThat(vm.summaryProperty().get()).isEqualTo("没有待发送的记录。");
    vm.exportPackage();
    assertThat(vm.errorProperty().get()).isEqualTo("没有待发送的记录，无需打包。");
  }

  @Test
  void anUploadKeepsTheEndpointAndABadOneIsRefusedInWords() throws Exception {
    vm.endpointProperty().set("ftp://x");
    vm.upload();
    assertThat(vm.errorProperty().get()).contains("ftp://x").contains("无效");
    try (ProvinceServer province = new ProvinceServer(0)) {
      vm.endpointProperty().set(province.endpoint().toString());
      vm.upload();
      assertThat(vm.errorProperty().get()).isEmpty();
      assertThat(vm.outcomeProperty().get()).contains("已接收 2 条");
      assertThat(f.services.exchange().savedEndpoint()).isEqualTo(province.endpoint().toString());
      assertThat(vm.lastBatchProperty().get()).contains("接口上传").contains("已接收 2 条");
    }
  }

  @Test
  void theTransmittalOfTheLastPackageOpensInThePreviewWithItsWordVersion() throws Exception {
    vm.printTransmittal();
    assertThat(vm.errorProperty().get()).isEqualTo("还没有任何批次，无交接单可打印。");
    assertThat(previewed).isEmpty();
    dialogs.nextFile = Files.createDirectories(dir.resolve("usb"));
    vm.exportPackage();
    String sha = f.services.outbox().lastBatch().orElseThrow().manifestSha256();
    vm.printTransmittal();
    assertThat(previewed).singleElement().satisfies(d -> {
      assertThat(d.title()).startsWith("交接单 SJ-");
      try (var pdf = org.apache.pdfbox.Loader.loadPDF(d.pdf())) {
        assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains(sha);
      }
      Path word = dir.resolve("交接单.docx");
      d.word().write(word, cn.suiji.shared.Progress.NONE);
      assertThat(word).isNotEmptyFile();
    });
  }

  @Test
  void theWorkbookIsMarkedSentAndARejectedResultOpensItsInspection() throws Exception {
    dialogs.nextFile = Files.createDirectories(dir.resolve("上传"));
    vm.exportWorkbook();
    assertThat(vm.outcomeProperty().get()).contains("省平台导入表已写入");
    String batch = vm.unsentWorkbookProperty().get();
    assertThat(batch).startsWith("SJ-");
    assertThat(vm.lastBatchProperty().get()).contains("待上传");
    vm.markSent();
    assertThat(vm.outcomeProperty().get()).contains(batch).contains("已标记为已上传");
    assertThat(vm.unsentWorkbookProperty().get()).isEmpty();
    var result = f.services.outbox().entries().stream().filter(e -> e.key().startsWith("result:")).findFirst()
        .orElseThrow();
    f.services.exchange().apply(new cn.suiji.exchange.domain.Receipt(batch, "2026-11-21T09:00:00+08:00",
        java.util.List.of(new cn.suiji.exchange.domain.Receipt.Line(result.key(), false, "日期有误"))));
    vm.refresh();
    assertThat(vm.rejected()).singleElement().satisfies(line -> {
      assertThat(line.record()).isNotNull();
      vm.selectedRejectedProperty().set(line);
    });
    vm.openSelected();
    assertThat(opened).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(cn.suiji.shared.outbox.OutboxKind.RESULT);
      assertThat(r.taskCode()).isEqualTo("2026-WJJ-01");
      assertThat(r.inspectionId()).isNotNull();
    });
  }
}
