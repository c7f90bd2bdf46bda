package cn.suiji.directory.domain;

import org.jspecify.annotations.Nullable;

/**
 * The filter and order of the target directory: a search text and where to look for it, the
 * filters (each {@code null} when not used), and the sort column. The same query pages the
 * screen, counts, and exports, so the file always holds what the screen filters.
 */
public record TargetQuery(
    String text,
    SearchField field,
    @Nullable String township,
    @Nullable String industryCode,
    @Nullable TargetKind kind,
    @Nullable TargetStatus status,
    @Nullable Boolean abnormal,
    @Nullable Boolean seriousViolation,
    @Nullable RiskClass riskClass,
    TargetSort sort,
    boolean ascending) {

  public TargetQuery {
    text = text.strip();
  }

  /** Every target, by name. */
  public static TargetQuery all() {
    return new TargetQuery("", SearchField.AUTO, null, null, null, null, null, null, null, TargetSort.NAME, true);
  }

  public TargetQuery withText(String newText, SearchField newField) {
    return new TargetQuery(newText, newField, township, industryCode, kind, status, abnormal, seriousViolation, riskClass, sort, ascending);
  }

  public TargetQuery withTownship(@Nullable String value) {
    return new TargetQuery(text, field, value, industryCode, kind, status, abnormal, seriousViolation, riskClass, sort, ascending);
  }

  public TargetQuery withIndustry(@Nullable String value) {
    return new TargetQuery(text, field, township, value, kind, status, abnormal, seriousViolation, riskClass, sort, ascending);
  }

  public TargetQuery withKind(@Nullable TargetKind value) {
    return new TargetQuery(text, field, township, industryCode, value, status, abnormal, seriousViolation, riskClass, sort, ascending);
  }

  public TargetQuery withStatus(@Nullable TargetStatus value) {
    return new TargetQuery(text, field, township, industryCode, kind, value, abnormal, seriousViolation, riskClass, sort, ascending);
  }

  public TargetQuery withAbnormal(@Nullable Boolean value) {
    return new TargetQuery(text, field, township, industryCode, kind, status, value, seriousViolation, riskClass, sort, ascending);
  }

  public TargetQuery withSeriousViolation(@Nullable Boolean value) {
    return new TargetQuery(text, field, township, industryCode, kind, status, abnormal, value, riskClass, sort, ascending);
  }

  public TargetQuery withRiskClass(@Nullable RiskClass value) {
    return new TargetQuery(text, field, township, industryCode, kind, status, abnormal, seriousViolation, value, sort, ascending);
  }

  public TargetQuery sortedBy(TargetSort column, boolean up) {
    return new TargetQuery(text, field, township, industryCode, kind, status, abnormal, seriousViolation, riskClass, column, up);
  }
}
