package cn.suiji.imports.ui;

import static cn.suiji.testing.ImportFiles.row;
import static cn.suiji.testing.ImportFiles.uscc;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.directory.data.TargetRepository;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.Target;
import cn.suiji.shared.imports.ImportKind;
import cn.suiji.shared.imports.RowProblem;
import cn.suiji.shared.imports.TableImporter;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.Choice;
import cn.suiji.shared.ui.concurrent.SameThreadTaskExecutor;
import cn.suiji.testing.FakeDialogService;
import cn.suiji.testing.ImportFiles;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import screen's steps on a real H2 file with the target importer, and with a fake importer of another kind. */
class ImportViewModelTest {
  private static final List<Object> HEADER = row("统一社会信用代码", "企业名称", "法定代表人", "联系电话");

  @TempDir
  Path dir;
  private Services services;
  private final FakeDialogService dialogs = new FakeDialogService();
  private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
  private final FakeTableImporter fake = new FakeTableImporter();
  private final TargetRepository targets = new TargetRepository();
  private ImportViewModel vm;

  @BeforeEach
  void open() {
    services = Services.open(dir.resolve("suiji"));
    services.database().dsl().transaction(trx -> services.departments().createAll(trx.dsl(),
        List.of(Department.draft("SCJGJ", "县市场监督管理局", "崇市监", 1))));
    vm = screen();
  }

  @AfterEach
  void close() {
    services.close();
  }

  /** A new screen on the same database and settings, as when the clerk opens 导入 again. */
  private ImportViewModel screen() {
    ImportViewModel screen = new ImportViewModel(this::importer, List.of(ImportKind.TARGETS, ImportKind.INSPECTORS),
        new ImportMappingMemory(services.settings()::get, services.settings()::set), services.departments()::all,
        executor, dialogs, new Messages(Locale.SIMPLIFIED_CHINESE));
    screen.load();
    return screen;
  }

  private TableImporter importer(ImportKind kind) {
    return kind == ImportKind.INSPECTORS ? fake : services.importer(kind);
  }

  private int count() {
    return targets.count(services.database().dsl());
  }

  private Path file(String name, List<Object>... rows) throws Exception {
    List<List<Object>> all = new ArrayList<>();
    all.add(HEADER);
    all.addAll(List.of(rows));
    return ImportFiles.xlsx(dir.resolve(name), all);
  }

  /** Three new, one already in the database, one repeat, one with a bad code. */
  private Path mixed() throws Exception {
    services.importer(ImportKind.TARGETS).commit(cn.suiji.shared.imports.ImportRequest.of(
        file("seed.xlsx", row(uscc(1), "老字号商店", "王一", null))), cn.suiji.shared.Progress.NONE);
    return file("mixed.xlsx", row(uscc(1), "老字号商店（改名）", "王一", null), row(uscc(2), "甲公司", "张二", 13900000002L),
        row(uscc(3), "乙公司", null, null), row(uscc(4), "丙公司", null, null), row(uscc(2), "甲公司（重复）", null, null),
        row("91620102MA0000000X", "坏代码公司", null, null));
  }

  @Test
  void theScreenListsTheKindsAndTheOnlyDepartmentIsChosen() {
    assertThat(vm.kinds()).extracting(Choice::label).containsExactly("检查对象", "执法检查人员");
    assertThat(vm.departmentNeededProperty().get()).isTrue();
    assertThat(vm.departmentProperty().get().value()).isEqualTo("SCJGJ");
    vm.kindProperty().set(vm.kinds().get(1));
    assertThat(vm.departmentNeededProperty().get()).isFalse();
  }

  @Test
  void choosingAFileFindsTheHeaderAndShowsEachFieldWithItsFileColumn() throws Exception {
    dialogs.nextFile = mixed();
    vm.chooseFile();
    assertThat(vm.fileTextProperty().get()).isEqualTo("mixed.xlsx");
    assertThat(vm.headerTextProperty().get()).contains("第 1 行");
    assertThat(vm.mapping()).extracting(MappingRow::header).startsWith("统一社会信用代码", "注册号", "企业名称");
    assertThat(vm.row("NAME").required()).isTrue();
    assertThat(vm.row("NAME").columnProperty().get().label()).isEqualTo("企业名称（B 列）");
    assertThat(vm.row("ADDRESS").columnProperty().get()).isEqualTo(vm.notImported());
    assertThat(vm.fileColumns()).extracting(FileColumn::label).startsWith("（不导入）", "统一社会信用代码（A 列）");
    assertThat(vm.warningProperty().get()).isEmpty();
  }

