package cn.suiji.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.inspection.domain.DocumentKind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The document-number pattern and the other document settings of the working rules. */
class NumberPatternTest {
  @Test
  void theDefaultPatternGivesTheCountysNumbersWithoutPaddingOr第() {
    assertThat(NumberPattern.DEFAULT).isEqualTo("{机关代字}{类型代字}〔{年}〕{N}号");
    assertThat(NumberPattern.check(NumberPattern.DEFAULT)).isNull();
    assertThat(NumberPattern.format(NumberPattern.DEFAULT, "青市监", "抽通", 2026, 17)).isEqualTo("青市监抽通〔2026〕17号");
    assertThat(NumberPattern.format(NumberPattern.DEFAULT, "青市监", "抽告", 2026, 3)).isEqualTo("青市监抽告〔2026〕3号");
  }

  @Test
  void aCustomPatternPutsThePartsWhereItSays() {
    String pattern = " {机关代字}〔{年}〕{类型代字}第{N}号 ";
    assertThat(NumberPattern.check(pattern)).isNull();
    assertThat(NumberPattern.format(pattern, "崇市监", "检通", 2027, 1)).isEqualTo("崇市监〔2027〕检通第1号");
    // a 机关代字 that contains a placeholder's text is printed as it is
    assertThat(NumberPattern.format(NumberPattern.DEFAULT, "{N}", "抽通", 2026, 5)).isEqualTo("{N}抽通〔2026〕5号");
  }

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "'' | rules.error.empty | ''",
      "{机关代字}{类型代字}〔{年}〕号 | rules.error.patternMissing | {N}",
      "{机关代字}{类型代字}{N}号 | rules.error.patternMissing | {年}",
      "{机关代字}〔{年}〕{N}号 | rules.error.patternMissing | {类型代字}",
      "{机关代字}{文种}〔{年}〕{N}号 | rules.error.patternUnknown | {文种}",
      "{机关代字}{类型代字}〔{年}〕{n}号 | rules.error.patternUnknown | {n}",
      "{机关代字}{类型代字}〔{年}〕{N}号{N} | rules.error.patternTwice | {N}",
      "{机关代字{类型代字}〔{年}〕{N}号 | rules.error.patternBrace | ''",
      "{机关代字}{类型代字}〔{年}〕{N}号} | rules.error.patternBrace | ''",
  })
  void aPatternThatCannotNumberIsRefusedNamingWhy(String pattern, String key, String named) {
    RulesProblem p = NumberPattern.check(pattern);
    assertThat(p).isNotNull();
    assertThat(p.field()).isEqualTo(RulesField.NUMBER_PATTERN);
    assertThat(p.key()).isEqualTo(key);
    if (!named.isEmpty()) {
      assertThat(p.args().get(0)).isEqualTo(named);
    }
  }

  @Test
  void anUnknownPlaceholderIsNamedWithTheKnownOnes() {
    RulesProblem p = NumberPattern.check("{部门}{类型代字}〔{年}〕{N}号");
    assertThat(p.args()).containsExactly("{部门}", "{机关代字}、{类型代字}、{年}、{N}");
    assertThat(NumberPattern.check("字".repeat(61) + "{类型代字}{年}{N}").key()).isEqualTo("rules.error.patternTooLong");
  }

  @Test
  void theDefaultTypeCodesAreTheDocumentKinds() {
    assertThat(DocumentRules.DEFAULTS.announcementTypeCode()).isEqualTo(DocumentKind.ANNOUNCEMENT.defaultTypeCode());
    assertThat(DocumentRules.DEFAULTS.noticeTypeCode()).isEqualTo(DocumentKind.NOTICE.defaultTypeCode());
    assertThat(DocumentRules.DEFAULTS.resultTypeCode()).isEqualTo(DocumentKind.RESULTS.defaultTypeCode());
    assertThat(DocumentRules.DEFAULTS.announcementListsTargets()).isTrue();
    assertThat(DocumentRules.DEFAULTS.materials()).isNotBlank();
    assertThat(RulesCheck.problems(WorkingRules.defaults(1))).isEmpty();
  }

  private static RulesCheck.Result typed(String pattern, String announcement, String notice, String person, String phone,
      String materials) {
    return RulesCheck.parse(1, new RulesInput("2", "3", "10", "12", "20", true, "", "", pattern, announcement, notice, false,
        person, phone, materials));
  }

  @Test
  void theResultAnnouncementsTypeCodeIsCheckedLikeTheOthersAndKept() {
    RulesInput base = new RulesInput("2", "3", "10", "12", "20", true, "", "", NumberPattern.DEFAULT, "抽告", "抽通", false,
        "", "", "", " 检结 ");
    assertThat(RulesCheck.parse(1, base).rules().documents().resultTypeCode()).isEqualTo("检结");
    assertThat(RulesInput.of(RulesCheck.parse(1, base).rules()).resultTypeCode()).isEqualTo("检结");
    for (String same : new String[] {"抽告", "抽通"}) {
      RulesInput clash = new RulesInput("2", "3", "10", "12", "20", true, "", "", NumberPattern.DEFAULT, "抽告", "抽通",
          false, "", "", "", same);
      assertThat(RulesCheck.parse(1, clash).of(RulesField.RESULT_TYPE_CODE).key()).isEqualTo("rules.error.typeCodesSame");
    }
    RulesInput empty = new RulesInput("2", "3", "10", "12", "20", true, "", "", NumberPattern.DEFAULT, "抽告", "抽通", false,
        "", "", "", " ");
    assertThat(RulesCheck.parse(1, empty).of(RulesField.RESULT_TYPE_CODE).key()).isEqualTo("rules.error.empty");
  }

  @Test
  void theDocumentSettingsAreCheckedAsTypedAndKeptStripped() {
    RulesCheck.Result ok = typed(" {机关代字}{类型代字}〔{年}〕{N}号 ", " 抽告 ", "抽通", " 赵立新 ", "(0932) 6231100 转 8", " 营业执照 ");
    assertThat(ok.problems()).isEmpty();
    DocumentRules d = ok.rules().documents();
    assertThat(d).isEqualTo(new DocumentRules("{机关代字}{类型代字}〔{年}〕{N}号", "抽告", "抽通", false, "赵立新",
        "(0932) 6231100 转 8", "营业执照"));
    assertThat(RulesInput.of(ok.rules())).isEqualTo(new RulesInput("2", "3", "10", "12", "20", true, "", "",
        "{机关代字}{类型代字}〔{年}〕{N}号", "抽告", "抽通", false, "赵立新", "(0932) 6231100 转 8", "营业执照"));

    assertThat(typed("{N}", "抽告", "抽通", "", "", "").of(RulesField.NUMBER_PATTERN).key())
        .isEqualTo("rules.error.patternMissing");
    assertThat(typed(NumberPattern.DEFAULT, "抽通", "抽通", "", "", "").of(RulesField.NOTICE_TYPE_CODE).key())
        .isEqualTo("rules.error.typeCodesSame");
    assertThat(typed(NumberPattern.DEFAULT, "", "抽通", "", "", "").of(RulesField.ANNOUNCEMENT_TYPE_CODE).key())
        .isEqualTo("rules.error.empty");
    assertThat(typed(NumberPattern.DEFAULT, "抽告", "抽{通}", "", "", "").of(RulesField.NOTICE_TYPE_CODE).key())
        .isEqualTo("rules.error.typeCodeBrace");
    assertThat(typed(NumberPattern.DEFAULT, "抽告", "抽通", "", "请拨打办公室", "").of(RulesField.CONTACT_PHONE).key())
        .isEqualTo("rules.error.phone");
    assertThat(typed(NumberPattern.DEFAULT, "抽告", "抽通", "", "０９３２－６２３１１００", "").of(RulesField.CONTACT_PHONE))
        .isNull();
    assertThat(typed(NumberPattern.DEFAULT, "抽告", "抽通", "名".repeat(51), "", "").of(RulesField.CONTACT_PERSON).key())
        .isEqualTo("rules.error.tooLong");
    assertThat(typed(NumberPattern.DEFAULT, "抽告", "抽通", "", "", "资".repeat(2001)).of(RulesField.MATERIALS).key())
        .isEqualTo("rules.error.tooLong");
    // a wrong number elsewhere still shows the document problems at once
    RulesCheck.Result both = RulesCheck.parse(1, new RulesInput("x", "3", "10", "12", "20", true, "", "", "{N}", "抽告",
        "抽通", true, "", "", ""));
    assertThat(both.of(RulesField.INSPECTORS_PER_TARGET)).isNotNull();
    assertThat(both.of(RulesField.NUMBER_PATTERN)).isNotNull();
  }

  @Test
  void rulesMadeWithoutDocumentSettingsHaveTheDefaults() {
    WorkingRules r = new WorkingRules(1, 2, BigDecimal.valueOf(3), BigDecimal.TEN, 12, 20, true, "", "");
    assertThat(r.documents()).isEqualTo(DocumentRules.DEFAULTS);
    assertThat(r.withDocuments(DocumentRules.DEFAULTS)).isEqualTo(r);
  }
}
