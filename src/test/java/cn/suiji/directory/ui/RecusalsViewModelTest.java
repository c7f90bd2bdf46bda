package cn.suiji.directory.ui;

import static cn.suiji.shared.db.generated.Tables.TARGET;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.directory.domain.RecusalReason;
import cn.suiji.directory.domain.RecusalSource;
import cn.suiji.directory.service.RecusalFixtures;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.TableSnapshot;
import cn.suiji.shared.ui.concurrent.SameThreadTaskExecutor;
import cn.suiji.shared.xlsx.TableReader;
import cn.suiji.testing.FakeDialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recusals screen without a screen: the add pane checked as the clerk types, the same-name proposals, export. */
class RecusalsViewModelTest {
  @TempDir
  Path dir;
  private Services services;
  private final FakeDialogService dialogs = new FakeDialogService();
  private RecusalsViewModel vm;

  @BeforeEach
  void open() {
    services = Services.open(dir.resolve("db"));
    RecusalFixtures.seed(services);
    vm = new RecusalsViewModel(services.recusals(), new SameThreadTaskExecutor(), dialogs, new Messages(Locale.SIMPLIFIED_CHINESE));
    vm.load();
  }

  @AfterEach
  void close() {
    services.close();
  }

  @Test
  void theAddPaneSaysWhatIsMissingAsTheClerkGoesAndAddsOnceComplete() {
    // The untouched pane says nothing; its Add is simply not pressable, and pressing it anyway adds nothing.
    assertThat(vm.canAddProperty().get()).isFalse();
    assertThat(vm.addErrorProperty().get()).isEmpty();
    vm.add();
    assertThat(vm.rows()).isEmpty();
    assertThat(dialogs.errors).isEmpty();
    // Once a pair is begun, the first missing part is named.
    vm.addReasonProperty().set(RecusalReason.KIN);
    assertThat(vm.addErrorProperty().get()).isEqualTo("请选择执法人员");
    vm.addReasonProperty().set(null);
    vm.inspectorProperty().set(vm.inspectors().stream().filter(i -> i.name().equals("张三")).findFirst().orElseThrow());
    assertThat(vm.addErrorProperty().get()).isEqualTo("请搜索并选中检查对象");
    vm.targetSearchProperty().set(RecusalFixtures.uscc(1).toLowerCase(Locale.ROOT));
    vm.searchTargets();
    assertThat(vm.targetHits()).hasSize(1);
    assertThat(vm.targetProperty().get().name()).isEqualTo("甲商行");
    assertThat(vm.addErrorProperty().get()).isEqualTo("请选择回避原因");
    vm.addReasonProperty().set(RecusalReason.KIN);
    assertThat(vm.canAddProperty().get()).isTrue();
    vm.noteProperty().set("注".repeat(501));
    assertThat(vm.canAddProperty().get()).isFalse();
    assertThat(vm.addErrorProperty().get()).contains("500");
    vm.noteProperty().set("表兄为股东");
    vm.add();
    assertThat(dialogs.errors).isEmpty();
    assertThat(vm.rows()).singleElement().satisfies(r -> {
      assertThat(r.inspectorName()).isEqualTo("张三");
      assertThat(r.certNo()).isEqualTo(RecusalFixtures.CERT_ZHANG);
      assertThat(r.reason()).isEqualTo("亲属");
      assertThat(r.source()).isEqualTo("本人申报");
    });
    // the pane is cleared for the next pair
    assertThat(vm.targetProperty().get()).isNull();
    assertThat(vm.canAddProperty().get()).isFalse();
  }

  @Test
  void sameNameProposalsAreConfirmedAsFoundAndNotProposedAgain() {
    services.database().dsl().update(TARGET).set(TARGET.LEGAL_REP, "李 四").where(TARGET.USCC.eq(RecusalFixtures.uscc(3))).execute();
    vm.findSameName();
    assertThat(vm.proposals()).singleElement().satisfies(p -> {
      assertThat(p.match().inspectorName()).isEqualTo("李四");
      assertThat(p.match().targetCode()).isEqualTo(RecusalFixtures.uscc(3));
    });
    assertThat(vm.proposalReasonProperty().get()).isEqualTo(RecusalReason.INTEREST);
    vm.confirm(List.of());
    assertThat(vm.proposalTextProperty().get()).isEqualTo("请先选中要确认的配对。");
    vm.confirm(List.copyOf(vm.proposals()));
    assertThat(vm.proposals()).isEmpty();
    assertThat(vm.rows()).singleElement().satisfies(r -> {
      assertThat(r.recusal().source()).isEqualTo(RecusalSource.FOUND);
      assertThat(r.reason()).isEqualTo("利害关系");
    });
    vm.findSameName();
    assertThat(vm.proposals()).isEmpty();
    assertThat(vm.proposalTextProperty().get()).isEqualTo("未发现新的同名配对。");
  }

  @Test
  void filtersSelectTheRowsAndTheExportWritesThemAsShown() throws Exception {
    vm.inspectorProperty().set(vm.inspectors().get(0));
    vm.targetSearchProperty().set("甲商行");
    vm.searchTargets();
    vm.addReasonProperty().set(RecusalReason.OTHER);
    vm.add();
    vm.inspectorProperty().set(vm.inspectors().get(1));
    vm.targetSearchProperty().set("乙超市");
    vm.searchTargets();
    vm.addReasonProperty().set(RecusalReason.KIN);
    vm.add();
    assertThat(vm.rows()).hasSize(2);
    vm.reasonProperty().set(vm.reasons().stream().filter(c -> c.value() == RecusalReason.KIN).findFirst().orElseThrow());
    assertThat(vm.rows()).singleElement().satisfies(r -> assertThat(r.targetName()).isEqualTo("乙超市"));
    vm.clearFilters();
    vm.search();
    assertThat(vm.rows()).hasSize(2);

    TableSnapshot snapshot = new TableSnapshot(List.of("执法人员", "检查对象"),
        vm.rows().stream().map(r -> List.<Object>of(r.inspectorName(), r.targetName())).toList());
    dialogs.nextFile = dir.resolve("回避.xlsx");
    vm.export(snapshot);
    List<List<String>> lines = new ArrayList<>();
    try (TableReader r = TableReader.open(dialogs.nextFile)) {
      r.read(r.sheetNames().get(0), row -> lines.add(row.cells()), cn.suiji.shared.Progress.NONE);
    }
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).containsExactly("执法人员", "检查对象");
    assertThat(dialogs.infos).anyMatch(s -> s.contains("2 行"));
  }

  @Test
  void removingAsksFirst() {
    vm.inspectorProperty().set(vm.inspectors().get(0));
    vm.targetSearchProperty().set("甲商行");
    vm.searchTargets();
    vm.addReasonProperty().set(RecusalReason.OTHER);
    vm.add();
    dialogs.confirmAnswer = false;
    vm.remove(vm.rows().get(0));
    assertThat(vm.rows()).hasSize(1);
    dialogs.confirmAnswer = true;
    vm.remove(vm.rows().get(0));
    assertThat(vm.rows()).isEmpty();
  }
}
