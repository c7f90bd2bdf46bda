package cn.suiji.shared.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.ids.Validation.Reason;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegNoTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"110108000000016", "440301100000008", "320583000000007", "620000000000009"})
  void acceptsValidNumbers(String number) {
    assertThat(RegNo.validate(number).reason()).isEqualTo(Reason.OK);
  }

  @Test
  void acceptsFullWidthSpacesAndHyphens() {
    assertThat(RegNo.validate("１１０１０８０００００００１６").isValid()).isTrue();
    assertThat(RegNo.validate("\u3000110108-000000-016 ").value()).isEqualTo("110108000000016");
    assertThat(RegNo.parse(" 110108 000000016")).isEqualTo(new RegNo("110108000000016"));
  }

  @Test
  void reportsEmptyAndWrongLength() {
    assertThat(RegNo.validate("  ").reason()).isEqualTo(Reason.EMPTY);
    Validation v = RegNo.validate("11010800000001");
    assertThat(v.reason()).isEqualTo(Reason.LENGTH);
    assertThat(v.expected()).isEqualTo("15");
    assertThat(v.found()).isEqualTo("14");
  }

  @Test
  void reportsALetterWithItsPosition() {
    Validation v = RegNo.validate("1101080000000A6");
    assertThat(v.reason()).isEqualTo(Reason.CHARACTER);
    assertThat(v.position()).isEqualTo(14);
    assertThat(v.found()).isEqualTo("A");
  }

  @Test
  void reportsWrongCheckDigit() {
    Validation v = RegNo.validate("110108000000015");
    assertThat(v.reason()).isEqualTo(Reason.CHECK);
    assertThat(v.expected()).isEqualTo("6");
    assertThat(v.found()).isEqualTo("5");
  }

  @Test
  void checkDigitComputesTheLastDigit() {
    assertThat(RegNo.checkDigit("11010800000001")).isEqualTo('6');
    assertThat(RegNo.checkDigit("44030110000000")).isEqualTo('8');
  }

  @Test
  void checkDigitRejectsBadInput() {
    assertThatThrownBy(() -> RegNo.checkDigit("1101")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RegNo.checkDigit("1101080000000A"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void checkDigitAlwaysGivesAValidNumber() {
    Random random = new Random(15L);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder first14 = new StringBuilder();
      for (int i = 0; i < 14; i++) {
        first14.append((char) ('0' + random.nextInt(10)));
      }
      String number = first14.toString() + RegNo.checkDigit(first14.toString());
      assertThat(RegNo.validate(number).reason()).as(number).isEqualTo(Reason.OK);
    }
  }

  @Test
  void exactlyOneCheckDigitFitsEachNumber() {
    String first14 = "11010800000001";
    long fitting =
        "0123456789".chars().filter(d -> RegNo.validate(first14 + (char) d).isValid()).count();
    assertThat(fitting).isEqualTo(1);
  }

  @Test
  void parseThrowsTheReason() {
    assertThatThrownBy(() -> RegNo.parse("110108000000015"))
        .isInstanceOfSatisfying(
            SuijiException.class,
            e -> {
              assertThat(e.key()).isEqualTo("ids.regNo.check");
              assertThat(e.args()).containsExactly("110108000000015", "6", "5");
            });
  }
}
