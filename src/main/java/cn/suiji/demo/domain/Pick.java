package cn.suiji.demo.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * Random choices for the generators, all from one seeded {@link Random} so that a seed gives
 * the same county every time (the generators must call it in a fixed order).
 */
final class Pick {
  private final Random random;

  Pick(long seed) {
    this.random = new Random(seed);
  }

  <T> T one(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A number from 0 (included) to 1 (excluded). */
  double fraction() {
    return random.nextDouble();
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** An integer from {@code from} to {@code to}, both included. */
  int between(int from, int to) {
    return from + random.nextInt(to - from + 1);
  }

  /** A date from {@code from} to {@code to}, both included. */
  LocalDate date(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    return from.plusDays((long) (random.nextDouble() * (days + 1)));
  }

  /** {@code count} random digits. */
  String digits(int count) {
    StringBuilder s = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      s.append((char) ('0' + random.nextInt(10)));
    }
    return s.toString();
  }

  /** One of {@code values}, each as likely as its weight. */
  <T> T weighted(List<T> values, ToDoubleFunction<T> weight) {
    double total = 0;
    for (T v : values) {
      total += weight.applyAsDouble(v);
    }
    double r = random.nextDouble() * total;
    for (T v : values) {
      r -= weight.applyAsDouble(v);
      if (r < 0) {
        return v;
      }
    }
    return values.get(values.size() - 1);
  }

  /** {@code count} distinct members of {@code values}, in random order. */
  <T> List<T> sample(List<T> values, int count) {
    List<T> copy = new ArrayList<>(values);
    Collections.shuffle(copy, random);
    return List.copyOf(copy.subList(0, Math.min(count, copy.size())));
  }

  /** An 11-digit mobile number (as text). */
  String mobile() {
    return one(MOBILE_PREFIXES) + digits(8);
  }

  private static final List<String> MOBILE_PREFIXES =
      List.of("133", "135", "138", "139", "150", "151", "153", "158", "177", "180", "181", "189", "193", "199");
}