  @Test
  void previewShowsTheCountsAndTheRejectedRowsAndWritesNothing() throws Exception {
    vm.open(mixed());
    int before = count();
    assertThat(vm.preview()).isTrue();
    assertThat(count()).isEqualTo(before);
    assertThat(targets.findByCode(services.database().dsl(), uscc(2))).isEmpty();
    assertThat(vm.readProperty().get()).isEqualTo(6);
    assertThat(vm.createdProperty().get()).isEqualTo(3);
    assertThat(vm.updatedProperty().get()).isEqualTo(1);
    assertThat(vm.duplicatesProperty().get()).isEqualTo(1);
    assertThat(vm.rejectedProperty().get()).isEqualTo(1);
    RowProblem p = vm.problems().get(0);
    assertThat(p.row()).isEqualTo(7);
    assertThat(p.column()).isEqualTo("统一社会信用代码");
    assertThat(p.reason()).contains("统一社会信用代码");
    assertThat(vm.previewedProperty().get()).isTrue();
    assertThat(vm.canCommitBinding().get()).isTrue();
    assertThat(vm.statusProperty().get()).contains("尚未写入");
  }

  @Test
  void theReportListsEveryRowAndIsSavedWhereTheClerkChooses() throws Exception {
    vm.open(mixed());
    vm.preview();
    dialogs.nextFile = dir.resolve("报告.xlsx");
    vm.saveReport();
    List<List<String>> lines = ImportFiles.read(dir.resolve("报告.xlsx"));
    assertThat(lines).hasSize(7);
    assertThat(lines.get(0)).startsWith("行号", "结果", "原因");
    assertThat(lines.subList(1, 7)).extracting(l -> l.get(0) + l.get(1))
        .containsExactly("2更新", "3新增", "4新增", "5新增", "6重复", "7拒绝");
    assertThat(lines.get(6).get(2)).contains("统一社会信用代码");
    assertThat(dialogs.infos).last().asString().contains("报告.xlsx");
  }

  @Test
  void commitWritesTheRowsAndShowsTheFinalCounts() throws Exception {
    vm.open(mixed());
    int before = count();
    vm.preview();
    assertThat(vm.commit()).isTrue();
    assertThat(count()).isEqualTo(before + 3);
    Target renamed = targets.findByCode(services.database().dsl(), uscc(1)).orElseThrow();
    assertThat(renamed.name()).isEqualTo("老字号商店（改名）");
    assertThat(vm.committedProperty().get()).isTrue();
    assertThat(vm.createdProperty().get()).isEqualTo(3);
    assertThat(vm.statusProperty().get()).isEqualTo("导入完成，已写入数据库。");
    assertThat(vm.canCommitBinding().get()).as("one commit per preview").isFalse();
    assertThat(vm.commit()).isFalse();
    assertThat(count()).isEqualTo(before + 3);
  }

  @Test
  void aFirstLoadShowsItsIndexStepAndTakesTheCancelButtonAwayThere() throws Exception {
    assertThat(count()).isZero();
    vm.open(file("first.xlsx", row(uscc(1), "第一户", "张三", null), row(uscc(2), "第二户", "李四", null)));
    vm.preview();
    List<String> statuses = new ArrayList<>();
    List<Boolean> cancellable = new ArrayList<>();
    vm.statusProperty().addListener((o, was, now) -> statuses.add(now));
    vm.cancellableProperty().addListener((o, was, now) -> cancellable.add(now));
    assertThat(vm.commit()).isTrue();
    assertThat(count()).isEqualTo(2);
    assertThat(statuses).contains("对象已全部写入，正在建立索引（首次载入的最后一步，不能取消，请稍候）…");
    assertThat(statuses.get(statuses.size() - 1)).isEqualTo("导入完成，已写入数据库。");
    assertThat(cancellable).containsExactly(false);
    vm.cancel(); // pressed too late: nothing to stop, nothing changes
    assertThat(count()).isEqualTo(2);
  }

  @Test
  void commitNeedsAPreviewOfTheSameChoices() throws Exception {
    vm.open(mixed());
    assertThat(vm.commit()).isFalse();
    vm.preview();
    vm.row("LEGAL_REP").columnProperty().set(vm.notImported());
    assertThat(vm.previewedProperty().get()).isFalse();
    assertThat(vm.readProperty().get()).isZero();
    assertThat(vm.statusProperty().get()).contains("重新预览");
    assertThat(vm.commit()).isFalse();
  }

