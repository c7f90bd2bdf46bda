package cn.suiji.rules.domain;

/**
 * The working rules as the clerk types them: numbers still text, so that "1.5", "" or "２" can
 * be checked as typed. {@link RulesCheck#parse} turns it into {@link WorkingRules} or problems.
 */
public record RulesInput(
    String inspectorsPerTarget,
    String floorUndirected,
    String floorDirected,
    String exclusionMonths,
    String publishWorkdays,
    boolean listedFullCoverage,
    String recusalRule,
    String rulesText,
    String numberPattern,
    String announcementTypeCode,
    String noticeTypeCode,
    boolean announcementListsTargets,
    String contactPerson,
    String contactPhone,
    String materials,
    String resultTypeCode) {

  /** As typed, with the default 检查结果公告 type code. */
  public RulesInput(String inspectorsPerTarget, String floorUndirected, String floorDirected, String exclusionMonths,
      String publishWorkdays, boolean listedFullCoverage, String recusalRule, String rulesText, String numberPattern,
      String announcementTypeCode, String noticeTypeCode, boolean announcementListsTargets, String contactPerson,
      String contactPhone, String materials) {
    this(inspectorsPerTarget, floorUndirected, floorDirected, exclusionMonths, publishWorkdays, listedFullCoverage,
        recusalRule, rulesText, numberPattern, announcementTypeCode, noticeTypeCode, announcementListsTargets,
        contactPerson, contactPhone, materials, DocumentRules.DEFAULTS.resultTypeCode());
  }

  /** The rules' parameters as typed, with the default document settings. */
  public RulesInput(String inspectorsPerTarget, String floorUndirected, String floorDirected, String exclusionMonths,
      String publishWorkdays, boolean listedFullCoverage, String recusalRule, String rulesText) {
    this(inspectorsPerTarget, floorUndirected, floorDirected, exclusionMonths, publishWorkdays, listedFullCoverage,
        recusalRule, rulesText, DocumentRules.DEFAULTS.numberPattern(), DocumentRules.DEFAULTS.announcementTypeCode(),
        DocumentRules.DEFAULTS.noticeTypeCode(), DocumentRules.DEFAULTS.announcementListsTargets(),
        DocumentRules.DEFAULTS.contactPerson(), DocumentRules.DEFAULTS.contactPhone(), DocumentRules.DEFAULTS.materials());
  }

  /** The rules as the editor first shows them. */
  public static RulesInput of(WorkingRules r) {
    DocumentRules d = r.documents();
    return new RulesInput(Integer.toString(r.inspectorsPerTarget()), r.floorUndirected().stripTrailingZeros().toPlainString(),
        r.floorDirected().stripTrailingZeros().toPlainString(), Integer.toString(r.exclusionMonths()),
        Integer.toString(r.publishWorkdays()), r.listedFullCoverage(), r.recusalRule(), r.rulesText(), d.numberPattern(),
        d.announcementTypeCode(), d.noticeTypeCode(), d.announcementListsTargets(), d.contactPerson(), d.contactPhone(),
        d.materials(), d.resultTypeCode());
  }

  /** The document settings as typed, each text stripped. */
  public DocumentRules documents() {
    return new DocumentRules(numberPattern.strip(), announcementTypeCode.strip(), noticeTypeCode.strip(),
        announcementListsTargets, contactPerson.strip(), contactPhone.strip(), materials.strip(), resultTypeCode.strip());
  }
}
