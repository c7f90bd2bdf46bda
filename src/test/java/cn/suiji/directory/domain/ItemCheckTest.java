package cn.suiji.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemCheckTest {
  private static Map<ItemField, String> good() {
    Map<ItemField, String> m = new EnumMap<>(ItemField.class);
    m.put(ItemField.CODE, "sx-scjgj-01");
    m.put(ItemField.NAME, " 企业公示信息情况的检查\u3000");
    m.put(ItemField.LEGAL_BASIS, "《企业信息公示暂行条例》第十四条");
    m.put(ItemField.TARGET_KIND, "企业");
    m.put(ItemField.METHOD, "书面检查");
    m.put(ItemField.RATIO, "3%");
    m.put(ItemField.FREQUENCY, "1");
    m.put(ItemField.ITEM_CLASS, "一般");
    m.put(ItemField.VALID_FROM, "2025-01-01");
    return m;
  }

  private static ItemCheck.Result check(Map<ItemField, String> m) {
    return ItemCheck.check(7, f -> m.getOrDefault(f, ""));
  }

  @Test
  void aGoodRowBecomesAnItemWithTrimmedTextAndUpperCaseCode() {
    ItemCheck.Result r = check(good());
    assertThat(r.problems()).isEmpty();
    InspectionItem i = r.item();
    assertThat(i.code()).isEqualTo("SX-SCJGJ-01");
    assertThat(i.name()).isEqualTo("企业公示信息情况的检查");
    assertThat(i.departmentId()).isEqualTo(7);
    assertThat(i.ratioPercent()).isEqualByComparingTo("3");
    assertThat(i.frequencyPerYear()).isEqualTo(1);
    assertThat(i.itemClass()).isEqualTo(ItemClass.GENERAL);
    assertThat(i.targetKind()).isEqualTo(TargetKind.ENTERPRISE);
    assertThat(i.validFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(i.validTo()).isNull();
    assertThat(i.subItem()).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "3%|3.00", "3|3.00", "0.03|3.00", "３％|3.00", "100%|100.00", "0.5%|0.50", "1|1.00", "12.5|12.50", "0.125|12.50"})
  void ratiosInThreeNotationsAreAPercentage(String text, String percent) {
    assertThat(ItemCheck.ratio(text)).isEqualTo(new BigDecimal(percent));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"0", "0%", "-3", "101", "100.5%", "三成", "3%%", "0.00001"})
  void ratiosOutsideZeroToHundredAreRefused(String text) {
    assertThat(ItemCheck.ratio(text)).isNull();
    Map<ItemField, String> m = good();
    m.put(ItemField.RATIO, text);
    ItemCheck.Result r = check(m);
    assertThat(r.item()).isNull();
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo(ItemField.RATIO);
      assertThat(p.key()).isEqualTo("directory.item.invalid.ratio");
      assertThat(p.args()).containsExactly("抽查比例", text);
    });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"1|1", "2次/年|2", "每年1次|1", "2次|2", "１|1", "1.0|1", "4 次／年|4"})
  void frequenciesAreWholeTimesPerYear(String text, int times) {
    assertThat(ItemCheck.frequency(text)).isEqualTo(times);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"0", "-1", "1.5", "每季度", "400"})
  void frequenciesBelowOneOrNotWholeAreRefused(String text) {
    assertThat(ItemCheck.frequency(text)).isNull();
  }

  @Test
  void everyMissingRequiredFieldIsReportedByItsHeader() {
    ItemCheck.Result r = check(new EnumMap<>(ItemField.class));
    assertThat(r.item()).isNull();
    assertThat(r.problems()).extracting(FieldProblem::field).containsExactly(ItemField.CODE, ItemField.NAME,
        ItemField.LEGAL_BASIS, ItemField.TARGET_KIND, ItemField.METHOD, ItemField.ITEM_CLASS, ItemField.VALID_FROM);
    assertThat(r.problems()).allSatisfy(p -> assertThat(p.key()).isEqualTo("directory.item.invalid.required"));
    assertThat(r.problems().get(2).args()).containsExactly("抽查依据");
  }

  @Test
  void aValidToBeforeValidFromIsRefused() {
    Map<ItemField, String> m = good();
    m.put(ItemField.VALID_TO, "2024/12/31");
    ItemCheck.Result r = check(m);
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo(ItemField.VALID_TO);
      assertThat(p.args()).containsExactly("失效日期", "2024-12-31", "2025-01-01");
    });
    m.put(ItemField.VALID_TO, "2025-01-01");
    assertThat(check(m).item().validTo()).isEqualTo(LocalDate.of(2025, 1, 1));
  }

  @Test
  void datesMayBeExcelSerialsOrChineseText() {
    Map<ItemField, String> m = good();
    m.put(ItemField.VALID_FROM, "45658");
    m.put(ItemField.LEGAL_REVIEW, "2024年12月16日");
    InspectionItem i = check(m).item();
    assertThat(i.validFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(i.legalReviewDate()).isEqualTo(LocalDate.of(2024, 12, 16));
    m.put(ItemField.VALID_FROM, "2025-02-30");
    assertThat(check(m).problems()).singleElement().extracting(FieldProblem::key).isEqualTo("directory.item.invalid.noSuchDay");
    m.put(ItemField.VALID_FROM, "明年");
    assertThat(check(m).problems()).singleElement().extracting(FieldProblem::key).isEqualTo("directory.item.invalid.date");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"重点|KEY", "重点检查事项|KEY", "key|KEY", "一般检查事项|GENERAL", "GENERAL|GENERAL"})
  void classesAreReadInChineseOrByName(String text, ItemClass c) {
    assertThat(ItemCheck.itemClass(text)).isEqualTo(c);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"企业|ENTERPRISE", "食品生产企业|ENTERPRISE", "个体户|INDIVIDUAL", "个体工商户|INDIVIDUAL",
      "农民专业合作社|COOPERATIVE", "产品|PRODUCT", "建设项目|PROJECT", "社会组织|OTHER_ORG", "project|PROJECT"})
  void targetKindsAreReadFromWhatTheTextSays(String text, TargetKind kind) {
    assertThat(ItemCheck.targetKind(text)).isEqualTo(kind);
  }

  @Test
  void badCodesClassesKindsAndLongTextsNameTheirColumn() {
    Map<ItemField, String> m = good();
    m.put(ItemField.CODE, "事项一");
    m.put(ItemField.ITEM_CLASS, "特别");
    m.put(ItemField.TARGET_KIND, "动物");
    m.put(ItemField.METHOD, "查".repeat(101));
    ItemCheck.Result r = check(m);
    assertThat(r.problems()).extracting(FieldProblem::key).containsExactly("directory.item.invalid.code",
        "directory.item.invalid.targetKind", "directory.item.invalid.tooLong", "directory.item.invalid.itemClass");
    assertThat(r.problems().get(2).args()).containsExactly("检查方式", 100, 101);
  }

  @Test
  void exportTextsReadBackAsTheSameValues() {
    for (TargetKind k : TargetKind.values()) {
      assertThat(ItemCheck.targetKind(ItemCheck.kindText(k))).isEqualTo(k);
    }
    for (ItemClass c : ItemClass.values()) {
      assertThat(ItemCheck.itemClass(ItemCheck.classText(c))).isEqualTo(c);
    }
    assertThat(ItemCheck.ratio(ItemCheck.ratioText(new BigDecimal("0.50")))).isEqualByComparingTo("0.5");
  }
}
