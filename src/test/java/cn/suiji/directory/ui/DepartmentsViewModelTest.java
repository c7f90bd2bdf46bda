package cn.suiji.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.InspectionItem;
import cn.suiji.directory.domain.ItemClass;
import cn.suiji.directory.domain.TargetKind;
import cn.suiji.shared.db.Database;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.concurrent.SameThreadTaskExecutor;
import cn.suiji.testing.FakeDialogService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DepartmentsViewModelTest {
  private Services services;
  private final FakeDialogService dialogs = new FakeDialogService();
  private DepartmentsViewModel vm;

  @BeforeEach
  void screen() {
    services = new Services(Database.inMemory("departments-vm-" + UUID.randomUUID()), Clock.systemDefaultZone());
    services.departments().save(new Department(null, "SCJGJ", "县市场监督管理局", "崇市监", 1));
    vm = new DepartmentsViewModel(services.departments(), new SameThreadTaskExecutor(), dialogs,
        new Messages(Locale.SIMPLIFIED_CHINESE));
    vm.load();
  }

  @AfterEach
  void close() {
    services.close();
  }

  @Test
  void theEditorChecksAsTheClerkTypesAndWillNotSaveAnInvalidDepartment() {
    vm.newDepartment();
    assertThat(vm.sortOrderProperty().get()).isEqualTo("2");
    // Untouched: nothing is shown yet, but the form is not valid and saving it writes nothing.
    assertThat(vm.errors()).isEmpty();
    assertThat(vm.errorTextProperty().get()).isEmpty();
    assertThat(vm.validProperty().get()).isFalse();
    assertThat(vm.save()).isFalse();
    assertThat(vm.errors()).containsKeys(DepartmentsViewModel.Field.CODE, DepartmentsViewModel.Field.NAME,
        DepartmentsViewModel.Field.DOC_PREFIX);
    assertThat(dialogs.errors).singleElement().asString().contains("不能保存");
    assertThat(services.departments().all()).hasSize(1);
    dialogs.errors.clear();

    vm.newDepartment();
    assertThat(vm.errors()).isEmpty();
    vm.codeProperty().set("x");
    vm.codeProperty().set("");
    assertThat(vm.errors()).containsOnlyKeys(DepartmentsViewModel.Field.CODE);
    vm.codeProperty().set("scjgj");
    vm.nameProperty().set("县卫生健康局");
    vm.docPrefixProperty().set("崇卫健");
    assertThat(vm.errors()).containsOnlyKeys(DepartmentsViewModel.Field.CODE);
    assertThat(vm.errors().get(DepartmentsViewModel.Field.CODE)).contains("SCJGJ").contains("县市场监督管理局");
    vm.sortOrderProperty().set("第二");
    assertThat(vm.errors()).containsKey(DepartmentsViewModel.Field.SORT_ORDER);

    assertThat(vm.save()).isFalse();
    assertThat(dialogs.errors).singleElement().asString().contains("不能保存");
    assertThat(services.departments().all()).hasSize(1);

    vm.codeProperty().set("wjj");
    vm.sortOrderProperty().set("2");
    assertThat(vm.validProperty().get()).isTrue();
    assertThat(vm.save()).isTrue();
    assertThat(services.departments().all()).extracting(Department::code).containsExactly("SCJGJ", "WJJ");
    assertThat(vm.rows()).extracting(DepartmentsViewModel.Row::state).containsExactly("在用", "在用");
  }

  @Test
  void aDepartmentWithDataIsDeactivatedNotDeleted() {
    Department scj = services.departments().all().get(0);
    services.items().save(new InspectionItem(null, scj.id(), "A-1", "检查", null, "某法", null, TargetKind.ENTERPRISE, null,
        "实地检查", null, null, null, ItemClass.GENERAL, null, null, LocalDate.of(2026, 1, 1), null));
    vm.selectedProperty().set(vm.rows().get(0));
    assertThat(vm.nameProperty().get()).isEqualTo("县市场监督管理局");
    assertThat(vm.validProperty().get()).isTrue();
    vm.delete();
    assertThat(dialogs.errors).singleElement().asString().contains("不能删除").contains("停用");
    assertThat(services.departments().all()).hasSize(1);
    vm.toggleActive();
    assertThat(vm.rows()).extracting(DepartmentsViewModel.Row::state).containsExactly("已停用");
    assertThat(vm.editingActiveProperty().get()).isFalse();
    vm.nameProperty().set("崇信县市场监督管理局");
    assertThat(vm.save()).isTrue();
    assertThat(services.departments().all()).singleElement().satisfies(d -> {
      assertThat(d.name()).isEqualTo("崇信县市场监督管理局");
      assertThat(d.active()).isFalse();
    });
  }
}
