package cn.suiji.demo.domain;

import cn.suiji.demo.domain.Catalog.ItemLine;
import cn.suiji.demo.domain.CountyFacts.Dept;
import cn.suiji.demo.domain.DemoCounty.Department;
import cn.suiji.demo.domain.DemoCounty.Inspector;
import cn.suiji.demo.domain.DemoCounty.Item;
import cn.suiji.demo.domain.DemoCounty.Recusal;
import cn.suiji.demo.domain.DemoCounty.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Invents the demo county (青岚县) for {@code suiji demo} and the first-start choice. Pure and
 * deterministic: the same seed and size always give the same county, because every random
 * choice comes from one {@link java.util.Random} used in a fixed order.
 *
 * <p>The county has six departments, 82 inspection items valid from 2025-01-01, by default
 * 20,000 targets, 60 inspectors, 15 recusals (4 of them a target whose legal representative has
 * the inspector's name), working rules per department and a 2026 annual plan per department
 * with 16 tasks in all. Dates that depend on "today" (certificates that have expired or are
 * about to) are relative to {@link #REFERENCE_DATE}.
 */
public final class DemoGenerator {
  /** The seed {@code suiji demo} uses, so every installation shows the same county. */
  public static final long DEFAULT_SEED = 20_260_101L;
  /** How many targets a full demo county has. */
  public static final int TARGETS = 20_000;
  /** The year of the annual plans. */
  public static final int PLAN_YEAR = 2026;
  /** The "today" of the demo: some certificates expired before it, a few expire within 30 days after. */
  public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 6, 30);
  /** The day the item list takes effect. */
  public static final LocalDate ITEMS_VALID_FROM = LocalDate.of(2025, 1, 1);
  static final int RECUSALS = 15;
  static final int SAME_NAME_RECUSALS = 4;

  private DemoGenerator() {}

  /** The full demo county for {@code seed}. */
  public static DemoCounty generate(long seed) {
    return generate(seed, TARGETS);
  }

  /** A demo county with {@code targets} targets (tests use smaller ones). */
  public static DemoCounty generate(long seed, int targets) {
    if (targets < 100) {
      throw new IllegalArgumentException("a demo county needs at least 100 targets, not " + targets);
    }
    Catalog catalog = Catalog.load();
    Pick pick = new Pick(seed);
    Names names = new Names(catalog, pick);
    List<Department> departments = departments();
    List<Item> items = items(catalog.items);
    List<Target> targetList = new ArrayList<>(new TargetFactory(catalog, pick, names).make(targets));
    InspectorFactory inspectorFactory = new InspectorFactory(catalog, pick, names);
    List<Inspector> inspectors = inspectorFactory.make(items);
    List<Recusal> recusals = inspectorFactory.recusals(inspectors, targetList, RECUSALS, SAME_NAME_RECUSALS);
    PlanFactory plans = new PlanFactory();
    return new DemoCounty(CountyFacts.NAME, CountyFacts.LETTER, CountyFacts.AREA_CODE, CountyFacts.TOWNSHIPS,
        departments, items, targetList, inspectors, recusals, plans.rules(), plans.plans());
  }

  /** The code of a department's item at a 1-based position of {@code items.tsv}, e.g. {@code SX-SCJGJ-01}. */
  static String itemCode(String departmentCode, int position) {
    return String.format("SX-%s-%02d", departmentCode, position);
  }

  private static List<Department> departments() {
    List<Department> list = new ArrayList<>();
    for (Dept d : CountyFacts.DEPARTMENTS) {
      list.add(new Department(d.code(), d.name(), d.docPrefix(), list.size() + 1));
    }
    return list;
  }

  private static List<Item> items(List<ItemLine> lines) {
    Map<String, Integer> positions = new HashMap<>();
    List<Item> items = new ArrayList<>();
    for (ItemLine line : lines) {
      int position = positions.merge(line.departmentCode(), 1, Integer::sum);
      Dept dept = CountyFacts.department(line.departmentCode());
      items.add(new Item(line.departmentCode(), itemCode(line.departmentCode(), position), line.name(),
          line.legalBasis(), dept.name(), line.kind(), content(line), line.method(), line.ratio(), 1,
          "持有效行政执法证件的执法人员2名以上", line.itemClass(), LocalDate.of(2024, 12, 16),
          LocalDate.of(2024, 12, 27), ITEMS_VALID_FROM));
    }
    return items;
  }

  private static String content(ItemLine line) {
    String name = line.name();
    String what = name;
    if (name.endsWith("的检查")) {
      String subject = name.substring(0, name.length() - 3);
      what = "检查" + subject + (subject.endsWith("情况") ? "" : "情况");
    }
    return "依据" + line.legalBasis() + "，" + what + "。";
  }
}
