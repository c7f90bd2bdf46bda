package cn.suiji.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
  void savedUserSignsTheNextAuditEntries() {
    vm.userNameProperty().set("王科员");
    vm.countyNameProperty().set("测试县");
    vm.fontProperty().set("WenQuanYi Micro Hei");
    vm.save();
    assertThat(vm.messageProperty().get()).isEqualTo(Messages.current().get("settings.saved"));
    assertThat(services.settings().get(SettingsService.UI_FONT)).contains("WenQuanYi Micro Hei");
    services.settings().set("probe", "next action");
    assertThat(services.auditor().latest(services.database().dsl(), 1).get(0).user()).isEqualTo("王科员");
  }

  @Test
  void blankUserIsRefusedAndNothingIsSaved() {
    vm.userNameProperty().set("  ");
    vm.countyNameProperty().set("测试县");
    vm.save();
    assertThat(vm.messageProperty().get()).contains("当前用户");
    assertThat(services.settings().countyName()).isEmpty();
  }

  @Test
  void offersAutomaticChoiceAndTheInstalledFonts() {
    assertThat(vm.fonts()).containsExactly("", "WenQuanYi Micro Hei", "DejaVu Sans");
  }
}
