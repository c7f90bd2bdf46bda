package cn.suiji.directory.domain;

import cn.suiji.shared.imports.FieldChange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an imported row would change in a stored target, field by field, for the import's 更新 /
 * 未变 decision and its old → new list. It compares exactly what {@code TargetRepository.update}
 * writes: the columns the file has, a code only where the row has one, the name always; values as
 * {@link TargetCheck} made them (trimmed, codes upper-case, dates as dates, empty = null) and
 * written the way an export writes them (企业, 存续, 是/否, 2019-03-05).
 */
public final class TargetChanges {
  private TargetChanges() {}

  /** The fields {@code row} changes in {@code stored} when the file has {@code columns}; empty if none. */
  public static List<FieldChange> between(Target stored, Target row, Set<TargetField> columns) {
    return FieldChange.between(texts(stored, row, columns), texts(row, row, columns));
  }

  /** Header text → value of the fields an update from {@code row} would write, taken from {@code t}. */
  private static Map<String, @Nullable Object> texts(Target t, Target row, Set<TargetField> columns) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    if (row.uscc() != null) {
      m.put(TargetField.USCC.header(), t.uscc());
    }
    if (row.regNo() != null) {
      m.put(TargetField.REG_NO.header(), t.regNo());
    }
    m.put(TargetField.NAME.header(), t.name());
    put(m, columns, TargetField.KIND, TargetCheck.word(t.kind()));
    put(m, columns, TargetField.LEGAL_REP, t.legalRep());
    put(m, columns, TargetField.ADDRESS, t.address());
    put(m, columns, TargetField.TOWNSHIP, t.township());
    put(m, columns, TargetField.JURISDICTION_UNIT, t.jurisdictionUnit());
    put(m, columns, TargetField.INDUSTRY, t.industryCode());
    if (columns.contains(TargetField.INDUSTRY) || columns.contains(TargetField.INDUSTRY_NAME)) {
      m.put(TargetField.INDUSTRY_NAME.header(), t.industryName());
    }
    put(m, columns, TargetField.REGISTRATION_AUTHORITY, t.registrationAuthority());
    put(m, columns, TargetField.STATUS, TargetCheck.word(t.status()));
    put(m, columns, TargetField.FOUNDED, t.foundedDate());
    put(m, columns, TargetField.LIAISON, t.liaison());
    put(m, columns, TargetField.PHONE, t.phone());
    put(m, columns, TargetField.ABNORMAL, TargetCheck.word(t.abnormal()));
    put(m, columns, TargetField.SERIOUS_VIOLATION, TargetCheck.word(t.seriousViolation()));
    put(m, columns, TargetField.RISK_CLASS, t.riskClass() == null ? null : t.riskClass().name());
    return m;
  }

  private static void put(Map<String, @Nullable Object> m, Set<TargetField> columns, TargetField field,
      @Nullable Object value) {
    if (columns.contains(field)) {
      m.put(field.header(), value);
    }
  }
}
