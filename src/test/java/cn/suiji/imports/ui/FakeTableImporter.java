package cn.suiji.imports.ui;

import cn.suiji.shared.Progress;
import cn.suiji.shared.imports.ImportKind;
import cn.suiji.shared.imports.ImportRequest;
import cn.suiji.shared.imports.ImportSummary;
import cn.suiji.shared.imports.ImportTally;
import cn.suiji.shared.imports.TableImporter;
import cn.suiji.shared.xlsx.Cells;
import cn.suiji.shared.xlsx.ColumnSpec;
import cn.suiji.shared.xlsx.HeaderMapping;
import cn.suiji.shared.xlsx.TableReader;
import cn.suiji.shared.xlsx.XlsxWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small importer of another kind (people by 执法证号), held in a map instead of a database: the
 * screen must work with any {@link TableImporter}. A commit applies its rows only at the end, as a
 * transaction would; cancel leaves the map as it was.
 */
final class FakeTableImporter implements TableImporter {
  final Map<String, String> stored = new LinkedHashMap<>();
  ImportRequest lastRequest;

  @Override
  public ImportKind kind() {
    return ImportKind.INSPECTORS;
  }

  @Override
  public List<ColumnSpec> columns() {
    return List.of(ColumnSpec.required("code", "执法证号", "证号"), ColumnSpec.required("name", "姓名"),
        ColumnSpec.optional("phone", "联系电话", "电话"));
  }

  @Override
  public boolean usesDepartment() {
    return false;
  }

  @Override
  public HeaderMapping findHeader(Path file) {
    try (TableReader table = TableReader.open(file)) {
      return table.findHeader(columns());
    }
  }

  @Override
  public ImportSummary preview(ImportRequest request, Progress progress) {
    return run(request, false, progress);
  }

  @Override
  public ImportSummary commit(ImportRequest request, Progress progress) {
    return run(request, true, progress);
  }

  private ImportSummary run(ImportRequest request, boolean write, Progress progress) {
    lastRequest = request;
    ImportTally tally = new ImportTally(kind(), request.report(), "执法证号", "姓名");
    Map<String, String> staged = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    try (TableReader table = TableReader.open(request.file())) {
      HeaderMapping m = request.mapping() == null ? findHeader(request.file()) : request.mapping();
      table.readData(m, row -> {
        String code = Cells.text(m.get(row, "code"));
        String name = Cells.text(m.get(row, "name"));
        if (code.isEmpty()) {
          tally.rejected(row.excelRowNumber(), code, name, "执法证号", "“执法证号”为空。");
        } else if (seen.containsKey(code)) {
          tally.duplicate(row.excelRowNumber(), code, name, seen.get(code));
        } else {
          seen.put(code, row.excelRowNumber());
          if (stored.containsKey(code)) {
            tally.matched(row.excelRowNumber(), code, name, name.equals(stored.get(code)) ? List.of()
                : List.of(new cn.suiji.shared.imports.FieldChange("姓名", stored.get(code), name)));
          } else {
            tally.created(row.excelRowNumber(), code, name);
          }
          staged.put(code, name);
        }
        progress.update(row.excelRowNumber(), 100);
        progress.checkCancelled();
        return true;
      }, progress);
      ImportSummary s = tally.finish(table.fileName(), !write);
      if (write) {
        stored.putAll(staged);
      }
      return s;
    } catch (RuntimeException e) {
      tally.discard();
      throw e;
    }
  }

  @Override
  public void writeTemplate(Path file) {
    try (XlsxWriter w = new XlsxWriter(file, "模板", List.of("执法证号", "姓名", "联系电话"))) {
      w.writeRow(List.of("62000000001", "张三", "13900000000"));
    }
  }
}
