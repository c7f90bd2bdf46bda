package cn.suiji.shared.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pure cell parsers importers use. */
class CellsTest {
  @Test
  void textTrimsEveryKindOfSpaceButKeepsInnerTextAndNonBmpCharacters() {
    assertThat(Cells.text("\u3000 兴隆 商贸\u00A0\t")).isEqualTo("兴隆 商贸");
    assertThat(Cells.text("\uFEFF𠀀记\u200B")).isEqualTo("𠀀记");
    assertThat(Cells.text(null)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2019-03-05", "2019/3/5", "2019.03.05", "2019年3月5日", "2019 年 3 月 5 日", "20190305",
      "２０１９－０３－０５", "2019-03-05 00:00", "2019/3/5 14:30:00", "43529", "43529.0"})
  void datesInEveryCommonWritingParse(String text) {
    assertThat(Cells.date(text).value()).isEqualTo(LocalDate.of(2019, 3, 5));
  }

  @Test
  void excelSerialsFollowThe1900SystemWithItsLeapYearBug() {
    assertThat(Cells.date("1").value()).isEqualTo(LocalDate.of(1900, 1, 1));
    assertThat(Cells.date("59").value()).isEqualTo(LocalDate.of(1900, 2, 28));
    assertThat(Cells.date("60").problem()).isEqualTo(Cells.Problem.NO_SUCH_DAY);
    assertThat(Cells.date("61").value()).isEqualTo(LocalDate.of(1900, 3, 1));
    assertThat(Cells.date("2958465").value()).isEqualTo(LocalDate.of(9999, 12, 31));
  }

  @Test
  void badDatesSayWhy() {
    assertThat(Cells.date(" ").problem()).isEqualTo(Cells.Problem.EMPTY);
    assertThat(Cells.date("2019-02-30").problem()).isEqualTo(Cells.Problem.NO_SUCH_DAY);
    assertThat(Cells.date("去年三月").problem()).isEqualTo(Cells.Problem.NOT_A_DATE);
    assertThat(Cells.date("0").problem()).isEqualTo(Cells.Problem.NOT_A_DATE);
    assertThat(Cells.date("2019-03-05").ok()).isTrue();
  }

  @Test
  void numbersAcceptGroupingFullWidthAndExponents() {
    assertThat(Cells.number("1,234.50").value()).isEqualByComparingTo("1234.5");
    assertThat(Cells.number("１２３").value()).isEqualByComparingTo("123");
    assertThat(Cells.number("1.5E3").value()).isEqualByComparingTo(new BigDecimal(1500));
    assertThat(Cells.number("-0.25").value()).isEqualByComparingTo("-0.25");
    assertThat(Cells.number("十二").problem()).isEqualTo(Cells.Problem.NOT_A_NUMBER);
    assertThat(Cells.number("").problem()).isEqualTo(Cells.Problem.EMPTY);
  }

  @Test
  void numericCellTextIsWrittenInFullWithoutExponent() {
    assertThat(NumericText.plain("1.3993312345E10")).isEqualTo("13993312345");
    assertThat(NumericText.plain("1.10108000000016E14")).isEqualTo("110108000000016");
    assertThat(NumericText.plain("0.30000000000000004")).isEqualTo("0.3");
    assertThat(NumericText.plain("-0")).isEqualTo("0");
    assertThat(NumericText.format("12345", NumericText.Kind.ofPlainFormat("000000"), false)).isEqualTo("012345");
    assertThat(NumericText.date("43529.5", false)).isEqualTo("2019-03-05 12:00");
    assertThat(NumericText.date("0.75", false)).isEqualTo("18:00");
  }
}
