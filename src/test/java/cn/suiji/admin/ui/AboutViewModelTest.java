package cn.suiji.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.draw.domain.DrawEngine;
import cn.suiji.shared.AppVersion;
import cn.suiji.shared.l10n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AboutViewModelTest {
  @TempDir
  Path dir;

  @Test
  void namesTheVersionTheDrawSpecTheDataFileTheRuntimeAndTheLicence() throws Exception {
    Path file = dir.resolve("县数据").resolve("suiji.mv.db");
    AboutViewModel vm = new AboutViewModel(Optional.of(file), "17.0.15", "/opt/suiji/lib/runtime", Messages.current());

    assertThat(vm.version()).isEqualTo(AppVersion.current());
    assertThat(vm.drawSpec()).startsWith("suiji-draw-v1").contains(DrawEngine.SPEC).contains("docs/抽取算法说明.md");
    assertThat(vm.dataFile()).isEqualTo(file.toAbsolutePath().toString());
    assertThat(vm.runtime()).isEqualTo("Java 17.0.15（/opt/suiji/lib/runtime）");
    assertThat(vm.licence()).contains("Apache License 2.0").contains("LICENSE");
    // the licence it names is the one shipped at the top of the sources
    assertThat(Files.readString(Path.of(AboutViewModel.LICENCE_FILE))).contains("Apache License").contains("Version 2.0");
  }

  @Test
  void saysWhenTheDatabaseIsInMemory() {
    AboutViewModel vm = AboutViewModel.ofThisJvm(Optional.empty(), Messages.current());

    assertThat(vm.dataFile()).isEqualTo("（内存数据库）");
    assertThat(vm.runtime()).contains(System.getProperty("java.version")).contains(System.getProperty("java.home"));
  }
}
