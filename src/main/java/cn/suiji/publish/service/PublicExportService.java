package cn.suiji.publish.service;

import cn.suiji.admin.service.SettingsService;
import cn.suiji.inspection.domain.TaskResults;
import cn.suiji.inspection.service.ResultAnnouncementService;
import cn.suiji.publish.domain.ExportMapping;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.xlsx.CsvWriter;
import cn.suiji.shared.xlsx.XlsxWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public results export of a task (一公开) for the county's disclosure platform, as .xlsx
 * (SXSSF) or .csv (UTF-8 with a BOM, for Excel), chosen by the file's extension: one row per
 * inspection with a result in force, the columns and headers from the county's mapping
 * ({@link ExportMapping}, kept as the setting {@value #MAPPING_SETTING} in the data file, so it
 * travels with copies and backups and each change is audited). Text that a spreadsheet would take
 * for a formula is written inert by the shared writers. No inspector is ever exported.
 */
public final class PublicExportService {
  /** The setting that holds the county's mapping text; absent means {@link ExportMapping#DEFAULT}. */
  public static final String MAPPING_SETTING = "publish.export.columns";
  private static final Logger LOG = LoggerFactory.getLogger(PublicExportService.class);
  private static final String SHEET = "检查结果";

  private final ResultAnnouncementService results;
  private final SettingsService settings;

  public PublicExportService(ResultAnnouncementService results, SettingsService settings) {
    this.results = results;
    this.settings = settings;
  }

  /** The county's mapping, or the default when it has none. */
  public ExportMapping mapping() {
    return settings.get(MAPPING_SETTING).filter(t -> !t.isBlank()).map(ExportMapping::parse)
        .orElse(ExportMapping.DEFAULT);
  }

  /**
   * Checks and saves the county's mapping (audited).
   *
   * @throws SuijiException what {@link ExportMapping#parse} refuses; nothing is saved then
   */
  public ExportMapping saveMapping(String text) {
    ExportMapping mapping = ExportMapping.parse(text);
    settings.set(MAPPING_SETTING, mapping.text());
    return mapping;
  }

  /** Goes back to the default columns (audited). */
  public ExportMapping resetMapping() {
    settings.set(MAPPING_SETTING, ExportMapping.DEFAULT.text());
    return ExportMapping.DEFAULT;
  }

  /**
   * Writes the task's results into {@code out} (.xlsx or .csv) and returns the rows written; the
   * file appears whole or not at all.
   *
   * @throws SuijiException {@code publish.export.format}, {@code notice.error.noTask},
   *     {@code notice.error.notDrawn}, {@code publish.export.nothing} when no inspection has a result
   */
  public Exported export(String taskCode, Path out) {
    String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean xlsx = name.endsWith(".xlsx");
    if (!xlsx && !name.endsWith(".csv")) {
      throw new SuijiException("publish.export.format", out);
    }
    ExportMapping mapping = mapping();
    TaskResults task = results.results(taskCode);
    if (task.rows().isEmpty()) {
      throw new SuijiException("publish.export.nothing", taskCode.strip(), task.withoutResult());
    }
    if (xlsx) {
      XlsxWriter writer = new XlsxWriter(out, SHEET, mapping.headers());
      try {
        widths(writer, mapping, task);
        task.rows().forEach(r -> writer.writeRow(row(mapping, task, r)));
      } catch (RuntimeException e) {
        writer.discard();
        throw e;
      }
      writer.close();
    } else {
      try (CsvWriter writer = new CsvWriter(out, mapping.headers())) {
        task.rows().forEach(r -> writer.writeRow(row(mapping, task, r)));
      }
    }
    LOG.info("Public export of task {}: {} rows, {} columns", taskCode, task.rows().size(), mapping.columns().size());
    return new Exported(task.rows().size(), task.withoutResult());
  }

  /** What an export wrote: the rows (inspections with a result) and the inspections still without one. */
  public record Exported(int rows, int withoutResult) {}

  private static List<Object> row(ExportMapping mapping, TaskResults task, TaskResults.Row r) {
    List<Object> values = new ArrayList<>(mapping.columns().size());
    mapping.columns().forEach(c -> values.add(c.field().value(task, r)));
    return values;
  }

  /** Each column as wide as its header or its longest value (a Chinese character counts two), within reason. */
  private static void widths(XlsxWriter writer, ExportMapping mapping, TaskResults task) {
    for (int i = 0; i < mapping.columns().size(); i++) {
      ExportMapping.Column c = mapping.columns().get(i);
      int width = width(c.header());
      for (TaskResults.Row r : task.rows()) {
        width = Math.max(width, width(String.valueOf(c.field().value(task, r))));
      }
      writer.setColumnWidth(i, Math.min(60, Math.max(10, width + 2)));
    }
  }

  private static int width(String s) {
    return s.codePoints().map(c -> c < 0x1100 ? 1 : 2).sum();
  }
}
