package cn.suiji.shared.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.ids.Validation.Reason;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 2, 10);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "11010519491231002X", // DOMAIN.md §5, GB 11643 example
        "620102199003070018",
        "622727198506151239",
        "110105200002290013", // 29 February of a leap year
        "11010519000101001X" // the earliest birth date allowed
      })
  void acceptsValidNumbers(String number) {
    assertThat(IdNumber.validate(number, TODAY).reason()).isEqualTo(Reason.OK);
  }

  @Test
  void acceptsLowerCaseXFullWidthAndSpaces() {
    assertThat(IdNumber.validate("11010519491231002x", TODAY).value())
        .isEqualTo("11010519491231002X");
    assertThat(IdNumber.validate("１１０１０５１９４９１２３１００２ｘ", TODAY).isValid()).isTrue();
    assertThat(IdNumber.validate("\u3000110105 19491231 002X-", TODAY).isValid()).isTrue();
  }

  @Test
  void reportsEmptyAndWrongLength() {
    assertThat(IdNumber.validate("", TODAY).reason()).isEqualTo(Reason.EMPTY);
    assertThat(IdNumber.validate("110105491231002", TODAY).reason()) // 15-digit first generation
        .isEqualTo(Reason.LENGTH);
  }

  @Test
  void reportsXOutsideTheLastPosition() {
    Validation v = IdNumber.validate("1101051949123100X2", TODAY);
    assertThat(v.reason()).isEqualTo(Reason.CHARACTER);
    assertThat(v.position()).isEqualTo(17);
  }

  @Test
  void reportsALetterOtherThanXAtTheEnd() {
    Validation v = IdNumber.validate("11010519491231002Y", TODAY);
    assertThat(v.reason()).isEqualTo(Reason.CHARACTER);
    assertThat(v.position()).isEqualTo(18);
  }

  @Test
  void reportsFebruaryThirtiethAsBirthDate() {
    Validation v = IdNumber.validate("11010519900230001X", TODAY); // check char is right
    assertThat(v.reason()).isEqualTo(Reason.BIRTH_DATE);
    assertThat(v.found()).isEqualTo("19900230");
  }

  @Test
  void reportsFebruaryTwentyNinthOfACommonYear() {
    String first17 = "11010519990229001";
    assertThat(IdNumber.validate(first17 + IdNumber.checkChar(first17), TODAY).reason())
        .isEqualTo(Reason.BIRTH_DATE);
  }

  @Test
  void reportsAFutureBirthDate() {
    assertThat(IdNumber.validate("620102209912310011", TODAY).reason())
        .isEqualTo(Reason.BIRTH_DATE);
    String tomorrow = "11010520260211001";
    assertThat(IdNumber.validate(tomorrow + IdNumber.checkChar(tomorrow), TODAY).reason())
        .isEqualTo(Reason.BIRTH_DATE);
    String today = "11010520260210001";
    assertThat(IdNumber.validate(today + IdNumber.checkChar(today), TODAY).isValid()).isTrue();
  }

  @Test
  void reportsABirthDateBefore1900() {
    String first17 = "11010518991231001";
    assertThat(IdNumber.validate(first17 + IdNumber.checkChar(first17), TODAY).reason())
        .isEqualTo(Reason.BIRTH_DATE);
  }

  @Test
  void reportsWrongCheckCharacter() {
    Validation v = IdNumber.validate("110105194912310021", TODAY);
    assertThat(v.reason()).isEqualTo(Reason.CHECK);
    assertThat(v.expected()).isEqualTo("X");
    assertThat(v.found()).isEqualTo("1");
  }

  @Test
  void checkCharAlwaysGivesAValidNumber() {
    Random random = new Random(11643L);
    LocalDate first = LocalDate.of(1900, 1, 1);
    long days = TODAY.toEpochDay() - first.toEpochDay();
    for (int n = 0; n < 20_000; n++) {
      LocalDate birth = first.plusDays((long) (random.nextDouble() * (days + 1)));
      String first17 =
          String.format(
              "%06d%04d%02d%02d%03d",
              random.nextInt(1_000_000),
              birth.getYear(),
              birth.getMonthValue(),
              birth.getDayOfMonth(),
              random.nextInt(1000));
      String number = first17 + IdNumber.checkChar(first17);
      assertThat(IdNumber.validate(number, TODAY).reason()).as(number).isEqualTo(Reason.OK);
    }
  }

  @Test
  void checkCharRejectsBadInput() {
    assertThatThrownBy(() -> IdNumber.checkChar("1101051949123100"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IdNumber.checkChar("1101051949123100X"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void maskShowsOnlyTheLastFourCharacters() {
    assertThat(IdNumber.mask("11010519491231002X")).isEqualTo("**************002X");
    assertThat(IdNumber.mask("12345")).isEqualTo("*2345");
    assertThat(IdNumber.mask("123")).isEqualTo("123");
    assertThat(IdNumber.mask("")).isEmpty();
  }

  @Test
  void toStringIsMasked() {
    IdNumber id = IdNumber.parse("11010519491231002x", TODAY);
    assertThat(id.value()).isEqualTo("11010519491231002X");
    assertThat(id).hasToString("**************002X");
  }

  @Test
  void errorsCarryOnlyTheMaskedNumber() {
    assertThatThrownBy(() -> IdNumber.parse("110105194912310021", TODAY))
        .isInstanceOfSatisfying(
            SuijiException.class,
            e -> {
              assertThat(e.key()).isEqualTo("ids.idNumber.check");
              assertThat(e.args()).containsExactly("**************0021", "X", "1");
              assertThat(e.getMessage()).doesNotContain("1101051949");
            });
  }

  @Test
  void birthDateErrorNamesTheDate() {
    assertThatThrownBy(() -> IdNumber.parse("11010519900230001X", TODAY))
        .isInstanceOfSatisfying(
            SuijiException.class,
            e -> {
              assertThat(e.key()).isEqualTo("ids.idNumber.birthDate");
              assertThat(e.args()).containsExactly("**************001X", "19900230");
            });
  }

  @Test
  void constructorChecksTheNumberButNotAgainstTheClock() {
    assertThat(new IdNumber("11010519491231002X").value()).isEqualTo("11010519491231002X");
    assertThatThrownBy(() -> new IdNumber("110105194912310021"))
        .isInstanceOf(SuijiException.class);
    assertThatThrownBy(() -> new IdNumber("11010519491231002x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
