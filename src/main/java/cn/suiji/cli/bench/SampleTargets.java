package cn.suiji.cli.bench;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.ids.Uscc;
import cn.suiji.shared.xlsx.XlsxErrors;
import cn.suiji.shared.xlsx.XlsxWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a realistic target directory as .xlsx, the way the provincial system exports one: a
 * merged title row, then the header, then {@code rows} enterprises with valid-looking credit
 * codes, phones as numeric cells and founding dates as date cells. Deterministic (fixed seed).
 * For the import benchmark and for trying imports by hand.
 */
public final class SampleTargets {
  public static final List<String> HEADER = List.of("统一社会信用代码", "企业名称", "法定代表人", "住所", "乡镇",
      "行业代码", "登记状态", "成立日期", "联系电话", "经营范围");

  private static final String[] TOWNS = {"城关镇", "东关镇", "新集镇", "马营乡", "石门乡", "柳树乡", "红崖镇", "北山乡"};
  private static final String[] WORDS = {"兴", "隆", "盛", "华", "鑫", "源", "泰", "丰", "达", "恒", "瑞", "祥", "福", "安",
      "康", "宏", "金", "银", "德", "顺"};
  private static final String[] TRADES = {"商贸", "农业", "建材", "餐饮", "物流", "科技", "养殖", "药业", "食品", "汽修"};
  private static final String[] FORMS = {"有限公司", "有限责任公司", "合作社", "商行", "个体工商户"};
  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "马", "𠀀"};
  private static final String[] INDUSTRIES = {"F5212", "A0111", "H6210", "C1391", "G5430", "I6510", "E4790", "O8111"};
  private static final String[] STATES = {"存续", "在业", "存续", "吊销", "注销"};

  private SampleTargets() {}

  /** Writes {@code rows} enterprises with inline strings (as SXSSF and the provincial export do). */
  public static void write(Path file, int rows) {
    write(file, rows, false);
  }

  /**
   * With {@code sharedStrings}, texts go to a shared-strings table as Excel itself saves them
   * (the writer then holds that table in memory: give it a large heap).
   */
  public static void write(Path file, int rows, boolean sharedStrings) {
    Random random = new Random(20190305L);
    SXSSFWorkbook wb = new SXSSFWorkbook(null, XlsxWriter.WINDOW, true, sharedStrings);
    try {
      SXSSFSheet sheet = wb.createSheet("市场主体名录");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      sheet.createRow(0).createCell(0).setCellValue("某某县市场主体名录（双随机抽查对象库）");
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.size() - 1));
      SXSSFRow header = sheet.createRow(1);
      for (int i = 0; i < HEADER.size(); i++) {
        header.createCell(i).setCellValue(HEADER.get(i));
      }
      for (int r = 0; r < rows; r++) {
        SXSSFRow row = sheet.createRow(r + 2);
        String trade = pick(random, TRADES);
        String town = pick(random, TOWNS);
        row.createCell(0).setCellValue(uscc(random));
        row.createCell(1).setCellValue("某某县" + pick(random, WORDS) + pick(random, WORDS) + trade + pick(random, FORMS));
        row.createCell(2).setCellValue(pick(random, SURNAMES) + pick(random, WORDS) + pick(random, WORDS));
        row.createCell(3).setCellValue("某某县" + town + pick(random, WORDS) + "街" + (1 + random.nextInt(300)) + "号");
        row.createCell(4).setCellValue(town);
        row.createCell(5).setCellValue(pick(random, INDUSTRIES));
        row.createCell(6).setCellValue(pick(random, STATES));
        Cell founded = row.createCell(7);
        founded.setCellValue(LocalDate.of(1995, 1, 1).plusDays(random.nextInt(10_000)));
        founded.setCellStyle(date);
        row.createCell(8).setCellValue(13_900_000_000L + random.nextInt(99_999_999));
        row.createCell(9).setCellValue(trade + "经营；" + pick(random, TRADES) + "销售（依法须经批准的项目除外）");
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    } catch (IOException e) {
      throw new SuijiException(e, "xlsx.error.io", String.valueOf(file.getFileName()), XlsxErrors.reason(e));
    } finally {
      wb.dispose();
    }
  }

  /** 91 + a county area code + 9 random code characters + the check character. */
  static String uscc(Random random) {
    StringBuilder code = new StringBuilder("91620102");
    for (int i = 0; i < 9; i++) {
      code.append(Uscc.ALPHABET.charAt(random.nextInt(Uscc.ALPHABET.length())));
    }
    return code.append(Uscc.checkChar(code.toString())).toString();
  }

  private static String pick(Random random, String[] options) {
    return options[random.nextInt(options.length)];
  }
}
