package cn.suiji.cli.bench.data;

import static cn.suiji.shared.db.generated.Tables.TARGET;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Fills a database with made-up targets for {@code suiji bench search}: one INSERT … SELECT over
 * {@code SYSTEM_RANGE}, so a million rows take seconds, not the minutes of row-by-row inserts.
 * Plain SQL because the statement is H2's own generator, not a query the application asks.
 * Names are 崇信县 + a three-character brand from 50 × 40 × 40 characters (each brand in about
 * twelve of a million names) + a trade; uscc {@code 91620821} + the number padded to ten digits;
 * 20 townships, 100 industries.
 */
public final class SyntheticTargets {
  public static final String PREFIX = "91620821";
  static final String FIRST = "鑫华金兴宏顺福瑞恒盛泰隆丰昌荣源达益佳嘉新永宇天德祥和富安康利鸿亿众联诚信博明锦润聚汇鼎卓正";
  static final String SECOND = "源泰达盛丰昌隆兴发旺鑫华和顺福辉通利康宇祥瑞鹏翔悦成恒润远裕茂林峰佳德邦海益晟凯";
  static final String THIRD = "辰宸峻岚渊澜骏琪璟珂瑾琦瀚蔚霖煜炜昊晗颢铭钧锐镕铎钰珏琨瑜璞琛瑭玮珩璐璇婧妍嫣";
  private static final String TRADES = "ARRAY['商贸有限公司','副食店','餐饮店','建材经营部','农民专业合作社','汽车修理厂',"
      + "'大药房','超市','五金店','科技有限公司','服装店','农资经营部']";
  private static final String TOWNSHIPS = "ARRAY['锦屏镇','新窑镇','柏树镇','黄寨镇','黄花乡','木林乡','城关镇','东关镇',"
      + "'西山乡','南川乡','北塬乡','上庄镇','下庄乡','河西镇','河东乡','安口镇','铜城乡','赤城镇','白水镇','石堡乡']";

  private static final String[] TOWNSHIP_NAMES = TOWNSHIPS.substring("ARRAY[".length(), TOWNSHIPS.length() - 1)
      .replace("'", "").split(",");

  private SyntheticTargets() {}

  /** Inserts {@code count} targets numbered from {@code from}; returns the rows written. */
  public static int insert(DSLContext tx, long from, long count) {
    String sql = "INSERT INTO target (object_key, uscc, name, kind, legal_rep, township, industry_code, industry_name,"
        + " status, abnormal, serious_violation, risk_class, inspection_count, updated_at)"
        + " SELECT 'BENCH-' || x, '" + PREFIX + "' || LPAD(CAST(x AS VARCHAR), 10, '0'),"
        + " '崇信县' || SUBSTRING('" + FIRST + "' FROM MOD(x, 50) + 1 FOR 1)"
        + " || SUBSTRING('" + SECOND + "' FROM MOD(x / 50, 40) + 1 FOR 1)"
        + " || SUBSTRING('" + THIRD + "' FROM MOD(x / 2000, 40) + 1 FOR 1)"
        + " || " + TRADES + "[MOD(x * 7, 12) + 1],"
        + " CASE MOD(x, 3) WHEN 0 THEN 'ENTERPRISE' WHEN 1 THEN 'INDIVIDUAL' ELSE 'COOPERATIVE' END,"
        + " SUBSTRING('王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗' FROM MOD(x * 13, 20) + 1 FOR 1)"
        + " || SUBSTRING('建国军伟强明平志海文华东涛斌鹏飞刚勇杰宏' FROM MOD(x * 17, 20) + 1 FOR 1),"
        + " " + TOWNSHIPS + "[MOD(x * 11, 20) + 1],"
        + " 'C' || LPAD(CAST(MOD(x * 37, 100) AS VARCHAR), 3, '0'), '行业' || MOD(x * 37, 100),"
        + " CASE WHEN MOD(x, 20) = 0 THEN 'CANCELLED' WHEN MOD(x, 2) = 0 THEN 'OPERATING' ELSE 'EXISTING' END,"
        + " MOD(x, 50) = 0, MOD(x, 500) = 0, SUBSTRING('ABCD' FROM MOD(x * 3, 4) + 1 FOR 1), 0, CURRENT_TIMESTAMP"
        + " FROM SYSTEM_RANGE(?, ?)";
    return tx.execute(sql, from, from + count - 1);
  }

  /** Puts the targets with ids {@code fromId}…{@code toId} into the department's directory. */
  public static int joinDepartment(DSLContext tx, long departmentId, long fromId, long toId) {
    return tx.execute("INSERT INTO target_department (target_id, department_id) SELECT id, ? FROM target"
        + " WHERE id BETWEEN ? AND ?", departmentId, fromId, toId);
  }

  /** The largest target id, 0 when there is none. */
  public static long maxId(DSLContext dsl) {
    Long max = dsl.select(DSL.max(TARGET.ID)).from(TARGET).fetchOne(0, Long.class);
    return max == null ? 0 : max;
  }

  /** Targets in the database, and how many of them were not made here. */
  public static long[] census(DSLContext dsl) {
    return new long[] {dsl.fetchCount(TARGET), dsl.fetchCount(TARGET, TARGET.OBJECT_KEY.notLike("BENCH-%"))};
  }

  /** The brand of synthetic target {@code 80000 * k + 50 * i + i}: about twelve targets in a million. */
  public static String brand(int i) {
    return "" + FIRST.charAt(i % 50) + SECOND.charAt(i % 40) + THIRD.charAt(0);
  }

  /** Industry code {@code i} of the hundred. */
  public static String industry(int i) {
    return "C" + String.format("%03d", (37 + i) % 100);
  }

  /** The only township the targets of {@link #industry(int)} are in (both follow the number mod 20). */
  public static String townshipOfIndustry(int i) {
    int k = (37 + i) % 100;
    long x = (73L * k) % 100; // 37 × 73 ≡ 1 (mod 100): the targets of industry k are those with x ≡ 73k
    return TOWNSHIP_NAMES[(int) ((x * 11) % 20)];
  }
}
