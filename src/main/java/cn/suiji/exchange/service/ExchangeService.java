package cn.suiji.exchange.service;

import cn.suiji.admin.service.SettingsService;
import cn.suiji.draw.service.DrawService;
import cn.suiji.draw.service.RecordCheck;
import cn.suiji.exchange.data.OutboxRepository;
import cn.suiji.exchange.domain.Batch;
import cn.suiji.exchange.domain.EntryState;
import cn.suiji.exchange.domain.OutboxEntry;
import cn.suiji.exchange.domain.Receipt;
import cn.suiji.exchange.domain.ReceiptOutcome;
import cn.suiji.exchange.remote.PackageCheck;
import cn.suiji.exchange.remote.PackageWriter;
import cn.suiji.exchange.remote.PlatformWorkbook;
import cn.suiji.exchange.remote.WorkbookMapping;
import cn.suiji.draw.render.DrawRecordSheet;
import cn.suiji.exchange.remote.ProvinceClient;
import cn.suiji.exchange.remote.ReceiptJson;
import cn.suiji.exchange.remote.RecordsJson;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.outbox.OutboxKind;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ways out of the outbox (issue 14): an exchange package for the 前置机 folder or a USB
 * stick, receipts read back, and uploads to the province's HTTP endpoint. A batch is one row
 * recording the range of ids it takes (its entries are not rewritten until answered); a package's
 * file is complete on disk before that row's transaction, an HTTP batch is recorded before its
 * first post, so a kill leaves either nothing done or a batch that is finished (a file) or
 * re-posted with its own key.
 */
public final class ExchangeService {
  /** The province's endpoint, set by the county (settings, {@code exchange upload --endpoint}). */
  public static final String ENDPOINT = "exchange.endpoint";
  public static final int HTTP_BATCH = 1000;
  private static final Logger LOG = LoggerFactory.getLogger(ExchangeService.class);
  private static final DateTimeFormatter KEY_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final DSLContext dsl;
  private final OutboxRepository repository;
  private final DrawService draws;
  private final SettingsService settings;
  private final Auditor auditor;
  private final Clock clock;
  private final ProvinceClient client;
  private final @Nullable Path mappingFile;

  public ExchangeService(DSLContext dsl, OutboxRepository repository, DrawService draws, SettingsService settings,
      Auditor auditor, Clock clock, ProvinceClient client) {
    this(dsl, repository, draws, settings, auditor, clock, client, null);
  }

  /**
   * @param mappingFile the county's workbook column mapping beside the data file (the default
   *     mapping when it is missing or null), for the workbook in a package and way 1
   */
  public ExchangeService(DSLContext dsl, OutboxRepository repository, DrawService draws, SettingsService settings,
      Auditor auditor, Clock clock, ProvinceClient client, @Nullable Path mappingFile) {
    this.mappingFile = mappingFile;
    this.dsl = dsl;
    this.repository = repository;
    this.draws = draws;
    this.settings = settings;
    this.auditor = auditor;
    this.clock = clock;
    this.client = client;
  }

  /** The same service posting through another client (tests and the bench: short timeouts, recorded pauses). */
  public ExchangeService with(ProvinceClient other) {
    return new ExchangeService(dsl, repository, draws, settings, auditor, clock, other, mappingFile);
  }

  /** The county's workbook column mapping (checked line by line), or the default. */
  public WorkbookMapping mapping() {
    return mappingFile == null ? WorkbookMapping.standard() : WorkbookMapping.at(mappingFile);
  }

  /** Where the county's mapping file is (or would be), null without a data file. */
  public @Nullable Path mappingFile() {
    return mappingFile;
  }

