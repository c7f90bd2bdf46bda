package cn.suiji.inspection.service;

import static cn.suiji.inspection.service.ResultImporter.CODES;
import static cn.suiji.inspection.service.ResultImporter.DATE;
import static cn.suiji.inspection.service.ResultImporter.DRAW;
import static cn.suiji.inspection.service.ResultImporter.FINDINGS;
import static cn.suiji.inspection.service.ResultImporter.FOLLOW_UP;
import static cn.suiji.inspection.service.ResultImporter.FOLLOW_UP_DUE;
import static cn.suiji.inspection.service.ResultImporter.INSPECTORS;
import static cn.suiji.inspection.service.ResultImporter.METHODS;
import static cn.suiji.inspection.service.ResultImporter.NAME;
import static cn.suiji.inspection.service.ResultImporter.RECEIVING_BODY;
import static cn.suiji.inspection.service.ResultImporter.REMARK;
import static cn.suiji.inspection.service.ResultImporter.SUBSTITUTION;
import static cn.suiji.inspection.service.ResultImporter.TARGET;
import static cn.suiji.inspection.service.ResultImporter.WINDOW_NOTE;

import cn.suiji.inspection.data.ResultRepository;
import cn.suiji.inspection.domain.Finding;
import cn.suiji.inspection.domain.FollowUpDraft;
import cn.suiji.inspection.domain.FollowUpKind;
import cn.suiji.inspection.domain.InspectionFacts;
import cn.suiji.inspection.domain.InspectorMatch;
import cn.suiji.inspection.domain.PresentInspector;
import cn.suiji.inspection.domain.ResultCheck;
import cn.suiji.inspection.domain.ResultDraft;
import cn.suiji.inspection.domain.VerificationMethod;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.ids.Codes;
import cn.suiji.shared.imports.ImportTally;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.xlsx.Cells;
import cn.suiji.shared.xlsx.HeaderMapping;
import cn.suiji.shared.xlsx.Row;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/**
 * One pass over a results workbook's rows (for {@link ResultImporter}): each row read into a
 * {@link ResultDraft}, checked by the result rules, recorded when writing, and counted — 新增,
 * 重复 (the same target twice) or 拒绝 with a reason that starts with the column at fault.
 */
final class ResultRows {
  /** Between several names, codes or methods in one cell: 、 , ， ; ； / and white space. */
  private static final Pattern LIST = Pattern.compile("[、,，;；/\\s\\u3000]+");

  private final DSLContext tx;
  private final ResultImporter importer;
  private final ResultService results;
  private final ResultRepository repository;
  private final HeaderMapping header;
  private final ImportTally tally;
  private final boolean write;
  private final Map<Long, Integer> seen = new HashMap<>();

  ResultRows(DSLContext tx, ResultImporter importer, ResultService results, ResultRepository repository,
      HeaderMapping header, ImportTally tally, boolean write) {
    this.tx = tx;
    this.importer = importer;
    this.results = results;
    this.repository = repository;
    this.header = header;
    this.tally = tally;
    this.write = write;
  }

  boolean row(Row row) {
    int n = row.excelRowNumber();
    String code = Codes.normalise(cell(row, TARGET));
    String name = cell(row, NAME);
    try {
      long inspectionId = inspection(row, code);
      Integer earlier = seen.putIfAbsent(inspectionId, n);
      if (earlier != null) {
        tally.duplicate(n, code, name, earlier);
        return true;
      }
      InspectionFacts facts = results.facts(tx, inspectionId);
      name = facts.targetName();
      ResultDraft draft = draft(row, facts);
      List<ResultCheck.Problem> problems = results.problems(tx, draft);
      if (!problems.isEmpty()) {
        throw new Refusal(column(problems.get(0).field()), problems.get(0).reason());
      }
      if (write) {
        results.record(tx, draft);
      }
      tally.created(n, code, name);
    } catch (Refusal r) {
      String column = importer.header(r.field);
      tally.rejected(n, code, name, column, Messages.msg("inspection.import.rejected", column,
          Messages.current().describe(r.reason)));
    }
    return true;
  }

