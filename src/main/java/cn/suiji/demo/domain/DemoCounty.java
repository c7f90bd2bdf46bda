package cn.suiji.demo.domain;

import cn.suiji.directory.domain.InspectorStatus;
import cn.suiji.directory.domain.ItemClass;
import cn.suiji.directory.domain.RecusalReason;
import cn.suiji.directory.domain.RecusalSource;
import cn.suiji.directory.domain.RiskClass;
import cn.suiji.directory.domain.TargetKind;
import cn.suiji.directory.domain.TargetStatus;
import cn.suiji.plan.domain.InspectionMode;
import cn.suiji.plan.domain.TaskStatus;
import cn.suiji.plan.domain.TaskType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A whole invented county as {@link DemoGenerator} makes it, for the repository that writes it.
 * Records refer to each other by their natural keys (department code, item code, target object
 * key, inspector key), never by database ids.
 *
 * @param name the county, e.g. 青岚县
 * @param docLetter the county's letter in 机关代字, e.g. 青
 * @param areaCode the six-digit administrative area code used in its codes
 * @param townships its townships (乡镇), the seat first
 */
public record DemoCounty(
    String name,
    String docLetter,
    String areaCode,
    List<String> townships,
    List<Department> departments,
    List<Item> items,
    List<Target> targets,
    List<Inspector> inspectors,
    List<Recusal> recusals,
    List<Rules> rules,
    List<Plan> plans) {

  public DemoCounty {
    townships = List.copyOf(townships);
    departments = List.copyOf(departments);
    items = List.copyOf(items);
    targets = List.copyOf(targets);
    inspectors = List.copyOf(inspectors);
    recusals = List.copyOf(recusals);
    rules = List.copyOf(rules);
    plans = List.copyOf(plans);
  }

  /** Every task of every plan. */
  public List<Task> tasks() {
    return plans.stream().flatMap(p -> p.tasks().stream()).toList();
  }

  /** 执法部门; {@code docPrefix} is the 机关代字, e.g. 青市监. */
  public record Department(String code, String name, String docPrefix, int sortOrder) {}

  /** One item of a department's list, valid from {@code validFrom} with no end. */
  public record Item(
      String departmentCode,
      String code,
      String name,
      String legalBasis,
      String implementingBody,
      TargetKind targetKind,
      String content,
      String method,
      BigDecimal ratioPercent,
      int frequencyPerYear,
      String inspectorRequirement,
      ItemClass itemClass,
      LocalDate legalReviewDate,
      LocalDate publicisedDate,
      LocalDate validFrom) {}

  /**
   * A market entity in the target directory; {@code objectKey} is its uscc. {@code departments}
   * are the codes of the departments whose directories hold it.
   */
  public record Target(
      String objectKey,
      String uscc,
      @Nullable String regNo,
      String name,
      TargetKind kind,
      String legalRep,
      String address,
      String township,
      String jurisdictionUnit,
      String industryCode,
      String industryName,
      String registrationAuthority,
      TargetStatus status,
      LocalDate foundedDate,
      String liaison,
      String phone,
      boolean abnormal,
      boolean seriousViolation,
      @Nullable RiskClass riskClass,
      @Nullable LocalDate lastInspectedDate,
      int inspectionCount,
      List<String> departments) {

    public Target {
      departments = List.copyOf(departments);
    }

    /** The same target with another legal representative (and liaison). */
    public Target withLegalRep(String person) {
      return new Target(objectKey, uscc, regNo, name, kind, person, address, township, jurisdictionUnit,
          industryCode, industryName, registrationAuthority, status, foundedDate, person, phone, abnormal,
          seriousViolation, riskClass, lastInspectedDate, inspectionCount, departments);
    }
  }

  /** An inspector; {@code gender} is {@code M} or {@code F}; {@code itemCodes} are the items they may inspect. */
  public record Inspector(
      String key,
      String departmentCode,
      String name,
      String gender,
      String idNumber,
      String post,
      String enforcementField,
      String certNo,
      LocalDate certExpiry,
      String area,
      InspectorStatus status,
      String phone,
      List<String> itemCodes) {

    public Inspector {
      itemCodes = List.copyOf(itemCodes);
    }
  }

  /** 回避: the inspector must never be paired with the target. */
  public record Recusal(String inspectorKey, String targetKey, RecusalReason reason, RecusalSource source, String note) {}

  /** A department's 工作细则, with the contact its notices print. */
  public record Rules(
      String departmentCode,
      int inspectorsPerTarget,
      BigDecimal floorUndirected,
      BigDecimal floorDirected,
      int exclusionMonths,
      int publishWorkdays,
      boolean listedFullCoverage,
      String recusalRule,
      String rulesText,
      String contactPerson,
      String contactPhone) {}

  /** A department's annual plan with its code (抽查计划编号) and its tasks. */
  public record Plan(String departmentCode, int year, String title, String code, LocalDate filedDate,
      LocalDate publishedDate, List<Task> tasks) {

    public Plan {
      tasks = List.copyOf(tasks);
    }
  }

  /**
   * A task: either {@code ratioPercent} or the per-risk-class ratios are set. {@code itemCodes}
   * may include items of the partner departments (a joint task checks several things at once);
   * {@code partners} are the 配合部门, empty for a single-department task.
   */
  public record Task(
      String code,
      String name,
      TaskType type,
      String leadDepartmentCode,
      @Nullable BigDecimal ratioPercent,
      @Nullable BigDecimal ratioA,
      @Nullable BigDecimal ratioB,
      @Nullable BigDecimal ratioC,
      @Nullable BigDecimal ratioD,
      TaskScope scope,
      LocalDate startDate,
      LocalDate endDate,
      InspectionMode mode,
      TaskStatus status,
      List<String> itemCodes,
      List<String> partners) {

    public Task {
      itemCodes = List.copyOf(itemCodes);
      partners = List.copyOf(partners);
    }

    /** Whether the task draws each risk class at its own ratio. */
    public boolean byRiskClass() {
      return ratioA != null || ratioB != null || ratioC != null || ratioD != null;
    }
  }
}