  @Test
  void cancelDuringTheCommitLeavesTheDatabaseUntouched() throws Exception {
    vm.open(mixed());
    vm.preview();
    int before = count();
    Target old = targets.findByCode(services.database().dsl(), uscc(1)).orElseThrow();
    executor.cancelAfterFirstUpdate();
    assertThat(vm.commit()).isTrue();
    assertThat(count()).isEqualTo(before);
    assertThat(targets.findByCode(services.database().dsl(), uscc(1)).orElseThrow().name()).isEqualTo(old.name());
    assertThat(vm.committedProperty().get()).isFalse();
    assertThat(vm.busyProperty().get()).isFalse();
    assertThat(vm.statusProperty().get()).isEqualTo("已取消，数据库未作任何改动。");
    assertThat(dialogs.errors).isEmpty();
  }

  @Test
  void anUnmappedRequiredColumnBlocksThePreviewAndIsNamed() throws Exception {
    vm.open(ImportFiles.xlsx(dir.resolve("odd.xlsx"), List.of(row("统一社会信用代码", "商号"), row(uscc(5), "丁公司"))));
    assertThat(vm.warningProperty().get()).contains("企业名称");
    assertThat(vm.missingRequired()).containsExactly("企业名称");
    assertThat(vm.preview()).isFalse();
    assertThat(vm.previewedProperty().get()).isFalse();
    assertThat(vm.warningProperty().get()).contains("企业名称");

    vm.row("NAME").columnProperty().set(vm.column("商号"));
    assertThat(vm.warningProperty().get()).isEmpty();
    assertThat(vm.preview()).isTrue();
    assertThat(vm.createdProperty().get()).isEqualTo(1);
  }

  @Test
  void anInspectorFileWithoutARequiredColumnShowsTheMappingAndBlocksThePreviewUntilItIsMapped() throws Exception {
    ImportViewModel real = new ImportViewModel(services::importer, List.of(ImportKind.INSPECTORS),
        new ImportMappingMemory(services.settings()::get, services.settings()::set), services.departments()::all,
        executor, dialogs, new Messages(Locale.SIMPLIFIED_CHINESE));
    real.load();
    real.open(ImportFiles.xlsx(dir.resolve("people.xlsx"), List.of(row("姓名", "证件编码", "证件有效期"),
        row("李明", "62001", "2030-01-01"))));
    assertThat(dialogs.errors).isEmpty();
    assertThat(real.mapping()).isNotEmpty();
    assertThat(real.missingRequired()).containsExactly("执法证号");
    assertThat(real.warningProperty().get()).contains("执法证号");
    assertThat(real.preview()).isFalse();
    assertThat(real.previewedProperty().get()).isFalse();

    real.row("CERT_NO").columnProperty().set(real.column("证件编码"));
    assertThat(real.warningProperty().get()).isEmpty();
    assertThat(real.preview()).isTrue();
    assertThat(dialogs.errors).isEmpty();
    assertThat(real.createdProperty().get()).isEqualTo(1);
  }

  @Test
  void choosingAColumnTakenByAnotherFieldLeavesThatFieldWithoutIt() throws Exception {
    vm.open(mixed());
    vm.row("PHONE").columnProperty().set(vm.column("法定代表人"));
    assertThat(vm.row("LEGAL_REP").columnProperty().get()).isEqualTo(vm.notImported());
    assertThat(vm.confirmedMapping().columns()).containsEntry("PHONE", 2).doesNotContainKey("LEGAL_REP");
  }

  @Test
  void theClerksChoicesAreRememberedPerKindAndAppliedToTheNextFile() throws Exception {
    List<List<Object>> rows = List.of(row("统一社会信用代码", "商号", "法定代表人"), row(uscc(6), "戊公司", "钱七"));
    vm.open(ImportFiles.xlsx(dir.resolve("first.xlsx"), rows));
    vm.row("NAME").columnProperty().set(vm.column("商号"));
    vm.row("LEGAL_REP").columnProperty().set(vm.notImported());
    vm.preview();
    assertThat(services.settings().get("import.mapping.targets")).as("a preview remembers nothing").isEmpty();
    vm.commit();
    assertThat(services.settings().get("import.mapping.targets")).hasValueSatisfying(json ->
        assertThat(json).contains("\"商号\":\"NAME\"").contains("\"法定代表人\":\"\""));

    ImportViewModel next = screen();
    next.open(ImportFiles.xlsx(dir.resolve("second.xlsx"), List.of(row("法定代表人", "商号", "统一社会信用代码"),
        row("孙八", "己公司", uscc(7)))));
    assertThat(next.row("NAME").columnProperty().get().index()).isEqualTo(1);
    assertThat(next.row("LEGAL_REP").columnProperty().get()).isEqualTo(next.notImported());
    assertThat(next.missingRequired()).isEmpty();
    assertThat(next.statusProperty().get()).contains("2 个字段");
    assertThat(next.preview()).isTrue();
    assertThat(next.createdProperty().get()).isEqualTo(1);

    // another kind has its own memory
    next.kindProperty().set(next.kinds().get(1));
    assertThat(services.settings().get("import.mapping.inspectors")).isEmpty();
  }