  private long inspection(Row row, String code) {
    String drawText = cell(row, DRAW);
    long drawId;
    try {
      drawId = Long.parseLong(drawText.replaceAll("\\.0+$", ""));
    } catch (NumberFormatException e) {
      throw new Refusal(DRAW, new SuijiException("inspection.import.badDraw", drawText));
    }
    if (!repository.drawExists(tx, drawId)) {
      throw new Refusal(DRAW, new SuijiException("inspection.result.noSuchDraw", drawId));
    }
    if (code.isEmpty()) {
      throw new Refusal(TARGET, new SuijiException("inspection.import.noTarget"));
    }
    return repository.inspectionOf(tx, drawId, code)
        .orElseThrow(() -> new Refusal(TARGET, new SuijiException("inspection.import.notInDraw", code, drawId)));
  }

  private ResultDraft draft(Row row, InspectionFacts facts) {
    LocalDate date = date(row, DATE, true);
    String findings = cell(row, FINDINGS);
    List<Finding> found = findings.isEmpty() ? List.of() : List.of(new Finding(null, true, findings, ""));
    return new ResultDraft(facts.inspectionId(), date, inspectors(row, facts), found, methods(row),
        List.of(LIST.split(cell(row, CODES))), followUps(row), cell(row, WINDOW_NOTE), cell(row, REMARK));
  }

  private List<PresentInspector> inspectors(Row row, InspectionFacts facts) {
    Map<Long, String> drawn = repository.inspectorNames(tx, Set.copyOf(facts.assignedInspectors()));
    String reason = cell(row, SUBSTITUTION);
    Set<Long> ids = new LinkedHashSet<>();
    for (String token : tokens(cell(row, INSPECTORS))) {
      Long mine = drawn.entrySet().stream().filter(e -> e.getValue().equals(token)).map(Map.Entry::getKey)
          .findFirst().orElse(null);
      if (mine == null) {
        List<InspectorMatch> found = repository.inspectors(tx, token, 2);
        if (found.isEmpty()) {
          throw new Refusal(INSPECTORS, new SuijiException("inspection.import.unknownInspector", token));
        }
        List<InspectorMatch> assigned = found.stream().filter(m -> facts.assignedInspectors().contains(m.id())).toList();
        if (assigned.isEmpty() && found.size() > 1) {
          throw new Refusal(INSPECTORS, new SuijiException("inspection.import.ambiguousInspector", token));
        }
        mine = (assigned.isEmpty() ? found : assigned).get(0).id();
      }
      ids.add(mine);
    }
    List<PresentInspector> out = new ArrayList<>();
    for (long id : ids) {
      out.add(new PresentInspector(id, facts.assignedInspectors().contains(id) ? null : reason));
    }
    return out;
  }

  private Set<VerificationMethod> methods(Row row) {
    Set<VerificationMethod> out = EnumSet.noneOf(VerificationMethod.class);
    for (String token : tokens(cell(row, METHODS))) {
      VerificationMethod m = Labels.find(VerificationMethod.values(), token);
      if (m == null) {
        throw new Refusal(METHODS, new SuijiException("inspection.import.badMethod", token));
      }
      out.add(m);
    }
    return out;
  }

  private List<FollowUpDraft> followUps(Row row) {
    String text = cell(row, FOLLOW_UP);
    if (text.isEmpty()) {
      return List.of();
    }
    String[] parts = text.split("[：:]", 2);
    FollowUpKind kind = Labels.find(FollowUpKind.values(), parts[0].strip());
    if (kind == null) {
      throw new Refusal(FOLLOW_UP, new SuijiException("inspection.import.badFollowUp", text));
    }
    String detail = parts.length > 1 ? parts[1].strip() : text;
    return List.of(new FollowUpDraft(kind, detail, cell(row, RECEIVING_BODY), null, date(row, FOLLOW_UP_DUE, false)));
  }

  private LocalDate date(Row row, String field, boolean required) {
    String text = cell(row, field);
    if (text.isEmpty() && !required) {
      return null;
    }
    Cells.Parsed<LocalDate> d = Cells.date(text);
    if (!d.ok()) {
      throw new Refusal(field, new SuijiException(text.isEmpty() ? "inspection.import.noDate" : "inspection.import.badDate",
          text));
    }
    return d.value();
  }

  private static String column(ResultCheck.Field field) {
    return switch (field) {
      case STATUS -> TARGET;
      case DATE -> DATE;
      case INSPECTORS -> INSPECTORS;
      case METHODS -> METHODS;
      case CODES -> CODES;
      case FOLLOW_UP -> FOLLOW_UP;
    };
  }

  private static List<String> tokens(String cell) {
    return List.of(LIST.split(cell)).stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
  }

  private String cell(Row row, String field) {
    return Cells.text(header.get(row, field));
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
