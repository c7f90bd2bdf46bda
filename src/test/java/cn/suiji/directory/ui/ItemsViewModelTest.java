package cn.suiji.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.InspectionItem;
import cn.suiji.directory.domain.ItemClass;
import cn.suiji.directory.domain.ItemField;
import cn.suiji.directory.domain.ItemQuery;
import cn.suiji.directory.domain.TargetKind;
import cn.suiji.shared.db.Database;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.TableSnapshot;
import cn.suiji.shared.ui.concurrent.SameThreadTaskExecutor;
import cn.suiji.testing.FakeDialogService;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemsViewModelTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-16T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
  @TempDir
  Path dir;
  private Services services;
  private final FakeDialogService dialogs = new FakeDialogService();
  private ItemsViewModel vm;
  private long scj;

  @BeforeEach
  void screen() {
    services = new Services(Database.inMemory("items-vm-" + UUID.randomUUID()), CLOCK);
    scj = services.departments().save(new Department(null, "SCJGJ", "县市场监督管理局", "崇市监", 1)).id();
    long wjj = services.departments().save(new Department(null, "WJJ", "县卫生健康局", "崇卫健", 2)).id();
    save(scj, "X-1", "旧法", ItemClass.GENERAL, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    save(scj, "X-1", "新法", ItemClass.GENERAL, LocalDate.of(2026, 1, 1), null);
    save(scj, "Y-1", "某法", ItemClass.KEY, LocalDate.of(2025, 1, 1), null);
    save(wjj, "W-1", "卫生法", ItemClass.GENERAL, LocalDate.of(2025, 1, 1), null);
    vm = new ItemsViewModel(services.items(), services.departments(), new SameThreadTaskExecutor(), dialogs,
        new Messages(Locale.SIMPLIFIED_CHINESE), CLOCK);
    vm.load();
  }

  private void save(long department, String code, String basis, ItemClass c, LocalDate from, @Nullable LocalDate to) {
    services.items().save(new InspectionItem(null, department, code, code + "检查", null, basis, null, TargetKind.ENTERPRISE,
        null, "实地检查", new BigDecimal("3"), 1, null, c, null, null, from, to));
  }

  @AfterEach
  void close() {
    services.close();
  }

  @Test
  void theListShowsTodaysVersionsAndAllVersionsOnRequest() {
    assertThat(vm.rows()).extracting(ItemsViewModel.Row::code).containsExactly("X-1", "Y-1", "W-1");
    assertThat(vm.rows().get(0).validFrom()).isEqualTo("2026-01-01");
    assertThat(vm.rows().get(0).department()).isEqualTo("县市场监督管理局");
    assertThat(vm.rows().get(1).itemClass()).isEqualTo("重点");
    assertThat(vm.rows().get(0).ratio()).isEqualTo("3%");
    assertThat(vm.countTextProperty().get()).isEqualTo("共 3 条");
    vm.allVersionsProperty().set(true);
    assertThat(vm.rows()).extracting(ItemsViewModel.Row::validFrom).containsExactly("2025-01-01", "2026-01-01", "2025-01-01", "2025-01-01");
    vm.departmentProperty().set(vm.departments().get(2));
    assertThat(vm.rows()).extracting(ItemsViewModel.Row::code).containsExactly("W-1");
    vm.departmentProperty().set(vm.departments().get(0));
    vm.itemClassProperty().set(vm.classes().stream().filter(c -> c.value() == ItemClass.KEY).findFirst().orElseThrow());
    assertThat(vm.rows()).extracting(ItemsViewModel.Row::code).containsExactly("Y-1");
    vm.itemClassProperty().set(vm.classes().get(0));
    vm.searchTextProperty().set("卫生");
    vm.search();
    assertThat(vm.rows()).extracting(ItemsViewModel.Row::code).containsExactly("W-1");
  }

  @Test
  void theEditorChecksAsTheClerkTypesAndWillNotSaveAnInvalidItem() {
    vm.newItem();
    assertThat(vm.validProperty().get()).isFalse();
    // Untouched: no problem shown; pressing 保存 shows them all and writes nothing.
    assertThat(vm.errors()).isEmpty();
    assertThat(vm.errorTextProperty().get()).isEmpty();
    assertThat(vm.save()).isFalse();
    assertThat(vm.errors()).containsKeys(ItemField.CODE, ItemField.NAME, ItemField.LEGAL_BASIS, ItemField.METHOD);
    assertThat(dialogs.errors).singleElement().asString().contains("不能保存");
    assertThat(vm.rows()).extracting(ItemsViewModel.Row::code).containsExactly("X-1", "Y-1", "W-1");
    dialogs.errors.clear();

    vm.newItem();
    assertThat(vm.errors()).as("a fresh form is quiet again").isEmpty();
    vm.text(ItemField.CODE).set("z");
    vm.text(ItemField.CODE).set("");
    assertThat(vm.errors()).containsOnlyKeys(ItemField.CODE);
    vm.text(ItemField.CODE).set("z-9");
    assertThat(vm.errors()).doesNotContainKey(ItemField.CODE);
    vm.text(ItemField.NAME).set("新事项");
    vm.text(ItemField.LEGAL_BASIS).set("某法第九条");
    vm.text(ItemField.METHOD).set("书面检查");
    vm.text(ItemField.RATIO).set("300%");
    assertThat(vm.errors()).containsOnlyKeys(ItemField.RATIO);
    assertThat(vm.errors().get(ItemField.RATIO)).contains("抽查比例").contains("300%");
    assertThat(vm.validProperty().get()).isFalse();

    assertThat(vm.save()).isFalse();
    assertThat(dialogs.errors).singleElement().asString().contains("不能保存").contains("抽查比例");
    assertThat(services.items().list(ItemQuery.all().withText("Z-9"))).isEmpty();

    vm.date(ItemField.VALID_TO).set(LocalDate.of(2026, 1, 1));
    assertThat(vm.errors()).containsKeys(ItemField.RATIO, ItemField.VALID_TO);
    vm.date(ItemField.VALID_TO).set(null);
    vm.text(ItemField.RATIO).set("0.05");
    assertThat(vm.validProperty().get()).isTrue();
    assertThat(vm.errorTextProperty().get()).isEmpty();
    assertThat(vm.save()).isTrue();
    assertThat(dialogs.infos).singleElement().asString().contains("Z-9");
    assertThat(services.items().list(ItemQuery.all().withText("Z-9"))).singleElement()
        .satisfies(e -> assertThat(e.item().ratioPercent()).isEqualByComparingTo("5"));
    assertThat(vm.rows()).extracting(ItemsViewModel.Row::code).contains("Z-9");
  }

  @Test
  void aNewVersionOfTheSelectedItemStartsOnTheEditorsDate() {
    ItemsViewModel.Row y = vm.rows().stream().filter(r -> r.code().equals("Y-1")).findFirst().orElseThrow();
    vm.selectedProperty().set(y);
    assertThat(vm.text(ItemField.LEGAL_BASIS).get()).isEqualTo("某法");
    assertThat(vm.editingExistingProperty().get()).isTrue();
    vm.text(ItemField.LEGAL_BASIS).set("某法（2026年修订）");
    vm.date(ItemField.VALID_FROM).set(LocalDate.of(2026, 7, 1));
    assertThat(vm.newVersion()).isTrue();
    assertThat(dialogs.errors).isEmpty();
    vm.allVersionsProperty().set(true);
    assertThat(vm.rows()).filteredOn(r -> r.code().equals("Y-1")).extracting(ItemsViewModel.Row::validFrom,
        ItemsViewModel.Row::validTo).containsExactly(org.assertj.core.groups.Tuple.tuple("2025-01-01", "2026-06-30"),
        org.assertj.core.groups.Tuple.tuple("2026-07-01", ""));
    vm.newItem();
    assertThat(vm.newVersion()).isFalse();
    assertThat(dialogs.errors).singleElement().asString().contains("选择");
  }

  @Test
  void aVersionATaskUsesSaysSoAndAChangeToItIsRefused() {
    ItemsViewModel.Row y = vm.rows().stream().filter(r -> r.code().equals("Y-1")).findFirst().orElseThrow();
    cn.suiji.directory.TestTasks.use(services.database().dsl(), scj, y.entry().item().id());
    vm.search();
    y = vm.rows().stream().filter(r -> r.code().equals("Y-1")).findFirst().orElseThrow();
    assertThat(y.tasks()).isEqualTo("1");
    vm.selectedProperty().set(y);
    assertThat(vm.usedTextProperty().get()).contains("1 个抽查任务").contains("新版本");
    vm.text(ItemField.LEGAL_BASIS).set("改动的依据");
    assertThat(vm.save()).isTrue();
    assertThat(dialogs.errors).singleElement().asString().contains("Y-1").contains("不能修改").contains("新版本");
    assertThat(services.items().list(ItemQuery.all().withText("Y-1"))).singleElement()
        .satisfies(e -> assertThat(e.item().legalBasis()).isEqualTo("某法"));
  }

  @Test
  void theCurrentViewIsExportedAsShown() throws Exception {
    Path out = dir.resolve("view.xlsx");
    dialogs.nextFile = out;
    vm.export(new TableSnapshot(List.of("事项编码", "抽查事项名称"),
        vm.rows().stream().map(r -> List.<Object>of(r.code(), r.name())).toList()));
    assertThat(out).exists();
    assertThat(dialogs.infos).singleElement().asString().contains("3 行");
  }
}
