package cn.suiji.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.admin.domain.Operator;
import cn.suiji.admin.service.SettingsService;
import cn.suiji.app.Services;
import cn.suiji.shared.db.Database;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.concurrent.SameThreadTaskExecutor;
import cn.suiji.testing.FakeDialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {
  private Services services;
  private SettingsViewModel vm;
  private final FakeDialogService dialogs = new FakeDialogService();
  @TempDir
  Path dir;

  @BeforeEach
  void open() {
    services = new Services(Database.inMemory("settings-" + System.nanoTime()), Clock.systemDefaultZone());
    vm = new SettingsViewModel(services.settings(), services.backups(), List.of("WenQuanYi Micro Hei", "DejaVu Sans"),
        new SameThreadTaskExecutor(), dialogs, Messages.current());
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

  @Test
  void backupNowWritesACopyIntoTheChosenFolderAndShowsIt() throws Exception {
    try (Services onFile = Services.open(dir.resolve("county.mv.db"))) {
      SettingsViewModel file = new SettingsViewModel(onFile.settings(), onFile.backups(), List.of(),
          new SameThreadTaskExecutor(), dialogs, Messages.current());
      file.load();
      assertThat(file.lastBackupProperty().get()).isEqualTo("尚无备份");
      dialogs.nextFile = dir.resolve("usb");
      file.backupNow();
      assertThat(file.messageProperty().get()).contains("已备份到").contains("usb");
      try (var copies = Files.list(dir.resolve("usb"))) {
        assertThat(copies.filter(p -> p.toString().endsWith(".mv.db")).count()).isEqualTo(1);
      }
      assertThat(file.lastBackupProperty().get()).contains("usb");
    }
  }

  @Test
  void aBackupThatCannotBeWrittenSaysWhy() {
    dialogs.nextFile = dir.resolve("usb");
    vm.backupNow(); // the in-memory database has no file to copy
    assertThat(dialogs.errors).hasSize(1);
    assertThat(vm.messageProperty().get()).contains("无法把数据文件复制到");
  }
}
