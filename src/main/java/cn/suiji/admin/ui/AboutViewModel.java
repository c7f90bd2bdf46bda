package cn.suiji.admin.ui;

import cn.suiji.draw.domain.DrawEngine;
import cn.suiji.shared.AppVersion;
import cn.suiji.shared.l10n.Messages;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The About page (关于): what a clerk reads out when asking for help, or an inspector notes when
 * checking a draw — the version, the draw spec the records follow, the data file this window
 * works on, the Java runtime (the installers bring their own) and the licence. Nothing here reads
 * a file or the database, so it is built on the FX thread.
 */
public final class AboutViewModel {
  /** The licence of the application, as pom.xml and the LICENSE file at the top of the sources state it. */
  static final String LICENCE = "Apache License 2.0";
  static final String LICENCE_FILE = "LICENSE";

  private final String version;
  private final String drawSpec;
  private final String dataFile;
  private final String runtime;
  private final String licence;

  /**
   * @param dataFile the open data file, empty for an in-memory database
   * @param javaVersion and {@code javaHome}: the running JVM's (System properties java.version, java.home)
   */
  public AboutViewModel(Optional<Path> dataFile, String javaVersion, String javaHome, Messages messages) {
    this.version = AppVersion.current();
    this.drawSpec = messages.get("about.drawSpec.value", DrawEngine.SPEC);
    this.dataFile = dataFile.map(p -> p.toAbsolutePath().toString()).orElse(messages.get("status.inMemory"));
    this.runtime = messages.get("about.runtime.value", javaVersion, javaHome);
    this.licence = messages.get("about.licence.value", LICENCE, LICENCE_FILE);
  }

  /** For the running application: its JVM's version and home. */
  public static AboutViewModel ofThisJvm(Optional<Path> dataFile, Messages messages) {
    return new AboutViewModel(dataFile, System.getProperty("java.version", "?"), System.getProperty("java.home", "?"),
        messages);
  }

  public String version() {
    return version;
  }

  public String drawSpec() {
    return drawSpec;
  }

  public String dataFile() {
    return dataFile;
  }

  public String runtime() {
    return runtime;
  }

  public String licence() {
    return licence;
  }
}
