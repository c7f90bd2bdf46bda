package cn.suiji.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.print.PrintableDocument;
import cn.suiji.shared.print.TestPdfs;
import cn.suiji.shared.ui.concurrent.SameThreadTaskExecutor;
import cn.suiji.testing.FakeDialogService;
import cn.suiji.testing.FakePrinting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The print preview with the same-thread executor, a fake dialog service and fake printers. */
class PdfPreviewViewModelTest {
  private final Messages messages = Messages.current();
  private final FakeDialogService dialogs = new FakeDialogService();
  private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
  private final byte[] pdf = TestPdfs.pages(3);
  private final PrintableDocument document = new PrintableDocument("抽取记录 T-1 第1次", "抽取记录-T-1-第1次", pdf,
      (file, progress) -> Files.writeString(file, "word"));

  @TempDir
  Path dir;

  private PdfPreviewViewModel open(FakePrinting printing) {
    PdfPreviewViewModel vm = new PdfPreviewViewModel(document, printing, executor, dialogs, messages);
    vm.open();
    return vm;
  }

  @Test
  void opensOnTheFirstPageAndPagesThroughWithoutLeavingTheDocument() {
    PdfPreviewViewModel vm = open(new FakePrinting());
    assertThat(vm.pageCountProperty().get()).isEqualTo(3);
    assertThat(vm.pageLabelProperty().get()).isEqualTo("第1页 共3页");
    assertThat(vm.imageProperty().get()).isNotNull();
    assertThat(vm.renderingProperty().get()).isFalse();

    vm.previous();
    assertThat(vm.pageIndexProperty().get()).isZero();
    vm.next();
    assertThat(vm.pageLabelProperty().get()).isEqualTo("第2页 共3页");
    var second = vm.imageProperty().get();
    vm.last();
    vm.next();
    assertThat(vm.pageLabelProperty().get()).isEqualTo("第3页 共3页");
    assertThat(vm.imageProperty().get()).isNotSameAs(second);
    vm.go(1);
    assertThat(vm.imageProperty().get()).as("a page seen a moment ago is not rendered again").isSameAs(second);
    vm.first();
    assertThat(vm.pageIndexProperty().get()).isZero();
    vm.close();
    assertThat(vm.imageProperty().get()).isNull();
  }

  @Test
  void withoutAPrinterPrintSaysSoAndSavesThePdfWhenTheClerkAgrees() throws IOException {
    FakePrinting none = new FakePrinting();
    PdfPreviewViewModel vm = open(none);
    assertThat(vm.printerAvailableProperty().get()).isFalse();
    assertThat(vm.printerNoteProperty().get()).isEqualTo("未找到打印机，请存为PDF后打印。");

    dialogs.confirmAnswer = true;
    dialogs.nextFile = dir.resolve("record.pdf");
    vm.print();
    assertThat(vm.errorProperty().get()).contains("未找到打印机");
    assertThat(Files.readAllBytes(dialogs.nextFile)).isEqualTo(pdf);
    assertThat(vm.statusProperty().get()).contains(dialogs.nextFile.toString());
    assertThat(none.jobs).isEmpty();
    assertThat(dialogs.errors).isEmpty();
  }

  @Test
  void withoutAPrinterDecliningTheOfferWritesNothing() throws IOException {
    PdfPreviewViewModel vm = open(new FakePrinting());
    dialogs.confirmAnswer = false;
    dialogs.nextFile = dir.resolve("record.pdf");
    vm.print();
    assertThat(files()).isEmpty();
  }

  @Test
  void withAPrinterTheChosenOneGetsTheWholePdf() {
    FakePrinting office = new FakePrinting("办公室打印机", "二楼打印机");
    PdfPreviewViewModel vm = open(office);
    assertThat(vm.printers()).containsExactly("办公室打印机", "二楼打印机");
    assertThat(vm.printerProperty().get()).isEqualTo("办公室打印机");
    assertThat(vm.printerNoteProperty().get()).isEmpty();
    vm.printerProperty().set("二楼打印机");
    vm.print();
    assertThat(office.jobs).containsExactly(new FakePrinting.Job("二楼打印机", document.title(), pdf.length));
    assertThat(vm.statusProperty().get()).contains("二楼打印机").contains("3");
  }

  @Test
  void savesTheWordVersionAndCancelLeavesNoFile() throws IOException {
    PdfPreviewViewModel vm = open(new FakePrinting());
    assertThat(vm.hasWord()).isTrue();
    dialogs.nextFile = dir.resolve("record.docx");
    vm.saveWord();
    assertThat(Files.readString(dialogs.nextFile)).isEqualTo("word");

    dialogs.nextFile = dir.resolve("cancelled.pdf");
    executor.cancelAfterFirstUpdate();
    vm.savePdf();
    assertThat(vm.statusProperty().get()).isEqualTo(messages.get("print.preview.cancelled"));
    assertThat(files()).containsExactly("record.docx");
    assertThat(vm.job().runningProperty().get()).isFalse();
  }

  @Test
  void aDocumentThatIsNotAPdfShowsAnErrorInWords() {
    PrintableDocument broken = new PrintableDocument("x", "x", new byte[] {1, 2, 3}, null);
    PdfPreviewViewModel vm = new PdfPreviewViewModel(broken, new FakePrinting(), executor, dialogs, messages);
    vm.open();
    assertThat(vm.pageCountProperty().get()).isZero();
    assertThat(dialogs.errors).singleElement().asString().startsWith("文档无法作为PDF打开");
    assertThat(vm.hasWord()).isFalse();
  }

  private java.util.List<String> files() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
