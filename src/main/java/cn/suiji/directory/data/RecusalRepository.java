package cn.suiji.directory.data;

import static cn.suiji.shared.db.generated.Tables.DEPARTMENT;
import static cn.suiji.shared.db.generated.Tables.INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.RECUSAL;
import static cn.suiji.shared.db.generated.Tables.TARGET;

import cn.suiji.directory.domain.InspectorRef;
import cn.suiji.directory.domain.LegalRepMatch;
import cn.suiji.directory.domain.PersonNames;
import cn.suiji.directory.domain.Recusal;
import cn.suiji.directory.domain.RecusalFilter;
import cn.suiji.directory.domain.RecusalReason;
import cn.suiji.directory.domain.RecusalSource;
import cn.suiji.directory.domain.TargetRef;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * The recusal table (回避) with the inspector and target it joins, for the recusals screen, the
 * import and the same-name check. Recusals are few (hundreds per county); targets may be a million,
 * so every look-up of a target goes through an index.
 */
public final class RecusalRepository {
  /** The target's code as shown: uscc, else regNo, else the object key. */
  private static final Field<String> CODE = DSL.coalesce(TARGET.USCC, TARGET.REG_NO, TARGET.OBJECT_KEY);

  public List<Recusal> list(DSLContext tx, RecusalFilter f) {
    List<Condition> where = new ArrayList<>();
    if (f.departmentId() != null) {
      where.add(INSPECTOR.DEPARTMENT_ID.eq(f.departmentId()));
    }
    if (f.reason() != null) {
      where.add(RECUSAL.REASON.eq(f.reason().name()));
    }
    if (f.source() != null) {
      where.add(RECUSAL.SOURCE.eq(f.source().name()));
    }
    if (!f.text().isEmpty()) {
      String like = "%" + f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
      where.add(INSPECTOR.NAME.like(like, '\\').or(INSPECTOR.CERT_NO.like(like, '\\')).or(TARGET.NAME.like(like, '\\'))
          .or(TARGET.USCC.like(like.toUpperCase(java.util.Locale.ROOT), '\\')).or(TARGET.REG_NO.like(like, '\\'))
          .or(RECUSAL.NOTE.like(like, '\\')));
    }
    return select(tx).where(where).orderBy(INSPECTOR.NAME, TARGET.NAME, RECUSAL.ID).fetch(RecusalRepository::toDomain);
  }

  public Optional<Recusal> get(DSLContext tx, long id) {
    return select(tx).where(RECUSAL.ID.eq(id)).fetchOptional(RecusalRepository::toDomain);
  }

  /** The recusal of the pair, if there is one. */
  public Optional<Recusal> find(DSLContext tx, long inspectorId, long targetId) {
    return select(tx).where(RECUSAL.INSPECTOR_ID.eq(inspectorId).and(RECUSAL.TARGET_ID.eq(targetId)))
        .fetchOptional(RecusalRepository::toDomain);
  }

  public long insert(DSLContext tx, long inspectorId, long targetId, RecusalReason reason, RecusalSource source,
      String note, OffsetDateTime now) {
    return tx.insertInto(RECUSAL)
        .set(RECUSAL.INSPECTOR_ID, inspectorId).set(RECUSAL.TARGET_ID, targetId)
        .set(RECUSAL.REASON, reason.name()).set(RECUSAL.SOURCE, source.name())
        .set(RECUSAL.NOTE, note.isEmpty() ? null : note).set(RECUSAL.CREATED_AT, now)
        .returning(RECUSAL.ID).fetchOne().getId();
  }

  public void update(DSLContext tx, long id, RecusalReason reason, RecusalSource source, String note) {
    tx.update(RECUSAL).set(RECUSAL.REASON, reason.name()).set(RECUSAL.SOURCE, source.name())
        .set(RECUSAL.NOTE, note.isEmpty() ? null : note).where(RECUSAL.ID.eq(id)).execute();
  }

