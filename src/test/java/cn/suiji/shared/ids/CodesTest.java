package cn.suiji.shared.ids;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodesTest {

  @Test
  void nullAndBlankBecomeEmpty() {
    assertThat(Codes.normalise(null)).isEmpty();
    assertThat(Codes.normalise("")).isEmpty();
    assertThat(Codes.normalise(" \t\u3000\u00A0\n")).isEmpty();
  }

  @Test
  void fullWidthDigitsAndLettersBecomeHalfWidth() {
    assertThat(Codes.normalise("９１３５０１００Ｍ０００１００Ｙ４３")).isEqualTo("91350100M000100Y43");
    assertThat(Codes.normalise("！～")).isEqualTo("!~");
  }

  @Test
  void lowerCaseBecomesUpperCaseIncludingFullWidth() {
    assertThat(Codes.normalise("91350100m000100y43")).isEqualTo("91350100M000100Y43");
    assertThat(Codes.normalise("ｍｙｘ")).isEqualTo("MYX");
  }

  @Test
  void ideographicAndOtherSpacesAreTrimmedAndRemovedInside() {
    assertThat(Codes.normalise("\u3000 9135 0100\u3000M000\u00A0100Y43 \u3000"))
        .isEqualTo("91350100M000100Y43");
    assertThat(Codes.normalise("\t913501\r\n00M000100Y43\u2003")).isEqualTo("91350100M000100Y43");
  }

  @Test
  void hyphensAndDashesAreRemoved() {
    assertThat(Codes.normalise("913501-00M－000100\u2010Y\u20114\u2012\u2013\u2014\u20153"))
        .isEqualTo("91350100M000100Y43");
  }

  @Test
  void invisibleCharactersFromPastingAreRemoved() {
    assertThat(Codes.normalise("\uFEFF9135\u200B0100M000100Y43\u200D"))
        .isEqualTo("91350100M000100Y43");
  }

  @Test
  void otherCharactersAreKeptForTheValidatorToReport() {
    assertThat(Codes.normalise("9135_0100/中")).isEqualTo("9135_0100/中");
  }
}
