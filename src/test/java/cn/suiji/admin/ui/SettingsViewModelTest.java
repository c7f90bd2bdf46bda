package cn.suiji.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.admin.domain.Operator;
import cn.suiji.admin.service.SettingsService;
import cn.suiji.app.Services;
import cn.suiji.shared.db.Database;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.concurrent.SameThreadTaskExecutor;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {
  private Services services;
  private SettingsViewModel vm;

  @BeforeEach
  void open() {
    services = new Services(Database.inMemory("settings-" + System.nanoTime()), Clock.systemDefaultZone());
    vm = new SettingsViewModel(services.settings(), List.of("WenQuanYi Micro Hei", "DejaVu Sans"), new SameThreadTaskExecutor(),
        Messages.current());
    vm.load();
  }

  @AfterEach
  void close() {
    services.close();
  }

  @Test
  void theChosenOperatorSignsTheNextAuditEntriesAndTheChangeIsAudited() {
    vm.operators().get(0).name().set("王科员");
    vm.addOperator();
    vm.operators().get(1).name().set("李股长");
    vm.operators().get(1).role().set("负责人");
    vm.currentOperatorProperty().set("李股长");
    vm.countyNameProperty().set("测试县");
    vm.fontProperty().set("WenQuanYi Micro Hei");
    vm.save();
    assertThat(vm.messageProperty().get()).isEqualTo(Messages.current().get("settings.saved"));
    assertThat(services.settings().get(SettingsService.UI_FONT)).contains("WenQuanYi Micro Hei");
    assertThat(services.settings().operators()).extracting(Operator::name).containsExactly("王科员", "李股长");
    var dsl = services.database().dsl();
    assertThat(services.auditor().entriesFor(dsl, "operator")).extracting(e -> e.action())
        .containsExactly("operator.save", "operator.choose");
    services.settings().set("probe", "next action");
    assertThat(services.auditor().latest(dsl, 1).get(0).user()).isEqualTo("李股长");
  }

  @Test
  void withNoOperatorTheLogNeverNamesTheComputersLogin() {
    services.settings().set("probe", "value");
    String user = services.auditor().latest(services.database().dsl(), 1).get(0).user();
    assertThat(user).isEqualTo(Messages.current().get("operator.none")).isNotEqualTo(System.getProperty("user.name"));
  }

  @Test
  void blankOperatorIsRefusedAndNothingIsSaved() {
    vm.operators().get(0).name().set("  ");
    vm.countyNameProperty().set("测试县");
    vm.save();
    assertThat(vm.messageProperty().get()).isEqualTo(Messages.current().get("settings.error.operatorsMissing"));
    assertThat(services.settings().countyName()).isEmpty();
  }

  @Test
  void anOperatorListedTwiceIsNamed() {
    vm.operators().get(0).name().set("王科员");
    vm.addOperator();
    vm.operators().get(1).name().set("王科员");
    vm.countyNameProperty().set("测试县");
    vm.save();
    assertThat(vm.messageProperty().get()).contains("王科员");
    assertThat(services.settings().operators()).isEmpty();
  }

  @Test
  void offersAutomaticChoiceAndTheInstalledFonts() {
    assertThat(vm.fonts()).containsExactly("", "WenQuanYi Micro Hei", "DejaVu Sans");
  }
}
