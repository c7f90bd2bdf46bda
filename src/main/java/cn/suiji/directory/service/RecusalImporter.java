package cn.suiji.directory.service;

import cn.suiji.directory.data.RecusalRepository;
import cn.suiji.directory.domain.InspectorRef;
import cn.suiji.directory.domain.PersonNames;
import cn.suiji.directory.domain.Recusal;
import cn.suiji.directory.domain.RecusalCheck;
import cn.suiji.directory.domain.RecusalReason;
import cn.suiji.directory.domain.RecusalSource;
import cn.suiji.directory.domain.TargetRef;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.ids.Codes;
import cn.suiji.shared.imports.FieldChange;
import cn.suiji.shared.imports.ImportKind;
import cn.suiji.shared.imports.ImportRun;
import cn.suiji.shared.imports.ImportRequest;
import cn.suiji.shared.imports.ImportSummary;
import cn.suiji.shared.imports.ImportTally;
import cn.suiji.shared.imports.TableImporter;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.xlsx.Cells;
import cn.suiji.shared.xlsx.ColumnSpec;
import cn.suiji.shared.xlsx.HeaderMapping;
import cn.suiji.shared.xlsx.Row;
import cn.suiji.shared.xlsx.TableReader;
import cn.suiji.shared.xlsx.XlsxWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Imports recusals (回避关系) from .xlsx or CSV, for the import screen and {@code suiji import
 * recusals}. A row names the inspector by 执法证号, else 人员编号, else the name alone (which must
 * then be one person), and the target by uscc/regNo, else its exact name (one target). The key is
 * the pair: a pair already stored is 更新 (reason, source, note replaced), a pair repeated in the
 * file is 重复, an unknown inspector or target is 拒绝 with a reason naming the column. Files are
 * small (hundreds of rows), so each row is looked up by itself, by index.
 */
public final class RecusalImporter implements TableImporter {
  static final String CERT_NO = "certNo";
  static final String INSPECTOR_KEY = "inspectorKey";
  static final String INSPECTOR_NAME = "inspectorName";
  static final String USCC = "uscc";
  static final String REG_NO = "regNo";
  static final String TARGET_NAME = "targetName";
  static final String REASON = "reason";
  static final String SOURCE = "source";
  static final String NOTE = "note";

  private static final List<ColumnSpec> COLUMNS = List.of(
      ColumnSpec.optional(CERT_NO, "执法证号", "执法证件号", "执法证编号", "执法证件号码", "执法证"),
      ColumnSpec.optional(INSPECTOR_KEY, "人员编号", "执法人员编号", "检查人员编号"),
      ColumnSpec.optional(INSPECTOR_NAME, "执法人员姓名", "执法人员", "检查人员姓名", "检查人员", "姓名"),
      ColumnSpec.optional(USCC, "统一社会信用代码", "社会信用代码", "信用代码", "统一社会信用代码/注册号", "统一代码"),
      ColumnSpec.optional(REG_NO, "注册号", "工商注册号", "营业执照注册号"),
      ColumnSpec.optional(TARGET_NAME, "检查对象名称", "检查对象", "企业名称", "市场主体名称", "单位名称", "名称"),
      ColumnSpec.required(REASON, "回避原因", "回避事由", "原因"),
      ColumnSpec.optional(SOURCE, "来源", "回避来源", "信息来源"),
      ColumnSpec.optional(NOTE, "备注", "说明"));

  private final DSLContext dsl;
  private final RecusalRepository repository;
  private final Auditor auditor;
  private final Clock clock;

  public RecusalImporter(DSLContext dsl, RecusalRepository repository, Auditor auditor, Clock clock) {
    this.dsl = dsl;
    this.repository = repository;
    this.auditor = auditor;
    this.clock = clock;
  }

