package cn.suiji.draw.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.draw.domain.AttemptStatus;
import cn.suiji.draw.service.DrawAttempt;
import cn.suiji.shared.Progress;
import cn.suiji.shared.db.Database;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.print.PrintableDocument;
import cn.suiji.shared.ui.PdfPreviewViewModel;
import cn.suiji.shared.ui.concurrent.SameThreadTaskExecutor;
import cn.suiji.testing.FakeDialogService;
import cn.suiji.testing.FakePrinting;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 抽取记录 screen's printing and voiding on the demo county: a confirmed draw previewed,
 * printed without a printer, saved as PDF and Word and read back; an attempt left open voided.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrawsPrintTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
  private static final String CONFIRMED_TASK = "2026-SCJGJ-04";
  private static final String OPEN_TASK = "2026-SCJGJ-03";

  /** Shared by the class's tests (PER_CLASS): each writes its own names. */
  @TempDir
  Path dir;
  private Services services;
  private final FakeDialogService dialogs = new FakeDialogService();
  private final Messages messages = Messages.current();
  private final List<PrintableDocument> previews = new ArrayList<>();
  private DrawAttempt confirmed;
  private DrawsViewModel vm;

  /** One demo county for the class (it takes a while): a confirmed draw; each test opens what it needs. */
  @BeforeAll
  void draw() {
    services = new Services(Database.inMemory("draws-print-" + UUID.randomUUID()), CLOCK);
    services.demo().create(false, Progress.NONE);
    confirmed = services.draw().run(CONFIRMED_TASK, "07 21 33 45", List.of("王监督", "李监督"), "张操作");
  }

  @BeforeEach
  void screen() {
    dialogs.errors.clear();
    dialogs.confirmAnswer = true;
    previews.clear();
    vm = new DrawsViewModel(services.draw(), new SameThreadTaskExecutor(), dialogs, messages, previews::add);
    vm.refresh();
  }

  @AfterAll
  void close() {
    services.close();
  }

  @Test
  void previewOpensTheRecordPageByPageAndWithoutAPrinterOffersThePdf() throws IOException {
    select(confirmed.drawId());
    vm.preview();
    assertThat(dialogs.errors).isEmpty();
    PrintableDocument doc = previews.get(0);
    assertThat(doc.title()).isEqualTo("抽取记录 " + CONFIRMED_TASK + " 第1次");
    assertThat(doc.fileName()).isEqualTo("抽取记录-" + CONFIRMED_TASK + "-第1次");

    PdfPreviewViewModel preview = new PdfPreviewViewModel(doc, new FakePrinting(), new SameThreadTaskExecutor(),
        dialogs, messages);
    preview.open();
    int pages;
    try (PDDocument pdf = Loader.loadPDF(doc.pdf())) {
      pages = pdf.getNumberOfPages();
    }
    assertThat(preview.pageCountProperty().get()).isEqualTo(pages);
    assertThat(preview.pageLabelProperty().get()).isEqualTo("第1页 共" + pages + "页");
    assertThat(preview.imageProperty().get()).isNotNull();

    dialogs.confirmAnswer = true;
    dialogs.nextFile = dir.resolve("preview.pdf");
    preview.print();
    assertThat(preview.errorProperty().get()).isEqualTo(messages.get("print.preview.noPrinter"));
    assertThat(pdfText(dialogs.nextFile)).contains(confirmed.verificationCode()).contains(CONFIRMED_TASK);

    dialogs.nextFile = dir.resolve("preview.docx");
    preview.saveWord();
    assertQrPicture(dialogs.nextFile);
    assertThat(dialogs.errors).isEmpty();
  }

  @Test
  void savesPdfAndWordThatReadBackWithTheCodeAndTheQrPicture() throws IOException {
    select(confirmed.drawId());
    dialogs.nextFile = dir.resolve("record.pdf");
    vm.savePdf();
    assertThat(vm.resultProperty().get()).contains(dialogs.nextFile.toString());
    assertThat(pdfText(dialogs.nextFile)).contains(confirmed.verificationCode());

    dialogs.nextFile = dir.resolve("record.docx");
    vm.saveWord();
    assertQrPicture(dialogs.nextFile);
    try (InputStream in = Files.newInputStream(dialogs.nextFile); XWPFDocument word = new XWPFDocument(in)) {
      String text = String.join("\n", word.getParagraphs().stream().map(p -> p.getText()).toList());
      assertThat(text).contains(confirmed.verificationCode())
          .as("the QR text is a picture now, not a line").doesNotContain(";task=" + CONFIRMED_TASK);
    }
    assertThat(dialogs.errors).isEmpty();
  }

  @Test
  void cancelWhileSavingLeavesNoFile() throws IOException {
    SameThreadTaskExecutor cancelling = new SameThreadTaskExecutor();
    cancelling.cancelAfterFirstUpdate();
    DrawsViewModel screen = new DrawsViewModel(services.draw(), cancelling, dialogs, messages, previews::add);
    screen.refresh();
    screen.selectedProperty().set(screen.draws().stream().filter(r -> r.id() == confirmed.drawId()).findFirst().orElseThrow());
    dialogs.nextFile = dir.resolve("cancelled.pdf");
    screen.savePdf();
    assertThat(screen.resultProperty().get()).isEqualTo(messages.get("draws.print.cancelled"));
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains("cancelled.pdf"));
    }
  }

  @Test
  void anOpenAttemptIsNotPrintedButVoidedWithAReason() {
    long openId = services.draw().open(OPEN_TASK, "张操作").drawId();
    vm.refresh();
    select(openId);
    vm.preview();
    assertThat(previews).isEmpty();
    assertThat(vm.errorProperty().get()).isEqualTo(messages.get("draw.records.notDrawn"));

    vm.voidOpen();
    assertThat(vm.errorProperty().get()).isEqualTo(messages.get("draws.void.reasonRequired"));
    vm.voidReasonProperty().set("  ");
    vm.voidOpen();
    assertThat(vm.errorProperty().get()).isEqualTo(messages.get("draws.void.reasonRequired"));

    vm.voidReasonProperty().set("监督人未到场");
    dialogs.confirmAnswer = false;
    vm.voidOpen();
    assertThat(status(openId)).as("declined: still open").isEqualTo(AttemptStatus.OPEN);

    dialogs.confirmAnswer = true;
    vm.voidOpen();
    assertThat(dialogs.errors).isEmpty();
    assertThat(status(openId)).isEqualTo(AttemptStatus.VOIDED);
    assertThat(vm.resultProperty().get()).contains(OPEN_TASK).contains("监督人未到场");
    assertThat(vm.voidReasonProperty().get()).isEmpty();
    assertThat(vm.draws()).filteredOn(r -> r.id() == openId).singleElement()
        .satisfies(r -> assertThat(r.open()).isFalse());
    assertThat(services.draw().undrawnTasks()).extracting(t -> t.code()).contains(OPEN_TASK);
  }

  @Test
  void aDrawnButUnconfirmedAttemptIsNotPrintedAndAConfirmedOneIsNotVoided() {
    var session = services.draw().open(OPEN_TASK, "张操作");
    services.draw().perform(session.drawId(), "12 34", List.of("王监督"));
    vm.refresh();
    select(session.drawId());
    vm.savePdf();
    assertThat(vm.errorProperty().get())
        .isEqualTo(messages.get("draws.print.notPrintable", OPEN_TASK, Integer.toString(session.attempt())));

    select(confirmed.drawId());
    vm.voidReasonProperty().set("试试");
    vm.voidOpen();
    assertThat(vm.errorProperty().get()).isEqualTo(messages.get("draws.void.notOpen", CONFIRMED_TASK, "1",
        messages.get("draw.status.confirmed")));
    assertThat(status(confirmed.drawId())).isEqualTo(AttemptStatus.CONFIRMED);
  }

  private void select(long id) {
    vm.selectedProperty().set(vm.draws().stream().filter(r -> r.id() == id).findFirst().orElseThrow());
  }

  private AttemptStatus status(long id) {
    return services.draw().list().stream().filter(d -> d.id() == id).findFirst().orElseThrow().status();
  }

  private static String pdfText(Path file) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      return new PDFTextStripper().getText(pdf);
    }
  }

  private static void assertQrPicture(Path docx) throws IOException {
    try (InputStream in = Files.newInputStream(docx); XWPFDocument word = new XWPFDocument(in)) {
      List<XWPFPictureData> pictures = word.getAllPictures();
      assertThat(pictures).singleElement().satisfies(p -> {
        assertThat(p.getPictureType()).isEqualTo(Document.PICTURE_TYPE_PNG);
        assertThat(p.getData()).startsWith(0x89, 'P', 'N', 'G');
      });
    }
  }
}
