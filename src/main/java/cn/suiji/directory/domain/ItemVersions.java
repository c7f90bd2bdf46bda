package cn.suiji.directory.domain;

import cn.suiji.shared.SuijiException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The versioning rule of the item list, as pure code for the item service and the import. "New
 * version from D": the current version (the latest of its code) ends on D − 1 and a new row with
 * the same code is valid from D; D must fall after the current version's start. Versions of one
 * code never overlap. A version that a task uses is never edited: the clerk makes a new version.
 */
public final class ItemVersions {
  /** The current version as it must be stored (closed, or unchanged) and the new version to insert. */
  public record Change(InspectionItem closed, InspectionItem created) {}

  private ItemVersions() {}

  /**
   * Makes {@code draft} (its fields, code forced to the current's) the version from {@code from}.
   *
   * @throws SuijiException {@code directory.item.version.tooEarly} if {@code from} is not after
   *     the current version's start
   */
  public static Change newVersion(InspectionItem current, InspectionItem draft, LocalDate from) {
    if (!from.isAfter(current.validFrom())) {
      throw new SuijiException("directory.item.version.tooEarly", current.code(), from.toString(),
          current.validFrom().toString());
    }
    LocalDate end = from.minusDays(1);
    InspectionItem closed = current.validTo() != null && current.validTo().isBefore(end)
        ? current : current.withValidity(current.validFrom(), end);
    LocalDate to = draft.validTo() != null && !draft.validTo().isBefore(from) ? draft.validTo() : null;
    InspectionItem created = new InspectionItem(null, current.departmentId(), current.code(), draft.name(),
        draft.subItem(), draft.legalBasis(), draft.implementingBody(), draft.targetKind(), draft.content(),
        draft.method(), draft.ratioPercent(), draft.frequencyPerYear(), draft.inspectorRequirement(),
        draft.itemClass(), draft.legalReviewDate(), draft.publicisedDate(), from, to);
    return new Change(closed, created);
  }

  /** The latest version (by start) among {@code versions}, or {@code null} if there is none. */
  public static @Nullable InspectionItem latest(List<InspectionItem> versions) {
    return versions.stream().max(Comparator.comparing(InspectionItem::validFrom)).orElse(null);
  }

  /** The first of {@code others} (same code; {@code candidate} itself excluded by id) whose validity overlaps. */
  public static @Nullable InspectionItem overlapping(List<InspectionItem> others, InspectionItem candidate) {
    for (InspectionItem o : others) {
      if (candidate.id() != null && candidate.id().equals(o.id())) {
        continue;
      }
      boolean startsBeforeOtherEnds = o.validTo() == null || !candidate.validFrom().isAfter(o.validTo());
      boolean endsAfterOtherStarts = candidate.validTo() == null || !candidate.validTo().isBefore(o.validFrom());
      if (startsBeforeOtherEnds && endsAfterOtherStarts) {
        return o;
      }
    }
    return null;
  }

  /** Refuses an edit of a version that {@code tasks} tasks use. */
  public static void requireUnused(InspectionItem version, int tasks) {
    if (tasks > 0) {
      throw new SuijiException("directory.item.version.used", version.code(), version.validFrom().toString(), tasks);
    }
  }
}
