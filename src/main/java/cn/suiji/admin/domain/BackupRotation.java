package cn.suiji.admin.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which automatic daily backups to keep: the newest copy of each of the last {@code daily} days
 * that have one, and the newest copy of each of the last {@code monthly} months that have one.
 * Everything else may be deleted. Copies made by hand, before an upgrade or before a restore are
 * not automatic and never pass through here.
 */
public final class BackupRotation {
  /** The county document's defaults: a week of days and a year of months. */
  public static final int DEFAULT_DAILY = 7;
  public static final int DEFAULT_MONTHLY = 12;

  private BackupRotation() {}

  /** An automatic backup: its file name and the day it was made. */
  public record Copy(String name, LocalDate day) {}

  /** The copies to delete, oldest first. */
  public static List<Copy> toDelete(List<Copy> copies, int daily, int monthly) {
    List<Copy> newestFirst = new ArrayList<>(copies);
    newestFirst.sort(Comparator.comparing(Copy::day).thenComparing(Copy::name).reversed());
    Set<LocalDate> days = new HashSet<>();
    Set<YearMonth> months = new HashSet<>();
    List<Copy> delete = new ArrayList<>();
    for (Copy c : newestFirst) {
      boolean keep = false;
      if (!days.contains(c.day()) && days.size() < daily) {
        days.add(c.day());
        keep = true;
      }
      YearMonth month = YearMonth.from(c.day());
      if (!months.contains(month) && months.size() < monthly) {
        months.add(month);
        keep = true;
      }
      if (!keep) {
        delete.add(0, c);
      }
    }
    return delete;
  }
}
