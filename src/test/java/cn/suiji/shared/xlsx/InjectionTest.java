package cn.suiji.shared.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InjectionTest {
  @Test
  void riskyTextGetsAnApostropheAndPlainTextDoesNot() {
    assertThat(Injection.neutralise("=1+1")).isEqualTo("'=1+1");
    assertThat(Injection.neutralise("+元旦")).isEqualTo("'+元旦");
    assertThat(Injection.neutralise("@元旦")).isEqualTo("'@元旦");
    assertThat(Injection.neutralise("-3")).isEqualTo("'-3");
    assertThat(Injection.neutralise("\t元旦")).isEqualTo("'\t元旦");
    assertThat(Injection.neutralise("元旦")).isEqualTo("元旦");
    assertThat(Injection.neutralise("'abc")).isEqualTo("'abc");
    assertThat(Injection.neutralise("")).isEmpty();
  }

  @Test
  void restoreUndoesNeutraliseExactlyEvenForTextThatHadAnApostrophe() {
    for (String text : List.of("=1+1", "+元旦", "@元旦", "-调休", "\r元旦", "'=x", "''@y", "'abc", "'", "", "元旦",
        "=HYPERLINK(\"http://x\",\"点\")")) {
      assertThat(Injection.restore(Injection.neutralise(text))).as(text).isEqualTo(text);
    }
  }
}
