package cn.suiji.demo.domain;

import cn.suiji.demo.domain.CountyFacts.Dept;
import cn.suiji.demo.domain.DemoCounty.Plan;
import cn.suiji.demo.domain.DemoCounty.Rules;
import cn.suiji.demo.domain.DemoCounty.Task;
import cn.suiji.directory.domain.TargetKind;
import cn.suiji.plan.domain.InspectionMode;
import cn.suiji.plan.domain.TaskStatus;
import cn.suiji.plan.domain.TaskType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The working rules and the annual plans of the demo county's departments. The tasks are fixed
 * (no randomness): 16 tasks, 2–4 per department, directed and undirected, three with per-risk-class
 * ratios, six joint. Item codes refer to {@code items.tsv} in file order per department.
 */
final class PlanFactory {
  private static final String RECUSAL_RULE = "执法检查人员与检查对象有近亲属关系、曾在检查对象任职未满三年或者存在其他"
      + "利害关系的，应当主动申请回避；本人未申请回避的，由部门负责人决定其回避。";

  /** Who answers the telephone about a notice, per department in {@link CountyFacts#DEPARTMENTS} order. */
  private static final List<String> CONTACTS = List.of("赵立新", "孙秀兰", "周文博", "吴建国", "郑海燕", "王晓梅");

  private final List<Plan> plans = new ArrayList<>();
  private final List<Task> pending = new ArrayList<>();

  List<Rules> rules() {
    return CountyFacts.DEPARTMENTS.stream().map(PlanFactory::rules).toList();
  }

  private static Rules rules(Dept d) {
    String text = String.join("\n",
        d.name() + "“双随机、一公开”抽查工作细则",
        "一、本局对本部门抽查事项清单内的事项，按照年度抽查工作计划，从检查对象名录库中随机抽取检查对象，"
            + "从执法检查人员名录库中随机选派执法检查人员。",
        "二、每个检查对象至少选派2名执法检查人员；执法检查人员应当出示行政执法证件。",
        "三、不定向抽查的比例不低于辖区检查对象总数的3%，定向抽查的比例不低于所选范围的10%；"
            + "列入经营异常名录或者严重违法失信名单的，可以全部检查。",
        "四、同一检查对象12个月内已就同一事项接受检查的，不再抽取。",
        "五、抽查结果自检查结束之日起20个工作日内通过国家企业信用信息公示系统（甘肃）公示。",
        "六、抽取过程全程留痕，由监督人员现场监督，抽取记录存档备查。");
    int n = CountyFacts.DEPARTMENTS.indexOf(d);
    return new Rules(d.code(), 2, new BigDecimal("3.00"), new BigDecimal("10.00"), 12, 20, true, RECUSAL_RULE, text,
        CONTACTS.get(n), String.format("0932-%07d", 6_231_100 + 11 * n));
  }

