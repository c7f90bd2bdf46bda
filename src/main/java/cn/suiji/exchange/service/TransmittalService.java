package cn.suiji.exchange.service;

import cn.suiji.admin.service.SettingsService;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.service.DepartmentService;
import cn.suiji.exchange.data.OutboxRepository;
import cn.suiji.exchange.domain.Batch;
import cn.suiji.exchange.domain.Transmittal;
import cn.suiji.exchange.remote.PackageWriter;
import cn.suiji.exchange.render.TransmittalDocx;
import cn.suiji.exchange.render.TransmittalPdf;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.outbox.OutboxKind;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * The 交接单 of a batch (issue 14): read from the data file — the batch row, its entries counted
 * per kind and the departments they come from — and written as .docx or PDF, for the paper file
 * beside the package handed over.
 */
public final class TransmittalService {
  private final DSLContext dsl;
  private final OutboxRepository repository;
  private final SettingsService settings;
  private final DepartmentService departments;

  public TransmittalService(DSLContext dsl, OutboxRepository repository, SettingsService settings,
      DepartmentService departments) {
    this.dsl = dsl;
    this.repository = repository;
    this.settings = settings;
    this.departments = departments;
  }

  /**
   * The transmittal of batch {@code key}.
   *
   * @throws SuijiException {@code exchange.sent.unknownBatch}
   */
  public Transmittal of(String key) {
    Map<OutboxKind, Integer> counts = new EnumMap<>(OutboxKind.class);
    SortedSet<String> codes = new TreeSet<>();
    Batch batch = dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      Batch b = repository.batch(tx, key.strip())
          .orElseThrow(() -> new SuijiException("exchange.sent.unknownBatch", key.strip()));
      repository.eachOfBatch(tx, b, (kind, payload) -> {
        counts.merge(kind, 1, Integer::sum);
        String d = PackageWriter.department(payload);
        if (d != null) {
          codes.add(d);
        }
      });
      return b;
    });
    Map<String, String> names = departments.all().stream()
        .collect(Collectors.toMap(Department::code, Department::name, (a, b) -> a));
    List<String> shown = codes.stream().map(c -> names.containsKey(c) ? names.get(c) + "（" + c + "）" : c).toList();
    return new Transmittal(settings.countyName().orElse(""), shown, batch.key(), batch.way(), batch.createdAt(),
        batch.fileName(), batch.manifestSha256(), counts, counts.values().stream().mapToInt(Integer::intValue).sum());
  }

  /** The last batch's transmittal (what the 同步 screen prints after a package). */
  public java.util.Optional<Transmittal> last() {
    return dsl.transactionResult(trx -> repository.last(trx.dsl())).map(b -> of(b.key()));
  }

  /**
   * Writes the transmittal of batch {@code key} to {@code file}, as Word or PDF by its extension.
   *
   * @throws SuijiException {@code exchange.transmittal.extension}, {@code exchange.sent.unknownBatch}
   */
  public Transmittal write(String key, Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".docx") && !name.endsWith(".pdf")) {
      throw new SuijiException("exchange.transmittal.extension", file.getFileName());
    }
    Transmittal t = of(key);
    if (name.endsWith(".docx")) {
      new TransmittalDocx().write(t, file);
    } else {
      new TransmittalPdf().write(t, file);
    }
    return t;
  }

  /** The page as PDF bytes (the print preview) and how to write its .docx. */
  public byte[] pdf(Transmittal t) {
    return new TransmittalPdf().bytes(t);
  }

  /** Writes the .docx of {@code t}. */
  public void docx(Transmittal t, Path file) {
    new TransmittalDocx().write(t, file);
  }
}
