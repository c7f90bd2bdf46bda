package cn.suiji.shared;

/**
 * The application's version: pom.xml's, as the jar's manifest carries it (Implementation-Version),
 * or "dev" when run from classes. One source for {@code suiji --version} and the About page; the
 * installers take theirs from pom.xml too (installer/installer.properties).
 */
public final class AppVersion {
  private AppVersion() {}

  public static String current() {
    String v = AppVersion.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
