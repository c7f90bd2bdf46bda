package cn.suiji.inspection.data;

import static cn.suiji.shared.db.generated.Tables.RESULT_CODE;

import cn.suiji.inspection.domain.ResultCode;
import cn.suiji.inspection.domain.ResultKind;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The county's result-code list (RESULT_CODE), in list order. Every method takes the caller's transaction. */
public final class ResultCodeRepository {

  public List<ResultCode> all(DSLContext tx) {
    return tx.selectFrom(RESULT_CODE).orderBy(RESULT_CODE.SORT_ORDER, RESULT_CODE.CODE).fetch(ResultCodeRepository::code);
  }

  public Optional<ResultCode> find(DSLContext tx, String code) {
    return tx.selectFrom(RESULT_CODE).where(RESULT_CODE.CODE.eq(code)).forUpdate().fetchOptional(ResultCodeRepository::code);
  }

  /** Label, kind and flags; the code, its parent and its place never change. */
  public void update(DSLContext tx, ResultCode c) {
    tx.update(RESULT_CODE)
        .set(RESULT_CODE.LABEL, c.label())
        .set(RESULT_CODE.KIND, c.kind().name())
        .set(RESULT_CODE.NEEDS_FOLLOW_UP, c.needsFollowUp())
        .set(RESULT_CODE.ABNORMAL_LIST, c.abnormalList())
        .where(RESULT_CODE.CODE.eq(c.code()))
        .execute();
  }

  public void insert(DSLContext tx, ResultCode c) {
    tx.insertInto(RESULT_CODE, RESULT_CODE.CODE, RESULT_CODE.PARENT_CODE, RESULT_CODE.LABEL, RESULT_CODE.KIND,
            RESULT_CODE.NEEDS_FOLLOW_UP, RESULT_CODE.ABNORMAL_LIST, RESULT_CODE.SORT_ORDER)
        .values(c.code(), c.parentCode(), c.label(), c.kind().name(), c.needsFollowUp(), c.abnormalList(), c.sortOrder())
        .execute();
  }

  /** The next place at the end of the list. */
  public int nextSortOrder(DSLContext tx) {
    Integer max = tx.select(org.jooq.impl.DSL.max(RESULT_CODE.SORT_ORDER)).from(RESULT_CODE).fetchSingle().value1();
    return max == null ? 10 : max + 10;
  }

  private static ResultCode code(Record r) {
    return new ResultCode(r.get(RESULT_CODE.CODE), r.get(RESULT_CODE.PARENT_CODE), r.get(RESULT_CODE.LABEL),
        ResultKind.valueOf(r.get(RESULT_CODE.KIND)), r.get(RESULT_CODE.NEEDS_FOLLOW_UP), r.get(RESULT_CODE.ABNORMAL_LIST),
        r.get(RESULT_CODE.SORT_ORDER));
  }
}