  public boolean delete(DSLContext tx, long id) {
    return tx.deleteFrom(RECUSAL).where(RECUSAL.ID.eq(id)).execute() == 1;
  }

  /** The inspectors of a department ({@code null}: all), by department then name. */
  public List<InspectorRef> inspectors(DSLContext tx, @Nullable Long departmentId) {
    return inspectorSelect(tx).where(departmentId == null ? DSL.noCondition() : INSPECTOR.DEPARTMENT_ID.eq(departmentId))
        .orderBy(DEPARTMENT.SORT_ORDER, INSPECTOR.NAME, INSPECTOR.ID).fetch(RecusalRepository::inspector);
  }

  public Optional<InspectorRef> inspectorByCertNo(DSLContext tx, String certNo) {
    return inspectorSelect(tx).where(INSPECTOR.CERT_NO.eq(certNo)).fetchOptional(RecusalRepository::inspector);
  }

  public Optional<InspectorRef> inspectorByKey(DSLContext tx, String key) {
    return inspectorSelect(tx).where(INSPECTOR.INSPECTOR_KEY.eq(key)).fetchOptional(RecusalRepository::inspector);
  }

  /** The inspectors whose name is {@code name} once white space is removed on both sides. */
  public List<InspectorRef> inspectorsByName(DSLContext tx, String name) {
    return inspectorSelect(tx).where(normalised(INSPECTOR.NAME).eq(PersonNames.normalise(name)))
        .orderBy(INSPECTOR.ID).fetch(RecusalRepository::inspector);
  }

  public Optional<TargetRef> targetByUscc(DSLContext tx, String uscc) {
    return tx.select(TARGET.ID, TARGET.NAME, CODE).from(TARGET).where(TARGET.USCC.eq(uscc))
        .fetchOptional(r -> new TargetRef(r.value1(), r.value2(), r.value3()));
  }

  public Optional<TargetRef> targetByRegNo(DSLContext tx, String regNo) {
    return tx.select(TARGET.ID, TARGET.NAME, CODE).from(TARGET).where(TARGET.REG_NO.eq(regNo))
        .fetchOptional(r -> new TargetRef(r.value1(), r.value2(), r.value3()));
  }

  /** At most {@code limit} targets named exactly {@code name} (by the name index). */
  public List<TargetRef> targetsByName(DSLContext tx, String name, int limit) {
    return tx.select(TARGET.ID, TARGET.NAME, CODE).from(TARGET).where(TARGET.NAME.eq(name)).orderBy(TARGET.ID)
        .limit(limit).fetch(r -> new TargetRef(r.value1(), r.value2(), r.value3()));
  }

  /**
   * The same-name check in one query: each inspector (of the department, or all) joined to the
   * targets whose legal representative is the inspector's name once white space is removed on
   * both sides, without a recusal for the pair yet. For each inspector H2 reads only the entries of
   * the legal-representative index that start with the name's first character (a range from the
   * outer row), then compares the normalised texts — no scan of the target table. Legal
   * representatives are stored trimmed (the import and the demo trim them), which the range needs.
   */
  public List<LegalRepMatch> legalRepMatches(DSLContext tx, @Nullable Long departmentId, int limit) {
    return legalRepQuery(tx, departmentId, limit)
        .fetch(r -> new LegalRepMatch(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
            r.value8()));
  }

