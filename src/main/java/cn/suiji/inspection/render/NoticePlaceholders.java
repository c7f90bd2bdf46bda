package cn.suiji.inspection.render;

import cn.suiji.inspection.domain.Announcement;
import cn.suiji.inspection.domain.InspectionNotice;
import cn.suiji.inspection.domain.RecordSheet;
import cn.suiji.inspection.domain.ResultAnnouncement;
import cn.suiji.inspection.domain.TaskResults;
import cn.suiji.inspection.domain.TemplateKind;
import cn.suiji.shared.docx.template.TemplateValues;
import cn.suiji.shared.docx.template.Vocabulary;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The placeholders of each template kind and what fills them from the domain records. The names
 * are the clerk's (they appear in the templates and the manual); a list's fields are written
 * {@code {{列表.字段}}}. Document text, so Chinese whatever the interface language — like the
 * templates themselves.
 */
public final class NoticePlaceholders {
  /** What a notice says when the task names no materials to prepare. */
  static final String DEFAULT_MATERIALS = "营业执照（或其他主体资格证明）以及与检查事项有关的许可证件、台账、票据、合同等资料";
  /** What stands for an inspector's certificate number that is not on file. */
  static final String NO_CERT = "（未登记）";
  private static final String TICK = "□";

  private static final Vocabulary ANNOUNCEMENT = Vocabulary.builder()
      .scalar("文号", "发文机关", "计划编号", "计划名称", "任务编号", "任务名称", "抽查类型", "抽查事项", "抽查对象范围",
          "检查开始日期", "检查结束日期", "检查机关", "抽查数量", "成文日期")
      .list("事项", "序号", "名称")
      .list("部门", "序号", "名称")
      .list("对象", "序号", "名称", "代码", "登记机关")
      .require("文号").require("任务编号").require("任务名称").require("抽查类型").require("事项.名称", "抽查事项")
      .require("抽查对象范围").require("检查开始日期").require("检查结束日期").require("检查机关", "部门.名称")
      .require("抽查数量").require("发文机关").require("成文日期")
      .build();

  private static final Vocabulary NOTICE = Vocabulary.builder()
      .scalar("文号", "对象名称", "对象代码", "任务编号", "任务名称", "检查事项", "检查开始日期", "检查结束日期", "检查方式",
          "资料清单", "实施部门", "牵头部门", "联系人", "联系电话", "发文机关", "成文日期")
      .list("事项", "序号", "名称", "依据")
      .list("人员", "序号", "部门", "姓名", "执法证号")
      .list("部门", "序号", "名称")
      .require("文号").require("对象名称").require("对象代码").require("任务编号").require("事项.名称", "检查事项")
      .require("事项.依据").require("检查开始日期").require("检查结束日期").require("人员.姓名").require("人员.执法证号")
      .require("联系人").require("联系电话").require("发文机关").require("成文日期")
      .build();

  private static final Vocabulary SHEET = Vocabulary.builder()
      .scalar("通知书文号", "任务编号", "任务名称", "对象名称", "对象代码", "地址", "法定代表人", "联系电话", "联络员",
          "检查方式选项", "检查结果选项", "后续处置选项", "检查人员")
      .list("事项", "序号", "名称", "检查要点")
      .list("人员", "序号", "姓名", "执法证号")
      .require("任务名称").require("对象名称").require("对象代码").require("事项.名称").require("检查方式选项")
      .require("检查结果选项").require("人员.姓名", "检查人员")
      .build();

  /** The 检查结果公告: no inspector's name or ID number is in its vocabulary, so no template can print one. */
  private static final Vocabulary RESULTS = Vocabulary.builder()
      .scalar("文号", "标题", "发文机关", "年度", "公告序号", "计划编号", "计划名称", "任务编号", "任务名称", "抽查类型", "检查机关",
          "公告数量", "未出结果数量", "结果说明", "成文日期")
      .list("对象", "序号", "名称", "代码", "检查完成日期", "检查结果", "备注")
      .list("部门", "序号", "名称")
      .require("发文机关").require("年度", "标题").require("公告序号", "标题").require("任务编号").require("任务名称")
      .require("抽查类型").require("检查机关", "部门.名称").require("对象.名称").require("对象.代码")
      .require("对象.检查完成日期").require("对象.检查结果").require("成文日期")
      .build();

  private NoticePlaceholders() {}

  /** The placeholders a template of {@code kind} may use and must contain. */
  public static Vocabulary of(TemplateKind kind) {
    return switch (kind) {
      case ANNOUNCEMENT -> ANNOUNCEMENT;
      case NOTICE -> NOTICE;
      case SHEET -> SHEET;
      case RESULTS -> RESULTS;
    };
  }