  /** The rows of a draw's list in the workbook: each drawn target with its name, code and inspectors. */
  List<Map<String, String>> drawRows(long drawId) {
    DrawRecordSheet sheet = draws.sheet(drawId);
    List<Map<String, String>> rows = new ArrayList<>();
    for (DrawRecordSheet.TargetRow t : sheet.rows()) {
      Map<String, String> row = new java.util.LinkedHashMap<>();
      row.put("target", t.objectKey());
      row.put("targetUscc", t.uscc());
      row.put("targetName", t.name());
      row.put("inspectors", String.join("、", t.inspectors().stream().map(DrawRecordSheet.Person::name).toList()));
      row.put("inspectorCerts", String.join("、", t.inspectors().stream().map(DrawRecordSheet.Person::certNo).toList()));
      rows.add(row);
    }
    return rows;
  }

  /** A package with the platform's import workbook in it (see {@link #makePackage(Path, boolean, Progress)}). */
  public PackageWriter.Written makePackage(Path dir, Progress progress) {
    return makePackage(dir, true, progress);
  }

  /**
   * Puts every pending entry in a new package {@code dir/KEY.zip} with the records of the draws it
   * carries (JSON and PDF) and, when {@code withWorkbook}, the platform's import workbook of the
   * same entries; the entries become PACKAGED in the batch once the file is whole on disk.
   *
   * @throws SuijiException {@code exchange.package.nothing}, {@code exchange.package.unwritable},
   *     {@code exchange.mapping.*}, or {@link Progress.CancelledException} (nothing written, nothing changed)
   */
  public PackageWriter.Written makePackage(Path dir, boolean withWorkbook, Progress progress) {
    WorkbookMapping mapping = withWorkbook ? mapping() : null;
    // the entries waiting above every batch's range, up to the last entry seen now, and the draws
    // among them. Read outside a transaction, as the entries below: a transaction takes the one
    // writer's lock and forces the file to disk at its end (shared.db.SerialWrites), and the
    // transaction that records the batch checks again that nothing changed meanwhile.
    long above = repository.lastInBatch(dsl);
    if (!repository.anyWaiting(dsl, above)) {
      throw new SuijiException("exchange.package.nothing");
    }
    long last = repository.lastEntry(dsl);
    List<OutboxEntry> drawn = repository.waitingOfKind(dsl, OutboxKind.DRAW, above, last);
    int batchesBefore = repository.batchCount(dsl);
    long total = drawn.size() + 2;
    long done = 0;
    Map<Long, String> records = new TreeMap<>();
    Map<Long, byte[]> pdfs = new TreeMap<>();
    for (OutboxEntry e : drawn) {
      progress.checkCancelled();
      long id = drawId(e);
      records.put(id, RecordCheck.exported(draws, id));
      pdfs.put(id, RecordCheck.pdf(draws, id));
      progress.update(++done, total);
    }
    progress.checkCancelled();
    OffsetDateTime now = now();
    String key = newKey(now, batchesBefore);
    PackageWriter.Header header = new PackageWriter.Header(key, settings.countyName().orElse(""), now);
    PackageWriter.Written written;
    try (PlatformWorkbook.Builder book = mapping == null ? null : new PlatformWorkbook.Builder(mapping, this::drawRows)) {
      // the entries stream from a cursor into the ZIP (and the workbook): the pending ones up to
      // the last seen above. Read outside a transaction on purpose: a transaction holds the one
      // writer's lock (shared.db.SerialWrites), and nobody should wait for a ZIP to be written; the
      // moves below are counted against what was written, so an entry changed meanwhile refuses the package.
      written = PackageWriter.write(dir, header, each -> repository.eachWaiting(dsl, above, last, each), records, pdfs,
          book, progress);
    } catch (IOException e) {
      throw new SuijiException(e, "exchange.package.unwritable", dir, e.getMessage());
    }
    progress.update(++done, total);
    try {
      dsl.transaction(trx -> {
        DSLContext tx = trx.dsl();
        // one row for the whole package, its range of ids (ADR 0032, addendum): the entries stay as
        // written. Refused when another batch was made meanwhile or the range no longer holds
        // exactly the entries written.
        if (repository.lastInBatch(tx) != above || repository.countWaiting(tx, above, last) != written.entries()) {
          throw new SuijiException("exchange.package.changed", key);
        }
        repository.insertBatch(tx, key, Batch.Way.PACKAGE, written.entries(), above, last, now,
            written.file().getFileName().toString(), written.manifestSha256());
        auditor.record(tx, AuditEvent.of("exchange.package", "outboxBatch", key, "entries=" + written.entries()
            + " file=" + written.file().getFileName() + " manifest=" + written.manifestSha256()));
      });
    } catch (RuntimeException e) {
      deleteQuietly(written.file());
      throw e;
    }
    progress.update(total, total);
    LOG.info("Package {} written with {} entries", written.file(), written.entries());
    return written;
  }

