package cn.suiji.rules.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.directory.domain.Department;
import cn.suiji.rules.domain.RulesField;
import cn.suiji.rules.render.RulesPdf;
import cn.suiji.shared.print.PrintableDocument;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.concurrent.SameThreadTaskExecutor;
import cn.suiji.testing.FakeDialogService;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The working-rules editor without a screen: validation as the clerk types, save refused below the floors. */
class RulesViewModelTest {
  @TempDir
  Path dir;
  private Services services;
  private final FakeDialogService dialogs = new FakeDialogService();
  private RulesViewModel vm;
  private final List<PrintableDocument> previewed = new java.util.ArrayList<>();

  @BeforeEach
  void open() {
    services = Services.open(dir.resolve("db"));
    services.database().dsl().transaction(trx -> services.departments().createAll(trx.dsl(),
        List.of(Department.draft("SCJGJ", "县市场监督管理局", "崇市监", 1), Department.draft("WJJ", "县卫生健康局", "崇卫", 2))));
    vm = new RulesViewModel(services.rules(), new SameThreadTaskExecutor(), dialogs, new Messages(Locale.SIMPLIFIED_CHINESE),
        RulesPdf.standard(), previewed::add);
    vm.load();
  }

  @AfterEach
  void close() {
    services.close();
  }

  @Test
  void showsTheFirstDepartmentsDefaultsAndMaySave() {
    assertThat(vm.departmentProperty().get().code()).isEqualTo("SCJGJ");
    assertThat(vm.text(RulesField.INSPECTORS_PER_TARGET).get()).isEqualTo("2");
    assertThat(vm.text(RulesField.PUBLISH_WORKDAYS).get()).isEqualTo("20");
    assertThat(vm.canSaveProperty().get()).isTrue();
    assertThat(vm.messageProperty().get()).isEmpty();
  }

  @Test
  void theDocumentFieldsShowTheDefaultsAnExampleNumberAndTheirProblems() {
    assertThat(vm.text(RulesField.NUMBER_PATTERN).get()).isEqualTo("{机关代字}{类型代字}〔{年}〕{N}号");
    assertThat(vm.text(RulesField.NOTICE_TYPE_CODE).get()).isEqualTo("抽通");
    assertThat(vm.announcementListsTargetsProperty().get()).isTrue();
    assertThat(vm.numberExampleProperty().get()).startsWith("例：崇市监抽通〔").endsWith("〕1号");

    vm.text(RulesField.NUMBER_PATTERN).set("{机关代字}{文种}〔{年}〕{N}号");
    assertThat(vm.canSaveProperty().get()).isFalse();
    assertThat(vm.error(RulesField.NUMBER_PATTERN).get()).contains("文号格式").contains("{文种}");
    assertThat(vm.numberExampleProperty().get()).isEmpty();
    vm.text(RulesField.NUMBER_PATTERN).set("{机关代字}〔{年}〕{类型代字}{N}号");
    vm.text(RulesField.CONTACT_PERSON).set("赵立新");
    vm.text(RulesField.CONTACT_PHONE).set("0932-6231100");
    vm.announcementListsTargetsProperty().set(false);
    assertThat(vm.unsaved()).isTrue();
    vm.save();
    long id = vm.departmentProperty().get().id();
    var saved = services.rules().get(id).documents();
    assertThat(saved.numberPattern()).isEqualTo("{机关代字}〔{年}〕{类型代字}{N}号");
    assertThat(saved.contactPerson()).isEqualTo("赵立新");
    assertThat(saved.announcementListsTargets()).isFalse();
    assertThat(vm.unsaved()).isFalse();
  }

  @Test
  void eachKeystrokeIsCheckedAndSaveIsDisabledBelowTheFloor() {
    vm.text(RulesField.INSPECTORS_PER_TARGET).set("1");
    assertThat(vm.canSaveProperty().get()).isFalse();
    assertThat(vm.error(RulesField.INSPECTORS_PER_TARGET).get()).contains("每户检查人员数").contains("不得少于 2 名");
    assertThat(vm.messageProperty().get()).isEqualTo(vm.error(RulesField.INSPECTORS_PER_TARGET).get());
    vm.text(RulesField.INSPECTORS_PER_TARGET).set("");
    assertThat(vm.error(RulesField.INSPECTORS_PER_TARGET).get()).contains("不能为空");
    vm.text(RulesField.INSPECTORS_PER_TARGET).set("3");
    assertThat(vm.error(RulesField.INSPECTORS_PER_TARGET).get()).isEmpty();
    assertThat(vm.canSaveProperty().get()).isTrue();

    vm.text(RulesField.FLOOR_DIRECTED).set("9.9");
    assertThat(vm.error(RulesField.FLOOR_DIRECTED).get()).contains("不得低于 10%");
    assertThat(vm.canSaveProperty().get()).isFalse();
  }

