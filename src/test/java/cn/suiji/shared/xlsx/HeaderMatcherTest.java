package cn.suiji.shared.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.shared.SuijiException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How header texts are compared and which row wins. */
class HeaderMatcherTest {
  @TempDir
  Path dir;

  @Test
  void normalisingDropsMarksSpacesAndWidthAndCase() {
    assertThat(HeaderMatcher.normalise("＊统一社会\n信用代码（必填）")).isEqualTo("统一社会信用代码");
    assertThat(HeaderMatcher.normalise("\u3000ＵＳＣＣ *")).isEqualTo("uscc");
  }

  @Test
  void aCombinedHeaderGoesToItsFirstPartAndAnExactHeaderBeatsIt() {
    Row header = new Row(1, List.of("统一社会信用代码/注册号", "注册号", "企业名称"));
    HeaderMapping m = HeaderMatcher.match("s", header, Sheets.TARGET_SPECS);
    assertThat(m.columns()).containsEntry("uscc", 0).containsEntry("regNo", 1).containsEntry("name", 2);
  }

  @Test
  void missingRequiredFieldsAreListedAndTheClerkCanCorrectTheMapping() {
    Row header = new Row(3, List.of("名称", "代码"));
    HeaderMapping m = HeaderMatcher.match("s", header, Sheets.TARGET_SPECS);
    assertThat(m.missingRequired()).containsExactly("uscc");
    assertThat(m.unmapped()).containsExactly("代码");
    HeaderMapping fixed = m.with("uscc", 1);
    assertThat(fixed.missingRequired()).isEmpty();
    assertThat(fixed.get(new Row(4, List.of("甲", "9162")), "uscc")).isEqualTo("9162");
    assertThat(fixed.without("name").has("name")).isFalse();
  }

  @Test
  void theWholeHeaderRowIsKeptByColumnForTheClerkAndSurvivesCorrections() {
    Row header = new Row(2, List.of(" 名称 ", "", "代码"));
    HeaderMapping m = HeaderMatcher.match("s", header, Sheets.TARGET_SPECS);
    assertThat(m.headerTexts()).containsExactly("名称", "", "代码");
    assertThat(m.headerText(2)).isEqualTo("代码");
    assertThat(m.headerText(7)).isEmpty();
    assertThat(m.with("uscc", 2).without("name").headerTexts()).containsExactly("名称", "", "代码");
    // the old five-part constructor still works, without texts
    HeaderMapping old = new HeaderMapping("s", 1, java.util.Map.of("name", 0), List.of(), List.of());
    assertThat(old.headerTexts()).isEmpty();
    assertThat(old.headerText(0)).isEmpty();
  }

  @Test
  void theRowMatchingMostSpecsWinsOverAnEarlierPartialOne() throws Exception {
    Path file = Sheets.simple(dir.resolve("two.xlsx"), List.of(List.of("企业名称：某某县"), List.of("说明", "名称"),
        List.of("统一社会信用代码", "企业名称", "联系电话"), List.of("x", "y", "z")));
    try (TableReader table = TableReader.open(file)) {
      assertThat(table.findHeader(Sheets.TARGET_SPECS).headerRow()).isEqualTo(3);
    }
  }

  @Test
  void aSheetWithoutAnyMatchingHeaderIsRefused() throws Exception {
    Path file = Sheets.simple(dir.resolve("none.xlsx"), List.of(List.of("甲", "乙"), List.of("1", "2")));
    try (TableReader table = TableReader.open(file)) {
      assertThatThrownBy(() -> table.findHeader(Sheets.TARGET_SPECS)).isInstanceOf(SuijiException.class)
          .extracting(e -> ((SuijiException) e).key()).isEqualTo("xlsx.error.noHeader");
    }
  }

  @Test
  void aHeaderBeyondTheFirstThirtyNonBlankRowsIsNotFound() throws Exception {
    List<List<?>> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      rows.add(List.of("说明" + i));
    }
    rows.add(List.of("统一社会信用代码", "企业名称"));
    Path file = Sheets.simple(dir.resolve("late.xlsx"), rows);
    try (TableReader table = TableReader.open(file)) {
      assertThatThrownBy(() -> table.findHeader(Sheets.TARGET_SPECS)).isInstanceOf(SuijiException.class);
    }
  }
}
