package cn.suiji.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.shared.audit.AuditEntry;
import cn.suiji.shared.l10n.Messages;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Each detail format the services write today, in the clerk's words; anything else as stored. */
class AuditTextTest {
  private final AuditText text = new AuditText(new Messages(Locale.SIMPLIFIED_CHINESE));

  private static AuditEntry entry(String action, String entity, String id, String detail) {
    return new AuditEntry(1, Instant.EPOCH, "王晓明", action, entity, id, null, null, detail, "0", "1");
  }

  @Test
  void anImportSaysHowManyRowsAndWhatBecameOfThem() {
    assertThat(text.summary(entry("target.import", "target", "SCJGJ",
        "检查对象 2026.xlsx read=2000 created=1990 updated=10 duplicates=0 rejected=3")))
        .isEqualTo("导入检查对象 2000 条（新增 1990，更新 10，重复 0，拒绝 3），文件 检查对象 2026.xlsx");
  }

  @Test
  void anImportWithAMemberAddedLaterStillReads() {
    assertThat(text.summary(entry("item.import", "item", "WJJ",
        "items.csv read=5 created=1 updated=0 unchanged=4 duplicates=0 rejected=0")))
        .startsWith("导入抽查事项清单 5 条（新增 1，更新 0，重复 0，拒绝 0）");
  }

  @Test
  void theDrawStepsNameTheAttemptTaskAndCode() {
    assertThat(text.summary(entry("DRAW_OPEN", "draw", "7", "task=2026-WJJ-01 attempt=1 commitment=ab12 pool=950 k=182"
        + " window=2026-03-01..2026-03-31"))).isEqualTo("开始第 1 次抽取：任务 2026-WJJ-01，对象库 950 个，抽取 182 个，承诺值 ab12");
    assertThat(text.summary(entry("DRAW_OPEN", "draw", "7", "task=T attempt=2 commitment=c pool=9 k=1 window=a..b"
        + " lateReason=窗口期内停电 两天"))).endsWith("；逾期抽取，原因：窗口期内停电 两天");
    assertThat(text.summary(entry("DRAW_PERFORM", "draw", "7", "task=T attempt=1 entropy=9 witnesses=张三,李四 code=K7")))
        .isEqualTo("第 1 次抽取已抽出：任务 T，见证人 张三、李四，核验码 K7");
    assertThat(text.summary(entry("DRAW_CONFIRM", "draw", "7", "task=2026-WJJ-01 attempt=1 inspections=182 code=8F3K")))
        .isEqualTo("确认第 1 次抽取：任务 2026-WJJ-01，182 个检查对象，核验码 8F3K");
    assertThat(text.summary(entry("DRAW_VOID", "draw", "7", "task=T attempt=3 reason=见证人未到场 改日重抽")))
        .isEqualTo("作废第 3 次抽取：任务 T，原因：见证人未到场 改日重抽");
    assertThat(text.summary(entry("DRAW_INFEASIBLE", "draw", "7",
        "task=T attempt=1 entropy=x object=91620823MA object group=WJJ eligible=1 m=2"))).contains("需要 2 个");
  }

  @Test
  void theDemoSettingsAndTasksRead() {
    assertThat(text.summary(entry("demo.create", "county", null,
        "departments=6 items=80 targets=20000 inspectors=60 recusals=12 plans=6 tasks=40 seed=1")))
        .isEqualTo("创建演示县：执法部门 6 个，抽查事项 80 项，检查对象 20000 个，执法人员 60 人，年度计划 6 个，抽查任务 40 个");
    assertThat(text.summary(entry("setting.set", "setting", "setup.done", null))).isEqualTo("修改设置：首次设置完成");
    assertThat(text.summary(entry("setting.set", "setting", "import.mapping.x", null))).isEqualTo("修改设置：import.mapping.x");
    assertThat(text.summary(entry("task.create", "task", "2026-WJJ-01", "2026-WJJ-01 食品经营 抽查 GENERAL ratio=5 count=null"
        + " classes=1/2/3/4 2026-03-01..2026-05-31 items=A,B partners= scope={} mode=SITE status=PLANNED")))
        .isEqualTo("新建抽查任务：2026-WJJ-01 食品经营 抽查（2026-03-01 至 2026-05-31）");
  }

  @Test
  void aRecordDumpIsShownAsNamedFields() {
    assertThat(text.summary(entry("inspector.update", "inspector", "SCJGJ-001",
        "Inspector[SCJGJ-001, SCJGJ, 王五, **************1234, 62000001, 2027-01-01, ON_DUTY]")))
        .isEqualTo("修改执法人员：王五（SCJGJ-001）");
    assertThat(text.fields("Department[id=3, code=WJJ, name=卫健局, docPrefix=卫, sortOrder=2, active=true]"))
        .extracting(f -> f.name() + "=" + f.value())
        .containsExactly("内部编号=3", "代码=WJJ", "名称=卫健局", "机关代字=卫", "排序=2", "启用=是");
    assertThat(text.summary(entry("inspector.status", "inspector", "SCJGJ-001", "ON_DUTY -> SECONDED")))
        .doesNotContain("ON_DUTY").contains("→");
  }

  @Test
  void changesListOnlyTheFieldsThatDiffer() {
    assertThat(text.changes("Department[id=3, code=WJJ, name=卫健局, active=true]",
        "Department[id=3, code=WJJ, name=县卫健局, active=false]"))
        .extracting(c -> c.field() + "：" + c.before() + " → " + c.after())
        .containsExactly("名称：卫健局 → 县卫健局", "启用：是 → 否");
    assertThat(text.changes(null, "Operators[王晓明=经办人]"))
        .extracting(c -> c.field() + "：" + c.before() + " → " + c.after()).containsExactly("王晓明：（空） → 经办人");
    assertThat(text.changes("宋体", "黑体")).extracting(c -> c.before() + "→" + c.after()).containsExactly("宋体→黑体");
  }

  @Test
  void anUnknownOrBrokenDetailIsShownAsStoredAndNeverThrows() {
    assertThat(text.summary(entry("something.new", "widget", "W1", "free text"))).isEqualTo("something.new：W1 free text");
    assertThat(text.summary(entry("DRAW_CONFIRM", "draw", "7", "garbled"))).isEqualTo("确认抽取结果：7 garbled");
    assertThat(text.summary(entry("target.import", "target", null, "read="))).contains("导入检查对象");
    assertThat(text.fields("Broken[a=1, [b")).isNotNull();
  }

  @Test
  void everyDrawStepHasAName() {
    Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);
    assertThat(AuditText.DRAW_KEYS).allSatisfy(k -> assertThat(zh.getOrDefault(k, "")).isNotEmpty());
  }
}