  @Test
  void saveDoesNothingWhileAFieldIsWrongAndSavesOnceRight() {
    vm.text(RulesField.FLOOR_UNDIRECTED).set("2");
    vm.save();
    assertThat(dialogs.infos).isEmpty();
    long id = vm.departmentProperty().get().id();
    assertThat(services.rules().get(id).floorUndirected()).isEqualByComparingTo("3");

    vm.text(RulesField.FLOOR_UNDIRECTED).set("4.5");
    vm.text(RulesField.RULES_TEXT).set("第一条　为规范本局双随机抽查工作，制定本细则。");
    vm.save();
    assertThat(dialogs.infos).containsExactly("工作细则已保存。");
    assertThat(services.rules().get(id).floorUndirected()).isEqualByComparingTo("4.5");
    assertThat(services.rules().get(id).rulesText()).startsWith("第一条");
  }

  @Test
  void choosingAnotherDepartmentShowsItsRules() {
    vm.text(RulesField.PUBLISH_WORKDAYS).set("15");
    vm.save();
    vm.departmentProperty().set(vm.departments().get(1));
    assertThat(vm.text(RulesField.PUBLISH_WORKDAYS).get()).isEqualTo("20");
    vm.departmentProperty().set(vm.departments().get(0));
    assertThat(vm.text(RulesField.PUBLISH_WORKDAYS).get()).isEqualTo("15");
  }

  @Test
  void choosingAnotherDepartmentWithUnsavedEditsAsksAndNoKeepsTheEdits() {
    Department first = vm.departments().get(0);
    vm.text(RulesField.PUBLISH_WORKDAYS).set("15");
    assertThat(vm.unsaved()).isTrue();
    dialogs.confirmAnswer = false;
    vm.departmentProperty().set(vm.departments().get(1));
    assertThat(dialogs.confirms).singleElement().asString().contains("县市场监督管理局", "县卫生健康局", "未保存");
    assertThat(vm.departmentProperty().get()).isEqualTo(first);
    assertThat(vm.text(RulesField.PUBLISH_WORKDAYS).get()).isEqualTo("15");
    assertThat(vm.unsaved()).isTrue();

    dialogs.confirmAnswer = true;
    vm.departmentProperty().set(vm.departments().get(1));
    assertThat(dialogs.confirms).hasSize(2);
    assertThat(vm.departmentProperty().get().code()).isEqualTo("WJJ");
    assertThat(vm.text(RulesField.PUBLISH_WORKDAYS).get()).isEqualTo("20");
    vm.departmentProperty().set(first);
    assertThat(vm.text(RulesField.PUBLISH_WORKDAYS).get()).as("discarded, never saved").isEqualTo("20");
    assertThat(dialogs.confirms).hasSize(2);
  }

  @Test
  void choosingAnotherDepartmentAfterSavingOrWithoutEditsDoesNotAsk() {
    dialogs.confirmAnswer = false;
    vm.departmentProperty().set(vm.departments().get(1));
    assertThat(vm.departmentProperty().get().code()).isEqualTo("WJJ");
    vm.text(RulesField.EXCLUSION_MONTHS).set("6");
    vm.save();
    assertThat(vm.unsaved()).isFalse();
    vm.departmentProperty().set(vm.departments().get(0));
    assertThat(vm.departmentProperty().get().code()).isEqualTo("SCJGJ");
    assertThat(dialogs.confirms).isEmpty();
  }

  @Test
  void thePrintPreviewGetsThePdfOfTheRulesAsTypedAndTheirWordVersion() throws Exception {
    vm.text(RulesField.PUBLISH_WORKDAYS).set("15");
    vm.printPreview();
    assertThat(previewed).hasSize(1);
    PrintableDocument document = previewed.get(0);
    assertThat(document.title()).contains("县市场监督管理局").contains("工作细则");
    try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(document.pdf())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
      assertThat(text).contains("工作细则").contains("15");
    }
    Path word = dir.resolve("预览.docx");
    document.word().write(word, cn.suiji.shared.Progress.NONE);
    assertThat(word).isNotEmptyFile();

    vm.text(RulesField.INSPECTORS_PER_TARGET).set("1");
    vm.printPreview();
    assertThat(previewed).hasSize(1);
  }

  @Test
  void savesTheTypedRulesAsWordAndPdf() throws Exception {
    dialogs.nextFile = dir.resolve("细则.docx");
    vm.saveDocx();
    assertThat(dialogs.errors).isEmpty();
    try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(dialogs.nextFile))) {
      assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("县市场监督管理局双随机抽查工作细则");
    }
    dialogs.nextFile = dir.resolve("细则.pdf");
    vm.savePdf();
    assertThat(dialogs.errors).isEmpty();
    assertThat(Files.readAllBytes(dialogs.nextFile)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertThat(dir.resolve("细则.pdf.part")).doesNotExist();
  }
}