  @Override
  public ImportKind kind() {
    return ImportKind.RECUSALS;
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

  @Override
  public void writeTemplate(Path file) {
    List<String> header = COLUMNS.stream().map(c -> c.synonyms().get(0)).toList();
    try (XlsxWriter writer = new XlsxWriter(file, Messages.msg("directory.recusal.template.sheet"), header)) {
      writer.writeRow(List.of("62010012345", "SCJGJ-001", "张三", "91620102MA00000000", "", "某某商贸有限公司", "亲属", "本人申报",
          "配偶在该公司任职"));
    }
  }

  private ImportSummary run(ImportRequest request, boolean write, Progress progress) {
    return ImportRun.run(dsl, request, write, progress,
        new ImportRun.Names(ImportKind.RECUSALS, Messages.msg("directory.recusal.report.key"),
            Messages.msg("directory.recusal.report.name"), "preimage.what.recusalImport"),
        ImportRun.Transaction.PREIMAGE,
        (table, chosen) -> checked(table, chosen == null ? table.findHeader(COLUMNS) : chosen),
        this::pass);
  }

  private ImportSummary pass(DSLContext ctx, TableReader table, HeaderMapping header, ImportTally tally, boolean write,
      Progress progress) {
    Pass pass = new Pass(ctx, header, tally, write, OffsetDateTime.now(clock));
    table.readData(header, pass::row, progress);
    ImportSummary s = tally.summary(table.fileName(), !write);
    if (write) {
      auditor.record(ctx, AuditEvent.of("recusal.import", "recusal", null, s.auditDetail()));
    }
    return s;
  }

  private HeaderMapping checked(TableReader table, HeaderMapping header) {
    List<String> missing = new ArrayList<>();
    if (!header.has(CERT_NO) && !header.has(INSPECTOR_KEY) && !header.has(INSPECTOR_NAME)) {
      missing.add(header(CERT_NO) + "/" + header(INSPECTOR_KEY) + "/" + header(INSPECTOR_NAME));
    }
    if (!header.has(USCC) && !header.has(REG_NO) && !header.has(TARGET_NAME)) {
      missing.add(header(USCC) + "/" + header(REG_NO) + "/" + header(TARGET_NAME));
    }
    if (!header.has(REASON)) {
      missing.add(header(REASON));
    }
    if (!missing.isEmpty()) {
      throw new SuijiException("directory.recusal.import.missingColumns", table.fileName(), String.join("、", missing));
    }
    return header;
  }

  /** One pass over the rows: look up, check, write (when {@code write}) and count each. */
  private final class Pass {
    private final DSLContext tx;
    private final HeaderMapping header;
    private final ImportTally tally;
    private final boolean write;
    private final OffsetDateTime now;
    /** The pairs seen so far, with the row that first had each. */
    private final Map<Long, Map<Long, Integer>> seen = new HashMap<>();

    Pass(DSLContext tx, HeaderMapping header, ImportTally tally, boolean write, OffsetDateTime now) {
      this.tx = tx;
      this.header = header;
      this.tally = tally;
      this.write = write;
      this.now = now;
    }

    boolean row(Row row) {
      int n = row.excelRowNumber();
      String inspectorText = first(cell(row, CERT_NO), cell(row, INSPECTOR_KEY), cell(row, INSPECTOR_NAME));
      String targetText = first(cell(row, USCC), cell(row, REG_NO), cell(row, TARGET_NAME));
      String key = inspectorText + " ↔ " + targetText;
      String name = cell(row, INSPECTOR_NAME) + " ↔ " + cell(row, TARGET_NAME);
      try {
        InspectorRef inspector = inspector(row);
        TargetRef target = target(row);
        key = (inspector.certNo() == null ? inspector.key() : inspector.certNo()) + " ↔ " + target.code();
        name = inspector.name() + " ↔ " + target.name();
        RecusalReason reason = reason(row);
        RecusalSource source = RecusalCheck.source(cell(row, SOURCE));
        if (source == null) {
          throw new Refusal(SOURCE, new SuijiException("directory.recusal.import.badSource", header(SOURCE), cell(row, SOURCE)));
        }
        String note = cell(row, NOTE);
        if (RecusalCheck.noteTooLong(note)) {
          throw new Refusal(NOTE, new SuijiException("directory.recusal.import.noteTooLong", header(NOTE), RecusalCheck.MAX_NOTE));
        }
        Integer earlier = seen.computeIfAbsent(inspector.id(), k -> new HashMap<>()).putIfAbsent(target.id(), n);
        if (earlier != null) {
          tally.duplicate(n, key, name, earlier);
          return true;
        }
        Optional<Recusal> existing = repository.find(tx, inspector.id(), target.id());
        if (existing.isPresent()) {
          Recusal stored = existing.get();
          Messages m = Messages.current();
          List<FieldChange> changes = FieldChange.between(
              texts(m.label(stored.reason()), m.label(stored.source()), stored.note()),
              texts(m.label(reason), m.label(source), note));
          if (write && !changes.isEmpty()) {
            repository.update(tx, stored.id(), reason, source, note);
          }
          tally.matched(n, key, name, changes);
        } else {
          if (write) {
            repository.insert(tx, inspector.id(), target.id(), reason, source, note, now);
          }
          tally.created(n, key, name);
        }
      } catch (Refusal r) {
        tally.rejected(n, key, name, header(r.field), r.reason);
      }
      return true;
    }

    private InspectorRef inspector(Row row) {
      String cert = Codes.normalise(cell(row, CERT_NO));
      String personName = cell(row, INSPECTOR_NAME);
      if (!cert.isEmpty()) {
        InspectorRef found = repository.inspectorByCertNo(tx, cert).or(() -> repository.inspectorByCertNo(tx, cell(row, CERT_NO)))
            .orElseThrow(() -> new Refusal(CERT_NO, new SuijiException("directory.recusal.import.unknownCertNo", header(CERT_NO), cert)));
        sameName(found, personName);
        return found;
      }
      String key = cell(row, INSPECTOR_KEY);
      if (!key.isEmpty()) {
        InspectorRef found = repository.inspectorByKey(tx, key).or(() -> repository.inspectorByKey(tx, key.toUpperCase(Locale.ROOT)))
            .orElseThrow(() -> new Refusal(INSPECTOR_KEY, new SuijiException("directory.recusal.import.unknownKey",
                header(INSPECTOR_KEY), key)));
        sameName(found, personName);
        return found;
      }
      if (personName.isEmpty()) {
        throw new Refusal(INSPECTOR_NAME, new SuijiException("directory.recusal.import.noInspector",
            header(CERT_NO), header(INSPECTOR_KEY), header(INSPECTOR_NAME)));
      }
      List<InspectorRef> named = repository.inspectorsByName(tx, personName);
      if (named.isEmpty()) {
        throw new Refusal(INSPECTOR_NAME, new SuijiException("directory.recusal.import.unknownName", header(INSPECTOR_NAME),
            personName));
      }
      if (named.size() > 1) {
        throw new Refusal(INSPECTOR_NAME, new SuijiException("directory.recusal.import.ambiguousName", header(INSPECTOR_NAME),
            personName, named.size(), header(CERT_NO), header(INSPECTOR_KEY)));
      }
      return named.get(0);
    }

    /** A name given beside the certificate or key must be that inspector's. */
    private void sameName(InspectorRef found, String personName) {
      if (!personName.isEmpty() && !PersonNames.normalise(personName).equals(PersonNames.normalise(found.name()))) {
        throw new Refusal(INSPECTOR_NAME, new SuijiException("directory.recusal.import.nameMismatch", header(INSPECTOR_NAME),
            personName, found.name()));
      }
    }

    private TargetRef target(Row row) {
      String code = Codes.normalise(cell(row, USCC));
      String reg = Codes.normalise(cell(row, REG_NO));
      if (!code.isEmpty()) {
        // a 15-digit number in the credit-code column is a registration number (combined columns)
        Optional<TargetRef> found = code.length() == 15 ? repository.targetByRegNo(tx, code) : repository.targetByUscc(tx, code);
        return found.orElseThrow(() -> new Refusal(USCC, new SuijiException("directory.recusal.import.unknownTarget",
            header(USCC), code)));
      }
      if (!reg.isEmpty()) {
        return repository.targetByRegNo(tx, reg).orElseThrow(() -> new Refusal(REG_NO,
            new SuijiException("directory.recusal.import.unknownTarget", header(REG_NO), reg)));
      }
      String targetName = cell(row, TARGET_NAME);
      if (targetName.isEmpty()) {
        throw new Refusal(TARGET_NAME, new SuijiException("directory.recusal.import.noTarget", header(USCC), header(REG_NO),
            header(TARGET_NAME)));
      }
      List<TargetRef> named = repository.targetsByName(tx, targetName, 2);
      if (named.isEmpty()) {
        throw new Refusal(TARGET_NAME, new SuijiException("directory.recusal.import.unknownTarget", header(TARGET_NAME),
            targetName));
      }
      if (named.size() > 1) {
        throw new Refusal(TARGET_NAME, new SuijiException("directory.recusal.import.ambiguousTarget", header(TARGET_NAME),
            targetName, header(USCC)));
      }
      return named.get(0);
    }

    private RecusalReason reason(Row row) {
      String text = cell(row, REASON);
      if (text.isEmpty()) {
        throw new Refusal(REASON, new SuijiException("directory.recusal.import.noReason", header(REASON)));
      }
      RecusalReason reason = RecusalCheck.reason(text);
      if (reason == null) {
        throw new Refusal(REASON, new SuijiException("directory.recusal.import.badReason", header(REASON), text));
      }
      return reason;
    }

    private String cell(Row row, String field) {
      return Cells.text(header.get(row, field));
    }
  }

  /** The stored or imported reason, source and note under their columns' headers. */
  private Map<String, String> texts(String reason, String source, String note) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put(header(REASON), reason);
    m.put(header(SOURCE), source);
    m.put(header(NOTE), note);
    return m;
  }

  private static String first(String... texts) {
    for (String t : texts) {
      if (!t.isEmpty()) {
        return t;
      }
    }
    return "";
  }

  /** A refused row: the field at fault and why. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String field;
    final transient SuijiException reason;

    Refusal(String field, SuijiException reason) {
      super(null, null, false, false);
      this.field = field;
      this.reason = reason;
    }
  }
}
