package cn.suiji.cli.bench;

import cn.suiji.cli.bench.data.SyntheticTargets;
import cn.suiji.directory.data.TargetSearchRepository;
import cn.suiji.directory.domain.SearchField;
import cn.suiji.directory.domain.TargetQuery;
import cn.suiji.directory.service.TargetQueryService;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.jooq.DSLContext;

/**
 * {@code suiji bench search}: fills a database with made-up targets (only one that is empty or
 * that the bench filled before), then times the first page of the directory's three kinds of
 * search beside the plain {@code name LIKE '%…%'} scan they replace.
 */
public final class TargetSearchBench {
  /** A brand that {@link SyntheticTargets} gives to 12 of every million targets. */
  public static final String NAME_TEXT = "鑫源辰";
  /** A uscc prefix a hundred synthetic targets share, typed with a space as a clerk might paste it. */
  public static final String USCC_TEXT = "91620821 00000012";
  private static final long CHUNK = 100_000;

  private final DSLContext dsl;
  private final TargetSearchRepository repository;

  public TargetSearchBench(DSLContext dsl, TargetSearchRepository repository) {
    this.dsl = dsl;
    this.repository = repository;
  }

  /** One measured query: its median first-page time over the runs, and the rows it returned. */
  public record Timing(String query, double medianMs, double bestMs, int rows) {}

  /** Adds synthetic targets until there are {@code wanted}; returns how many were added. */
  public long fill(long wanted, Progress progress) {
    long[] census = SyntheticTargets.census(dsl);
    if (census[1] > 0) {
      throw new SuijiException("bench.search.notEmpty", census[1]);
    }
    long have = census[0];
    for (long from = have + 1; from <= wanted; from += CHUNK) {
      long start = from;
      long n = Math.min(CHUNK, wanted - from + 1);
      dsl.transaction(trx -> TargetWriteFloor.insertIndexed(trx.dsl(), start, n, n));
      progress.update(from + n - 1, wanted);
      progress.checkCancelled();
    }
    return Math.max(0, wanted - have);
  }

  /**
   * Times each kind of query {@code runs} times after one warm-up run. Each run asks a different
   * text or filter (H2 reuses the result of a statement it has just run on unchanged tables, so
   * repeating one query would time its cache): run {@code i} looks for brand {@code i}, prefix
   * {@code i}, industry {@code i}, each matching as many rows as the first.
   */
  public List<Timing> run(int runs) {
    TargetQuery all = TargetQuery.all();
    List<Timing> out = new ArrayList<>();
    out.add(time("bench.search.query.a", runs, i -> page(all.withText(brand(i), SearchField.NAME))));
    out.add(time("bench.search.query.b", runs, i -> page(all.withText(
        i == 0 ? USCC_TEXT : "91620821 000000" + (12 + i), SearchField.AUTO))));
    out.add(time("bench.search.query.c", runs, i -> page(all.withTownship(SyntheticTargets.townshipOfIndustry(i))
        .withIndustry(SyntheticTargets.industry(i)))));
    out.add(time("bench.search.query.plain", runs,
        i -> repository.plainNameScan(dsl, brand(i), TargetQueryService.PAGE_SIZE).size()));
    return out;
  }

  /** {@link #NAME_TEXT} for run 0, then other brands of the same frequency. */
  private static String brand(int i) {
    return i == 0 ? NAME_TEXT : SyntheticTargets.brand(i);
  }

  private int page(TargetQuery q) {
    return repository.page(dsl, q, 0, TargetQueryService.PAGE_SIZE).size();
  }

  private static Timing time(String query, int runs, IntUnaryOperator work) {
    int rows = work.applyAsInt(runs + 1); // warm-up on a query not timed
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      rows = work.applyAsInt(i);
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    return new Timing(query, ms[runs / 2], ms[0], rows); // rows: of the last run
  }
}
