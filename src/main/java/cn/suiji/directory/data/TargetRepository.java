package cn.suiji.directory.data;

import static cn.suiji.shared.db.generated.Tables.TARGET;
import static cn.suiji.shared.db.generated.Tables.TARGET_DEPARTMENT;

import cn.suiji.directory.domain.RiskClass;
import cn.suiji.directory.domain.Target;
import cn.suiji.directory.domain.TargetField;
import cn.suiji.directory.domain.TargetKind;
import cn.suiji.directory.domain.TargetStatus;
import cn.suiji.shared.db.generated.tables.records.TargetRecord;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * Writes the target directory (the import's side; searching is {@code TargetSearchRepository}):
 * looks up which codes are already there, inserts and updates targets a batch at a time, and
 * adds them to a department's directory. Every method takes the caller's context, so a whole
 * import is one transaction.
 */
public final class TargetRepository {
  /** A target already in the directory, as the import finds it: its key, codes and the whole stored target. */
  public record Existing(long id, String objectKey, @Nullable String uscc, @Nullable String regNo, Target stored) {
    Existing(Target t) {
      this(java.util.Objects.requireNonNull(t.id()), t.objectKey(), t.uscc(), t.regNo(), t);
    }
  }

  private static final List<Field<?>> INSERTED = List.of(TARGET.OBJECT_KEY, TARGET.USCC, TARGET.REG_NO, TARGET.NAME,
      TARGET.KIND, TARGET.LEGAL_REP, TARGET.ADDRESS, TARGET.TOWNSHIP, TARGET.JURISDICTION_UNIT, TARGET.INDUSTRY_CODE,
      TARGET.INDUSTRY_NAME, TARGET.REGISTRATION_AUTHORITY, TARGET.STATUS, TARGET.FOUNDED_DATE, TARGET.LIAISON,
      TARGET.PHONE, TARGET.ABNORMAL, TARGET.SERIOUS_VIOLATION, TARGET.RISK_CLASS, TARGET.UPDATED_AT);

  /** The targets whose uscc, regNo or object key is one of {@code codes} (keep them to a batch). */
  public List<Existing> findByCodes(DSLContext dsl, Collection<String> codes) {
    if (codes.isEmpty()) {
      return List.of();
    }
    // three indexed look-ups: H2 scans the whole table for an OR of three IN lists; whole rows, so
    // that the import can tell an unchanged row from an update without a second look-up
    // UNION ALL, and the same target found twice kept once here: a UNION of whole rows made H2 compare them all
    Map<Long, Existing> found = new LinkedHashMap<>();
    dsl.selectFrom(TARGET).where(TARGET.USCC.in(codes))
        .unionAll(dsl.selectFrom(TARGET).where(TARGET.REG_NO.in(codes)))
        .unionAll(dsl.selectFrom(TARGET).where(TARGET.OBJECT_KEY.in(codes)))
        .fetch(r -> new Existing(toDomain(r))).forEach(e -> found.putIfAbsent(e.id(), e));
    return List.copyOf(found.values());
  }

  /** Which of {@code ids} are in the department's directory already (keep them to a batch). */
  public Set<Long> inDepartment(DSLContext dsl, Collection<Long> ids, long departmentId) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    // by the primary key's target_id only: with bound values and department_id = ? as well, H2 took the
    // (department_id, target_id) index and walked the department's whole directory (0.3 s per 1000 ids at 20,000)
    Set<Long> in = new java.util.HashSet<>();
    dsl.select(TARGET_DEPARTMENT.TARGET_ID, TARGET_DEPARTMENT.DEPARTMENT_ID).from(TARGET_DEPARTMENT)
        .where(TARGET_DEPARTMENT.TARGET_ID.in(ids))
        .forEach(r -> {
          if (r.value2() == departmentId) {
            in.add(r.value1());
          }
        });
    return in;
  }

  /** The columns of {@link #INSERTED}, for the prepared statement of {@link #insert}. */
  private static final String INSERT_SQL = "INSERT INTO target (" + String.join(", ",
      INSERTED.stream().map(f -> f.getName().toLowerCase(java.util.Locale.ROOT)).toList()) + ") VALUES ("
      + String.join(", ", java.util.Collections.nCopies(INSERTED.size(), "?")) + ")";

  /**
   * Inserts new targets (keys as in each record) as one JDBC batch of one prepared statement —
   * a fifth less CPU than one multi-row statement rendered by jOOQ (measured 2026-12-07) — and
   * returns the ids the database gave them, ascending, read back from the same statement.
   */
  public long[] insert(DSLContext tx, List<Target> targets, OffsetDateTime now) {
    if (targets.isEmpty()) {
      return new long[0];
    }
    long[] ids = tx.connectionResult(c -> {
      try (PreparedStatement insert = c.prepareStatement(INSERT_SQL, new String[] {"ID"})) {
        for (Target t : targets) {
          Object[] values = {t.objectKey(), t.uscc(), t.regNo(), t.name(), t.kind().name(), t.legalRep(), t.address(),
              t.township(), t.jurisdictionUnit(), t.industryCode(), t.industryName(), t.registrationAuthority(),
              t.status().name(), t.foundedDate(), t.liaison(), t.phone(), t.abnormal(), t.seriousViolation(),
              t.riskClass() == null ? null : t.riskClass().name(), now};
          for (int i = 0; i < values.length; i++) {
            insert.setObject(i + 1, values[i]);
          }
          insert.addBatch();
        }
        insert.executeBatch();
        long[] out = new long[targets.size()];
        int n = 0;
        try (ResultSet keys = insert.getGeneratedKeys()) {
          while (keys.next()) {
            out[n++] = keys.getLong(1);
          }
        }
        if (n != out.length) {
          throw new SQLException("expected " + out.length + " generated ids, got " + n);
        }
        return out;
      }
    });
    Arrays.sort(ids);
    return ids;
  }

  /**
   * Updates saved targets (each with its id) from an import: only the fields whose column the
   * file has, and a code only where the row has one, so a file without a column erases nothing.
   * The object key and the inspection history are never touched.
   */
  public void update(DSLContext tx, List<Target> targets, Set<TargetField> columns, OffsetDateTime now) {
    if (targets.isEmpty()) {
      return;
    }
    List<Query> queries = new ArrayList<>(targets.size());
    for (Target t : targets) {
      Map<Field<?>, Object> set = new LinkedHashMap<>();
      if (t.uscc() != null) {
        set.put(TARGET.USCC, t.uscc());
      }
      if (t.regNo() != null) {
        set.put(TARGET.REG_NO, t.regNo());
      }
      set.put(TARGET.NAME, t.name());
      put(set, columns, TargetField.KIND, TARGET.KIND, t.kind().name());
      put(set, columns, TargetField.LEGAL_REP, TARGET.LEGAL_REP, t.legalRep());
      put(set, columns, TargetField.ADDRESS, TARGET.ADDRESS, t.address());
      put(set, columns, TargetField.TOWNSHIP, TARGET.TOWNSHIP, t.township());
      put(set, columns, TargetField.JURISDICTION_UNIT, TARGET.JURISDICTION_UNIT, t.jurisdictionUnit());
      put(set, columns, TargetField.INDUSTRY, TARGET.INDUSTRY_CODE, t.industryCode());
      put(set, columns, TargetField.INDUSTRY, TARGET.INDUSTRY_NAME, t.industryName());
      put(set, columns, TargetField.INDUSTRY_NAME, TARGET.INDUSTRY_NAME, t.industryName());
      put(set, columns, TargetField.REGISTRATION_AUTHORITY, TARGET.REGISTRATION_AUTHORITY, t.registrationAuthority());
      put(set, columns, TargetField.STATUS, TARGET.STATUS, t.status().name());
      put(set, columns, TargetField.FOUNDED, TARGET.FOUNDED_DATE, t.foundedDate());
      put(set, columns, TargetField.LIAISON, TARGET.LIAISON, t.liaison());
      put(set, columns, TargetField.PHONE, TARGET.PHONE, t.phone());
      put(set, columns, TargetField.ABNORMAL, TARGET.ABNORMAL, t.abnormal());
      put(set, columns, TargetField.SERIOUS_VIOLATION, TARGET.SERIOUS_VIOLATION, t.seriousViolation());
      put(set, columns, TargetField.RISK_CLASS, TARGET.RISK_CLASS, t.riskClass() == null ? null : t.riskClass().name());
      set.put(TARGET.UPDATED_AT, now);
      queries.add(tx.update(TARGET).set(set).where(TARGET.ID.eq(t.id())));
    }
    tx.batch(queries).execute();
  }

  private static void put(Map<Field<?>, Object> set, Set<TargetField> columns, TargetField column, Field<?> field,
      @Nullable Object value) {
    if (columns.contains(column)) {
      set.put(field, value);
    }
  }

  /** Adds targets just inserted (so in no department yet) to the department's directory. */
  public void addNewToDepartment(DSLContext tx, long[] ids, long departmentId) {
    if (ids.length == 0) {
      return;
    }
    var insert = tx.insertInto(TARGET_DEPARTMENT, TARGET_DEPARTMENT.TARGET_ID, TARGET_DEPARTMENT.DEPARTMENT_ID);
    var values = insert.values(ids[0], departmentId);
    for (int i = 1; i < ids.length; i++) {
      values = values.values(ids[i], departmentId);
    }
    values.execute();
  }

  /** Adds saved targets to the department's directory, where they are not there yet. */
  public void addToDepartment(DSLContext tx, Collection<Long> ids, long departmentId) {
    if (ids.isEmpty()) {
      return;
    }
    tx.insertInto(TARGET_DEPARTMENT, TARGET_DEPARTMENT.TARGET_ID, TARGET_DEPARTMENT.DEPARTMENT_ID)
        .select(DSL.select(TARGET.ID, DSL.val(departmentId)).from(TARGET)
            .where(TARGET.ID.in(ids))
            .andNotExists(DSL.selectOne().from(TARGET_DEPARTMENT)
                .where(TARGET_DEPARTMENT.TARGET_ID.eq(TARGET.ID), TARGET_DEPARTMENT.DEPARTMENT_ID.eq(departmentId))))
        .execute();
  }

  /** Sets both codes of one target as given, a {@code null} clearing it (the edit form; the key stays). */
  public void setCodes(DSLContext tx, long id, @Nullable String uscc, @Nullable String regNo) {
    tx.update(TARGET).set(TARGET.USCC, uscc).set(TARGET.REG_NO, regNo).where(TARGET.ID.eq(id)).execute();
  }

  /** The target with this id. */
  public Optional<Target> findById(DSLContext dsl, long id) {
    return dsl.selectFrom(TARGET).where(TARGET.ID.eq(id)).fetchOptional(TargetRepository::toDomain);
  }

  /** The target with this uscc, regNo or object key. */
  public Optional<Target> findByCode(DSLContext dsl, String code) {
    return dsl.selectFrom(TARGET).where(TARGET.USCC.eq(code).or(TARGET.REG_NO.eq(code)).or(TARGET.OBJECT_KEY.eq(code)))
        .fetchOptional(TargetRepository::toDomain);
  }

  /** Whether no target at all is stored (in any department): nothing a file's codes could match. */
  public boolean none(DSLContext dsl) {
    return !dsl.fetchExists(TARGET);
  }

  /** How many targets the directory holds, in all departments. */
  public int count(DSLContext dsl) {
    return dsl.fetchCount(TARGET);
  }

  /** How many targets are in the department's directory. */
  public int countInDepartment(DSLContext dsl, long departmentId) {
    return dsl.fetchCount(TARGET_DEPARTMENT, TARGET_DEPARTMENT.DEPARTMENT_ID.eq(departmentId));
  }

  private static Target toDomain(TargetRecord r) {
    return new Target(r.getId(), r.getObjectKey(), r.getUscc(), r.getRegNo(), r.getName(), TargetKind.valueOf(r.getKind()),
        r.getLegalRep(), r.getAddress(), r.getTownship(), r.getJurisdictionUnit(), r.getIndustryCode(),
        r.getIndustryName(), r.getRegistrationAuthority(), TargetStatus.valueOf(r.getStatus()), r.getFoundedDate(),
        r.getLiaison(), r.getPhone(), r.getAbnormal(), r.getSeriousViolation(),
        r.getRiskClass() == null ? null : RiskClass.valueOf(r.getRiskClass()));
  }
}
