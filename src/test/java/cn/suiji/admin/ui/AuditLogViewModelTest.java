package cn.suiji.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.admin.domain.Operator;
import cn.suiji.admin.service.AuditLogService;
import cn.suiji.app.Services;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.concurrent.SameThreadTaskExecutor;
import cn.suiji.testing.FakeDialogService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log screen's model on a real data file with its evidence journal. */
class AuditLogViewModelTest {
  @TempDir
  Path dir;
  private Services services;
  private AuditLogViewModel vm;
  private final FakeDialogService dialogs = new FakeDialogService();

  @BeforeEach
  void open() {
    services = Services.open(dir.resolve("audit"));
    services.settings().saveOperators(List.of(new Operator("王晓明", "经办人")), "王晓明");
    services.settings().set("county.name", "测试县");
    services.settings().saveOperators(List.of(new Operator("王晓明", "经办人"), new Operator("李股长", "负责人")), "李股长");
    for (int i = 0; i < 250; i++) {
      services.settings().set("ui.font", "字体" + i);
    }
    vm = new AuditLogViewModel(new AuditLogService(services.auditor(), services.database().dsl()), new SameThreadTaskExecutor(), dialogs,
        Messages.current());
    vm.refresh();
  }

  @AfterEach
  void close() {
    services.close();
  }

  @Test
  void showsAPageInWordsAndMoreOnRequest() {
    int total = services.auditor().count(services.database().dsl(), cn.suiji.shared.audit.AuditQuery.all());
    assertThat(vm.rows()).hasSize(AuditLogViewModel.PAGE);
    assertThat(vm.rows().get(0).action()).isEqualTo("修改设置");
    assertThat(vm.rows().get(0).summary()).isEqualTo("修改设置：界面字体");
    assertThat(vm.countProperty().get()).isEqualTo(Messages.current().get("audit.count", total, AuditLogViewModel.PAGE));
    assertThat(vm.moreProperty().get()).isTrue();
    vm.showMore();
    assertThat(vm.rows()).hasSize(total);
    assertThat(vm.moreProperty().get()).isFalse();
    assertThat(vm.rows().stream().map(r -> r.entry().seq()).distinct().count()).isEqualTo(total);
  }

  @Test
  void filtersApplyAsTheyChange() {
    vm.actionProperty().set("operator.save");
    assertThat(vm.rows()).hasSize(2).allSatisfy(r -> assertThat(r.action()).isEqualTo("修改操作人员名单"));
    vm.actionProperty().set("");
    vm.userProperty().set("王晓明");
    assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.user()).isEqualTo("王晓明"));
    vm.clearFilters();
    vm.searchProperty().set("切换");
    assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.entry().action()).isEqualTo("operator.choose"));
    vm.clearFilters();
    vm.toProperty().set(LocalDate.now().minusDays(1));
    assertThat(vm.rows()).isEmpty();
    assertThat(vm.countProperty().get()).isEqualTo(Messages.current().get("audit.count", 0, 0));
  }

  @Test
  void offersTheActionsOperatorsAndObjectsByName() {
    assertThat(vm.actions()).contains("", "operator.save", "setting.set");
    assertThat(vm.actionName("operator.save")).isEqualTo("修改操作人员名单");
    assertThat(vm.actionName("")).isEqualTo(Messages.current().get("audit.filter.any"));
    assertThat(vm.users()).contains("王晓明", "李股长");
    assertThat(vm.entityName("operator")).isEqualTo("操作人员");
  }

  @Test
  void theDetailShowsTheEntrysFieldsAndTheChangedFieldsFromTheJournal() {
    vm.actionProperty().set("operator.save");
    vm.selectedProperty().set(vm.rows().get(0));
    assertThat(vm.detail()).extracting(AuditLogViewModel.Line::label)
        .contains("序号", "时间", Messages.current().get("audit.column.user"), "摘要", "本条哈希");
    assertThat(vm.detail()).anySatisfy(l -> assertThat(l.value()).isEqualTo("修改操作人员名单：王晓明（经办人）、李股长（负责人）"));
    assertThat(vm.changes()).containsExactly("李股长：（空） → 负责人");
    assertThat(vm.changesNoteProperty().get()).isEmpty();

    vm.clearFilters();
    vm.searchProperty().set("");
    vm.selectedProperty().set(vm.rows().get(0));
    assertThat(vm.changes()).containsExactly("内容：字体248 → 字体249");
  }
}
