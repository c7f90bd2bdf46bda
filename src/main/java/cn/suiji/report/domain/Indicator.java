package cn.suiji.report.domain;

/**
 * The 14 indicators of the county's 考评标准 (the seed's appendix), in its order. Indicators 1–4
 * are shown by evidence files only; 5–14 are computed from the data where it allows (ADR 0031).
 */
public enum Indicator {
  ORGANISATION, PUBLICITY, TRAINING, FUNDING, TARGET_DIRECTORY, INSPECTOR_DIRECTORY, ITEM_LIST, PLAN, WORKING_RULES,
  RANDOM_INSPECTION, JOINT_INSPECTION, PUBLICATION, RESULT_USE, OTHER_INSPECTION;

  /** The indicator's number in the standard, 1–14. */
  public int number() {
    return ordinal() + 1;
  }

  /** Whether the indicator is shown by evidence files (1–4) rather than computed. */
  public boolean byEvidence() {
    return number() <= 4;
  }

  public static Indicator of(int number) {
    if (number < 1 || number > values().length) {
      throw new IllegalArgumentException("indicator " + number);
    }
    return values()[number - 1];
  }

}