  List<Plan> plans() {
    plans.clear();
    task("SCJGJ", "企业公示信息及登记事项抽查", TaskType.UNDIRECTED, null, classes("2", "5", "30", "80"),
        scope(List.of(), List.of(), List.of(TargetKind.ENTERPRISE)), "04-01", "06-30",
        items("SCJGJ", 1, 2, 25, 28));
    task("SCJGJ", "个体工商户年度报告及登记事项抽查", TaskType.UNDIRECTED, "3", null,
        scope(List.of(), List.of(), List.of(TargetKind.INDIVIDUAL)), "07-01", "09-30", items("SCJGJ", 3, 4, 5));
    task("SCJGJ", "餐饮服务单位食品安全联合抽查", TaskType.DIRECTED, "10", null,
        scope(List.of(), List.of("6210", "6220", "6231", "6291"), List.of()), "05-06", "07-31",
        items("SCJGJ", 9, 10), items("WJJ", 2, 10), "WJJ");
    task("SCJGJ", "城关镇建材五金经营者商品质量抽查", TaskType.DIRECTED, "15", null,
        scope(List.of("城关镇"), List.of("5165", "5281", "5287"), List.of()), "08-03", "10-30",
        items("SCJGJ", 15, 26));
    plan("SCJGJ", "01-16");
    task("WJJ", "公共场所卫生抽查", TaskType.DIRECTED, null, classes("5", "10", "30", "100"),
        scope(List.of(), List.of("6110", "6121", "6129", "6130", "8051", "8052"), List.of()), "03-16", "05-29",
        items("WJJ", 1, 2, 3, 11));
    task("WJJ", "诊所依法执业抽查", TaskType.DIRECTED, "30", null,
        scope(List.of(), List.of("8425"), List.of()), "09-01", "11-30", items("WJJ", 6, 7, 12));
    plan("WJJ", "01-19");
    task("WLJ", "旅游市场联合抽查", TaskType.DIRECTED, "20", null,
        scope(List.of(), List.of("7291", "7861", "6110", "6121", "6130"), List.of()), "04-13", "06-12",
        items("WLJ", 1, 2, 3, 4, 10), items("SCJGJ", 26, 30), "SCJGJ");
    task("WLJ", "娱乐场所和网吧抽查", TaskType.DIRECTED, "20", null,
        scope(List.of(), List.of("9011", "9013"), List.of()), "07-06", "09-25", items("WLJ", 5, 6));
    task("WLJ", "文化市场不定向抽查", TaskType.UNDIRECTED, "5", null, TaskScope.ALL, "10-12", "12-18",
        items("WLJ", 7, 8, 9));
    plan("WLJ", "01-20");
    task("YJJ", "危险化学品经营储存联合抽查", TaskType.DIRECTED, "30", null,
        scope(List.of(), List.of("2619", "2625", "5162", "5167", "5265"), List.of()), "03-02", "04-30",
        items("YJJ", 4, 7, 8), items("SHJ", 9), "SHJ");
    task("YJJ", "工贸企业安全生产抽查", TaskType.UNDIRECTED, null, classes("3", "10", "30", "80"),
        scope(List.of(), List.of(), List.of(TargetKind.ENTERPRISE)), "05-11", "08-28", items("YJJ", 1, 2, 3, 6));
    task("YJJ", "非煤矿山安全生产全覆盖检查", TaskType.DIRECTED, "100", null,
        scope(List.of(), List.of("1011", "1019"), List.of()), "06-01", "06-30", items("YJJ", 4, 5, 10));
    plan("YJJ", "01-21");
    task("SHJ", "排污单位不定向抽查", TaskType.UNDIRECTED, "5", null,
        scope(List.of(), List.of(), List.of(TargetKind.ENTERPRISE)), "04-01", "10-30", items("SHJ", 1, 2, 7, 8));
    task("SHJ", "建筑施工扬尘污染联合抽查", TaskType.DIRECTED, "10", null,
        scope(List.of(), List.of("3021", "3031", "4710", "4813", "5012"), List.of()), "03-23", "05-29",
        items("SHJ", 5), items("YJJ", 5), "YJJ");
    plan("SHJ", "01-22");
    task("JYJ", "校外培训机构联合抽查", TaskType.DIRECTED, "30", null,
        scope(List.of(), List.of("8391", "8393", "8394"), List.of()), "07-13", "08-28",
        items("JYJ", 2, 3), items("SCJGJ", 25, 26), "SCJGJ");
    task("JYJ", "民办幼儿园办园行为联合抽查", TaskType.DIRECTED, "50", null,
        scope(List.of(), List.of("8310"), List.of()), "09-07", "11-27", items("JYJ", 4, 7, 8), items("WJJ", 5), "WJJ");
    plan("JYJ", "01-23");
    return List.copyOf(plans);
  }

  private void task(String lead, String name, TaskType type, @Nullable String ratio, String @Nullable [] classes,
      TaskScope scope, String start, String end, List<String> items) {
    task(lead, name, type, ratio, classes, scope, start, end, items, List.of(), null);
  }

  private void task(String lead, String name, TaskType type, @Nullable String ratio, String @Nullable [] classes,
      TaskScope scope, String start, String end, List<String> items, List<String> partnerItems,
      @Nullable String partner) {
    String code = String.format("%d-%s-%02d", DemoGenerator.PLAN_YEAR, lead, pending.size() + 1);
    List<String> allItems = new ArrayList<>(items);
    allItems.addAll(partnerItems);
    pending.add(new Task(code, name, type, lead, decimal(ratio), classes == null ? null : decimal(classes[0]),
        classes == null ? null : decimal(classes[1]), classes == null ? null : decimal(classes[2]),
        classes == null ? null : decimal(classes[3]), scope, day(start), day(end), InspectionMode.COUNTY_COUNTY,
        TaskStatus.PLANNED, allItems, partner == null ? List.of() : List.of(partner)));
  }

  private void plan(String department, String filed) {
    Dept d = CountyFacts.department(department);
    LocalDate filedDate = day(filed);
    plans.add(new Plan(department, DemoGenerator.PLAN_YEAR,
        d.name() + DemoGenerator.PLAN_YEAR + "年度“双随机、一公开”抽查工作计划",
        "JH" + CountyFacts.AREA_CODE + DemoGenerator.PLAN_YEAR + String.format("%02d", plans.size() + 1), filedDate,
        filedDate.plusDays(7), pending));
    pending.clear();
  }

  /** The codes of a department's items by their position in {@code items.tsv} (1-based). */
  private static List<String> items(String department, int... positions) {
    List<String> codes = new ArrayList<>();
    for (int p : positions) {
      codes.add(DemoGenerator.itemCode(department, p));
    }
    return codes;
  }

  private static String[] classes(String a, String b, String c, String d) {
    return new String[] {a, b, c, d};
  }

  private static TaskScope scope(List<String> townships, List<String> industries, List<TargetKind> kinds) {
    return new TaskScope(townships, industries, kinds);
  }

  private static @Nullable BigDecimal decimal(@Nullable String value) {
    return value == null ? null : new BigDecimal(value).setScale(2);
  }

  private static LocalDate day(String monthDay) {
    return LocalDate.parse(DemoGenerator.PLAN_YEAR + "-" + monthDay);
  }
}
