package cn.suiji.report.service;

import cn.suiji.inspection.service.Receipts;
import cn.suiji.report.data.EvaluationRepository;
import cn.suiji.report.data.RegisterRepository;
import cn.suiji.report.data.RegisterRepository.StoredEvidence;
import cn.suiji.report.data.StatsRepository;
import cn.suiji.report.domain.DepartmentYearFacts;
import cn.suiji.report.domain.DepartmentYearFacts.TaskFacts;
import cn.suiji.report.domain.Evidence;
import cn.suiji.report.domain.EvidenceState;
import cn.suiji.report.domain.Grade;
import cn.suiji.report.domain.GroupFigures;
import cn.suiji.report.domain.Grouping;
import cn.suiji.report.domain.Indicator;
import cn.suiji.report.domain.IndicatorRow;
import cn.suiji.report.domain.Indicators;
import cn.suiji.report.domain.OtherInspection;
import cn.suiji.report.domain.OtherInspectionKind;
import cn.suiji.report.domain.Referral;
import cn.suiji.report.domain.Scorecard;
import cn.suiji.report.domain.StatsScope;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEntry;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * The 14-indicator evaluation (考评) of a department's year and the registers it rests on: other
 * inspections (indicator 14), evidence files (1–4), the referral register (13, the follow-ups of
 * kind 移送/抄告), the weights and grades the county edits. Each write is one transaction and
 * audited; the evaluation reads in one transaction (ADR 0031).
 */
public final class EvaluationService {
  private final DSLContext dsl;
  private final RegisterRepository registers;
  private final EvaluationRepository facts;
  private final StatsRepository stats;
  private final Auditor auditor;
  private final Clock clock;
  private final Receipts files;
  private final @Nullable Path evidenceFolder;

  /** {@code evidenceFolder} beside the data file ({@code county.evidence/}); null in memory, which refuses files. */
  public EvaluationService(DSLContext dsl, RegisterRepository registers, EvaluationRepository facts,
      StatsRepository stats, Auditor auditor, Clock clock, @Nullable Path evidenceFolder) {
    this.dsl = dsl;
    this.registers = registers;
    this.facts = facts;
    this.stats = stats;
    this.auditor = auditor;
    this.clock = clock;
    this.evidenceFolder = evidenceFolder;
    this.files = new Receipts(evidenceFolder, new Receipts.Keys("report.evidence.noStore", "report.evidence.missing",
        "report.evidence.size", "report.evidence.copy"));
  }

  // ---- other inspections (indicator 14) ----

