package cn.suiji.directory.data;

import static cn.suiji.shared.db.generated.Tables.DEPARTMENT;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_ITEM;
import static cn.suiji.shared.db.generated.Tables.INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.INSPECTOR_ITEM;

import cn.suiji.directory.domain.Gender;
import cn.suiji.directory.domain.Inspector;
import cn.suiji.directory.domain.InspectorFilter;
import cn.suiji.directory.domain.InspectorStatus;
import cn.suiji.directory.domain.ItemOption;
import cn.suiji.shared.db.generated.tables.records.InspectorItemRecord;
import cn.suiji.shared.ids.IdSeal;
import cn.suiji.shared.db.generated.tables.records.InspectorRecord;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * The inspector directory's table and the items each inspector may inspect, for the inspector
 * service and import. A county has a few hundred inspectors: lists are read whole, with their
 * item codes in one second query. ID numbers are stored sealed with a fingerprint
 * ({@link IdSeal}, docs/decisions/0029): never in plain text in the file.
 */
public final class InspectorRepository {
  private final IdSeal seal;

  public InspectorRepository(IdSeal seal) {
    this.seal = seal;
  }

  /** The inspectors matching {@code filter}, by department order then 人员编号. */
  public List<Inspector> list(DSLContext dsl, InspectorFilter filter) {
    List<Condition> where = new ArrayList<>();
    if (filter.departmentCode() != null && !filter.departmentCode().isBlank()) {
      where.add(DEPARTMENT.CODE.eq(filter.departmentCode().strip()));
    }
    if (filter.status() != null) {
      where.add(INSPECTOR.STATUS.eq(filter.status().name()));
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      String t = filter.text().strip();
      where.add(INSPECTOR.NAME.containsIgnoreCase(t).or(INSPECTOR.INSPECTOR_KEY.containsIgnoreCase(t))
          .or(INSPECTOR.CERT_NO.containsIgnoreCase(t)));
    }
    return read(dsl, DSL.and(where));
  }

  public Optional<Inspector> findByKey(DSLContext dsl, String key) {
    return read(dsl, INSPECTOR.INSPECTOR_KEY.eq(key)).stream().findFirst();
  }

  public Optional<Inspector> findByCertNo(DSLContext dsl, String certNo) {
    return read(dsl, INSPECTOR.CERT_NO.eq(certNo)).stream().findFirst();
  }

  /** The inspector holding the (normalised) ID number {@code idNumber}, the first by id if several already do. */
  public Optional<Inspector> findByIdNumber(DSLContext dsl, String idNumber) {
    return read(dsl, INSPECTOR.ID_FINGERPRINT.eq(seal.fingerprint(idNumber))).stream().findFirst();
  }

  public Optional<Inspector> findById(DSLContext dsl, long id) {
    return read(dsl, INSPECTOR.ID.eq(id)).stream().findFirst();
  }

  private List<Inspector> read(DSLContext dsl, Condition condition) {
    Map<Long, Inspector> byId = new LinkedHashMap<>();
    for (Record r : dsl.select(INSPECTOR.fields()).select(DEPARTMENT.CODE)
        .from(INSPECTOR).join(DEPARTMENT).on(DEPARTMENT.ID.eq(INSPECTOR.DEPARTMENT_ID))
        .where(condition)
        .orderBy(DEPARTMENT.SORT_ORDER, DEPARTMENT.ID, INSPECTOR.INSPECTOR_KEY)
        .fetch()) {
      InspectorRecord i = r.into(INSPECTOR);
      byId.put(i.getId(), toDomain(i, r.get(DEPARTMENT.CODE), List.of()));
    }
    if (byId.isEmpty()) {
      return List.of();
    }
    Map<Long, Set<String>> items = new HashMap<>();
    Condition which = byId.size() > 500 ? DSL.trueCondition() : INSPECTOR_ITEM.INSPECTOR_ID.in(byId.keySet());
    dsl.select(INSPECTOR_ITEM.INSPECTOR_ID, INSPECTOR_ITEM.ITEM_CODE).from(INSPECTOR_ITEM).where(which)
        .forEach(r -> items.computeIfAbsent(r.value1(), k -> new TreeSet<>()).add(r.value2()));
    List<Inspector> out = new ArrayList<>(byId.size());
    byId.forEach((id, i) -> out.add(i.withItemCodes(List.copyOf(items.getOrDefault(id, Set.of())))));
    return out;
  }

  /** Inserts the inspector (its key set) and its item codes; the stored inspector with its id. */
  public Inspector insert(DSLContext tx, Inspector i, long departmentId, OffsetDateTime now) {
    InspectorRecord r = tx.newRecord(INSPECTOR);
    fill(r, i, departmentId, now);
    r.setInspectorKey(required(i.key()));
    r.store();
    replaceItems(tx, r.getId(), i.itemCodes());
    return i.saved(r.getId(), r.getInspectorKey());
  }

