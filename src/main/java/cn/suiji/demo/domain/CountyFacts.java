package cn.suiji.demo.domain;

import java.util.List;
import java.util.Map;

/**
 * The fixed facts of the demo county: its name, its townships and which market-supervision
 * office (市场监管所) covers each, and its six departments. Everything here is invented; the area
 * code is only the shape a real one has.
 */
final class CountyFacts {
  static final String NAME = "青岚县";
  static final String LETTER = "青";
  static final String AREA_CODE = "620823";
  static final String SAMR_NAME = NAME + "市场监督管理局";
  static final String CIVIL_AFFAIRS_NAME = NAME + "民政局";

  /** Townships, the county seat first. */
  static final List<String> TOWNSHIPS = List.of(
      "城关镇", "清水镇", "河湾镇", "石门镇", "柳林镇", "杨家坪镇", "新集乡", "马莲乡", "黄花乡", "白杨乡");

  /** How many targets a township has, relative to the others: the seat has the most. */
  static final List<Integer> TOWNSHIP_WEIGHTS = List.of(30, 12, 10, 9, 9, 7, 6, 6, 6, 5);

  /** The 市场监管所 covering each township. */
  static final Map<String, String> JURISDICTION = Map.of(
      "城关镇", "城关市场监管所", "新集乡", "城关市场监管所",
      "清水镇", "清水市场监管所", "黄花乡", "清水市场监管所",
      "河湾镇", "河湾市场监管所", "石门镇", "河湾市场监管所",
      "柳林镇", "柳林市场监管所", "杨家坪镇", "柳林市场监管所",
      "马莲乡", "柳林市场监管所", "白杨乡", "柳林市场监管所");

  /** A department with what the generators need beyond its record. */
  record Dept(String code, String name, String docPrefix, String field, int inspectors) {}

  static final List<Dept> DEPARTMENTS = List.of(
      new Dept("SCJGJ", NAME + "市场监督管理局", LETTER + "市监", "市场监管综合执法", 20),
      new Dept("WJJ", NAME + "卫生健康局", LETTER + "卫健", "卫生健康监督执法", 10),
      new Dept("WLJ", NAME + "文化和旅游局", LETTER + "文旅", "文化市场综合执法", 8),
      new Dept("YJJ", NAME + "应急管理局", LETTER + "应急", "安全生产执法", 9),
      new Dept("SHJ", NAME + "生态环境分局", LETTER + "环", "生态环境保护综合执法", 7),
      new Dept("JYJ", NAME + "教育局", LETTER + "教", "教育行政执法", 6));

  /** The department every target's directory includes. */
  static final String MAIN_DEPARTMENT = "SCJGJ";

  private CountyFacts() {}

  static Dept department(String code) {
    return DEPARTMENTS.stream().filter(d -> d.code().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no department " + code));
  }
}
