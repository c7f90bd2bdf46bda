package cn.suiji.directory.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One version of an item of a department's 抽查事项清单. A changed law makes a new version: a new
 * row with the same code valid from a later date ({@link ItemVersions}); a task keeps the id of
 * the version it was planned with. {@code ratioPercent} is a percentage (3 = 3 %); {@code validTo}
 * {@code null} means still in force.
 */
public record InspectionItem(
    @Nullable Long id,
    long departmentId,
    String code,
    String name,
    @Nullable String subItem,
    String legalBasis,
    @Nullable String implementingBody,
    TargetKind targetKind,
    @Nullable String content,
    String method,
    @Nullable BigDecimal ratioPercent,
    @Nullable Integer frequencyPerYear,
    @Nullable String inspectorRequirement,
    ItemClass itemClass,
    @Nullable LocalDate legalReviewDate,
    @Nullable LocalDate publicisedDate,
    LocalDate validFrom,
    @Nullable LocalDate validTo) {

  /** True if this version is in force on {@code day}. */
  public boolean validOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }

  public InspectionItem withId(@Nullable Long newId) {
    return new InspectionItem(newId, departmentId, code, name, subItem, legalBasis, implementingBody, targetKind,
        content, method, ratioPercent, frequencyPerYear, inspectorRequirement, itemClass, legalReviewDate,
        publicisedDate, validFrom, validTo);
  }

  public InspectionItem withValidity(LocalDate from, @Nullable LocalDate to) {
    return new InspectionItem(id, departmentId, code, name, subItem, legalBasis, implementingBody, targetKind, content,
        method, ratioPercent, frequencyPerYear, inspectorRequirement, itemClass, legalReviewDate, publicisedDate, from, to);
  }

  public InspectionItem withMarks(@Nullable LocalDate reviewed, @Nullable LocalDate publicised) {
    return new InspectionItem(id, departmentId, code, name, subItem, legalBasis, implementingBody, targetKind, content,
        method, ratioPercent, frequencyPerYear, inspectorRequirement, itemClass, reviewed, publicised, validFrom, validTo);
  }

  /**
   * True if the two versions say the same thing (ids aside; a ratio of 3 equals 3.00). The marks
   * (legal review, publication) count too.
   */
  public boolean sameContentAs(InspectionItem o) {
    return departmentId == o.departmentId && code.equals(o.code) && name.equals(o.name)
        && Objects.equals(subItem, o.subItem) && legalBasis.equals(o.legalBasis)
        && Objects.equals(implementingBody, o.implementingBody) && targetKind == o.targetKind
        && Objects.equals(content, o.content) && method.equals(o.method)
        && (ratioPercent == null ? o.ratioPercent == null : o.ratioPercent != null && ratioPercent.compareTo(o.ratioPercent) == 0)
        && Objects.equals(frequencyPerYear, o.frequencyPerYear)
        && Objects.equals(inspectorRequirement, o.inspectorRequirement) && itemClass == o.itemClass
        && Objects.equals(legalReviewDate, o.legalReviewDate) && Objects.equals(publicisedDate, o.publicisedDate)
        && validFrom.equals(o.validFrom) && Objects.equals(validTo, o.validTo);
  }
}