  /** Replaces every field but the id and the key of inspector {@code i.id()}, and its item codes. */
  public void update(DSLContext tx, Inspector i, long departmentId, OffsetDateTime now) {
    InspectorRecord r = tx.fetchSingle(INSPECTOR, INSPECTOR.ID.eq(required(i.id())));
    fill(r, i, departmentId, now);
    r.store();
    replaceItems(tx, r.getId(), i.itemCodes());
  }

  public void setStatus(DSLContext tx, long id, InspectorStatus status, OffsetDateTime now) {
    tx.update(INSPECTOR).set(INSPECTOR.STATUS, status.name()).set(INSPECTOR.UPDATED_AT, now)
        .where(INSPECTOR.ID.eq(id)).execute();
  }

  public void replaceItems(DSLContext tx, long id, Collection<String> codes) {
    tx.deleteFrom(INSPECTOR_ITEM).where(INSPECTOR_ITEM.INSPECTOR_ID.eq(id)).execute();
    if (!codes.isEmpty()) {
      tx.batchInsert(codes.stream().map(c -> new InspectorItemRecord(id, c)).toList()).execute();
    }
  }

  /** The distinct item codes of each department (by department code), for the checks. */
  public Map<String, Set<String>> itemCodes(DSLContext dsl) {
    Map<String, Set<String>> out = new HashMap<>();
    dsl.selectDistinct(DEPARTMENT.CODE, INSPECTION_ITEM.CODE).from(INSPECTION_ITEM)
        .join(DEPARTMENT).on(DEPARTMENT.ID.eq(INSPECTION_ITEM.DEPARTMENT_ID))
        .forEach(r -> out.computeIfAbsent(r.value1(), k -> new TreeSet<>()).add(r.value2()));
    return out;
  }

  /** A department's items by code, each with the name of its latest version, for the editor's choice. */
  public List<ItemOption> items(DSLContext dsl, String departmentCode) {
    Map<String, String> names = new LinkedHashMap<>();
    dsl.select(INSPECTION_ITEM.CODE, INSPECTION_ITEM.NAME).from(INSPECTION_ITEM)
        .join(DEPARTMENT).on(DEPARTMENT.ID.eq(INSPECTION_ITEM.DEPARTMENT_ID))
        .where(DEPARTMENT.CODE.eq(departmentCode))
        .orderBy(INSPECTION_ITEM.CODE, INSPECTION_ITEM.VALID_FROM)
        .forEach(r -> names.put(r.value1(), r.value2()));
    return names.entrySet().stream().map(e -> new ItemOption(e.getKey(), e.getValue())).toList();
  }

  /** Every 人员编号 starting with {@code prefix}, to find the next free one. */
  public List<String> keysStartingWith(DSLContext dsl, String prefix) {
    return dsl.select(INSPECTOR.INSPECTOR_KEY).from(INSPECTOR).where(INSPECTOR.INSPECTOR_KEY.startsWith(prefix))
        .fetch(INSPECTOR.INSPECTOR_KEY);
  }

  /**
   * How many stored ID numbers this key cannot open (the key file beside the data file was lost
   * or replaced): they are shown as missing and kept as they are until the clerk types them again.
   */
  public int unreadableIdNumbers(DSLContext dsl) {
    return (int) dsl.select(INSPECTOR.ID_SEALED).from(INSPECTOR).where(INSPECTOR.ID_SEALED.isNotNull())
        .fetch(INSPECTOR.ID_SEALED).stream().filter(sealed -> seal.open(sealed).isEmpty()).count();
  }

  private void fill(InspectorRecord r, Inspector i, long departmentId, OffsetDateTime now) {
    r.setDepartmentId(departmentId);
    r.setName(i.name());
    r.setGender(i.gender() == null ? null : i.gender() == Gender.MALE ? "M" : "F");
    boolean keepUnreadable = i.idNumber() == null && r.getIdSealed() != null && seal.open(r.getIdSealed()).isEmpty();
    if (!keepUnreadable) {
      r.setIdSealed(seal.seal(i.idNumber()));
      r.setIdFingerprint(seal.fingerprint(i.idNumber()));
    }
    r.setIdNumber(null);
    r.setPost(i.post());
    r.setEnforcementField(i.enforcementField());
    r.setCertNo(i.certNo());
    r.setCertExpiry(i.certExpiry());
    r.setArea(i.area());
    r.setStatus(i.status().name());
    r.setPhone(i.phone());
    r.setUpdatedAt(now);
  }

  private Inspector toDomain(InspectorRecord r, String departmentCode, List<String> items) {
    Gender gender = r.getGender() == null ? null : "M".equals(r.getGender()) ? Gender.MALE : Gender.FEMALE;
    return new Inspector(r.getId(), r.getInspectorKey(), departmentCode, r.getName(), gender,
        seal.open(r.getIdSealed()).orElse(null),
        r.getPost(), r.getEnforcementField(), r.getCertNo() == null ? "" : r.getCertNo(), r.getCertExpiry(), r.getArea(),
        InspectorStatus.valueOf(r.getStatus()), r.getPhone(), items);
  }

  private static <T> T required(@Nullable T value) {
    if (value == null) {
      throw new IllegalArgumentException("a saved inspector needs its id and key");
    }
    return value;
  }
}
