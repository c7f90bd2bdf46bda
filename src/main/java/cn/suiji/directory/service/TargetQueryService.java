package cn.suiji.directory.service;

import cn.suiji.directory.data.TargetSearchRepository;
import cn.suiji.directory.domain.TargetCount;
import cn.suiji.directory.domain.TargetIndustry;
import cn.suiji.directory.domain.TargetPage;
import cn.suiji.directory.domain.TargetQuery;
import cn.suiji.directory.domain.TargetRow;
import cn.suiji.shared.Progress;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.xlsx.XlsxWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Reads the target directory (检查对象名录库) for the screen and the command line: a page at a
 * time, a capped count, the filter choices, and the export of a query's whole result to .xlsx,
 * streamed from the database to SXSSF so a million rows never sit in memory.
 */
public final class TargetQueryService {
  public static final int PAGE_SIZE = 100;
  /** Counts stop here; the screen then shows "10000 户以上". */
  public static final long COUNT_CAP = 10_000;
  private static final int PROGRESS_EVERY = 1000;

  private final DSLContext dsl;
  private final TargetSearchRepository repository;

  public TargetQueryService(DSLContext dsl, TargetSearchRepository repository) {
    this.dsl = dsl;
    this.repository = repository;
  }

  /** The page starting at {@code offset} (a multiple of the page size) in the query's order. */
  public TargetPage page(TargetQuery query, int offset) {
    List<TargetRow> rows = repository.page(dsl, query, offset, PAGE_SIZE + 1);
    boolean more = rows.size() > PAGE_SIZE;
    return new TargetPage(more ? rows.subList(0, PAGE_SIZE) : rows, offset, more);
  }

  public TargetCount count(TargetQuery query) {
    long n = repository.count(dsl, query, COUNT_CAP + 1);
    return n > COUNT_CAP ? new TargetCount(COUNT_CAP, true) : new TargetCount(n, false);
  }

  public List<String> townships() {
    return repository.townships(dsl);
  }

  public List<TargetIndustry> industries() {
    return repository.industries(dsl);
  }

  /**
   * Writes every target the query matches, in its order, to {@code file} (the screen's columns
   * and the detail fields); returns the number of rows. Cancel leaves no file behind.
   */
  public long export(TargetQuery query, Path file, Messages messages, Progress progress) {
    long total = repository.count(dsl, query, Long.MAX_VALUE);
    long[] written = {0};
    XlsxWriter writer = new XlsxWriter(file, messages.get("targets.export.sheet"), header(messages));
    boolean done = false;
    try {
      progress.update(0, total);
      dsl.transaction(trx -> repository.forEach(trx.dsl(), query, row -> {
        writer.writeRow(values(row, messages));
        if (++written[0] % PROGRESS_EVERY == 0) {
          progress.update(written[0], total);
          progress.checkCancelled();
        }
      }));
      progress.update(written[0], total);
      done = true;
    } finally {
      if (done) {
        writer.close();
      } else {
        writer.discard();
      }
    }
    return written[0];
  }

  private static final List<String> COLUMNS = List.of("targets.field.name", "targets.field.uscc", "targets.field.regNo", "targets.field.kind", "targets.field.legalRep",
      "targets.field.address", "targets.field.township", "targets.field.jurisdictionUnit", "targets.field.industryCode",
      // 行业名称, not the screen's 行业: an import reads 行业 as the code column too, and lost every name of a re-imported export
      "targets.export.industryName", "targets.field.registrationAuthority", "targets.field.status", "targets.field.foundedDate", "targets.field.liaison",
      "targets.field.phone", "targets.field.abnormal", "targets.field.seriousViolation", "targets.field.riskClass", "targets.field.lastInspectedDate", "targets.field.inspectionCount");

  private static List<String> header(Messages messages) {
    return COLUMNS.stream().map(k -> messages.get(k)).toList();
  }

  private static List<Object> values(TargetRow r, Messages m) {
    List<Object> v = new ArrayList<>(COLUMNS.size());
    v.add(r.name());
    v.add(r.uscc());
    v.add(r.regNo());
    v.add(m.label(r.kind()));
    v.add(r.legalRep());
    v.add(r.address());
    v.add(r.township());
    v.add(r.jurisdictionUnit());
    v.add(r.industryCode());
    v.add(r.industryName());
    v.add(r.registrationAuthority());
    v.add(m.label(r.status()));
    v.add(r.foundedDate());
    v.add(r.liaison());
    v.add(r.phone());
    v.add(m.get(r.abnormal() ? "targets.value.yes" : "targets.value.no"));
    v.add(m.get(r.seriousViolation() ? "targets.value.yes" : "targets.value.no"));
    v.add(r.riskClass() == null ? null : r.riskClass().name());
    v.add(r.lastInspectedDate());
    v.add(r.inspectionCount());
    return v;
  }
}
