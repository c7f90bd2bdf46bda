package cn.suiji.inspection.domain;

import cn.suiji.plan.domain.TaskScope;
import cn.suiji.plan.domain.TaskType;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the announcement, the notices and the record sheets are made from, as read in a few
 * queries for a whole draw: the task with its plan and lead department, the departments taking
 * part, the items, each inspection's target and the drawn inspectors.
 */
public final class DocumentSources {
  private DocumentSources() {}

  /** A task with what its documents print of it and of its plan. */
  public record Task(
      long id,
      String code,
      String name,
      TaskType type,
      @Nullable String provinceNumber,
      LocalDate startDate,
      LocalDate endDate,
      TaskScope scope,
      long leadDepartmentId,
      @Nullable String planCode,
      String planTitle) {

    /** The task number as published: the province's number where there is one, else the task code. */
    public String number() {
      return provinceNumber == null || provinceNumber.isBlank() ? code : provinceNumber;
    }
  }

  /** A department taking part: its name and its 机关代字. */
  public record Department(long id, String name, String docPrefix) {}

  /** An item of the task, in the version the task uses. */
  public record Item(String code, String name, @Nullable String subItem, String legalBasis, @Nullable String content,
      String method) {

    /** The name with its sub-item, as documents print it: 名称（子项）. */
    public String title() {
      return subItem == null || subItem.isBlank() ? name : name + "（" + subItem + "）";
    }
  }

  /** An inspection of a draw with its target's particulars. */
  public record Target(
      long inspectionId,
      long drawId,
      long taskId,
      int drawOrder,
      InspectionStatus status,
      String name,
      @Nullable String uscc,
      @Nullable String regNo,
      String objectKey,
      @Nullable String address,
      @Nullable String legalRep,
      @Nullable String phone,
      @Nullable String liaison,
      @Nullable String registrationAuthority) {

    /** The credit code, else the registration number, else the object key. */
    public String code() {
      if (uscc != null && !uscc.isBlank()) {
        return uscc;
      }
      return regNo != null && !regNo.isBlank() ? regNo : objectKey;
    }
  }

  /** A drawn inspector: name, 执法证号 (never the ID number) and department. */
  public record Officer(String name, @Nullable String certNo, long departmentId) {}
}