  /** The query of {@link #legalRepMatches}, for a test to read H2's plan of it. */
  org.jooq.ResultQuery<org.jooq.Record8<Long, String, String, String, Long, String, String, String>> legalRepQuery(
      DSLContext tx, @Nullable Long departmentId, int limit) {
    Field<String> name = normalised(INSPECTOR.NAME);
    Field<String> first = DSL.substring(name, 1, 1);
    Condition join = TARGET.LEGAL_REP.ge(first)
        .and(TARGET.LEGAL_REP.lt(DSL.concat(first, DSL.inline("\uFFFF"))))
        .and(normalised(TARGET.LEGAL_REP).eq(name));
    return tx.select(INSPECTOR.ID, INSPECTOR.NAME, INSPECTOR.CERT_NO, DEPARTMENT.NAME, TARGET.ID, TARGET.NAME, CODE,
            TARGET.LEGAL_REP)
        .from(INSPECTOR)
        .join(DEPARTMENT).on(DEPARTMENT.ID.eq(INSPECTOR.DEPARTMENT_ID))
        .join(TARGET).on(join)
        .where(departmentId == null ? DSL.noCondition() : INSPECTOR.DEPARTMENT_ID.eq(departmentId))
        .and(DSL.length(name).gt(0))
        .andNotExists(DSL.selectOne().from(RECUSAL)
            .where(RECUSAL.INSPECTOR_ID.eq(INSPECTOR.ID)).and(RECUSAL.TARGET_ID.eq(TARGET.ID)))
        .orderBy(DEPARTMENT.SORT_ORDER, INSPECTOR.NAME, TARGET.NAME, TARGET.ID)
        .limit(limit);
  }

  /** {@code field} with the characters of {@link PersonNames#REMOVED} removed. */
  static Field<String> normalised(Field<String> field) {
    Field<String> out = field;
    for (char c : PersonNames.REMOVED.toCharArray()) {
      out = DSL.replace(out, DSL.inline(String.valueOf(c)), DSL.inline(""));
    }
    return out;
  }

  private static org.jooq.SelectOnConditionStep<? extends Record> select(DSLContext tx) {
    return tx.select(RECUSAL.ID, RECUSAL.INSPECTOR_ID, INSPECTOR.NAME, INSPECTOR.CERT_NO, DEPARTMENT.NAME, RECUSAL.TARGET_ID,
            TARGET.NAME, CODE, RECUSAL.REASON, RECUSAL.SOURCE, RECUSAL.NOTE)
        .from(RECUSAL)
        .join(INSPECTOR).on(INSPECTOR.ID.eq(RECUSAL.INSPECTOR_ID))
        .join(DEPARTMENT).on(DEPARTMENT.ID.eq(INSPECTOR.DEPARTMENT_ID))
        .join(TARGET).on(TARGET.ID.eq(RECUSAL.TARGET_ID));
  }

  private static org.jooq.SelectOnConditionStep<? extends Record> inspectorSelect(DSLContext tx) {
    return tx.select(INSPECTOR.ID, INSPECTOR.INSPECTOR_KEY, INSPECTOR.NAME, INSPECTOR.CERT_NO, INSPECTOR.DEPARTMENT_ID,
            DEPARTMENT.NAME)
        .from(INSPECTOR).join(DEPARTMENT).on(DEPARTMENT.ID.eq(INSPECTOR.DEPARTMENT_ID));
  }

  private static InspectorRef inspector(Record r) {
    return new InspectorRef(r.get(INSPECTOR.ID), r.get(INSPECTOR.INSPECTOR_KEY), r.get(INSPECTOR.NAME),
        r.get(INSPECTOR.CERT_NO), r.get(INSPECTOR.DEPARTMENT_ID), r.get(DEPARTMENT.NAME));
  }

  private static Recusal toDomain(Record r) {
    String note = r.get(RECUSAL.NOTE);
    return new Recusal(r.get(RECUSAL.ID), r.get(RECUSAL.INSPECTOR_ID), r.get(INSPECTOR.NAME), r.get(INSPECTOR.CERT_NO),
        r.get(DEPARTMENT.NAME), r.get(RECUSAL.TARGET_ID), r.get(TARGET.NAME), r.get(CODE),
        RecusalReason.valueOf(r.get(RECUSAL.REASON)), RecusalSource.valueOf(r.get(RECUSAL.SOURCE)), note == null ? "" : note);
  }
}
