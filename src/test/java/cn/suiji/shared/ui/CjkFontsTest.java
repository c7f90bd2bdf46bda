package cn.suiji.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class CjkFontsTest {
  @Test
  void chosenFontWinsWhenInstalled() {
    assertThat(CjkFonts.pick("SimSun", List.of("Arial", "SimSun", "WenQuanYi Micro Hei"))).contains("SimSun");
  }

  @Test
  void fallsBackToTheFirstInstalledCjkFamily() {
    assertThat(CjkFonts.pick("Not Installed", List.of("Arial", "WenQuanYi Micro Hei"))).contains("WenQuanYi Micro Hei");
    assertThat(CjkFonts.pick("", List.of("Arial", "DejaVu Sans"))).isEmpty();
  }

  @Test
  void stylesheetSetsTheRootFont() {
    String url = CjkFonts.stylesheetFor("WenQuanYi Micro Hei");
    String css = new String(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1)), StandardCharsets.UTF_8);
    assertThat(url).startsWith("data:text/css;base64,");
    assertThat(css).contains("-fx-font-family: \"WenQuanYi Micro Hei\"");
  }
}
