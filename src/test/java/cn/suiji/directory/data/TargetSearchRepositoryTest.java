package cn.suiji.directory.data;

import static cn.suiji.shared.db.generated.Tables.TARGET;
import static cn.suiji.shared.db.generated.Tables.TARGET_NAME_GRAM;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.directory.TestTargets;
import cn.suiji.directory.domain.RiskClass;
import cn.suiji.directory.domain.SearchField;
import cn.suiji.directory.domain.TargetKind;
import cn.suiji.directory.domain.TargetQuery;
import cn.suiji.directory.domain.TargetRow;
import cn.suiji.directory.domain.TargetSort;
import cn.suiji.directory.domain.TargetStatus;
import cn.suiji.shared.db.Database;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TargetSearchRepositoryTest {
  private final TargetSearchRepository repository = new TargetSearchRepository();
  private Database db;
  private DSLContext dsl;

  @BeforeEach
  void sample() {
    db = Database.inMemory("search-" + UUID.randomUUID());
    dsl = db.dsl();
    TestTargets.sample(dsl);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private List<String> names(TargetQuery q) {
    return repository.page(dsl, q, 0, 100).stream().map(TargetRow::name).toList();
  }

  private static TargetQuery text(String text, SearchField field) {
    return TargetQuery.all().withText(text, field);
  }

  @Test
  void findsANameByAnyPartOfTwoOrMoreCharacters() {
    assertThat(names(text("华鑫", SearchField.NAME))).containsExactly("崇信县华鑫商贸有限公司", "锦屏镇华鑫农民专业合作社");
    assertThat(names(text("华鑫商贸", SearchField.AUTO))).containsExactly("崇信县华鑫商贸有限公司");
    assertThat(names(text("专业合作社", SearchField.NAME))).containsExactly("锦屏镇华鑫农民专业合作社");
    assertThat(names(text("鑫华", SearchField.NAME))).isEmpty();
  }

  @Test
  void findsANameByOneCharacterIncludingTheLast() {
    assertThat(names(text("源", SearchField.NAME))).containsExactly("崇信县鑫源副食店");
    assertThat(names(text("社", SearchField.NAME))).containsExactly("锦屏镇华鑫农民专业合作社");
    assertThat(names(text("鑫", SearchField.NAME))).hasSize(3);
  }

  @Test
  void likeWildcardsInTheSearchAreTakenLiterally() {
    assertThat(names(text("100%", SearchField.NAME))).containsExactly("崇信县100%纯净水厂");
    assertThat(names(text("%", SearchField.NAME))).containsExactly("崇信县100%纯净水厂");
    assertThat(names(text("钱_", SearchField.LEGAL_REP))).hasSize(1);
    assertThat(names(text("钱", SearchField.LEGAL_REP).withText("_", SearchField.LEGAL_REP))).isEmpty();
  }

  @Test
  void findsAUsccPrefixTypedInLowerCaseFullWidthOrWithSpaces() {
    assertThat(names(text("92620823ma71", SearchField.AUTO))).containsExactly("崇信县鑫源副食店");
    assertThat(names(text("９２６２０８２３ＭＡ７１", SearchField.AUTO))).containsExactly("崇信县鑫源副食店");
    assertThat(names(text(" 9262 0823-MA71 ", SearchField.CODE))).containsExactly("崇信县鑫源副食店");
    assertThat(names(text("91620823MA7", SearchField.AUTO))).hasSize(3);
  }

  @Test
  void digitsAlsoFindTheLegacyRegistrationNumber() {
    assertThat(names(text("6208236000", SearchField.AUTO))).containsExactly("崇信县张伟餐饮店");
    assertThat(names(text("9", SearchField.CODE))).hasSize(5);
  }

  @Test
  void findsTheLegalRepresentativeByTheStartOfTheName() {
    assertThat(names(text("张伟", SearchField.LEGAL_REP))).containsExactlyInAnyOrder("锦屏镇华鑫农民专业合作社", "崇信县张伟餐饮店");
    assertThat(names(text("张", SearchField.LEGAL_REP))).hasSize(2);
    assertThat(names(text("伟", SearchField.LEGAL_REP))).isEmpty();
  }

  @Test
  void eachFilterAndTheirCombinations() {
    TargetQuery all = TargetQuery.all();
    assertThat(names(all)).hasSize(6);
    assertThat(names(all.withTownship("城关镇"))).hasSize(3);
    assertThat(names(all.withIndustry("F5211"))).containsExactlyInAnyOrder("崇信县华鑫商贸有限公司", "=1+1 商行");
    assertThat(names(all.withKind(TargetKind.INDIVIDUAL))).hasSize(2);
    assertThat(names(all.withStatus(TargetStatus.OPERATING))).hasSize(3);
    assertThat(names(all.withAbnormal(true))).containsExactlyInAnyOrder("崇信县鑫源副食店", "崇信县张伟餐饮店");
    assertThat(names(all.withAbnormal(false))).hasSize(4);
    assertThat(names(all.withSeriousViolation(true))).containsExactlyInAnyOrder("崇信县张伟餐饮店", "=1+1 商行");
    assertThat(names(all.withRiskClass(RiskClass.A))).hasSize(2);
    assertThat(names(all.withTownship("城关镇").withKind(TargetKind.INDIVIDUAL).withAbnormal(true))).hasSize(2);
    assertThat(names(all.withTownship("城关镇").withIndustry("F5211").withStatus(TargetStatus.OPERATING)))
        .containsExactly("崇信县华鑫商贸有限公司");
    assertThat(names(text("崇信县", SearchField.NAME).withTownship("黄花乡"))).containsExactly("崇信县100%纯净水厂");
    assertThat(names(all.withTownship("城关镇").withRiskClass(RiskClass.B))).isEmpty();
  }

  @Test
  void ordersByTheChosenColumnBothWays() {
    List<String> up = names(TargetQuery.all().sortedBy(TargetSort.TOWNSHIP, true));
    List<String> down = names(TargetQuery.all().sortedBy(TargetSort.TOWNSHIP, false));
    List<String> reversed = new java.util.ArrayList<>(up);
    java.util.Collections.reverse(reversed);
    assertThat(down).containsExactlyElementsOf(reversed);
    assertThat(names(TargetQuery.all().sortedBy(TargetSort.CODE, true)).get(0)).isEqualTo("崇信县张伟餐饮店");
  }

  @Test
  void countsStopAtTheCap() {
    assertThat(repository.count(dsl, TargetQuery.all(), 100)).isEqualTo(6);
    assertThat(repository.count(dsl, TargetQuery.all(), 4)).isEqualTo(4);
    assertThat(repository.count(dsl, text("鑫", SearchField.NAME), 100)).isEqualTo(3);
  }

  @Test
  void filterChoicesComeFromTheTargets() {
    assertThat(repository.townships(dsl)).containsExactly("城关镇", "锦屏镇", "黄花乡");
    assertThat(repository.industries(dsl)).extracting(i -> i.code()).containsExactly("A0111", "C1522", "F5211", "F5221", "H6210");
  }

  @Test
  void theGramTableFollowsInsertUpdateAndDeleteThroughPlainSql() {
    long id = TestTargets.insert(dsl, "平凉市新华书店", "91620800MA75DDDD3D", null, "孙八", "城关镇", "F5243",
        "ENTERPRISE", "OPERATING", "", null);
    assertThat(grams(id)).isEqualTo(TargetNameGrams.of("平凉市新华书店")).contains("平凉", "书店", "店");
    assertThat(names(text("新华", SearchField.NAME))).containsExactly("平凉市新华书店");

    dsl.update(TARGET).set(TARGET.NAME, "平凉市文华书局").where(TARGET.ID.eq(id)).execute();
    assertThat(grams(id)).isEqualTo(TargetNameGrams.of("平凉市文华书局"));
    assertThat(names(text("新华", SearchField.NAME))).isEmpty();
    assertThat(names(text("文华书局", SearchField.NAME))).containsExactly("平凉市文华书局");

    dsl.update(TARGET).set(TARGET.PHONE, "0933-1234567").where(TARGET.ID.eq(id)).execute();
    assertThat(grams(id)).isEqualTo(TargetNameGrams.of("平凉市文华书局"));

    dsl.deleteFrom(TARGET).where(TARGET.ID.eq(id)).execute();
    assertThat(grams(id)).isEmpty();
    assertThat(dsl.fetchCount(TARGET_NAME_GRAM)).isEqualTo(allGramsOfAllNames());
  }

  @Test
  void theTriggerDeletesAGramByItsKeyNotByAScan() {
    // a renamed or deleted target's grams are deleted by their exact keys, or deleting a
    // county's targets would scan the table per row
    String plan = dsl.fetchValue("EXPLAIN DELETE FROM target_name_key WHERE k = 42").toString();
    assertThat(plan).containsIgnoringCase("PRIMARY_KEY").doesNotContainIgnoringCase("tableScan");
  }

  @Test
  void theKeysOfAGramAreOneRangeAndTheViewReadsThemBack() {
    long id = TestTargets.insert(dsl, "𠀋华书店", null, null, null, null, null, "ENTERPRISE", "OPERATING", "", null);
    // a character outside the BMP is two UTF-16 units, as H2's SUBSTRING counts them
    assertThat(grams(id)).isEqualTo(TargetNameGrams.of("𠀋华书店"));
    long code = TargetNameGrams.code("书店");
    assertThat(TargetNameGrams.key("书店", id)).isBetween(TargetNameGrams.first(code), TargetNameGrams.last(code));
    assertThat(TargetNameGrams.id(TargetNameGrams.key("书店", id))).isEqualTo(id);
    assertThat(TargetNameGrams.key("书", id)).isLessThan(TargetNameGrams.first(code))
        .isGreaterThanOrEqualTo(TargetNameGrams.first(TargetNameGrams.code("书")));
    assertThat(names(text("𠀋华", SearchField.NAME))).containsExactly("𠀋华书店");
  }

  @Test
  void aRolledBackInsertLeavesNoGrams() {
    int before = dsl.fetchCount(TARGET_NAME_GRAM);
    try {
      dsl.transaction(trx -> {
        TestTargets.insert(trx.dsl(), "回滚测试商店", null, null, null, null, null, "ENTERPRISE", "OPERATING", "", null);
        throw new IllegalStateException("roll back");
      });
    } catch (IllegalStateException expected) {
      // rolled back
    }
    assertThat(dsl.fetchCount(TARGET_NAME_GRAM)).isEqualTo(before);
  }

  private Set<String> grams(long id) {
    return new HashSet<>(dsl.select(TARGET_NAME_GRAM.GRAM).from(TARGET_NAME_GRAM)
        .where(TARGET_NAME_GRAM.TARGET_ID.eq(id)).fetch(TARGET_NAME_GRAM.GRAM));
  }

  private int allGramsOfAllNames() {
    return dsl.select(TARGET.NAME).from(TARGET).fetch(TARGET.NAME).stream().mapToInt(n -> TargetNameGrams.of(n).size()).sum();
  }
}
