package cn.suiji.draw.ui;

import static cn.suiji.shared.db.generated.Tables.DRAW;
import static cn.suiji.shared.db.generated.Tables.INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.RECUSAL;
import static cn.suiji.shared.db.generated.Tables.TARGET;
import static cn.suiji.shared.db.generated.Tables.TASK;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.draw.domain.AttemptStatus;
import cn.suiji.draw.domain.DrawSummary;
import cn.suiji.shared.Progress;
import cn.suiji.shared.db.Database;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.print.PrintableDocument;
import cn.suiji.shared.ui.concurrent.SameThreadTaskExecutor;
import cn.suiji.testing.FakeDialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The draw wizard on the demo county, with the same-thread executor and a fake dialog service. */
class DrawWizardViewModelTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
  private static final String FEASIBLE = "2026-SCJGJ-03";

  @TempDir
  Path dir;
  private Services services;
  private FakeDialogService dialogs;
  private final Messages messages = Messages.current();
  private DrawWizardViewModel vm;
  private final List<PrintableDocument> previews = new ArrayList<>();

  @BeforeEach
  void open() {
    services = new Services(Database.inMemory("wizard-" + System.nanoTime()), CLOCK);
    services.demo().create(false, Progress.NONE);
    dialogs = new FakeDialogService();
    vm = new DrawWizardViewModel(services.draw(), new SameThreadTaskExecutor(), dialogs, messages, previews::add);
    vm.refresh();
  }

  @AfterEach
  void close() {
    services.close();
  }

  @Test
  void nextIsRefusedWithAMessageUntilATaskIsChosen() {
    assertThat(vm.tasks()).extracting(DrawRows.TaskRow::code).contains(FEASIBLE);
    vm.next();
    assertThat(vm.currentStep()).isEqualTo(DrawWizardViewModel.Step.TASK);
    assertThat(vm.errorProperty().get()).isEqualTo(messages.get("draw.wizard.taskRequired"));
  }

  @Test
  void planStepsShowThePoolTheSampleSizesAndTheInspectors() {
    toCeremony();
    assertThat(vm.planRows().strata()).isNotEmpty();
    assertThat(vm.planRows().exclusions()).isNotEmpty();
    assertThat(vm.planRows().groups()).isNotEmpty();
    assertThat(vm.planRows().summaryProperty().get()).contains(FEASIBLE);
    assertThat(vm.planRows().sampleSummaryProperty().get()).isNotBlank();
    assertThat(vm.planRows().exclusions()).allSatisfy(row -> assertThat(row.reason()).doesNotStartWith("!"));
  }

  @Test
  void ceremonyRefusesEntropyBeforeTheCommitmentAndWithoutAWitness() {
    toCeremony();
    vm.witnessesProperty().set("李监督");
    vm.entropyProperty().set("38 17 05");
    vm.next();
    assertThat(vm.currentStep()).isEqualTo(DrawWizardViewModel.Step.CEREMONY);
    assertThat(vm.errorProperty().get()).isEqualTo(messages.get("draw.wizard.commitmentFirst"));
    assertThat(vm.committed().get()).isFalse();

    vm.openCeremony();
    assertThat(vm.commitmentProperty().get()).matches("[0-9a-f]{64}");
    assertThat(vm.committed().get()).isTrue();
    assertThat(vm.canGoBack().get()).as("an open attempt must be drawn, then confirmed or voided").isFalse();

    vm.witnessesProperty().set(" ，、 ");
    vm.next();
    assertThat(vm.errorProperty().get()).isEqualTo(messages.get("draw.wizard.witnessRequired"));
    vm.witnessesProperty().set("李监督、王监督");
    vm.entropyProperty().set("   ");
    vm.next();
    assertThat(vm.errorProperty().get()).isEqualTo(messages.get("draw.wizard.entropyRequired"));
    assertThat(vm.currentStep()).isEqualTo(DrawWizardViewModel.Step.CEREMONY);
  }

  @Test
  void confirmStoresAConfirmedDrawThatVerifies() {
    drawOnce("38 17 05");
    assertThat(vm.currentStep()).isEqualTo(DrawWizardViewModel.Step.REVIEW);
    assertThat(vm.verificationCodeProperty().get()).matches("[0-9a-f]{4}(-[0-9a-f]{4}){3}");
    assertThat(vm.selected()).isNotEmpty();
    // the witnesses read names: each row is the target's name, its code beside it, and the
    // inspectors' names with their certificate numbers — never the bare keys of the record
    var first = vm.attempt().record().assignments().get(0);
    DrawRows.SelectedRow row = vm.selected().get(0);
    assertThat(row.target()).isNotBlank().isNotEqualTo(first.object());
    assertThat(row.number()).isNotBlank();
    assertThat(row.inspectors()).doesNotContain(first.inspectors().get(0))
        .contains(vm.attempt().inspector(first.inspectors().get(0)).name());
    assertThat(vm.attempt().record().witnesses()).containsExactly("李监督", "王监督");
    assertThat(vm.attempt().record().commitment()).isEqualTo(vm.commitmentProperty().get());

    vm.confirm();
    assertThat(dialogs.errors).isEmpty();
    assertThat(vm.finishedProperty().get()).isTrue();
    assertThat(vm.outcomeProperty().get()).contains(vm.verificationCodeProperty().get());
    long id = vm.attempt().drawId();
    DrawSummary stored = services.draw().list().stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    assertThat(stored.status()).isEqualTo(AttemptStatus.CONFIRMED);
    assertThat(services.draw().verify(id).matches()).isTrue();
    assertThat(services.draw().undrawnTasks()).extracting(t -> t.code()).doesNotContain(FEASIBLE);
  }

  @Test
  void theRecordIsPrintedOnlyOnceTheDrawIsConfirmed() throws Exception {
    drawOnce("38 17 05");
    vm.previewRecord();
    assertThat(vm.errorProperty().get()).as("no draft preview").isEqualTo(messages.get("draws.print.confirmFirst"));
    assertThat(previews).isEmpty();

    vm.confirm();
    vm.previewRecord();
    assertThat(previews).singleElement().satisfies(doc -> {
      assertThat(doc.title()).contains(FEASIBLE);
      assertThat(doc.word()).isNotNull();
      try (var pdf = org.apache.pdfbox.Loader.loadPDF(doc.pdf())) {
        assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains(vm.verificationCodeProperty().get());
      }
    });
    dialogs.nextFile = dir.resolve("wizard.pdf");
    vm.saveRecordPdf();
    assertThat(dialogs.errors).isEmpty();
    assertThat(Files.size(dialogs.nextFile)).isPositive();
    assertThat(vm.outcomeProperty().get()).contains(dialogs.nextFile.toString());
  }

  @Test
  void voidKeepsTheRecordAndANewAttemptHasANewCommitment() {
    drawOnce("38 17 05");
    String first = vm.commitmentProperty().get();
    long firstId = vm.attempt().drawId();

    vm.voidAttempt();
    assertThat(vm.errorProperty().get()).isEqualTo(messages.get("draw.wizard.voidReasonRequired"));
    vm.voidReasonProperty().set("监督人未到场");
    vm.voidAttempt();
    assertThat(vm.currentStep()).isEqualTo(DrawWizardViewModel.Step.CEREMONY);
    assertThat(vm.committed().get()).isFalse();

    vm.openCeremony();
    String second = vm.commitmentProperty().get();
    assertThat(second).matches("[0-9a-f]{64}").isNotEqualTo(first);
    vm.entropyProperty().set("99 01 42");
    vm.next();
    vm.confirm();

    List<DrawSummary> all = services.draw().list();
    assertThat(all).filteredOn(d -> d.id() == firstId).singleElement().satisfies(d -> {
      assertThat(d.status()).isEqualTo(AttemptStatus.VOIDED);
      assertThat(d.voidReason()).isEqualTo("监督人未到场");
    });
    assertThat(all).filteredOn(d -> d.status() == AttemptStatus.CONFIRMED).singleElement()
        .satisfies(d -> assertThat(d.commitment()).isEqualTo(second));
    assertThat(services.draw().verify(firstId).matches()).isTrue();
  }

  @Test
  void drawsScreenReverifiesAndExportsTheSelectedDraw() throws Exception {
    drawOnce("38 17 05");
    vm.confirm();
    DrawsViewModel records = new DrawsViewModel(services.draw(), new SameThreadTaskExecutor(), dialogs, messages, doc -> {});
    records.refresh();
    records.reverify();
    assertThat(records.errorProperty().get()).isEqualTo(messages.get("draw.records.selectFirst"));
    records.selectedProperty().set(records.draws().get(0));
    records.reverify();
    assertThat(records.resultProperty().get()).contains(FEASIBLE).contains(vm.verificationCodeProperty().get());
    assertThat(records.draws().get(0).status()).isEqualTo(messages.get("draw.status.confirmed"));

    dialogs.nextFile = dir.resolve("draw.json");
    records.export();
    assertThat(dialogs.errors).isEmpty();
    assertThat(Files.readString(dialogs.nextFile)).contains(vm.attempt().record().resultHash());
  }

  @Test
  void infeasibleDrawShowsTheServicesExplanationAndNeedsANewCommitment() {
    // the whole pool drawn, and every eligible inspector of the lead group recused from one target
    DSLContext dsl = services.database().dsl();
    dsl.update(TASK).set(TASK.RATIO_PERCENT, new java.math.BigDecimal("100.00")).where(TASK.CODE.eq("2026-SCJGJ-04")).execute();
    var plan = services.draw().plan("2026-SCJGJ-04");
    String target = plan.strata().get(0).pool().get(0);
    long targetId = dsl.select(TARGET.ID).from(TARGET).where(TARGET.OBJECT_KEY.eq(target)).fetchSingle().value1();
    for (String inspector : plan.groups().get(0).pool()) {
      long inspectorId = dsl.select(INSPECTOR.ID).from(INSPECTOR).where(INSPECTOR.INSPECTOR_KEY.eq(inspector))
          .fetchSingle().value1();
      dsl.insertInto(RECUSAL).set(RECUSAL.INSPECTOR_ID, inspectorId).set(RECUSAL.TARGET_ID, targetId)
          .set(RECUSAL.REASON, "INTEREST").set(RECUSAL.SOURCE, "FOUND").set(RECUSAL.CREATED_AT, OffsetDateTime.now())
          .onDuplicateKeyIgnore().execute();
    }
    toCeremony("2026-SCJGJ-04");
    vm.openCeremony();
    vm.witnessesProperty().set("李监督");
    vm.entropyProperty().set("777");
    vm.next();

    assertThat(vm.currentStep()).isEqualTo(DrawWizardViewModel.Step.CEREMONY);
    assertThat(dialogs.errors).singleElement().asString().contains(target).contains("无法完成");
    assertThat(vm.errorProperty().get()).isEqualTo(dialogs.errors.get(0));
    assertThat(vm.committed().get()).as("the infeasible attempt is closed; a new one gets a new nonce").isFalse();
    assertThat(services.draw().list()).singleElement()
        .satisfies(d -> assertThat(d.status()).isEqualTo(AttemptStatus.INFEASIBLE));
  }

  @Test
  void leavingAfterTheCommitmentAsksAndStayingKeepsTheAttemptOpen() {
    toCeremony();
    boolean[] left = {false};
    vm.leave(() -> left[0] = true);
    assertThat(left[0]).as("nothing open yet: leave at once").isTrue();
    assertThat(dialogs.asked).isEmpty();

    vm.openCeremony();
    left[0] = false;
    dialogs.textAnswer = null; // 留下
    vm.leave(() -> left[0] = true);
    assertThat(dialogs.asked).singleElement().asString().contains(FEASIBLE).contains("第 1 次");
    assertThat(left[0]).isFalse();
    assertThat(vm.committed().get()).isTrue();
    assertThat(services.draw().list()).singleElement()
        .satisfies(d -> assertThat(d.status()).isEqualTo(AttemptStatus.OPEN));
  }

  @Test
  void voidingOnLeaveNeedsANonBlankReasonThenVoidsAndLeaves() {
    toCeremony();
    vm.openCeremony();
    long id = vm.session().drawId();
    boolean[] left = {false};
    dialogs.textAnswer = " \u3000 ";
    vm.leave(() -> left[0] = true);
    assertThat(left[0]).isFalse();
    assertThat(vm.errorProperty().get()).isEqualTo(messages.get("draw.wizard.voidReasonRequired"));
    assertThat(dialogs.errors).containsExactly(messages.get("draw.wizard.voidReasonRequired"));
    assertThat(services.draw().list()).singleElement()
        .satisfies(d -> assertThat(d.status()).isEqualTo(AttemptStatus.OPEN));

    dialogs.textAnswer = " 误点了抽取记录 ";
    vm.leave(() -> left[0] = true);
    assertThat(left[0]).isTrue();
    assertThat(vm.committed().get()).isFalse();
    DrawSummary stored = services.draw().list().stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    assertThat(stored.status()).isEqualTo(AttemptStatus.VOIDED);
    assertThat(stored.voidReason()).isEqualTo("误点了抽取记录");
    // and, once voided, leaving again asks nothing
    vm.leave(() -> { });
    assertThat(dialogs.asked).hasSize(2);
  }

  @Test
  void choosingAnotherTaskAfterTheCommitmentAsksFirst() {
    toCeremony();
    vm.openCeremony();
    DrawRows.TaskRow other = vm.tasks().stream().filter(t -> t.code().equals("2026-SCJGJ-04")).findFirst().orElseThrow();
    dialogs.textAnswer = null;
    vm.chooseTask(other);
    assertThat(dialogs.asked).hasSize(1);
    assertThat(vm.selectedTaskProperty().get().code()).isEqualTo(FEASIBLE);
  }

  @Test
  void aTaskWithAnOpenAttemptOffersItToResume() {
    toCeremony();
    vm.openCeremony();
    String commitment = vm.commitmentProperty().get();
    // the wizard was left some other way (a new page): a new wizard on the same program
    DrawWizardViewModel again = new DrawWizardViewModel(services.draw(), new SameThreadTaskExecutor(), dialogs,
        messages, previews::add);
    again.refresh();
    again.selectedTaskProperty().set(again.tasks().stream().filter(t -> t.code().equals(FEASIBLE)).findFirst()
        .orElseThrow());
    assertThat(again.taskChoice().openAttemptProperty().get()).isNotNull()
        .satisfies(o -> assertThat(o.resumable()).isTrue());
    assertThat(again.taskChoice().openAttemptTextProperty().get()).contains("第 1 次").contains(commitment);
    again.next();
    assertThat(again.currentStep()).isEqualTo(DrawWizardViewModel.Step.TASK);
    assertThat(again.errorProperty().get()).isEqualTo(messages.get("draw.wizard.openAttemptFirst"));

    again.resumeOpenAttempt();
    assertThat(again.currentStep()).isEqualTo(DrawWizardViewModel.Step.CEREMONY);
    assertThat(again.commitmentProperty().get()).isEqualTo(commitment);
    again.witnessesProperty().set("李监督");
    again.entropyProperty().set("38 17 05");
    again.next();
    assertThat(again.currentStep()).isEqualTo(DrawWizardViewModel.Step.REVIEW);
    assertThat(again.attempt().record().commitment()).isEqualTo(commitment);
    assertThat(dialogs.errors).isEmpty();
  }

  @Test
  void anOfferedOpenAttemptIsVoidedOnlyWithAReasonAndTheTaskCanThenBeDrawn() {
    toCeremony();
    vm.openCeremony();
    long id = vm.session().drawId();
    DrawWizardViewModel again = new DrawWizardViewModel(services.draw(), new SameThreadTaskExecutor(), dialogs,
        messages, previews::add);
    again.refresh();
    again.selectedTaskProperty().set(again.tasks().stream().filter(t -> t.code().equals(FEASIBLE)).findFirst()
        .orElseThrow());
    again.taskChoice().openVoidReasonProperty().set("   ");
    again.voidOpenAttempt();
    assertThat(again.errorProperty().get()).isEqualTo(messages.get("draw.wizard.voidReasonRequired"));
    assertThat(again.taskChoice().openAttemptProperty().get()).isNotNull();

    again.taskChoice().openVoidReasonProperty().set("上一场未完成");
    again.voidOpenAttempt();
    assertThat(again.taskChoice().openAttemptProperty().get()).isNull();
    assertThat(services.draw().list()).singleElement().satisfies(d -> {
      assertThat(d.id()).isEqualTo(id);
      assertThat(d.status()).isEqualTo(AttemptStatus.VOIDED);
      assertThat(d.voidReason()).isEqualTo("上一场未完成");
    });
    again.next();
    assertThat(again.currentStep()).isEqualTo(DrawWizardViewModel.Step.POOL);
  }

  @Test
  void aTaskPastItsWindowShowsItAndNeedsALateReasonKeptWithTheAttempt() {
    try (Services lateServices = new Services(Database.inMemory("wizard-late-" + System.nanoTime()),
        Clock.fixed(Instant.parse("2026-12-06T02:00:00Z"), ZoneId.of("Asia/Shanghai")))) {
      lateServices.demo().create(false, Progress.NONE);
      DrawWizardViewModel late = new DrawWizardViewModel(lateServices.draw(), new SameThreadTaskExecutor(), dialogs,
          messages, previews::add);
      late.refresh();
      late.selectedTaskProperty().set(late.tasks().stream().filter(t -> t.code().equals("2026-WJJ-02")).findFirst()
          .orElseThrow());
      assertThat(late.taskChoice().lateProperty().get()).isTrue();
      assertThat(late.taskChoice().taskWindowProperty().get()).contains("2026-09-01").contains("2026-11-30");
      late.taskChoice().lateReasonProperty().set("  ");
      late.next();
      assertThat(late.currentStep()).isEqualTo(DrawWizardViewModel.Step.TASK);
      assertThat(late.errorProperty().get()).isEqualTo(messages.get("draw.wizard.lateReasonRequired"));

      late.taskChoice().lateReasonProperty().set("汛期延误，经局长批准补抽");
      late.next();
      assertThat(late.currentStep()).isEqualTo(DrawWizardViewModel.Step.POOL);
      late.next();
      late.next();
      late.next();
      late.openCeremony();
      assertThat(dialogs.errors).isEmpty();
      long id = late.session().drawId();
      assertThat(lateServices.database().dsl().select(DRAW.LATE_REASON).from(DRAW).where(DRAW.ID.eq(id))
          .fetchSingle().value1()).isEqualTo("汛期延误，经局长批准补抽");
    }
    // within the window (the test clock, 2026-03-02) there is no late reason to give
    vm.selectedTaskProperty().set(vm.tasks().stream().filter(t -> t.code().equals("2026-WJJ-02")).findFirst()
        .orElseThrow());
    assertThat(vm.taskChoice().lateProperty().get()).isFalse();
    assertThat(vm.taskChoice().taskWindowProperty().get()).contains("2026-09-01");
  }

  @Test
  void strataAreShownInChinese() {
    toCeremony();
    assertThat(vm.planRows().strata()).extracting(DrawRows.StratumRow::key)
        .allSatisfy(k -> assertThat(k).isIn("全部", "名单内", "未分类", "风险A", "风险B", "风险C", "风险D"));
  }

  private void toCeremony() {
    toCeremony(FEASIBLE);
  }

  private void toCeremony(String code) {
    vm.selectedTaskProperty().set(vm.tasks().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow());
    vm.next();
    assertThat(vm.currentStep()).isEqualTo(DrawWizardViewModel.Step.POOL);
    vm.next();
    vm.next();
    assertThat(vm.currentStep()).isEqualTo(DrawWizardViewModel.Step.INSPECTORS);
    vm.next();
    assertThat(vm.currentStep()).isEqualTo(DrawWizardViewModel.Step.CEREMONY);
    assertThat(dialogs.errors).isEmpty();
  }

  private void drawOnce(String entropy) {
    toCeremony();
    vm.operatorProperty().set("张操作");
    vm.openCeremony();
    vm.witnessesProperty().set("李监督、王监督");
    vm.entropyProperty().set(entropy);
    vm.next();
    assertThat(dialogs.errors).isEmpty();
  }
}
