package cn.suiji;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Linux build (pom.xml's "installer" profile) and the Windows one (installer/windows/build.ps1)
 * stay in step only if both read every setting from installer/installer.properties (ADR 0028):
 * each key either build asks for is there, each key there is read by one of them, and what must
 * never change does not.
 */
class InstallerPropertiesTest {
  private static final Path PROPERTIES = Path.of("installer", "installer.properties");

  private static Properties properties() throws IOException {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(PROPERTIES)) {
      p.load(in); // ISO-8859-1 with \\uXXXX, as Ant reads it
    }
    return p;
  }

  private static Set<String> keys(Path file, String regex) throws IOException {
    Matcher m = Pattern.compile(regex).matcher(Files.readString(file, StandardCharsets.UTF_8));
    Set<String> keys = new TreeSet<>();
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }

  @Test
  void bothBuildsReadTheirSettingsFromTheOneFileAndNothingThereIsUnread() throws IOException {
    Set<String> defined = properties().stringPropertyNames();
    Set<String> linux = keys(Path.of("pom.xml"), "\\$\\{inst\\.([a-z.]+)\\}");
    linux.remove("version"); // computed in the profile from project.version
    Set<String> windows = keys(Path.of("installer", "windows", "build.ps1"), "\\$p\\['([a-z.]+)'\\]");

    assertThat(linux).as("keys the Maven profile reads").isNotEmpty().isSubsetOf(defined);
    assertThat(windows).as("keys build.ps1 reads").isNotEmpty().isSubsetOf(defined);
    Set<String> read = new TreeSet<>(linux);
    read.addAll(windows);
    assertThat(defined).as("keys no build reads").isSubsetOf(read);
    for (String shared : List.of("app.name", "app.vendor", "app.main.jar", "app.main.class", "jlink.modules",
        "jlink.options", "launcher.java.options")) {
      assertThat(linux).as("the Linux build reads " + shared).contains(shared);
      assertThat(windows).as("the Windows build reads " + shared).contains(shared);
    }
  }

  @Test
  void theRuntimeKeepsWhatIsFoundByNameAndTheUpgradeIdentityNeverChanges() throws IOException {
    Properties p = properties();
    List<String> modules = Arrays.asList(p.getProperty("jlink.modules").split(","));
    // GB18030 for CSV from Chinese Excel, Chinese locale data, TLS: jdeps cannot see these
    assertThat(modules).contains("java.base", "java.sql", "jdk.unsupported.desktop",
        "jdk.unsupported", "jdk.charsets", "jdk.localedata", "jdk.crypto.ec");
    assertThat(p.getProperty("jlink.options")).contains("--include-locales=en,zh");
    assertThat(p.getProperty("win.upgrade.uuid"))
        .as("an .msi upgrades an installed one only with the same UUID: never change it")
        .isEqualTo("119c8bb0-efc9-4d9a-8d9f-c403d44823b6");
    assertThat(p.getProperty("win.menu.group")).isEqualTo("双随机一公开工作台");
    assertThat(p.getProperty("linux.package.deps")).contains("libgtk-3-0").contains("fonts-wqy-microhei");
  }
}
