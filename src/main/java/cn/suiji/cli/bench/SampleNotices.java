package cn.suiji.cli.bench;

import cn.suiji.inspection.domain.Announcement;
import cn.suiji.inspection.domain.InspectionNotice;
import cn.suiji.inspection.domain.RecordSheet;
import cn.suiji.shared.ids.Uscc;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated, realistic content for {@code suiji bench notices} and the renderers' tests: a joint
 * task of the fictional 青山县 (市场监管 leading, 卫健 taking part), its announcement, and per
 * target a numbered notice and a record sheet — names, valid-looking credit codes, addresses,
 * items with their legal bases and check points, inspectors with certificate numbers. One
 * notice in fifty is voided. Deterministic (fixed seed). Not data of any real county.
 */
public final class SampleNotices {
  static final String LEAD = "青山县市场监督管理局";
  static final String PARTNER = "青山县卫生健康局";
  private static final String[] TOWNS = {"城关镇", "东关镇", "新集镇", "马营乡", "石门乡", "柳树乡", "红崖镇", "北山乡"};
  private static final String[] WORDS = {"兴", "隆", "盛", "华", "鑫", "源", "泰", "丰", "达", "恒", "瑞", "祥", "福", "安",
      "康", "宏", "金", "德", "顺", "辰"};
  private static final String[] TRADES = {"商贸", "餐饮", "食品", "药业", "超市", "农资", "百货", "副食"};
  private static final String[] FORMS = {"有限公司", "有限责任公司", "商行", "经营部", "超市"};
  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "马", "郭", "何", "罗"};
  private static final String[] GIVEN = {"建国", "海燕", "志强", "丽娟", "国庆", "秀英", "文博", "晓东", "玉兰", "永刚", "红梅",
      "小军", "春花", "立新"};
  private static final String[] STREETS = {"人民路", "解放路", "新华街", "建设路", "和平路", "东大街", "西环路", "中山路"};

  /** The task's items: name, legal basis, check points. */
  private static final String[][] ITEMS = {
      {"食品经营者经营条件和经营行为的检查", "《中华人民共和国食品安全法》第三十三条、第一百一十条",
          "食品经营许可证是否在有效期内；从业人员健康证明；进货查验记录；食品贮存条件；过期食品处置"},
      {"食品安全管理制度落实情况的检查", "《中华人民共和国食品安全法》第四十四条、《食品经营许可和备案管理办法》",
          "食品安全管理人员配备及培训考核；食品安全自查记录；从业人员健康管理制度"},
      {"公示信息真实性的检查", "《企业信息公示暂行条例》第十四条、第十八条",
          "年度报告公示信息与实际是否一致；登记住所（经营场所）是否可以联系"},
      {"公共场所卫生许可及卫生管理的检查", "《公共场所卫生管理条例》第四条、《公共场所卫生管理条例实施细则》第二十二条",
          "卫生许可证公示；从业人员健康合格证明；卫生管理档案；消毒设施运转"},
  };

  private SampleNotices() {}

  /** Notices and sheets of {@code targets} drawn targets, in draw order. */
  public record Batch(Announcement announcement, List<InspectionNotice> notices, List<RecordSheet> sheets) {}

  public static Batch generate(int targets) {
    Random random = new Random(20260401L);
    LocalDate from = LocalDate.of(2026, 4, 7);
    LocalDate to = LocalDate.of(2026, 6, 30);
    LocalDate issued = LocalDate.of(2026, 4, 1);
    String taskNumber = "QS-SJ-2026-017";
    String taskName = "2026年度食品经营者及公共场所双随机联合抽查";
    List<InspectionNotice.Officer> lead = officers(random, "62082321", 12);
    List<InspectionNotice.Officer> partner = officers(random, "62082330", 8);
    List<InspectionNotice> notices = new ArrayList<>(targets);
    List<RecordSheet> sheets = new ArrayList<>(targets);
    List<Announcement.Listed> listed = new ArrayList<>(targets);
    int number = 17;
    for (int i = 0; i < targets; i++) {
      String name = "青山县" + WORDS[random.nextInt(WORDS.length)] + WORDS[random.nextInt(WORDS.length)]
          + TRADES[random.nextInt(TRADES.length)] + FORMS[random.nextInt(FORMS.length)];
      String first17 = "91620823" + String.format("MA%07d", 1000000 + random.nextInt(9000000)).substring(0, 9);
      String code = first17 + Uscc.checkChar(first17);
      String town = TOWNS[random.nextInt(TOWNS.length)];
      String address = "青山县" + town + STREETS[random.nextInt(STREETS.length)] + (1 + random.nextInt(300)) + "号";
      String person = person(random);
      String phone = "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
      boolean joint = i % 3 != 2;
      int itemCount = joint ? 3 : 2;
      List<InspectionNotice.Item> items = new ArrayList<>();
      List<RecordSheet.Row> rows = new ArrayList<>();
      for (int k = 0; k < itemCount; k++) {
        String[] item = ITEMS[joint && k == 2 ? 3 : k];
        items.add(new InspectionNotice.Item(item[0], item[1]));
        rows.add(new RecordSheet.Row(item[0], item[2]));
      }
      List<InspectionNotice.Officer> leadPick = pick(random, lead, 2);
      List<InspectionNotice.Party> parties = new ArrayList<>();
      parties.add(new InspectionNotice.Party(LEAD, leadPick));
      List<InspectionNotice.Officer> all = new ArrayList<>(leadPick);
      if (joint) {
        List<InspectionNotice.Officer> partnerPick = pick(random, partner, 2);
        parties.add(new InspectionNotice.Party(PARTNER, partnerPick));
        all.addAll(partnerPick);
      }
      boolean voided = i % 50 == 49;
      long inspection = 1000 + i;
      String noticeNumber = "青市监抽通〔2026〕" + number++ + "号";
      notices.add(new InspectionNotice(inspection, noticeNumber, voided, name, code, taskNumber, taskName, items, from,
          to, List.of("实地核查", "书面检查"), i % 4 == 0 ? "" : "营业执照、食品经营许可证、从业人员健康证明、近三个月进货查验记录",
          parties, "李明", "0933-6612345", LEAD, issued));
      if (voided) {
        // the replacement notice, with a number of its own
        noticeNumber = "青市监抽通〔2026〕" + number++ + "号";
        notices.add(new InspectionNotice(inspection, noticeNumber, false, name, code, taskNumber, taskName, items, from,
            to, List.of("实地核查", "书面检查"), "", parties, "李明", "0933-6612345", LEAD, issued));
      }
      sheets.add(new RecordSheet(inspection, noticeNumber, taskNumber, taskName, name, code, address, person, phone,
          person(random), rows, List.of("书面检查", "实地核查", "网络监测", "委托专业机构", "抽样检测", "其他"),
          List.of("未发现问题", "未按规定公示应当公示的信息", "公示信息隐瞒真实情况、弄虚作假", "通过登记的住所（经营场所）无法联系",
              "发现问题已责令改正", "发现问题待后续处理", "不配合检查情节严重", "未发现开展本次抽查涉及的经营活动"),
          List.of("责令整改", "移送案件线索", "列入经营异常名录", "告知相关部门", "其他"), all));
      listed.add(new Announcement.Listed(name, code, LEAD));
    }
    Announcement announcement = new Announcement("青市监抽告〔2026〕3号", LEAD, "QS-JH-2026", "青山县市场监督管理局2026年度双随机抽查工作计划",
        taskNumber, taskName, false, List.of(ITEMS[0][0], ITEMS[1][0], ITEMS[2][0], ITEMS[3][0]),
        "青山县辖区内登记在册的食品经营者和公共场所经营者", from, to, List.of(LEAD, PARTNER), targets, listed, issued);
    return new Batch(announcement, notices, sheets);
  }

  private static List<InspectionNotice.Officer> officers(Random random, String prefix, int n) {
    List<InspectionNotice.Officer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new InspectionNotice.Officer(person(random), prefix + String.format("%03d", 101 + i)));
    }
    return out;
  }

  private static List<InspectionNotice.Officer> pick(Random random, List<InspectionNotice.Officer> from, int k) {
    List<InspectionNotice.Officer> copy = new ArrayList<>(from);
    List<InspectionNotice.Officer> out = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      out.add(copy.remove(random.nextInt(copy.size())));
    }
    return out;
  }

  private static String person(Random random) {
    return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
  }
}
