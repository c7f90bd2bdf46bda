package cn.suiji.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.directory.TestTargets;
import cn.suiji.directory.data.TargetSearchRepository;
import cn.suiji.directory.domain.SearchField;
import cn.suiji.directory.domain.TargetKind;
import cn.suiji.directory.domain.TargetSort;
import cn.suiji.directory.service.TargetQueryService;
import cn.suiji.shared.db.Database;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.Choice;
import cn.suiji.shared.ui.concurrent.SameThreadTaskExecutor;
import cn.suiji.testing.FakeDialogService;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsViewModelTest {
  @TempDir
  Path dir;
  private Database db;
  private final FakeDialogService dialogs = new FakeDialogService();
  private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
  private TargetsViewModel vm;

  @BeforeEach
  void screen() {
    db = Database.inMemory("vm-" + UUID.randomUUID());
    TestTargets.sample(db.dsl());
    vm = new TargetsViewModel(new TargetQueryService(db.dsl(), new TargetSearchRepository()),
        TestTargets.editService(db.dsl()), executor, dialogs, new Messages(Locale.SIMPLIFIED_CHINESE));
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void loadingShowsTheFirstPageTheFilterChoicesAndTheFirstRowsDetails() {
    vm.load();
    assertThat(vm.rows()).hasSize(6);
    assertThat(vm.townships()).extracting(Choice::label).containsExactly("乡镇：全部", "乡镇：城关镇", "乡镇：锦屏镇", "乡镇：黄花乡");
    // the prefix is only the label: the filter still matches on the township itself
    assertThat(vm.townships()).extracting(Choice::value).containsExactly(null, "城关镇", "锦屏镇", "黄花乡");
    assertThat(vm.industries()).hasSize(6);
    assertThat(vm.pageTextProperty().get()).isEqualTo("第 1 页（第 1–6 户）");
    assertThat(vm.countTextProperty().get()).isEqualTo("共 6 户");
    assertThat(vm.canNextProperty().get()).isFalse();
    assertThat(vm.selectedProperty().get()).isNotNull();
    assertThat(vm.detail()).extracting(TargetsViewModel.DetailLine::label).contains("名称", "统一社会信用代码", "登记状态");
  }

  @Test
  void searchAndFiltersNarrowTheRowsAndKindsShowInChinese() {
    vm.load();
    vm.searchTextProperty().set("华鑫");
    vm.search();
    assertThat(vm.rows()).extracting(TargetsViewModel.Row::name).containsExactly("崇信县华鑫商贸有限公司", "锦屏镇华鑫农民专业合作社");
    assertThat(vm.rows()).extracting(TargetsViewModel.Row::kind).containsExactly("企业", "农民专业合作社");

    vm.townshipProperty().set(vm.townships().get(1));
    vm.search();
    assertThat(vm.rows()).extracting(TargetsViewModel.Row::name).containsExactly("崇信县华鑫商贸有限公司");

    vm.clearFilters();
    vm.kindProperty().set(vm.kinds().stream().filter(c -> c.value() == TargetKind.INDIVIDUAL).findFirst().orElseThrow());
    vm.abnormalProperty().set(vm.flags().get(1));
    vm.search();
    assertThat(vm.rows()).extracting(TargetsViewModel.Row::status).containsExactlyInAnyOrder("存续", "注销");

    vm.clearFilters();
    vm.searchTextProperty().set("９２６２ ０８２３ｍａ７１ｘ");
    vm.search();
    assertThat(vm.query().field().resolve(vm.query().text())).isEqualTo(SearchField.CODE);
    assertThat(vm.rows()).extracting(TargetsViewModel.Row::name).containsExactly("崇信县鑫源副食店");
  }

  @Test
  void pagesMoveByAHundredAndSortingStartsAgain() {
    for (int i = 0; i < 150; i++) {
      TestTargets.insert(db.dsl(), String.format("批量商店%03d", i), null, null, null, "新集乡", null, "INDIVIDUAL", "OPERATING", "", null);
    }
    vm.load();
    assertThat(vm.rows()).hasSize(100);
    assertThat(vm.canNextProperty().get()).isTrue();
    vm.nextPage();
    assertThat(vm.rows()).hasSize(56);
    assertThat(vm.pageTextProperty().get()).isEqualTo("第 2 页（第 101–156 户）");
    assertThat(vm.canPreviousProperty().get()).isTrue();
    vm.previousPage();
    assertThat(vm.pageTextProperty().get()).startsWith("第 1 页");
    vm.nextPage();
    vm.sortBy(TargetSort.NAME, false);
    assertThat(vm.pageTextProperty().get()).startsWith("第 1 页");
    assertThat(vm.rows().get(0).name()).isEqualTo("锦屏镇华鑫农民专业合作社");
  }

  @Test
  void exportWritesTheCurrentFilterAndSaysHowMany() {
    vm.load();
    vm.townshipProperty().set(vm.townships().get(3));
    vm.search();
    dialogs.nextFile = dir.resolve("黄花乡.xlsx");
    vm.export();
    assertThat(dialogs.errors).isEmpty();
    assertThat(dialogs.infos).singleElement().asString().contains("2 户");
    assertThat(dialogs.nextFile).exists();
    assertThat(vm.exportingProperty().get()).isFalse();
  }

  @Test
  void aCancelledExportSaysSoAndWritesNothing() {
    for (int i = 0; i < 1500; i++) {
      TestTargets.insert(db.dsl(), "取消测试" + i, null, null, null, null, null, "INDIVIDUAL", "OPERATING", "", null);
    }
    vm.load();
    executor.cancelAfterFirstUpdate();
    dialogs.nextFile = dir.resolve("cancel.xlsx");
    vm.export();
    assertThat(dialogs.infos).containsExactly("导出已取消，未写入文件。");
    assertThat(dialogs.nextFile).doesNotExist();
  }

  @Test
  void noFileChosenMeansNoExport() {
    vm.load();
    vm.export();
    assertThat(dialogs.infos).isEmpty();
    assertThat(vm.exportingProperty().get()).isFalse();
  }
}