  @Test
  void goingBackToTheAutomaticChoiceForgetsTheRememberedOne() throws Exception {
    List<List<Object>> rows = List.of(row("统一社会信用代码", "企业名称", "法定代表人"), row(uscc(8), "庚公司", "周九"));
    vm.open(ImportFiles.xlsx(dir.resolve("a.xlsx"), rows));
    vm.row("LEGAL_REP").columnProperty().set(vm.notImported());
    vm.preview();
    vm.commit();
    ImportViewModel again = screen();
    again.open(ImportFiles.xlsx(dir.resolve("b.xlsx"), rows));
    assertThat(again.row("LEGAL_REP").columnProperty().get()).isEqualTo(again.notImported());
    again.row("LEGAL_REP").columnProperty().set(again.column("法定代表人"));
    again.preview();
    again.commit();
    assertThat(services.settings().get("import.mapping.targets")).hasValue("{}");
    ImportViewModel third = screen();
    third.open(dir.resolve("b.xlsx"));
    assertThat(third.row("LEGAL_REP").columnProperty().get().index()).isEqualTo(2);
  }

  @Test
  void theTemplateIsWrittenReadableAndImportsItsExampleRow() throws Exception {
    Path template = dir.resolve("模板.xlsx");
    dialogs.nextFile = template;
    vm.downloadTemplate();
    List<List<String>> lines = ImportFiles.read(template);
    TableImporter importer = services.importer(ImportKind.TARGETS);
    assertThat(lines.get(0)).first().isEqualTo(importer.columns().get(0).synonyms().get(0));
    assertThat(lines.get(0)).contains("企业名称", "登记状态");
    assertThat(lines).hasSize(2);
    assertThat(dialogs.infos).last().asString().contains("模板.xlsx");

    vm.open(template);
    assertThat(vm.missingRequired()).isEmpty();
    vm.preview();
    assertThat(vm.createdProperty().get()).as(vm.problems().toString()).isEqualTo(1);
  }

  @Test
  void aGbkCsvIsAcceptedThroughTheScreen() throws Exception {
    Path csv = ImportFiles.csv(dir.resolve("名录.csv"), Charset.forName("GBK"), List.of(HEADER,
        row(uscc(9), "城关镇老王面馆", "王五", "13900000009"), row(uscc(10), "马营乡合作社", "赵六", "")));
    vm.open(csv);
    assertThat(vm.row("NAME").columnProperty().get().label()).isEqualTo("企业名称（B 列）");
    vm.preview();
    assertThat(vm.createdProperty().get()).as(vm.problems().toString()).isEqualTo(2);
    vm.commit();
    assertThat(targets.findByCode(services.database().dsl(), uscc(9)).orElseThrow().name()).isEqualTo("城关镇老王面馆");
    assertThat(targets.findByCode(services.database().dsl(), uscc(10)).orElseThrow().legalRep()).isEqualTo("赵六");
  }

  @Test
  void aFileThatIsNotASpreadsheetIsNamedInChinese() throws Exception {
    Path bad = dir.resolve("坏.xlsx");
    Files.writeString(bad, "not a workbook");
    vm.open(bad);
    assertThat(dialogs.errors).singleElement().asString().contains("坏.xlsx");
    assertThat(vm.mapping()).isEmpty();
    assertThat(vm.canPreviewBinding().get()).isFalse();
    assertThat(vm.busyProperty().get()).isFalse();
  }

