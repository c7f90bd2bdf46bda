package cn.suiji.directory.domain;

import java.util.List;

/**
 * The fields of an inspector, as columns of an inspector file and as fields of the editor: the
 * canonical header (the template's, and the column's name in reasons), the other header texts
 * that mean the same in files from other offices, the longest text kept, and the template's
 * example value. Headers are part of the file format, hence Chinese in every locale.
 */
public enum InspectorField {
  KEY(40, "SCJGJ-001", "人员编号", "编号", "工号", "执法人员编号"),
  NAME(50, "王芳", "姓名", "执法人员姓名", "人员姓名", "执法人员"),
  GENDER(4, "女", "性别"),
  ID_NUMBER(40, "11010519491231002X", "身份证号", "身份证号码", "公民身份号码", "身份证", "公民身份证号码"),
  DEPARTMENT(100, "SCJGJ", "所属部门", "执法部门", "部门", "所在单位", "工作单位"),
  POST(100, "科员", "岗位", "职务", "职务（岗位）"),
  ENFORCEMENT_FIELD(200, "市场监管", "执法类别", "执法领域", "执法门类"),
  CERT_NO(40, "62082301001", "执法证号", "执法证件号码", "证号", "执法证编号", "执法证件号"),
  CERT_EXPIRY(40, "2028-12-31", "证件有效期", "有效期至", "有效期", "执法证有效期", "证件有效期至"),
  STATUS(10, "在岗", "状态", "人员状态", "在岗状态"),
  ITEMS(2000, "", "可检查事项", "检查事项", "可检查事项编码", "事项编码"),
  AREA(100, "全县", "负责区域", "区域", "辖区", "负责片区"),
  PHONE(40, "13993312345", "联系电话", "电话", "手机", "手机号码", "联系方式");

  private final int maxLength;
  private final String example;
  private final List<String> headers;

  InspectorField(int maxLength, String example, String... headers) {
    this.maxLength = maxLength;
    this.example = example;
    this.headers = List.of(headers);
  }

  /** The template's header text, also the column's name in rejection reasons. */
  public String header() {
    return headers.get(0);
  }

  /** Every header text that means this column, the canonical one first. */
  public List<String> headers() {
    return headers;
  }

  /** The longest text kept for this field. */
  public int maxLength() {
    return maxLength;
  }

  /** The value of the template's example row. */
  public String example() {
    return example;
  }
}