  /** Checks a package as the province would (see {@link PackageCheck}). */
  public static PackageCheck.Result verify(Path zip) {
    return PackageCheck.check(zip);
  }

  /** Reads a receipt file (from the exchange folder) and applies it. */
  public ReceiptOutcome readReceipt(Path file) {
    return apply(ReceiptJson.read(file));
  }

  /**
   * Applies a receipt in one transaction: each entry of the batch still awaiting an answer is
   * accepted or rejected with the platform's reason; an entry already answered is left as it is
   * (a receipt read twice changes nothing); keys the batch does not hold are reported.
   *
   * @throws SuijiException {@code exchange.receipt.unknownBatch}
   */
  public ReceiptOutcome apply(Receipt receipt) {
    return dsl.transactionResult(trx -> apply(trx.dsl(), receipt));
  }

  /**
   * Applies a receipt in the caller's transaction (the feedback sheet answers several batches in
   * one): the same rules as {@link #apply(Receipt)}.
   */
  ReceiptOutcome apply(DSLContext tx, Receipt receipt) {
    Batch batch = repository.batch(tx, receipt.batchKey())
        .orElseThrow(() -> new SuijiException("exchange.receipt.unknownBatch", receipt.batchKey()));
    // each entry's key and state only: a package's receipt answers 100,000 of them
    Map<String, EntryState> held = repository.statesOfBatch(tx, batch);
    OffsetDateTime now = now();
    int awaiting = (int) held.values().stream().filter(EntryState::awaitingReceipt).count();
    int rejected = 0;
    int unchanged = 0;
    List<String> accepting = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    java.util.Set<String> answered = new java.util.HashSet<>();
    for (Receipt.Line line : receipt.lines()) {
      EntryState state = held.get(line.key());
      if (state == null) {
        unknown.add(line.key());
      } else if (!state.awaitingReceipt() || !answered.add(line.key())) {
        unchanged++;
      } else if (line.accepted()) {
        accepting.add(line.key());
      } else {
        String reason = line.reason() == null ? Messages.msg("exchange.receipt.noReason") : line.reason();
        repository.reject(tx, line.key(), batch.id(), reason.length() > 1000 ? reason.substring(0, 1000) : reason, now);
        rejected++;
      }
    }
    // the accepted ones in one statement when they are all the rest of the batch (the usual
    // receipt), else a thousand keys a statement — never one statement per entry
    int accepted = repository.accept(tx, batch, accepting.size() + rejected == awaiting ? null : accepting, now);
    repository.receipted(tx, batch.id(), now);
    auditor.record(tx, AuditEvent.of("exchange.receipt", "outboxBatch", batch.key(), "accepted=" + accepted
        + " rejected=" + rejected + " unchanged=" + unchanged + " unknown=" + unknown.size()));
    return new ReceiptOutcome(batch.key(), accepted, rejected, unchanged, unknown);
  }

  /** What an upload did. */
  public record UploadOutcome(int batches, int entries, int accepted, int rejected, int reposted) {}

