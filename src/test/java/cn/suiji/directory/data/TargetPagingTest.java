package cn.suiji.directory.data;

import static cn.suiji.shared.db.generated.Tables.TARGET;
import static cn.suiji.shared.db.generated.Tables.TARGET_NAME_GRAM;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.directory.domain.SearchField;
import cn.suiji.directory.domain.TargetQuery;
import cn.suiji.directory.domain.TargetRow;
import cn.suiji.directory.domain.TargetSort;
import cn.suiji.shared.Progress;
import cn.suiji.shared.db.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Paging and the gram table on the demo county's 20,000 targets. */
class TargetPagingTest {
  private static Services services;
  private static DSLContext dsl;
  private final TargetSearchRepository repository = new TargetSearchRepository();

  @BeforeAll
  static void demoCounty() {
    services = new Services(Database.inMemory("paging-" + UUID.randomUUID()), Clock.systemDefaultZone());
    services.demo().create(false, Progress.NONE);
    dsl = services.database().dsl();
  }

  @AfterAll
  static void close() {
    services.close();
  }

  @Test
  void pagesHaveNoDuplicatesNorGapsInAStableOrder() {
    for (TargetQuery q : List.of(TargetQuery.all().withTownship("清水镇"),
        TargetQuery.all().withTownship("清水镇").sortedBy(TargetSort.STATUS, false))) {
      List<Long> paged = new ArrayList<>();
      for (int offset = 0; ; offset += 100) {
        List<TargetRow> page = repository.page(dsl, q, offset, 100);
        page.forEach(r -> paged.add(r.id()));
        if (page.size() < 100) {
          break;
        }
      }
      Set<Long> distinct = new HashSet<>(paged);
      assertThat(distinct).hasSameSizeAs(paged);
      assertThat(paged).hasSize(dsl.fetchCount(TARGET, TARGET.TOWNSHIP.eq("清水镇")));
      assertThat(paged.size()).isGreaterThan(1000);
      assertThat(repository.page(dsl, q, 300, 100)).extracting(TargetRow::id).containsExactlyElementsOf(paged.subList(300, 400));
    }
  }

  @Test
  void aTownshipAndIndustryPageIsInNameOrderAsThePlainQueryGivesIt() {
    var pair = dsl.select(TARGET.TOWNSHIP, TARGET.INDUSTRY_CODE).from(TARGET)
        .where(TARGET.TOWNSHIP.isNotNull(), TARGET.INDUSTRY_CODE.isNotNull())
        .groupBy(TARGET.TOWNSHIP, TARGET.INDUSTRY_CODE).orderBy(DSL.count().desc()).limit(1).fetchOne();
    TargetQuery q = TargetQuery.all().withTownship(pair.value1()).withIndustry(pair.value2());
    List<Long> expected = dsl.select(TARGET.ID).from(TARGET)
        .where(TARGET.TOWNSHIP.eq(pair.value1()), TARGET.INDUSTRY_CODE.eq(pair.value2()))
        .orderBy(TARGET.NAME, TARGET.ID).fetch(TARGET.ID);
    assertThat(expected.size()).isGreaterThan(20);
    assertThat(repository.page(dsl, q, 0, 10)).extracting(TargetRow::id).containsExactlyElementsOf(expected.subList(0, 10));
    assertThat(repository.page(dsl, q, 10, 10)).extracting(TargetRow::id).containsExactlyElementsOf(expected.subList(10, 20));
    // V010's index read in order: the plan says so
    String plan = dsl.fetchOne("EXPLAIN " + dsl.renderInlined(dsl.selectFrom(TARGET)
        .where(repository.conditions(dsl, q)).orderBy(TARGET.TOWNSHIP, TARGET.INDUSTRY_CODE, TARGET.NAME, TARGET.ID)
        .limit(101))).get(0, String.class);
    assertThat(plan).contains("IX_TARGET_TOWNSHIP_INDUSTRY_NAME").contains("index sorted");
  }

  @Test
  void theDemoCountyIsInTheGramTable() {
    int expected = dsl.select(TARGET.NAME).from(TARGET).fetch(TARGET.NAME).stream().mapToInt(n -> TargetNameGrams.of(n).size()).sum();
    assertThat(dsl.fetchCount(TARGET_NAME_GRAM)).isEqualTo(expected);
  }

  @Test
  void aContainsSearchFindsWhatAScanFinds() {
    String name = dsl.select(TARGET.NAME).from(TARGET).orderBy(TARGET.ID).offset(777).limit(1).fetchOne(TARGET.NAME);
    for (String fragment : List.of(name.substring(3, 6), name.substring(4, 5), name.substring(2, 4), "有限公司", "县")) {
      TargetQuery q = TargetQuery.all().withText(fragment, SearchField.NAME);
      List<Long> scanned = dsl.select(TARGET.ID).from(TARGET).where(TARGET.NAME.contains(fragment))
          .orderBy(TARGET.NAME, TARGET.ID).limit(100).fetch(TARGET.ID);
      assertThat(repository.page(dsl, q, 0, 100)).extracting(TargetRow::id).as(fragment).containsExactlyElementsOf(scanned);
    }
  }
}
