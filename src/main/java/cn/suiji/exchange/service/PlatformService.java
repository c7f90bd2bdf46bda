package cn.suiji.exchange.service;

import cn.suiji.exchange.data.OutboxRepository;
import cn.suiji.exchange.domain.Batch;
import cn.suiji.exchange.domain.Receipt;
import cn.suiji.exchange.domain.ReceiptOutcome;
import cn.suiji.exchange.remote.FeedbackSheet;
import cn.suiji.exchange.remote.PlatformWorkbook;
import cn.suiji.exchange.remote.WorkbookMapping;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.l10n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Way 1 to the province (issue 14, ADR 0037): the pending entries as the platform's batch-import
 * workbook, a batch of its own way (WORKBOOK, an id range as a package); the clerk uploads it on
 * the platform's page and marks the batch sent; the platform's feedback sheet then answers each
 * entry through the same code as a receipt ({@link ExchangeService#apply(DSLContext, Receipt)}),
 * every batch it names in one transaction.
 */
public final class PlatformService {
  private static final Logger LOG = LoggerFactory.getLogger(PlatformService.class);

  private final DSLContext dsl;
  private final OutboxRepository repository;
  private final ExchangeService exchange;
  private final Auditor auditor;
  private final Clock clock;

  /** The mapping file is the exchange service's (the package carries the same workbook). */
  public PlatformService(DSLContext dsl, OutboxRepository repository, ExchangeService exchange, Auditor auditor,
      Clock clock) {
    this.dsl = dsl;
    this.repository = repository;
    this.exchange = exchange;
    this.auditor = auditor;
    this.clock = clock;
  }

  /** The county's column mapping (checked line by line), or the default. */
  public WorkbookMapping mapping() {
    return exchange.mapping();
  }

  /** Where the county's mapping file is (or would be), null without a data file. */
  public @Nullable Path mappingFile() {
    return exchange.mappingFile();
  }

  /** What the feedback sheet changed, and the rows it could not match. */
  public record FeedbackOutcome(int accepted, int rejected, int unchanged, int repeated, List<String> batches,
      List<String> unknown) {
    public FeedbackOutcome {
      batches = List.copyOf(batches);
      unknown = List.copyOf(unknown);
    }
  }

  /**
   * Writes every entry waiting for a batch into {@code dir/KEY.xlsx} and records the batch
   * (WORKBOOK, its entries PACKAGED until the clerk marks it sent). As a package: the file is
   * whole before the batch exists, and the batch is refused (file deleted) if the outbox changed.
   *
   * @throws SuijiException {@code exchange.package.nothing}, {@code exchange.workbook.unwritable},
   *     {@code exchange.mapping.*}, or {@link Progress.CancelledException} (nothing left behind)
   */
  public PlatformWorkbook.Written makeWorkbook(Path dir, Progress progress) {
    WorkbookMapping mapping = mapping();
    long above = repository.lastInBatch(dsl);
    if (!repository.anyWaiting(dsl, above)) {
      throw new SuijiException("exchange.package.nothing");
    }
    long last = repository.lastEntry(dsl);
    int batchesBefore = repository.batchCount(dsl);
    OffsetDateTime now = now();
    String key = ExchangeService.newKey(now, batchesBefore);
    PlatformWorkbook.Written written;
    try {
      Files.createDirectories(dir);
      written = PlatformWorkbook.write(dir.resolve(key + ".xlsx"), mapping,
          each -> repository.eachWaiting(dsl, above, last, each), exchange::drawRows, progress);
    } catch (IOException e) {
      throw new SuijiException(e, "exchange.workbook.unwritable", dir, e.getMessage());
    }
    try {
      dsl.transaction(trx -> {
        DSLContext tx = trx.dsl();
        if (repository.lastInBatch(tx) != above || repository.countWaiting(tx, above, last) != written.entries()) {
          throw new SuijiException("exchange.package.changed", key);
        }
        repository.insertBatch(tx, key, Batch.Way.WORKBOOK, written.entries(), above, last, now,
            written.file().getFileName().toString(), null);
        auditor.record(tx, AuditEvent.of("exchange.workbook", "outboxBatch", key, "entries=" + written.entries()
            + " file=" + written.file().getFileName() + " sha256=" + written.sha256() + " mapping=" + mapping.source()));
      });
    } catch (RuntimeException e) {
      ExchangeService.deleteQuietly(written.file());
      throw e;
    }
    LOG.info("Workbook {} written with {} entries", written.file(), written.entries());
    return written;
  }

  /**
   * Records that the clerk uploaded the workbook of batch {@code key} on the platform's page: its
   * entries become SENT. Marking it again changes nothing.
   *
   * @throws SuijiException {@code exchange.sent.unknownBatch}, {@code exchange.sent.notWorkbook}
   */
  public Batch markSent(String key) {
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      Batch batch = repository.batch(tx, key.strip())
          .orElseThrow(() -> new SuijiException("exchange.sent.unknownBatch", key.strip()));
      if (batch.way() != Batch.Way.WORKBOOK) {
        throw new SuijiException("exchange.sent.notWorkbook", batch.key());
      }
      if (repository.markSent(tx, batch.id(), now())) {
        auditor.record(tx, AuditEvent.of("exchange.sent", "outboxBatch", batch.key(), "entries=" + batch.entries()));
      }
      return repository.batch(tx, batch.key()).orElseThrow();
    });
  }

  /** The newest workbook batch not yet marked sent, if any (what the 同步 screen offers to mark). */
  public Optional<Batch> unsentWorkbook() {
    return dsl.transactionResult(trx -> repository.unanswered(trx.dsl(), Batch.Way.WORKBOOK).stream()
        .filter(b -> b.sentAt() == null).reduce((a, b) -> b));
  }

  /**
   * Reads the platform's feedback sheet and answers each entry it names, accepted or rejected
   * with the platform's reason, in one transaction over every batch it names; a batch answered
   * by feedback counts as sent. An id named twice counts once (rejected if any row rejects it);
   * ids not in any batch are reported with their rows; a sheet with a malformed row (no id, an
   * outcome the mapping does not name) changes nothing. Reading it again changes nothing.
   *
   * @throws SuijiException {@code exchange.feedback.malformed}, {@code exchange.feedback.columns},
   *     {@code xlsx.error.*}
   */
  public FeedbackOutcome readFeedback(Path file, Progress progress) {
    FeedbackSheet.Result sheet = FeedbackSheet.read(file, mapping().feedback(), progress);
    if (!sheet.problems().isEmpty()) {
      List<String> shown = sheet.problems().subList(0, Math.min(FeedbackSheet.MAX_SHOWN, sheet.problems().size()));
      throw new SuijiException("exchange.feedback.malformed", sheet.fileName(), sheet.problems().size(),
          String.join("\n", shown));
    }
    // one answer per id: a rejection wins over an acceptance, the reasons of the rows joined
    Map<String, FeedbackSheet.Line> byId = new LinkedHashMap<>();
    int repeated = 0;
    for (FeedbackSheet.Line line : sheet.lines()) {
      FeedbackSheet.Line before = byId.putIfAbsent(line.id(), line);
      if (before != null) {
        repeated++;
        if (before.accepted() && !line.accepted()) {
          byId.put(line.id(), line);
        } else if (!before.accepted() && !line.accepted() && line.reason() != null
            && !line.reason().equals(before.reason())) {
          byId.put(line.id(), new FeedbackSheet.Line(before.row(), line.id(), false,
              (before.reason() == null ? "" : before.reason() + "；") + line.reason()));
        }
      }
    }
    int repeatedRows = repeated;
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      Map<String, Batch> batchOf = repository.batchesOf(tx, byId.keySet());
      Map<String, List<Receipt.Line>> perBatch = new LinkedHashMap<>();
      List<String> unknown = new ArrayList<>();
      for (FeedbackSheet.Line line : byId.values()) {
        Batch b = batchOf.get(line.id());
        if (b == null) {
          unknown.add(Messages.msg("exchange.feedback.unknown", line.row(), line.id()));
        } else {
          perBatch.computeIfAbsent(b.key(), k -> new ArrayList<>())
              .add(new Receipt.Line(line.id(), line.accepted(), line.reason()));
        }
      }
      int accepted = 0;
      int rejected = 0;
      int unchanged = 0;
      OffsetDateTime now = now();
      for (Map.Entry<String, List<Receipt.Line>> e : perBatch.entrySet()) {
        Batch b = repository.batch(tx, e.getKey()).orElseThrow();
        if (b.way() == Batch.Way.WORKBOOK && repository.markSent(tx, b.id(), now)) {
          auditor.record(tx, AuditEvent.of("exchange.sent", "outboxBatch", b.key(), "entries=" + b.entries()
              + " by=feedback"));
        }
        ReceiptOutcome o = exchange.apply(tx, new Receipt(b.key(), now.toString(), e.getValue()));
        accepted += o.accepted();
        rejected += o.rejected();
        unchanged += o.unchanged();
      }
      auditor.record(tx, AuditEvent.of("exchange.feedback", "outboxFeedback", sheet.fileName(), "accepted=" + accepted
          + " rejected=" + rejected + " unchanged=" + unchanged + " repeated=" + repeatedRows + " unknown="
          + unknown.size() + " batches=" + String.join(",", perBatch.keySet())));
      return new FeedbackOutcome(accepted, rejected, unchanged, repeatedRows, List.copyOf(perBatch.keySet()), unknown);
    });
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
  }
}
