package cn.suiji.directory.data;

import static cn.suiji.shared.db.generated.Tables.DEPARTMENT;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_ITEM;
import static cn.suiji.shared.db.generated.Tables.TASK_ITEM;

import cn.suiji.directory.domain.InspectionItem;
import cn.suiji.directory.domain.ItemClass;
import cn.suiji.directory.domain.ItemQuery;
import cn.suiji.directory.domain.TargetKind;
import cn.suiji.shared.db.generated.tables.records.InspectionItemRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/** The versions of the item list ({@code inspection_item}) and which tasks use them ({@code task_item}). */
public final class ItemRepository {
  /** The versions matching {@code q}, by department order, code and start. */
  public List<InspectionItem> list(DSLContext dsl, ItemQuery q) {
    List<Condition> where = new ArrayList<>();
    if (q.departmentId() != null) {
      where.add(INSPECTION_ITEM.DEPARTMENT_ID.eq(q.departmentId()));
    }
    if (q.itemClass() != null) {
      where.add(INSPECTION_ITEM.ITEM_CLASS.eq(q.itemClass().name()));
    }
    if (q.targetKind() != null) {
      where.add(INSPECTION_ITEM.TARGET_KIND.eq(q.targetKind().name()));
    }
    if (q.validOn() != null) {
      where.add(INSPECTION_ITEM.VALID_FROM.le(q.validOn()));
      where.add(INSPECTION_ITEM.VALID_TO.isNull().or(INSPECTION_ITEM.VALID_TO.ge(q.validOn())));
    }
    if (!q.text().isEmpty()) {
      where.add(INSPECTION_ITEM.CODE.containsIgnoreCase(q.text()).or(INSPECTION_ITEM.NAME.contains(q.text()))
          .or(INSPECTION_ITEM.LEGAL_BASIS.contains(q.text())));
    }
    return dsl.select(INSPECTION_ITEM.fields()).from(INSPECTION_ITEM)
        .join(DEPARTMENT).on(DEPARTMENT.ID.eq(INSPECTION_ITEM.DEPARTMENT_ID))
        .where(where)
        .orderBy(DEPARTMENT.SORT_ORDER, DEPARTMENT.ID, INSPECTION_ITEM.CODE, INSPECTION_ITEM.VALID_FROM)
        .fetch(r -> toDomain(r.into(INSPECTION_ITEM)));
  }

  public Optional<InspectionItem> byId(DSLContext dsl, long id) {
    return dsl.selectFrom(INSPECTION_ITEM).where(INSPECTION_ITEM.ID.eq(id)).fetchOptional(ItemRepository::toDomain);
  }

  /** Every version of {@code code} in the department, oldest first. */
  public List<InspectionItem> versions(DSLContext dsl, long departmentId, String code) {
    return dsl.selectFrom(INSPECTION_ITEM)
        .where(INSPECTION_ITEM.DEPARTMENT_ID.eq(departmentId), INSPECTION_ITEM.CODE.eq(code))
        .orderBy(INSPECTION_ITEM.VALID_FROM).fetch(ItemRepository::toDomain);
  }

  public InspectionItem insert(DSLContext tx, InspectionItem item) {
    InspectionItemRecord r = tx.newRecord(INSPECTION_ITEM);
    fill(r, item);
    r.store();
    return item.withId(r.getId());
  }

  /** Replaces every field of the version with {@code item.id()}. */
  public void update(DSLContext tx, InspectionItem item) {
    InspectionItemRecord r = tx.newRecord(INSPECTION_ITEM);
    fill(r, item);
    r.setId(item.id());
    r.changed(INSPECTION_ITEM.ID, false);
    tx.executeUpdate(r, INSPECTION_ITEM.ID.eq(item.id()));
  }

  public void setValidTo(DSLContext tx, long id, @Nullable LocalDate validTo) {
    tx.update(INSPECTION_ITEM).set(INSPECTION_ITEM.VALID_TO, validTo).where(INSPECTION_ITEM.ID.eq(id)).execute();
  }

  public void setMarks(DSLContext tx, long id, @Nullable LocalDate reviewed, @Nullable LocalDate publicised) {
    tx.update(INSPECTION_ITEM).set(INSPECTION_ITEM.LEGAL_REVIEW_DATE, reviewed)
        .set(INSPECTION_ITEM.PUBLICISED_DATE, publicised).where(INSPECTION_ITEM.ID.eq(id)).execute();
  }

  /** How many tasks use the version {@code id}. */
  public int taskCount(DSLContext dsl, long id) {
    return dsl.fetchCount(TASK_ITEM, TASK_ITEM.ITEM_ID.eq(id));
  }

  /** Tasks per version, for the versions in {@code ids} that any task uses. */
  public Map<Long, Integer> taskCounts(DSLContext dsl, Collection<Long> ids) {
    Map<Long, Integer> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    dsl.select(TASK_ITEM.ITEM_ID, DSL.count()).from(TASK_ITEM).where(TASK_ITEM.ITEM_ID.in(ids))
        .groupBy(TASK_ITEM.ITEM_ID).forEach(r -> out.put(r.value1(), r.value2()));
    return out;
  }

  private static void fill(InspectionItemRecord r, InspectionItem i) {
    r.setDepartmentId(i.departmentId());
    r.setCode(i.code());
    r.setName(i.name());
    r.setSubItem(i.subItem());
    r.setLegalBasis(i.legalBasis());
    r.setImplementingBody(i.implementingBody());
    r.setTargetKind(i.targetKind().name());
    r.setContent(i.content());
    r.setMethod(i.method());
    r.setRatioPercent(i.ratioPercent());
    r.setFrequencyPerYear(i.frequencyPerYear());
    r.setInspectorRequirement(i.inspectorRequirement());
    r.setItemClass(i.itemClass().name());
    r.setLegalReviewDate(i.legalReviewDate());
    r.setPublicisedDate(i.publicisedDate());
    r.setValidFrom(i.validFrom());
    r.setValidTo(i.validTo());
  }

  private static InspectionItem toDomain(InspectionItemRecord r) {
    return new InspectionItem(r.getId(), r.getDepartmentId(), r.getCode(), r.getName(), r.getSubItem(),
        r.getLegalBasis(), r.getImplementingBody(), TargetKind.valueOf(r.getTargetKind()), r.getContent(),
        r.getMethod(), r.getRatioPercent(), r.getFrequencyPerYear(), r.getInspectorRequirement(),
        ItemClass.valueOf(r.getItemClass()), r.getLegalReviewDate(), r.getPublicisedDate(), r.getValidFrom(),
        r.getValidTo());
  }
}
