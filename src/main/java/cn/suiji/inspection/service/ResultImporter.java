package cn.suiji.inspection.service;

import cn.suiji.inspection.data.ResultRepository;
import cn.suiji.inspection.domain.DrawSheetRow;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.imports.ImportKind;
import cn.suiji.shared.imports.ImportRun;
import cn.suiji.shared.imports.ImportRequest;
import cn.suiji.shared.imports.ImportSummary;
import cn.suiji.shared.imports.ImportTally;
import cn.suiji.shared.imports.TableImporter;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.xlsx.ColumnSpec;
import cn.suiji.shared.xlsx.HeaderMapping;
import cn.suiji.shared.xlsx.TableReader;
import cn.suiji.shared.xlsx.XlsxWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The results of a draw from a workbook typed from the signed paper sheets, for {@code suiji
 * results template|import} (and the import screen, once registered): the template lists the
 * draw's targets and drawn inspectors; the import follows the shared contract (docs/decisions/0012):
 * streamed, one transaction for the whole file (a failure or a cancel leaves nothing), each row
 * 新增 or 拒绝 with a reason that names its column ({@link ResultRows}). A row is recorded exactly
 * as the form records it ({@link ResultService#record(DSLContext, cn.suiji.inspection.domain.ResultDraft)}):
 * the same rules, the same move to INSPECTED, the same audit entries, plus one for the file.
 */
public final class ResultImporter implements TableImporter {
  static final String DRAW = "draw";
  static final String TARGET = "target";
  static final String NAME = "name";
  static final String DATE = "date";
  static final String INSPECTORS = "inspectors";
  static final String SUBSTITUTION = "substitution";
  static final String METHODS = "methods";
  static final String CODES = "codes";
  static final String FINDINGS = "findings";
  static final String FOLLOW_UP = "followUp";
  static final String FOLLOW_UP_DUE = "followUpDue";
  static final String RECEIVING_BODY = "receivingBody";
  static final String WINDOW_NOTE = "windowNote";
  static final String REMARK = "remark";

  private static final List<ColumnSpec> COLUMNS = List.of(
      ColumnSpec.required(DRAW, "抽取记录编号", "抽取编号", "抽取记录"),
      ColumnSpec.required(TARGET, "统一社会信用代码/注册号", "统一社会信用代码", "社会信用代码", "信用代码", "注册号",
          "对象代码"),
      ColumnSpec.optional(NAME, "检查对象名称", "检查对象", "市场主体名称", "企业名称", "名称"),
      ColumnSpec.required(DATE, "检查完成日期", "完成日期", "检查日期"),
      ColumnSpec.required(INSPECTORS, "检查人员", "执法检查人员", "检查人员姓名"),
      ColumnSpec.optional(SUBSTITUTION, "替换理由", "人员替换理由", "替换原因"),
      ColumnSpec.required(METHODS, "检查方式", "核查方式", "检查方法"),
      ColumnSpec.required(CODES, "检查结果代码", "结果代码", "检查结果"),
      ColumnSpec.optional(FINDINGS, "发现问题情况", "问题情况", "检查情况"),
      ColumnSpec.optional(FOLLOW_UP, "后续处置", "处置方式", "后续处置方式"),
      ColumnSpec.optional(FOLLOW_UP_DUE, "处置期限", "后续处置期限"),
      ColumnSpec.optional(RECEIVING_BODY, "接收机关", "移送/抄告机关", "接收单位"),
      ColumnSpec.optional(WINDOW_NOTE, "期限外说明", "日期说明"),
      ColumnSpec.optional(REMARK, "备注", "说明"));

  private final DSLContext dsl;
  private final ResultService results;
  private final ResultRepository repository;
  private final Auditor auditor;

  public ResultImporter(DSLContext dsl, ResultService results, ResultRepository repository, Auditor auditor) {
    this.dsl = dsl;
    this.results = results;
    this.repository = repository;
    this.auditor = auditor;
  }

  @Override
  public ImportKind kind() {
    return ImportKind.RESULTS;
  }

  @Override
  public List<ColumnSpec> columns() {
    return COLUMNS;
  }

  @Override
  public boolean usesDepartment() {
    return false;
  }

  @Override
  public ImportSummary preview(ImportRequest request, Progress progress) {
    return run(request, false, progress);
  }

  @Override
  public ImportSummary commit(ImportRequest request, Progress progress) {
    return run(request, true, progress);
  }

  /** The header and one example row. */
  @Override
  public void writeTemplate(Path file) {
    try (XlsxWriter writer = new XlsxWriter(file, Messages.msg("inspection.import.sheet"), headers())) {
      writer.writeRow(List.of(1, "91620102MA00000000", "某某商贸有限公司", "2026-05-20", "张三、李四", "", "实地检查、书面检查",
          "2、B", "未按时公示年度报告", "", "", "", "", ""));
    }
  }

  /**
   * The workbook for draw {@code drawId}: one row per drawn target in draw order, with the draw's
   * number, the target's code and name and its drawn inspectors, the rest left to type.
   *
   * @return the number of targets written
   */
  public int writeTemplate(long drawId, Path file) {
    List<DrawSheetRow> rows = results.drawSheet(drawId);
    XlsxWriter writer = new XlsxWriter(file, Messages.msg("inspection.import.sheet"), headers());
    try {
      writer.setColumnWidth(1, 22);
      writer.setColumnWidth(2, 30);
      for (DrawSheetRow r : rows) {
        List<Object> cells = new ArrayList<>(List.of(drawId, r.targetCode(), r.targetName(), "",
            String.join("、", r.inspectors())));
        writer.writeRow(cells);
      }
      writer.close();
    } catch (RuntimeException e) {
      writer.discard();
      throw e;
    }
    return rows.size();
  }

  private List<String> headers() {
    return COLUMNS.stream().map(c -> c.synonyms().get(0)).toList();
  }

  private ImportSummary run(ImportRequest request, boolean write, Progress progress) {
    // one plain transaction for the whole file: a failure or a cancel rolls every row back
    return ImportRun.run(dsl, request, write, progress,
        new ImportRun.Names(ImportKind.RESULTS, header(TARGET), header(NAME), ""),
        ImportRun.Transaction.PLAIN,
        (table, chosen) -> {
          HeaderMapping header = chosen == null ? table.findHeader(COLUMNS) : chosen;
          List<String> missing = missingHeaders(header);
          if (!missing.isEmpty()) {
            throw new SuijiException("inspection.import.missingColumns", table.fileName(), String.join("、", missing));
          }
          return header;
        },
        this::pass);
  }

  private ImportSummary pass(DSLContext tx, TableReader table, HeaderMapping header, ImportTally tally, boolean write,
      Progress progress) {
    ResultRows rows = new ResultRows(tx, this, results, repository, header, tally, write);
    table.readData(header, rows::row, progress);
    ImportSummary s = tally.summary(table.fileName(), !write);
    if (write) {
      auditor.record(tx, AuditEvent.of("result.import", "inspectionResult", null, s.auditDetail()));
    }
    return s;
  }
}
