package cn.suiji.shared.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.ids.Validation.Reason;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "91350100M000100Y43", // DOMAIN.md §5
        "9144030071526726XG", // printed on a public business licence
        "91330100716105852F", // printed on a public business licence
        "91110000100000000R",
        "12100000400000770U",
        "311100004000001233"
      })
  void acceptsValidCodes(String code) {
    Validation v = Uscc.validate(code);
    assertThat(v.reason()).isEqualTo(Reason.OK);
    assertThat(v.isValid()).isTrue();
    assertThat(v.value()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"N1110000MA00000004", "Y1110000MA0000001Y"})
  void acceptsALetterAtPositionOne(String code) {
    assertThat(Uscc.validate(code).isValid()).isTrue();
  }

  @Test
  void acceptsLowerCaseFullWidthSpacesAndHyphens() {
    assertThat(Uscc.validate("91350100m000100y43").value()).isEqualTo("91350100M000100Y43");
    assertThat(Uscc.validate("９１３５０１００Ｍ０００１００Ｙ４３").isValid()).isTrue();
    assertThat(Uscc.validate("９１３５０１００ｍ０００１００ｙ４３").isValid()).isTrue();
    assertThat(Uscc.validate("\u3000913501-00M000 100Y43 ").isValid()).isTrue();
    assertThat(Uscc.parse(" 9135-0100-M000-100Y-43\u3000"))
        .isEqualTo(new Uscc("91350100M000100Y43"));
  }

  @Test
  void reportsEmptyInput() {
    assertThat(Uscc.validate(null).reason()).isEqualTo(Reason.EMPTY);
    assertThat(Uscc.validate(" \u3000-").reason()).isEqualTo(Reason.EMPTY);
  }

  @Test
  void reportsWrongLengthWithBothLengths() {
    Validation v = Uscc.validate("91350100M000100Y4");
    assertThat(v.reason()).isEqualTo(Reason.LENGTH);
    assertThat(v.expected()).isEqualTo("18");
    assertThat(v.found()).isEqualTo("17");
    assertThat(Uscc.validate("91350100M000100Y433").reason()).isEqualTo(Reason.LENGTH);
  }

  @ParameterizedTest
  @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V'})
  void reportsForbiddenLettersWithTheirPosition(char letter) {
    String code = "91350100" + letter + "000100Y43";
    Validation v = Uscc.validate(code);
    assertThat(v.reason()).isEqualTo(Reason.CHARACTER);
    assertThat(v.position()).isEqualTo(9);
    assertThat(v.found()).isEqualTo(String.valueOf(letter));
  }

  @Test
  void reportsTheFirstBadCharacter() {
    Validation v = Uscc.validate("9135O100M000100Y4中");
    assertThat(v.position()).isEqualTo(5);
    assertThat(Uscc.validate("91350100M000100Y4中").position()).isEqualTo(18);
  }

  @Test
  void reportsWrongCheckWithExpectedAndFound() {
    Validation v = Uscc.validate("91350100M000100Y44");
    assertThat(v.reason()).isEqualTo(Reason.CHECK);
    assertThat(v.expected()).isEqualTo("3");
    assertThat(v.found()).isEqualTo("4");
    assertThat(v.position()).isEqualTo(18);
  }

  @Test
  void detectsASwapOfTwoNeighbours() {
    assertThat(Uscc.validate("91351000M000100Y43").reason()).isEqualTo(Reason.CHECK);
  }

  @Test
  void checkCharComputesTheLastCharacter() {
    assertThat(Uscc.checkChar("91350100M000100Y4")).isEqualTo('3');
    assertThat(Uscc.checkChar("9144030071526726X")).isEqualTo('G');
    assertThat(Uscc.checkChar("91110000100000000")).isEqualTo('R');
  }

  @Test
  void checkCharRejectsBadInput() {
    assertThatThrownBy(() -> Uscc.checkChar("9135")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Uscc.checkChar("91350100I000100Y4"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void checkCharAlwaysGivesAValidCode() {
    Random random = new Random(20260210L);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder first17 = new StringBuilder();
      for (int i = 0; i < 17; i++) {
        first17.append(Uscc.ALPHABET.charAt(random.nextInt(Uscc.ALPHABET.length())));
      }
      String code = first17.toString() + Uscc.checkChar(first17.toString());
      assertThat(Uscc.validate(code).reason()).as(code).isEqualTo(Reason.OK);
    }
  }

  @Test
  void anySingleCharacterChangeIsCaught() {
    String valid = "91350100M000100Y43";
    for (int i = 0; i < valid.length(); i++) {
      for (char c : Uscc.ALPHABET.toCharArray()) {
        if (c != valid.charAt(i)) {
          String changed = valid.substring(0, i) + c + valid.substring(i + 1);
          assertThat(Uscc.validate(changed).isValid()).as(changed).isFalse();
        }
      }
    }
  }

  @Test
  void constructorRejectsInvalidAndUnnormalisedValues() {
    assertThatThrownBy(() -> new Uscc("91350100M000100Y44"))
        .isInstanceOf(SuijiException.class)
        .extracting(e -> ((SuijiException) e).key())
        .isEqualTo("ids.uscc.check");
    assertThatThrownBy(() -> new Uscc("91350100m000100y43"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parseThrowsTheReason() {
    assertThatThrownBy(() -> Uscc.parse("913501"))
        .isInstanceOfSatisfying(
            SuijiException.class,
            e -> {
              assertThat(e.key()).isEqualTo("ids.uscc.length");
              assertThat(e.args()).containsExactly("913501", "6", "18");
            });
  }
}
