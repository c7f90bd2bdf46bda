package cn.suiji.shared.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.shared.SuijiException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValidationTest {

  @Test
  void orThrowReturnsTheNormalisedValue() {
    assertThat(Uscc.validate("９１３５０１００ｍ０００１００ｙ４３").orThrow()).isEqualTo("91350100M000100Y43");
  }

  @Test
  void toExceptionOfAValidValueIsAProgrammingError() {
    assertThatThrownBy(() -> Uscc.validate("91350100M000100Y43").toException())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void everyReasonHasItsKeyAndArguments() {
    assertError(Uscc.validate(" "), "ids.uscc.empty");
    assertError(Uscc.validate("91350100"), "ids.uscc.length", "91350100", "8", "18");
    assertError(
        Uscc.validate("91350100S000100Y43"), "ids.uscc.character", "91350100S000100Y43", 9, "S");
    assertError(
        Uscc.validate("91350100M000100Y44"), "ids.uscc.check", "91350100M000100Y44", "3", "4");
    assertError(RegNo.validate(null), "ids.regNo.empty");
    assertError(RegNo.validate("1101"), "ids.regNo.length", "1101", "4", "15");
    assertError(
        RegNo.validate("11010800000001X"), "ids.regNo.character", "11010800000001X", 15, "X");
    LocalDate today = LocalDate.of(2026, 2, 10);
    assertError(IdNumber.validate("", today), "ids.idNumber.empty");
    assertError(
        IdNumber.validate("1101051949", today), "ids.idNumber.length", "******1949", "10", "18");
    assertError(
        IdNumber.validate("11010A19491231002X", today),
        "ids.idNumber.character",
        "**************002X",
        6,
        "A");
  }

  private static void assertError(Validation v, String key, Object... args) {
    assertThat(v.isValid()).isFalse();
    SuijiException e = v.toException();
    assertThat(e.key()).isEqualTo(key);
    assertThat(e.args()).containsExactly(args);
    assertThatThrownBy(v::orThrow)
        .isInstanceOf(SuijiException.class)
        .extracting(x -> ((SuijiException) x).key())
        .isEqualTo(key);
  }
}
