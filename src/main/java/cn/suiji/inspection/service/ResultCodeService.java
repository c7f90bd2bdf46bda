package cn.suiji.inspection.service;

import cn.suiji.inspection.data.ResultCodeRepository;
import cn.suiji.inspection.domain.ResultCode;
import cn.suiji.inspection.domain.ResultKind;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * The county's result-code list (检查结果, shared/DOMAIN.md §4), for the result entry, the record
 * sheet and the settings: read in list order, a code's label, kind and flags edited, a code added.
 * Codes are stable: never renamed nor deleted. Each change is one transaction, audited with the
 * entry before and after.
 */
public final class ResultCodeService {
  private final DSLContext dsl;
  private final ResultCodeRepository repository;
  private final Auditor auditor;

  public ResultCodeService(DSLContext dsl, ResultCodeRepository repository, Auditor auditor) {
    this.dsl = dsl;
    this.repository = repository;
    this.auditor = auditor;
  }

  /** The list in its order. */
  public List<ResultCode> all() {
    return repository.all(dsl);
  }

  /** The list by code, in list order, in the caller's transaction. */
  public Map<String, ResultCode> byCode(DSLContext tx) {
    Map<String, ResultCode> out = new LinkedHashMap<>();
    repository.all(tx).forEach(c -> out.put(c.code(), c));
    return out;
  }

  /**
   * The labels in list order, each as {@code code label} (e.g. {@code 1 未发现问题}): the result
   * options the 检查记录表 prints to tick ({@code RecordSheet.resultOptions}); pass
   * {@code resultCodes::optionLabels} where a supplier of labels is wanted.
   */
  public List<String> optionLabels() {
    return all().stream().map(c -> c.code() + " " + c.label()).toList();
  }

  /**
   * The county's own label, kind and flags for {@code code}.
   *
   * @throws SuijiException {@code inspection.resultCode.unknown}, or the checks of {@link ResultCode}
   */
  public ResultCode edit(String code, String label, ResultKind kind, boolean needsFollowUp, boolean abnormalList) {
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      ResultCode before = repository.find(tx, code.strip().toUpperCase(java.util.Locale.ROOT))
          .orElseThrow(() -> new SuijiException("inspection.resultCode.unknown", code));
      ResultCode after = before.edited(label, kind, needsFollowUp, abnormalList);
      repository.update(tx, after);
      auditor.record(tx, new AuditEvent("resultCode.edit", "resultCode", after.code(), before.toString(), after.toString(),
          before.label() + " → " + after.label()));
      return after;
    });
  }

  /**
   * Adds a code at the end of the list (under {@code parentCode} when given).
   *
   * @throws SuijiException {@code inspection.resultCode.taken}, {@code inspection.resultCode.unknown}
   *     for an unknown parent, or the checks of {@link ResultCode}
   */
  public ResultCode add(String code, @Nullable String parentCode, String label, ResultKind kind, boolean needsFollowUp,
      boolean abnormalList) {
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      ResultCode draft = new ResultCode(code, parentCode == null || parentCode.isBlank() ? null : parentCode.strip(),
          label, kind, needsFollowUp, abnormalList, repository.nextSortOrder(tx));
      if (repository.find(tx, draft.code()).isPresent()) {
        throw new SuijiException("inspection.resultCode.taken", draft.code());
      }
      if (draft.parentCode() != null && repository.find(tx, draft.parentCode()).isEmpty()) {
        throw new SuijiException("inspection.resultCode.unknown", draft.parentCode());
      }
      repository.insert(tx, draft);
      auditor.record(tx, new AuditEvent("resultCode.add", "resultCode", draft.code(), null, draft.toString(),
          draft.label()));
      return draft;
    });
  }
}
