package cn.suiji.rules.domain;

/**
 * What a department's working rules say about the documents between a draw and the visit: the
 * document-number pattern ({@link NumberPattern}), the 类型代字 of the 抽查任务公告 and of the
 * 检查通知书 (each kind has its own number series), the 检查结果公告's 类型代字 (V033), whether the announcement lists the drawn
 * targets, the contact person and telephone printed on notices, and the materials the target
 * prepares (资料清单). {@link #DEFAULTS} are the schema's defaults (V031), so rules saved before
 * these fields existed read as them.
 */
public record DocumentRules(
    String numberPattern,
    String announcementTypeCode,
    String noticeTypeCode,
    boolean announcementListsTargets,
    String contactPerson,
    String contactPhone,
    String materials,
    String resultTypeCode) {

  /** The materials a county asks a target to prepare, unless its rules say otherwise. */
  public static final String DEFAULT_MATERIALS = "营业执照（或其他主体资格证明）、法定代表人（负责人）身份证明及授权委托书，"
      + "与本次抽查事项有关的许可证件、制度、台账、票据、合同、检验检测报告等资料。";
  /** The 类型代字 of the announcement: the inspection feature's DocumentKind.ANNOUNCEMENT default. */
  public static final String DEFAULT_ANNOUNCEMENT_CODE = "抽告";
  /** The 类型代字 of the notice: the inspection feature's DocumentKind.NOTICE default. */
  public static final String DEFAULT_NOTICE_CODE = "抽通";
  /** The 类型代字 of the 检查结果公告: the inspection feature's DocumentKind.RESULTS default. */
  public static final String DEFAULT_RESULT_CODE = "抽结";
  public static final int MAX_TYPE_CODE = 10;
  public static final int MAX_CONTACT_PERSON = 50;
  public static final int MAX_CONTACT_PHONE = 40;
  public static final int MAX_MATERIALS = 2000;

  public static final DocumentRules DEFAULTS = new DocumentRules(NumberPattern.DEFAULT, DEFAULT_ANNOUNCEMENT_CODE,
      DEFAULT_NOTICE_CODE, true, "", "", DEFAULT_MATERIALS, DEFAULT_RESULT_CODE);

  public DocumentRules {
    numberPattern = numberPattern == null ? "" : numberPattern;
    announcementTypeCode = announcementTypeCode == null ? "" : announcementTypeCode;
    noticeTypeCode = noticeTypeCode == null ? "" : noticeTypeCode;
    contactPerson = contactPerson == null ? "" : contactPerson;
    contactPhone = contactPhone == null ? "" : contactPhone;
    materials = materials == null ? "" : materials;
    resultTypeCode = resultTypeCode == null ? "" : resultTypeCode;
  }

  /** The rules with the default 检查结果公告 type code 抽结 (V033's column default). */
  public DocumentRules(String numberPattern, String announcementTypeCode, String noticeTypeCode,
      boolean announcementListsTargets, String contactPerson, String contactPhone, String materials) {
    this(numberPattern, announcementTypeCode, noticeTypeCode, announcementListsTargets, contactPerson, contactPhone,
        materials, DEFAULT_RESULT_CODE);
  }

  /** Whether a contact person and a telephone are on file (a notice needs both). */
  public boolean hasContact() {
    return !contactPerson.isBlank() && !contactPhone.isBlank();
  }
}