  /** Dates as official documents write them: 2026年4月1日. */
  static String date(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  static TemplateValues values(Announcement a) {
    TemplateValues v = new TemplateValues()
        .put("文号", a.number()).put("发文机关", a.issuer()).put("计划编号", a.planCode()).put("计划名称", a.planName())
        .put("任务编号", a.taskNumber()).put("任务名称", a.taskName()).put("抽查类型", a.directed() ? "定向" : "不定向")
        .put("抽查事项", String.join("、", a.items())).put("抽查对象范围", a.scope())
        .put("检查开始日期", date(a.from())).put("检查结束日期", date(a.to()))
        .put("检查机关", String.join("、", a.departments())).put("抽查数量", String.valueOf(a.targetCount()))
        .put("成文日期", date(a.date()));
    v.list("事项").list("部门").list("对象");
    for (int i = 0; i < a.items().size(); i++) {
      v.add("事项", "序号", String.valueOf(i + 1), "名称", a.items().get(i));
    }
    for (int i = 0; i < a.departments().size(); i++) {
      v.add("部门", "序号", String.valueOf(i + 1), "名称", a.departments().get(i));
    }
    for (int i = 0; i < a.targets().size(); i++) {
      Announcement.Listed t = a.targets().get(i);
      v.add("对象", "序号", String.valueOf(i + 1), "名称", t.name(), "代码", t.code(), "登记机关", t.registrationAuthority());
    }
    return v;
  }

  static TemplateValues values(ResultAnnouncement a) {
    TaskResults r = a.results();
    TemplateValues v = new TemplateValues()
        .put("文号", a.number()).put("标题", a.title()).put("发文机关", r.issuer())
        .put("年度", String.valueOf(a.year())).put("公告序号", String.valueOf(a.seq()))
        .put("计划编号", r.planCode().isEmpty() ? "无" : r.planCode()).put("计划名称", r.planName())
        .put("任务编号", r.taskNumber()).put("任务名称", r.taskName()).put("抽查类型", r.type())
        .put("检查机关", r.departmentNames()).put("公告数量", String.valueOf(r.rows().size()))
        .put("未出结果数量", String.valueOf(r.withoutResult()))
        .put("结果说明", r.withoutResult() == 0 ? "本次抽查的检查对象均已形成检查结果。"
            : "另有" + r.withoutResult() + "户检查对象尚未形成检查结果，形成后另行公告。")
        .put("成文日期", date(a.date()));
    v.list("对象").list("部门");
    for (int i = 0; i < r.rows().size(); i++) {
      TaskResults.Row row = r.rows().get(i);
      v.add("对象", "序号", String.valueOf(i + 1), "名称", row.name(), "代码", row.code(), "检查完成日期",
          row.formedOn().toString(), "检查结果", row.resultText(), "备注", row.remark());
    }
    for (int i = 0; i < r.departments().size(); i++) {
      v.add("部门", "序号", String.valueOf(i + 1), "名称", r.departments().get(i));
    }
    return v;
  }

  static TemplateValues values(InspectionNotice n) {
    List<String> departments = n.departments().stream().map(InspectionNotice.Party::department).toList();
    TemplateValues v = new TemplateValues()
        .put("文号", n.number()).put("对象名称", n.addressee()).put("对象代码", n.addresseeCode())
        .put("任务编号", n.taskNumber()).put("任务名称", n.taskName())
        .put("检查事项", n.items().stream().map(InspectionNotice.Item::name).collect(Collectors.joining("、")))
        .put("检查开始日期", date(n.from())).put("检查结束日期", date(n.to()))
        .put("检查方式", String.join("、", n.methods()))
        .put("资料清单", n.materials().isBlank() ? DEFAULT_MATERIALS : n.materials().strip())
        .put("实施部门", String.join("、", departments)).put("牵头部门", departments.isEmpty() ? n.issuer() : departments.get(0))
        .put("联系人", n.contactPerson()).put("联系电话", n.contactPhone())
        .put("发文机关", n.issuer()).put("成文日期", date(n.date()));
    v.list("事项").list("人员").list("部门");
    for (int i = 0; i < n.items().size(); i++) {
      InspectionNotice.Item item = n.items().get(i);
      v.add("事项", "序号", String.valueOf(i + 1), "名称", item.name(), "依据", item.legalBasis());
    }
    int k = 0;
    for (InspectionNotice.Party party : n.departments()) {
      for (InspectionNotice.Officer o : party.inspectors()) {
        v.add("人员", "序号", String.valueOf(++k), "部门", party.department(), "姓名", o.name(), "执法证号", cert(o));
      }
    }
    for (int i = 0; i < departments.size(); i++) {
      v.add("部门", "序号", String.valueOf(i + 1), "名称", departments.get(i));
    }
    return v;
  }

  static TemplateValues values(RecordSheet s) {
    TemplateValues v = new TemplateValues()
        .put("通知书文号", s.noticeNumber()).put("任务编号", s.taskNumber()).put("任务名称", s.taskName())
        .put("对象名称", s.targetName()).put("对象代码", s.targetCode()).put("地址", s.address())
        .put("法定代表人", s.legalRepresentative()).put("联系电话", s.phone()).put("联络员", s.liaison())
        .put("检查方式选项", ticks(s.methods())).put("检查结果选项", ticks(s.resultOptions()))
        .put("后续处置选项", ticks(s.followUpOptions()))
        .put("检查人员", s.inspectors().stream().map(o -> o.name() + "（执法证号：" + cert(o) + "）")
            .collect(Collectors.joining("、")));
    v.list("事项").list("人员");
    for (int i = 0; i < s.items().size(); i++) {
      RecordSheet.Row row = s.items().get(i);
      v.add("事项", "序号", String.valueOf(i + 1), "名称", row.item(), "检查要点", row.checkPoints());
    }
    for (int i = 0; i < s.inspectors().size(); i++) {
      InspectionNotice.Officer o = s.inspectors().get(i);
      v.add("人员", "序号", String.valueOf(i + 1), "姓名", o.name(), "执法证号", cert(o));
    }
    return v;
  }

  private static String cert(InspectionNotice.Officer o) {
    return o.certNo().isBlank() ? NO_CERT : o.certNo();
  }

  /** Options to tick on paper: □书面检查　□实地核查 … */
  private static String ticks(List<String> options) {
    return options.stream().map(o -> TICK + o).collect(Collectors.joining("　"));
  }
}
