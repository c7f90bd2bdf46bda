package cn.suiji.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntropyTest {

  @Test
  void stripsLeadingAndTrailingCharactersOfExactlyTheSpecsSet() {
    String typed = "\t\n\u000B\f\r \u30003 1 4\u3000 \r\n";

    assertThat(Entropy.normalise(typed)).isEqualTo("3 1 4");
  }

  @Test
  void keepsOtherUnicodeSpacesThatStripWouldRemove() {
    String typed = "\u00A0上证指数 3128.45\u2003";

    assertThat(Entropy.normalise(typed)).isEqualTo(typed);
  }

  @Test
  void keepsWhiteSpaceInsideTheText() {
    assertThat(Entropy.normalise(" 3\t1\n4 ")).isEqualTo("3\t1\n4");
  }

  @Test
  void composesToNfcBeforeTrimming() {
    String decomposed = " e\u0301 ";

    assertThat(Entropy.normalise(decomposed)).isEqualTo("\u00E9");
  }

  @Test
  void turnsOnlyWhiteSpaceIntoTheEmptyText() {
    assertThat(Entropy.normalise(" \u3000\t")).isEmpty();
  }

  @Test
  void normalisingTwiceChangesNothing() {
    String once = Entropy.normalise("\u3000 A\u030A 42 ");

    assertThat(Entropy.normalise(once)).isEqualTo(once).isEqualTo("\u00C5 42");
  }

  @Test
  void findsUnpairedSurrogatesThatUtf8CannotEncode() {
    assertThat(Entropy.isWellFormed("ok \uD83D\uDE00")).isTrue();
    assertThat(Entropy.isWellFormed("bad \uD83D")).isFalse();
    assertThat(Entropy.isWellFormed("\uDE00 bad")).isFalse();
  }
}
