package cn.suiji.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.shared.l10n.Messages;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetCheckTest {
  private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);

  private static TargetCheck.Result check(int row, Object... fieldsAndValues) {
    Map<TargetField, String> cells = new EnumMap<>(TargetField.class);
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      cells.put((TargetField) fieldsAndValues[i], (String) fieldsAndValues[i + 1]);
    }
    return TargetCheck.check(row, f -> cells.getOrDefault(f, ""));
  }

  private static String reason(TargetCheck.Result r) {
    assertThat(r.ok()).as("expected a refusal").isFalse();
    return ZH.describe(r.problem().reason());
  }

  @Test
  void aCompleteRowBecomesATargetKeyedByItsUscc() {
    TargetCheck.Result r = check(3, TargetField.USCC, "91350100M000100Y43", TargetField.NAME, "某某县兴隆商贸有限公司",
        TargetField.STATUS, "在营（开业）", TargetField.FOUNDED, "2019年3月5日", TargetField.PHONE, "13993312345",
        TargetField.ABNORMAL, "是", TargetField.RISK_CLASS, "b类", TargetField.INDUSTRY, "F5212 百货零售");
    assertThat(r.ok()).isTrue();
    Target t = r.target();
    assertThat(t.objectKey()).isEqualTo("91350100M000100Y43");
    assertThat(t.status()).isEqualTo(TargetStatus.OPERATING);
    assertThat(t.foundedDate()).isEqualTo(LocalDate.of(2019, 3, 5));
    assertThat(t.abnormal()).isTrue();
    assertThat(t.seriousViolation()).isFalse();
    assertThat(t.riskClass()).isEqualTo(RiskClass.B);
    assertThat(t.industryCode()).isEqualTo("F5212");
    assertThat(t.industryName()).isEqualTo("百货零售");
    assertThat(t.kind()).isEqualTo(TargetKind.ENTERPRISE);
  }

  @Test
  void aBadUsccCheckCharacterIsRefusedNamingTheFieldAndTheRow() {
    TargetCheck.Result r = check(7, TargetField.USCC, "91350100M000100Y44", TargetField.NAME, "甲公司");
    assertThat(r.problem().row()).isEqualTo(7);
    assertThat(r.problem().field()).isEqualTo(TargetField.USCC);
    assertThat(reason(r)).contains("统一社会信用代码").contains("第18位应为“3”");
  }

  @Test
  void aBadRegNoIsRefusedNamingTheRegNo() {
    TargetCheck.Result r = check(8, TargetField.REG_NO, "110108000000017", TargetField.NAME, "乙商行");
    assertThat(r.problem().row()).isEqualTo(8);
    assertThat(r.problem().field()).isEqualTo(TargetField.REG_NO);
    assertThat(reason(r)).contains("注册号");
  }

  @Test
  void aMissingNameIsRefused() {
    TargetCheck.Result r = check(9, TargetField.USCC, "91350100M000100Y43", TargetField.NAME, "\u3000 ");
    assertThat(r.problem().row()).isEqualTo(9);
    assertThat(r.problem().field()).isEqualTo(TargetField.NAME);
    assertThat(reason(r)).contains("企业名称");
  }

  @Test
  void anUnknownStatusIsRefusedWithTheValue() {
    TargetCheck.Result r = check(10, TargetField.USCC, "91350100M000100Y43", TargetField.NAME, "甲", TargetField.STATUS, "歇业中");
    assertThat(r.problem().field()).isEqualTo(TargetField.STATUS);
    assertThat(reason(r)).contains("登记状态").contains("歇业中");
  }

  @Test
  void aBadDateIsRefusedWithTheValue() {
    TargetCheck.Result r = check(11, TargetField.USCC, "91350100M000100Y43", TargetField.NAME, "甲", TargetField.FOUNDED, "2019-02-30");
    assertThat(r.problem().field()).isEqualTo(TargetField.FOUNDED);
    assertThat(reason(r)).contains("成立日期").contains("2019-02-30");
  }

  @Test
  void bothCodesMissingIsRefused() {
    TargetCheck.Result r = check(12, TargetField.NAME, "甲");
    assertThat(r.problem().row()).isEqualTo(12);
    assertThat(reason(r)).contains("统一社会信用代码").contains("注册号");
  }

  @Test
  void codesAreNormalisedBeforeChecking() {
    TargetCheck.Result r = check(2, TargetField.USCC, "\u3000９１３５０１００ｍ０００-１００ y４３ ", TargetField.NAME, "甲");
    assertThat(r.target().uscc()).isEqualTo("91350100M000100Y43");
  }

  @Test
  void fifteenDigitsInTheCreditCodeColumnAreARegNo() {
    TargetCheck.Result r = check(2, TargetField.USCC, "110108000000016", TargetField.NAME, "老字号商店");
    assertThat(r.target().uscc()).isNull();
    assertThat(r.target().regNo()).isEqualTo("110108000000016");
    assertThat(r.target().objectKey()).isEqualTo("110108000000016");
  }

  @Test
  void kindIsReadOrInferredFromTheUscc() {
    assertThat(check(2, TargetField.USCC, "91350100M000100Y43", TargetField.NAME, "甲", TargetField.KIND, "个体工商户")
        .target().kind()).isEqualTo(TargetKind.INDIVIDUAL);
    assertThat(check(2, TargetField.USCC, "91350100M000100Y43", TargetField.NAME, "甲", TargetField.KIND, "有限责任公司（自然人独资）")
        .target().kind()).isEqualTo(TargetKind.ENTERPRISE);
    String individual = "92350100M000100Y4";
    individual += cn.suiji.shared.ids.Uscc.checkChar(individual);
    assertThat(check(2, TargetField.USCC, individual, TargetField.NAME, "甲").target().kind()).isEqualTo(TargetKind.INDIVIDUAL);
    assertThat(reason(check(2, TargetField.USCC, "91350100M000100Y43", TargetField.NAME, "甲", TargetField.KIND, "外星机构")))
        .contains("市场主体类型");
  }

  @Test
  void statusesOfTheProvincialSystemAreRecognised() {
    Map<String, TargetStatus> cases = Map.of("存续", TargetStatus.EXISTING, "在业", TargetStatus.OPERATING,
        "开业", TargetStatus.OPERATING, "吊销，未注销", TargetStatus.REVOKED, "注销", TargetStatus.CANCELLED,
        "迁出", TargetStatus.MOVED_OUT, "", TargetStatus.EXISTING);
    cases.forEach((text, status) -> assertThat(check(2, TargetField.USCC, "91350100M000100Y43", TargetField.NAME, "甲",
        TargetField.STATUS, text).target().status()).as(text).isEqualTo(status));
  }

  @Test
  void badFlagsAndRiskClassesNameTheirColumn() {
    assertThat(reason(check(2, TargetField.USCC, "91350100M000100Y43", TargetField.NAME, "甲", TargetField.SERIOUS_VIOLATION, "也许")))
        .contains("严重违法失信").contains("也许");
    assertThat(reason(check(2, TargetField.USCC, "91350100M000100Y43", TargetField.NAME, "甲", TargetField.RISK_CLASS, "E")))
        .contains("信用风险分类");
  }

  @Test
  void tooLongTextIsRefusedNamingTheColumn() {
    TargetCheck.Result r = check(4, TargetField.USCC, "91350100M000100Y43", TargetField.NAME, "甲", TargetField.PHONE, "1".repeat(41));
    assertThat(r.problem().field()).isEqualTo(TargetField.PHONE);
    assertThat(reason(r)).contains("联系电话").contains("40");
  }
}
