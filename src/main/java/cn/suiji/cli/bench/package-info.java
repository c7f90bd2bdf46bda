/**
 * {@code suiji bench}: the benchmarks ({@code BenchCommand} lists them) and the crash campaign.
 * Some measure in the JVM that runs them (draw, stats, results); others start child JVMs with a
 * bounded heap ({@code BenchChild} for import, {@code NoticesChild}, {@code StartChild}) or to be
 * killed ({@code CrashWorkload}). Each prints its figure beside a floor measured in the same run.
 */
@NullMarked
package cn.suiji.cli.bench;

import org.jspecify.annotations.NullMarked;
