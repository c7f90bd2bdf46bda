package cn.suiji.directory.service;

import cn.suiji.directory.data.DepartmentRepository;
import cn.suiji.directory.data.DrawnTargetRepository;
import cn.suiji.directory.data.InspectorRepository;
import cn.suiji.directory.data.ItemRepository;
import cn.suiji.directory.data.RecusalRepository;
import cn.suiji.directory.data.TargetHistoryRepository;
import cn.suiji.directory.data.TargetRepository;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.EarlierInspections;
import cn.suiji.directory.domain.InspectionItem;
import cn.suiji.directory.domain.Inspector;
import cn.suiji.directory.domain.RecusalReason;
import cn.suiji.directory.domain.RecusalSource;
import cn.suiji.directory.domain.Target;
import cn.suiji.shared.ids.IdSeal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * For the demo county (issue 17 §5): fills an empty directory — departments, items, targets and
 * their directories, earlier inspections, inspectors, recusals — through the directory's own
 * repositories. Every method runs in the caller's transaction and checks nothing beyond what
 * the repositories and the schema check (the caller made the data and knows it whole); nothing
 * is audited one by one, the caller audits the whole.
 */
public final class DirectorySeed {
  private final DepartmentRepository departments = new DepartmentRepository();
  private final ItemRepository items = new ItemRepository();
  private final TargetRepository targets = new TargetRepository();
  private final DrawnTargetRepository keys = new DrawnTargetRepository();
  private final TargetHistoryRepository history = new TargetHistoryRepository();
  private final RecusalRepository recusals = new RecusalRepository();
  private final InspectorRepository inspectors;

  /** {@code seal}: how the inspectors' ID numbers are stored (docs/decisions/0029). */
  public DirectorySeed(IdSeal seal) {
    this.inspectors = new InspectorRepository(seal);
  }

  /** Inserts the departments in the order given; the stored ones, with their ids. */
  public List<Department> departments(DSLContext tx, List<Department> drafts) {
    return drafts.stream().map(d -> departments.insert(tx, d)).toList();
  }

  /** Inserts the item versions in the order given; the stored ones, with their ids. */
  public List<InspectionItem> items(DSLContext tx, List<InspectionItem> versions) {
    return versions.stream().map(i -> items.insert(tx, i)).toList();
  }

  /**
   * Inserts new targets (keep them to a batch of a thousand or so) as one JDBC batch, in no
   * department's directory yet; the ids the database gave them, by object key.
   */
  public Map<String, Long> targets(DSLContext tx, List<Target> batch, OffsetDateTime now) {
    targets.insert(tx, batch, now);
    return keys.targetIds(tx, batch.stream().map(Target::objectKey).toList());
  }

  /** Adds targets just inserted (so in no directory yet) to the department's directory, in one statement. */
  public void addToDirectory(DSLContext tx, long departmentId, List<Long> targetIds) {
    targets.addNewToDepartment(tx, targetIds.stream().mapToLong(Long::longValue).toArray(), departmentId);
  }

  /** Sets what the directory keeps of the targets' earlier inspections (last inspected, how often). */
  public void earlierInspections(DSLContext tx, List<EarlierInspections> earlier) {
    history.setEarlier(tx, earlier);
  }

  /**
   * Inserts the inspectors (each with its key) and the items each may inspect, the ID numbers
   * sealed by the repository; the stored ones, with their ids. {@code departmentIds}: by code.
   */
  public List<Inspector> inspectors(DSLContext tx, List<Inspector> drafts, Map<String, Long> departmentIds,
      OffsetDateTime now) {
    return drafts.stream().map(i -> inspectors.insert(tx, i, required(departmentIds, i.departmentCode()), now)).toList();
  }

  /** Inserts a recusal of the inspector from the target; its id. */
  public long recusal(DSLContext tx, long inspectorId, long targetId, RecusalReason reason, RecusalSource source,
      String note, OffsetDateTime now) {
    return recusals.insert(tx, inspectorId, targetId, reason, source, note, now);
  }

  private static long required(Map<String, Long> ids, String key) {
    Long id = ids.get(key);
    if (id == null) {
      throw new IllegalArgumentException("no id for " + key);
    }
    return id;
  }
}
