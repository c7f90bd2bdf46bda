package cn.suiji.inspection.render;

import static cn.suiji.inspection.render.DefaultTemplateGenerator.cell;
import static cn.suiji.inspection.render.DefaultTemplateGenerator.body;
import static cn.suiji.inspection.render.DefaultTemplateGenerator.centred;
import static cn.suiji.inspection.render.DefaultTemplateGenerator.blank;
import static cn.suiji.inspection.render.DefaultTemplateGenerator.labelled;
import static cn.suiji.inspection.render.DefaultTemplateGenerator.officialPage;
import static cn.suiji.inspection.render.DefaultTemplateGenerator.pageNumbers;
import static cn.suiji.inspection.render.DefaultTemplateGenerator.row;
import static cn.suiji.inspection.render.DefaultTemplateGenerator.signature;
import static cn.suiji.inspection.render.DefaultTemplateGenerator.table;
import static cn.suiji.inspection.render.DefaultTemplateGenerator.title;

import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * The default 检查结果公告 (DOMAIN §8), on {@link DefaultTemplateGenerator}'s GB/T 9704 page: the
 * title 「{机关}{年}年度第N号抽查任务检查结果公告」 in two lines, the 文号, the plan, task, type and
 * inspecting departments, one table row per target with a result (name, credit code, 检查完成日期,
 * 检查结果, 备注; 五号, header repeated on every page), what is still without a result, and the
 * signature kept with the last lines of text. No inspector is named: the vocabulary has none.
 */
final class ResultTemplateGenerator {
  private ResultTemplateGenerator() {}

  static void results(XWPFDocument doc) throws IOException {
    officialPage(doc);
    title(doc, "{{发文机关}}{{年度}}年度第{{公告序号}}号");
    title(doc, "抽查任务检查结果公告");
    centred(doc, "{{文号}}");
    blank(doc);
    body(doc, "根据{{计划名称}}（抽查计划编号：{{计划编号}}），{{检查机关}}依法对“{{任务名称}}”抽查任务的检查对象"
        + "实施了{{抽查类型}}抽查。现将{{公告数量}}户检查对象的检查结果公告如下：");
    labelled(doc, "一、抽查任务：", "{{任务名称}}（抽查任务编号：{{任务编号}}）。");
    labelled(doc, "二、抽查类型：", "{{抽查类型}}抽查。");
    labelled(doc, "三、检查实施机关：", "{{检查机关}}。");
    labelled(doc, "四、检查结果：", "见下表。{{结果说明}}");
    // 五号 text in a table as wide as the text block (156 mm = 8,844 twips); the credit code and the date
    // (2026-04-15) each fit on one line, in Word's fonts and in the PDF's
    XWPFTable t = table(doc, new int[] {680, 2000, 2450, 1300, 1494, 920}, 10.5);
    row(t, true, 0, cell("序号", true), cell("市场主体名称", true), cell("统一社会信用代码（注册号）", true),
        cell("检查完成日期", true), cell("检查结果", true), cell("备注", true));
    row(t, false, 0, cell("{{对象.序号}}", false), cell("{{对象.名称}}", false).left(), cell("{{对象.代码}}", false),
        cell("{{对象.检查完成日期}}", false), cell("{{对象.检查结果}}", false).left(), cell("{{对象.备注}}", false).left());
    blank(doc);
    body(doc, "对检查结果有异议的，可自本公告发布之日起向{{发文机关}}提出，并提供相关证明材料。");
    // the last lines of the text go with the signature: the issuer and date never stand on a page alone
    body(doc, "特此公告。").setKeepNext(true);
    signature(doc);
    pageNumbers(doc);
  }
}
