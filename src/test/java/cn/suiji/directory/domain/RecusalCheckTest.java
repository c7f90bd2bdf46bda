package cn.suiji.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecusalCheckTest {
  @Test
  void aCompleteDraftPasses() {
    assertThat(RecusalCheck.problems(new RecusalDraft(1L, 2L, RecusalReason.KIN, "配偶"))).isEmpty();
  }

  @Test
  void eachMissingPartIsNamedInOrder() {
    assertThat(RecusalCheck.problems(new RecusalDraft(null, null, null, "")))
        .extracting(RecusalCheck.Problem::field)
        .containsExactly(RecusalCheck.Field.INSPECTOR, RecusalCheck.Field.TARGET, RecusalCheck.Field.REASON);
  }

  @Test
  void theNoteIsLimitedTo500Characters() {
    assertThat(RecusalCheck.problems(new RecusalDraft(1L, 2L, RecusalReason.OTHER, "注".repeat(500)))).isEmpty();
    assertThat(RecusalCheck.problems(new RecusalDraft(1L, 2L, RecusalReason.OTHER, "注".repeat(501))))
        .extracting(RecusalCheck.Problem::key).containsExactly("directory.recusal.error.noteTooLong");
  }

  @ParameterizedTest
  @CsvSource({"亲属, KIN", "近亲属, KIN", "配偶, KIN", "曾任职, FORMER_EMPLOYMENT", "曾在该单位任职, FORMER_EMPLOYMENT",
      "利害关系, INTEREST", "利益关系, INTEREST", "其他, OTHER", "其它, OTHER", "kin, KIN", "'　利害 关系 ', INTEREST"})
  void readsReasons(String text, RecusalReason expected) {
    assertThat(RecusalCheck.reason(text)).isEqualTo(expected);
  }

  @Test
  void unknownReasonsAreNull() {
    assertThat(RecusalCheck.reason("朋友")).isNull();
    assertThat(RecusalCheck.reason("")).isNull();
  }

  @ParameterizedTest
  @CsvSource({"本人申报, DECLARED", "申报, DECLARED", "'', DECLARED", "系统发现, FOUND", "核查发现, FOUND", "found, FOUND"})
  void readsSources(String text, RecusalSource expected) {
    assertThat(RecusalCheck.source(text)).isEqualTo(expected);
  }

  @Test
  void unknownSourcesAreNull() {
    assertThat(RecusalCheck.source("群众举报")).isNull();
  }

  @Test
  void namesLoseEveryKindOfSpace() {
    assertThat(PersonNames.normalise("　张 三\u00A0")).isEqualTo("张三");
    assertThat(PersonNames.normalise("\t欧阳\u3000修\u200B")).isEqualTo("欧阳修");
    assertThat(PersonNames.normalise(null)).isEmpty();
  }
}
