package cn.suiji.directory.domain;

/**
 * How many targets a query matches. Counting stops at a cap (a count of a million rows behind a
 * contains-search would cost more than the page itself), so {@code atLeast} says the real
 * number is {@code value} or more.
 */
public record TargetCount(long value, boolean atLeast) {}
