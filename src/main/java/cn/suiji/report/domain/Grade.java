package cn.suiji.report.domain;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A grade (优秀, 良好 …) reached from {@code minScore} up. */
public record Grade(String name, double minScore) {

  /** The highest grade {@code score} reaches; null without a score or when none is reached. */
  public static @Nullable String of(@Nullable Double score, List<Grade> grades) {
    if (score == null) {
      return null;
    }
    return grades.stream().sorted(Comparator.comparingDouble(Grade::minScore).reversed())
        .filter(g -> score + 1e-9 >= g.minScore()).map(Grade::name).findFirst().orElse(null);
  }
}