  /**
   * Uploads to the endpoint: first every HTTP batch whose reply never came, again with its key and
   * the same body (the province answers from its store); then the pending entries, {@value #HTTP_BATCH}
   * a batch, each batch recorded (entries SENT) before it is posted. Stops at the first batch that
   * cannot be delivered: it stays to be re-posted next time.
   *
   * @throws SuijiException {@code exchange.upload.*}, or {@link Progress.CancelledException} between posts
   */
  public UploadOutcome upload(URI endpoint, Progress progress) {
    List<Batch> open = dsl.transactionResult(trx -> repository.unanswered(trx.dsl(), Batch.Way.HTTP));
    int pendingCount = dsl.transactionResult(trx -> repository.counts(trx.dsl())).stream()
        .filter(c -> c.state() == EntryState.PENDING).mapToInt(c -> c.count()).sum();
    long total = open.size() + (pendingCount + HTTP_BATCH - 1) / HTTP_BATCH;
    long done = 0;
    int batches = 0;
    int entries = 0;
    int accepted = 0;
    int rejected = 0;
    for (Batch b : open) {
      ReceiptOutcome o = post(endpoint, b, progress);
      batches++;
      entries += b.entries();
      accepted += o.accepted();
      rejected += o.rejected();
      progress.update(++done, total);
    }
    while (true) {
      progress.checkCancelled();
      Optional<Batch> next = dsl.transactionResult(trx -> nextHttpBatch(trx.dsl()));
      if (next.isEmpty()) {
        break;
      }
      ReceiptOutcome o = post(endpoint, next.get(), progress);
      batches++;
      entries += next.get().entries();
      accepted += o.accepted();
      rejected += o.rejected();
      progress.update(++done, Math.max(total, done));
    }
    return new UploadOutcome(batches, entries, accepted, rejected, open.size());
  }

  private Optional<Batch> nextHttpBatch(DSLContext tx) {
    long above = repository.lastInBatch(tx);
    List<OutboxEntry> waiting = repository.waiting(tx, HTTP_BATCH);
    if (waiting.isEmpty()) {
      return Optional.empty();
    }
    OffsetDateTime now = now();
    String key = newKey(now, repository.batchCount(tx));
    // the first thousand waiting, by id: a batch whose range ends at the last of them
    repository.insertBatch(tx, key, Batch.Way.HTTP, waiting.size(), above, waiting.get(waiting.size() - 1).id(), now,
        null, null);
    auditor.record(tx, AuditEvent.of("exchange.send", "outboxBatch", key, "entries=" + waiting.size()));
    return repository.batch(tx, key);
  }

  private ReceiptOutcome post(URI endpoint, Batch batch, Progress progress) {
    List<OutboxEntry> entries = dsl.transactionResult(trx -> {
      repository.attempted(trx.dsl(), batch.id());
      return repository.ofBatch(trx.dsl(), batch);
    });
    byte[] body = RecordsJson.bytes(batch.key(), entries);
    ProvinceClient.Reply reply = client.post(endpoint, batch.key(), body, progress);
    return apply(reply.receipt());
  }

  /** The endpoint given, else the one in settings. */
  public URI endpoint(@Nullable String given) {
    String text = given != null && !given.isBlank() ? given.strip() : settings.get(ENDPOINT).orElse("");
    if (text.isBlank()) {
      throw new SuijiException("exchange.upload.noEndpoint");
    }
    try {
      URI uri = new URI(text);
      if (uri.getScheme() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))
          || uri.getHost() == null) {
        throw new SuijiException("exchange.upload.badEndpoint", text);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new SuijiException(e, "exchange.upload.badEndpoint", text);
    }
  }

  /** The endpoint kept in settings, empty when none. */
  public String savedEndpoint() {
    return settings.get(ENDPOINT).orElse("");
  }

  /** Keeps the endpoint in settings (audited there). */
  public void saveEndpoint(String text) {
    settings.set(ENDPOINT, endpoint(text).toString());
  }

  static String newKey(OffsetDateTime at, int batchesBefore) {
    return "SJ-" + KEY_TIME.format(at) + "-" + (batchesBefore + 1);
  }

  private static long drawId(OutboxEntry e) {
    Matcher m = Pattern.compile("\"draw\":(\\d+)").matcher(e.payload());
    if (!m.find()) {
      throw new IllegalStateException("draw entry without its draw: " + e.key());
    }
    return Long.parseLong(m.group(1));
  }

  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warn("Could not delete {}", file, e);
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
  }
}