  @Test
  void withTwoDepartmentsTheClerkMustChooseOne() throws Exception {
    Path file = mixed();
    services.database().dsl().transaction(trx -> services.departments().createAll(trx.dsl(),
        List.of(Department.draft("NYJ", "县农业农村局", "崇农", 2))));
    ImportViewModel two = screen();
    assertThat(two.departmentProperty().get()).isNull();
    two.open(file);
    assertThat(two.preview()).isFalse();
    assertThat(two.warningProperty().get()).isEqualTo("请选择这些数据所属的部门。");
    two.departmentProperty().set(two.departments().stream().filter(d -> "NYJ".equals(d.value())).findFirst().orElseThrow());
    assertThat(two.preview()).isTrue();
    two.commit();
    long nyj = services.departments().all().stream().filter(d -> d.code().equals("NYJ")).findFirst().orElseThrow().id();
    assertThat(targets.countInDepartment(services.database().dsl(), nyj)).isEqualTo(4);
  }

  @Test
  void anotherKindsImporterWorksThroughTheSameScreen() throws Exception {
    fake.stored.put("ZF001", "旧名");
    vm.kindProperty().set(vm.kinds().get(1));
    vm.open(ImportFiles.xlsx(dir.resolve("people-" + UUID.randomUUID() + ".xlsx"), List.of(
        row("人员名单"), row("证号", "姓名", "备注"), row("ZF001", "张三", ""), row("ZF002", "李四", ""),
        row("ZF002", "李四", ""), row("", "无证号", "x"))));
    assertThat(vm.departmentNeededProperty().get()).isFalse();
    assertThat(vm.mapping()).extracting(MappingRow::header).containsExactly("执法证号", "姓名", "联系电话");
    assertThat(vm.headerTextProperty().get()).contains("第 2 行");
    vm.row("phone").columnProperty().set(vm.column("备注"));
    vm.preview();
    assertThat(fake.lastRequest.departmentCode()).isNull();
    assertThat(fake.lastRequest.mapping().columns()).containsEntry("phone", 2);
    assertThat(vm.readProperty().get()).isEqualTo(4);
    assertThat(List.of(vm.createdProperty().get(), vm.updatedProperty().get(), vm.duplicatesProperty().get(),
        vm.rejectedProperty().get())).containsExactly(1, 1, 1, 1);
    assertThat(vm.problems()).singleElement().satisfies(p -> assertThat(p.row()).isEqualTo(6));
    assertThat(fake.stored).containsOnlyKeys("ZF001");

    executor.cancelAfterFirstUpdate();
    vm.commit();
    assertThat(fake.stored).containsOnlyKeys("ZF001").containsValue("旧名");
    assertThat(vm.statusProperty().get()).contains("已取消");

    SameThreadTaskExecutor fresh = new SameThreadTaskExecutor();
    ImportViewModel again = new ImportViewModel(this::importer, List.of(ImportKind.INSPECTORS),
        new ImportMappingMemory(services.settings()::get, services.settings()::set), List::of, fresh, dialogs,
        new Messages(Locale.SIMPLIFIED_CHINESE));
    again.open(fake.lastRequest.file());
    assertThat(again.row("phone").columnProperty().get()).isEqualTo(again.notImported());
    again.row("phone").columnProperty().set(again.column("备注"));
    again.preview();
    again.commit();
    assertThat(fake.stored).containsEntry("ZF001", "张三").containsEntry("ZF002", "李四");
    assertThat(services.settings().get("import.mapping.inspectors")).hasValue("{\"备注\":\"phone\"}");
  }

  @Test
  void aRowEqualToWhatIsStoredIsUnchangedAndAnUpdateListsOldAndNew() throws Exception {
    fake.stored.put("ZF001", "张三");
    fake.stored.put("ZF002", "旧名");
    vm.kindProperty().set(vm.kinds().get(1));
    vm.open(ImportFiles.xlsx(dir.resolve("people-" + UUID.randomUUID() + ".xlsx"), List.of(
        row("证号", "姓名"), row("ZF001", "张三"), row("ZF002", "李四"), row("ZF003", "王五"))));
    vm.preview();
    assertThat(List.of(vm.createdProperty().get(), vm.updatedProperty().get(), vm.unchangedProperty().get()))
        .containsExactly(1, 1, 1);
    assertThat(vm.changes()).singleElement().satisfies(c -> {
      assertThat(c.row()).isEqualTo(3);
      assertThat(c.key()).isEqualTo("ZF002");
      assertThat(c.changes()).isEqualTo("姓名：旧名 → 李四");
    });
    vm.kindProperty().set(vm.kinds().get(0));
    assertThat(vm.changes()).as("another kind forgets the last pass").isEmpty();
    assertThat(vm.unchangedProperty().get()).isZero();
  }
}
