package cn.suiji.shared.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javafx.scene.text.Font;

/**
 * Finds a font on this machine that has Chinese glyphs, so no screen shows empty boxes: the
 * one chosen in settings if it is installed, else the first of the usual CJK families.
 */
public final class CjkFonts {
  static final List<String> PREFERRED = List.of(
      "Microsoft YaHei", "微软雅黑", "SimSun", "宋体", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC",
      "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "AR PL UMing CN", "Droid Sans Fallback");

  private CjkFonts() {}

  /** The family to use: {@code chosen} when installed, else the first preferred one installed. */
  public static Optional<String> pick(String chosen, List<String> installed) {
    if (chosen != null && !chosen.isBlank() && installed.contains(chosen)) {
      return Optional.of(chosen);
    }
    return PREFERRED.stream().filter(installed::contains).findFirst();
  }

  public static List<String> installedFamilies() {
    return Font.getFamilies();
  }

  /** A one-rule stylesheet that sets the root font, as a data URL (no inline style). */
  public static String stylesheetFor(String family) {
    String css = ".root { -fx-font-family: \"" + family.replace("\"", "") + "\"; }";
    return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
  }
}