  /** Records an inspection outside the draws; every field checked, the message names it. */
  public OtherInspection addOtherInspection(String departmentCode, @Nullable OtherInspectionKind kind,
      @Nullable LocalDate on, String targetName, @Nullable String targetCode, String result, @Nullable String source) {
    Checked c = checkOther(kind, on, targetName, targetCode, result, source);
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      long dept = department(tx, departmentCode);
      long id = registers.insertOther(tx, dept, c.kind(), c.on(), c.name(), c.code(), c.result(), c.source(),
          OffsetDateTime.now(clock));
      OtherInspection saved = registers.other(tx, id).orElseThrow();
      auditor.record(tx, new AuditEvent("evaluation.other.add", "otherInspection", Long.toString(id), null,
          saved.toString(), null));
      return saved;
    });
  }

  /** Corrects what an other inspection records, checked as when added; audited with before and after. */
  public OtherInspection updateOtherInspection(long id, @Nullable OtherInspectionKind kind, @Nullable LocalDate on,
      String targetName, @Nullable String targetCode, String result, @Nullable String source) {
    Checked c = checkOther(kind, on, targetName, targetCode, result, source);
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      OtherInspection before = registers.other(tx, id)
          .orElseThrow(() -> new SuijiException("report.other.unknown", id));
      registers.updateOther(tx, id, c.kind(), c.on(), c.name(), c.code(), c.result(), c.source());
      OtherInspection after = registers.other(tx, id).orElseThrow();
      if (!after.equals(before)) {
        auditor.record(tx, new AuditEvent("evaluation.other.update", "otherInspection", Long.toString(id),
            before.toString(), after.toString(), null));
      }
      return after;
    });
  }

  private record Checked(OtherInspectionKind kind, LocalDate on, String name, @Nullable String code, String result,
      @Nullable String source) {}

  private Checked checkOther(@Nullable OtherInspectionKind kind, @Nullable LocalDate on, String targetName,
      @Nullable String targetCode, String result, @Nullable String source) {
    if (kind == null) {
      throw new SuijiException("report.other.noKind");
    }
    if (on == null) {
      throw new SuijiException("report.other.noDate");
    }
    if (on.isAfter(today())) {
      throw new SuijiException("report.other.futureDate", on, today());
    }
    String name = required(targetName, "report.other.noTarget", 200, "report.field.targetName");
    String text = required(result, "report.other.noResult", 1000, "report.field.result");
    String code = optional(targetCode, 40, "report.field.targetCode");
    String from = optional(source, 200, "report.field.source");
    return new Checked(kind, on, name, code, text, from);
  }

  public void removeOtherInspection(long id) {
    dsl.transaction(trx -> {
      DSLContext tx = trx.dsl();
      OtherInspection before = registers.other(tx, id)
          .orElseThrow(() -> new SuijiException("report.other.unknown", id));
      registers.deleteOther(tx, id);
      auditor.record(tx, new AuditEvent("evaluation.other.remove", "otherInspection", Long.toString(id),
          before.toString(), null, null));
    });
  }

  public List<OtherInspection> otherInspections(@Nullable String departmentCode, int year) {
    return dsl.transactionResult(trx -> registers.others(trx.dsl(), departmentCode, year));
  }

  // ---- evidence files (indicators 1–4) ----

  /**
   * Copies {@code file} into the evidence folder under its SHA-256 and lists it for the
   * department's year and indicator; the copy is removed again if the row is not written.
   */
  public Evidence addEvidence(String departmentCode, int year, int indicator, Path file, @Nullable LocalDate dated,
      @Nullable String note) {
    checkYear(year);
    if (indicator < 1 || indicator > Indicator.values().length) {
      throw new SuijiException("report.evidence.badIndicator", indicator);
    }
    if (dated == null) {
      throw new SuijiException("report.evidence.noDate");
    }
    String text = optional(note, 500, "report.field.note");
    dsl.transactionResult(trx -> department(trx.dsl(), departmentCode)); // before copying anything
    Receipts.Kept kept = files.keep(file);
    try {
      long size = size(kept.path());
      return dsl.transactionResult(trx -> {
        DSLContext tx = trx.dsl();
        long dept = department(tx, departmentCode);
        long id = registers.insertEvidence(tx, dept, year, Indicator.of(indicator), kept.file(),
            file.getFileName().toString(), kept.sha256(), size, dated, text, OffsetDateTime.now(clock));
        Evidence saved = registers.evidence(tx, id).orElseThrow().as(EvidenceState.INTACT);
        auditor.record(tx, new AuditEvent("evaluation.evidence.add", "evidence", Long.toString(id), null,
            saved.toString(), "sha256=" + kept.sha256()));
        return saved;
      });
    } catch (RuntimeException e) {
      files.forget(kept);
      throw e;
    }
  }

  /** Takes a file off the list (audited); the copy stays in the evidence folder. */
  public void removeEvidence(long id) {
    dsl.transaction(trx -> {
      DSLContext tx = trx.dsl();
      StoredEvidence before = registers.evidence(tx, id)
          .orElseThrow(() -> new SuijiException("report.evidence.unknown", id));
      registers.deleteEvidence(tx, id);
      auditor.record(tx, new AuditEvent("evaluation.evidence.remove", "evidence", Long.toString(id),
          before.toString(), null, null));
    });
  }

  /** The evidence of a year (a department's, or all when null), each copy checked against its hash. */
  public List<Evidence> evidence(@Nullable String departmentCode, int year) {
    List<StoredEvidence> rows = dsl.transactionResult(trx -> registers.evidence(trx.dsl(), departmentCode, year));
    return rows.stream().map(r -> r.as(EvidenceFiles.state(evidenceFolder, r.storedFile(), r.sha256()))).toList();
  }

  /** Where an evidence copy lies, for opening it; null when the database has no file. */
  public @Nullable Path evidencePath(Evidence e) {
    return EvidenceFiles.path(evidenceFolder, e.storedFile());
  }

  // ---- the referral register (indicator 13) ----

  /** The 问题线索转办 register of a year: the referral follow-ups of the tasks a department leads (all when null). */
  public List<Referral> referrals(@Nullable String departmentCode, int year) {
    return dsl.transactionResult(trx -> facts.referrals(trx.dsl(), departmentCode, year));
  }

  // ---- weights and grades ----

  public Map<Indicator, Double> weights() {
    return dsl.transactionResult(trx -> registers.weights(trx.dsl()));
  }

  /** Sets an indicator's weight (0 leaves it out of the score), audited. */
  public void setWeight(int indicator, double weight) {
    if (indicator < 1 || indicator > Indicator.values().length) {
      throw new SuijiException("report.evidence.badIndicator", indicator);
    }
    if (!(weight >= 0 && weight <= 100)) {
      throw new SuijiException("report.weight.bad", indicator, weight);
    }
    dsl.transaction(trx -> {
      DSLContext tx = trx.dsl();
      Double before = registers.weights(tx).get(Indicator.of(indicator));
      registers.setWeight(tx, Indicator.of(indicator), BigDecimal.valueOf(weight));
      auditor.record(tx, new AuditEvent("evaluation.weight", "evaluation", Integer.toString(indicator),
          String.valueOf(before), String.valueOf(weight), null));
    });
  }

  public List<Grade> grades() {
    return dsl.transactionResult(trx -> registers.grades(trx.dsl()));
  }

  /** Replaces the grades: names given and distinct, scores 0–100 and distinct, one of them from 0. */
  public void setGrades(List<Grade> grades) {
    java.util.Set<String> names = new java.util.HashSet<>();
    java.util.Set<Double> mins = new java.util.HashSet<>();
    for (Grade g : grades) {
      if (g.name().isBlank() || g.name().length() > 20 || !names.add(g.name().strip())) {
        throw new SuijiException("report.grade.badName", g.name());
      }
      if (!(g.minScore() >= 0 && g.minScore() <= 100) || !mins.add(g.minScore())) {
        throw new SuijiException("report.grade.badScore", g.name(), g.minScore());
      }
    }
    if (!mins.contains(0.0)) {
      throw new SuijiException("report.grade.noFloor");
    }
    dsl.transaction(trx -> {
      DSLContext tx = trx.dsl();
      String before = registers.grades(tx).toString();
      registers.setGrades(tx, grades.stream().map(g -> new Grade(g.name().strip(), g.minScore())).toList());
      auditor.record(tx, new AuditEvent("evaluation.grades", "evaluation", null, before, grades.toString(), null));
    });
  }

  // ---- the evaluation ----

  /** The scorecards of a year: one department's, or every active department's when code is null. */
  public List<Scorecard> evaluate(int year, @Nullable String departmentCode, LocalDate asOf, Progress progress) {
    checkYear(year);
    List<Scorecard> out = new ArrayList<>();
    Map<String, List<Evidence>> evidence = new HashMap<>();
    for (Evidence e : evidence(departmentCode, year)) {
      evidence.computeIfAbsent(e.departmentCode(), k -> new ArrayList<>()).add(e);
    }
    dsl.transaction(trx -> {
      DSLContext tx = trx.dsl();
      Map<String, String> departments = facts.departments(tx);
      if (departmentCode != null && !departments.containsKey(departmentCode)) {
        throw new SuijiException("report.stats.unknownDepartment", departmentCode);
      }
      List<String> codes = departmentCode == null ? List.copyOf(departments.keySet()) : List.of(departmentCode);
      Map<String, LocalDate> created = taskCreation(tx);
      Map<Indicator, Double> weights = registers.weights(tx);
      List<Grade> grades = registers.grades(tx);
      for (int i = 0; i < codes.size(); i++) {
        progress.update(i, codes.size());
        String code = codes.get(i);
        DepartmentYearFacts f = facts(tx, code, year, asOf, created, evidence.getOrDefault(code, List.of()));
        List<IndicatorRow> rows = Indicators.evaluate(f);
        Double score = Scorecard.score(rows, weights);
        out.add(new Scorecard(year, code, departments.get(code), rows, weights, score, Grade.of(score, grades),
            f.evidence(), f.referrals(), f.others()));
      }
      progress.update(codes.size(), codes.size());
    });
    return out;
  }

  private DepartmentYearFacts facts(DSLContext tx, String code, int year, LocalDate asOf,
      Map<String, LocalDate> created, List<Evidence> evidence) {
    long id = department(tx, code);
    EvaluationRepository.Counted targets = facts.targets(tx, id);
    EvaluationRepository.Counted inspectors = facts.inspectors(tx, id);
    EvaluationRepository.Items items = facts.items(tx, id, year);
    EvaluationRepository.Plan plan = facts.plan(tx, id, year);
    Boolean rules = facts.rulesWithText(tx, id);
    List<TaskFacts> tasks = facts.tasks(tx, id, year).stream()
        .map(t -> new TaskFacts(t.code(), t.name(), t.start(), t.end(), t.cancelled(), t.drawn(), t.drawnLate(),
            created.get(t.code()), t.itemCodes())).toList();
    EvaluationRepository.Joint joint = facts.joint(tx, id, year);
    // from the rows: one department's figures, in the evaluation's own transaction (no pre-aggregate refresh)
    List<GroupFigures> figures = stats.figuresFromRows(tx, new StatsScope(year, code), Grouping.DEPARTMENT);
    GroupFigures mine = figures.stream().filter(g -> g.key().equals(code)).findFirst()
        .orElse(GroupFigures.empty(code, code, true));
    return new DepartmentYearFacts(year, asOf, targets.count(), targets.lastUpdated(), inspectors.count(),
        inspectors.lastUpdated(), items.count(), items.publicised(), items.lastPublicised(), items.frequency(),
        plan.exists(), plan.published(), plan.filed(), rules != null, Boolean.TRUE.equals(rules), tasks, joint.led(),
        joint.ledDrawn(), joint.partnered(), joint.partneredDrawn(), mine, facts.referrals(tx, code, year),
        registers.others(tx, code, year), evidence);
  }

  /** Task code → the day the audit log first records its creation ({@code task.create}). */
  private Map<String, LocalDate> taskCreation(DSLContext tx) {
    Map<String, LocalDate> out = new HashMap<>();
    for (AuditEntry e : auditor.entriesFor(tx, "task")) {
      if ("task.create".equals(e.action()) && e.entityId() != null) {
        out.putIfAbsent(e.entityId(), LocalDate.ofInstant(e.at(), clock.getZone()));
      }
    }
    return out;
  }

  /** Department code → name, active ones in the directory's order. */
  public Map<String, String> departments() {
    return dsl.transactionResult(trx -> facts.departments(trx.dsl()));
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private long department(DSLContext tx, String code) {
    return registers.departmentId(tx, code == null ? "" : code.strip())
        .orElseThrow(() -> new SuijiException("report.stats.unknownDepartment", code));
  }

  private static long size(Path copy) {
    try {
      return java.nio.file.Files.size(copy);
    } catch (java.io.IOException e) {
      throw new SuijiException(e, "report.evidence.copy", copy, e.getMessage());
    }
  }

  private static void checkYear(int year) {
    if (year < 2000 || year > 2100) {
      throw new SuijiException("report.stats.badYear", year);
    }
  }

  private static String required(@Nullable String value, String emptyKey, int max, String fieldKey) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      throw new SuijiException(emptyKey);
    }
    return limited(v, max, fieldKey);
  }

  private static @Nullable String optional(@Nullable String value, int max, String fieldKey) {
    String v = value == null ? "" : value.strip();
    return v.isEmpty() ? null : limited(v, max, fieldKey);
  }

  private static String limited(String v, int max, String fieldKey) {
    if (v.length() > max) {
      throw new SuijiException("report.field.tooLong", cn.suiji.shared.l10n.Messages.msg(fieldKey), max, v.length());
    }
    return v;
  }
}
