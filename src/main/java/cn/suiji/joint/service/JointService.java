package cn.suiji.joint.service;

import cn.suiji.admin.service.SettingsService;
import cn.suiji.directory.service.DrawnTargets;
import cn.suiji.draw.domain.AttemptStatus;
import cn.suiji.draw.domain.DrawSummary;
import cn.suiji.draw.service.DrawService;
import cn.suiji.draw.service.RecordCheck;
import cn.suiji.inspection.domain.DrawSheetRow;
import cn.suiji.inspection.domain.DrawnInspection;
import cn.suiji.inspection.service.InspectionService;
import cn.suiji.inspection.service.ResultCodeService;
import cn.suiji.inspection.service.ResultService;
import cn.suiji.joint.data.JointRepository;
import cn.suiji.joint.domain.JointAssignment;
import cn.suiji.joint.domain.JointEntry;
import cn.suiji.joint.domain.JointHeader;
import cn.suiji.joint.domain.JointInspector;
import cn.suiji.joint.domain.JointOutcome;
import cn.suiji.joint.domain.JointResult;
import cn.suiji.joint.domain.JointTask;
import cn.suiji.joint.domain.ReceivedInspection;
import cn.suiji.joint.domain.SummaryRow;
import cn.suiji.joint.remote.JointJson;
import cn.suiji.joint.remote.JointPackage;
import cn.suiji.joint.remote.RecordFacts;
import cn.suiji.plan.domain.TaskForDraw;
import cn.suiji.plan.service.DrawnTasks;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * Joint tasks between departments that do not share a data file (issue 14, ADR 0038). The lead
 * exports a task package for one partner (the confirmed draw record, the partner's inspections and
 * inspectors); the partner imports it into its own file — refused as a whole, nothing saved, unless
 * every hash matches, the record recomputes and the task names this file's department as partner —
 * records its results ({@link JointResults}) and sends them back; the lead imports those
 * ({@link JointMerge}). Importing a package twice changes nothing the second time.
 */
public final class JointService {
  /** The app setting naming the department a data file works for (the partner side's "this department"). */
  public static final String DEPARTMENT_SETTING = "joint.department";

  private final DSLContext dsl;
  private final JointRepository repository;
  private final DrawService draws;
  private final InspectionService inspections;
  private final ResultService results;
  private final SettingsService settings;
  private final ResultCodeService codes;
  private final Auditor auditor;
  private final Clock clock;
  private final Supplier<String> operator;
  private final DrawnTasks tasks = new DrawnTasks();
  private final DrawnTargets directory = new DrawnTargets();

  public JointService(DSLContext dsl, JointRepository repository, DrawService draws, InspectionService inspections,
      ResultService results, ResultCodeService codes, SettingsService settings, Auditor auditor, Clock clock,
      Supplier<String> operator) {
    this.codes = codes;
    this.dsl = dsl;
    this.repository = repository;
    this.draws = draws;
    this.inspections = inspections;
    this.results = results;
    this.settings = settings;
    this.auditor = auditor;
    this.clock = clock;
    this.operator = operator;
  }

  /** The department this data file works for, when set. */
  public Optional<String> department() {
    return settings.get(DEPARTMENT_SETTING).filter(s -> !s.isBlank());
  }

  /**
   * The lead's side: writes the package of {@code taskCode}'s confirmed draw for {@code partnerCode}
   * as {@code out} (audited).
   *
   * @throws SuijiException no such task, the department is not its partner, no confirmed draw, or
   *     the stored record does not recompute
   */
  public JointPackage.Written exportTask(String taskCode, String partnerCode, Path out) {
    String code = taskCode.strip();
    String partner = partnerCode.strip();
    TaskForDraw task = dsl.transactionResult(trx -> tasks.task(trx.dsl(), code))
        .orElseThrow(() -> new SuijiException("joint.export.noTask", code));
    TaskForDraw.Department partnerDept = task.partners().stream().filter(p -> p.code().equals(partner)).findFirst()
        .orElseThrow(() -> new SuijiException("joint.export.notPartner", partner, code, partners(task)));
    long drawId = confirmedDraw(code);
    String recordJson = RecordCheck.exported(draws, drawId);
    String problem = RecordCheck.problem(JointJson.RECORD, recordJson);
    if (problem != null) {
      throw new SuijiException("joint.export.recordBroken", code, problem);
    }
    byte[] record = recordJson.getBytes(StandardCharsets.UTF_8);
    RecordFacts facts = RecordFacts.of(JointJson.RECORD, record);
    List<JointAssignment> assignments = assignments(drawId, facts, partner);
    JointHeader header = new JointHeader(JointHeader.Kind.TASK, settings.countyName().orElse(""), task.lead().code(),
        task.lead().name(), partnerDept.code(), partnerDept.name(), code, task.name(), task.startDate(),
        task.endDate(), drawId, now());
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(JointJson.RECORD, record);
    files.put(JointJson.ASSIGNMENTS, JointJson.assignments(assignments));
    JointPackage.Written written = JointPackage.write(out, header, files);
    dsl.transaction(trx -> auditor.record(trx.dsl(), AuditEvent.of("joint.export", "jointTask", code,
        "partner=" + partner + " draw=" + drawId + " inspections=" + assignments.size() + " manifest="
            + written.manifestSha256())));
    return written;
  }

  /**
   * Imports a joint package: a task package on the partner's side, a results package on the lead's.
   * One transaction; a refusal saves nothing.
   *
   * @param asDepartment the department this file works for, when it is not set yet (then kept)
   *     or to be named once
   * @throws SuijiException the package's first problem, in a sentence naming the file
   */
  public JointOutcome importPackage(Path zip, @Nullable String asDepartment) {
    JointPackage.Opened opened = JointPackage.read(zip);
    if (opened.header().kind() == JointHeader.Kind.RESULTS) {
      return dsl.transactionResult(trx -> new JointMerge(repository, inspections, results, auditor, directory)
          .merge(trx.dsl(), opened, leadTask(trx.dsl(), opened.header()), now()));
    }
    return dsl.transactionResult(trx -> receive(trx.dsl(), opened, asDepartment));
  }

  /** The tasks received from their leads, newest first. */
  public List<JointTask> received() {
    return dsl.transactionResult(trx -> repository.tasks(trx.dsl()));
  }

  /** A received task's inspections in draw order. */
  public List<JointAssignment> inspections(String taskCode) {
    return dsl.transactionResult(trx -> {
      JointTask t = JointResults.received(repository, trx.dsl(), taskCode);
      return List.copyOf(repository.inspections(trx.dsl(), t.id()).values());
    });
  }

  /** A received task's inspections in draw order, each with the partner's result when recorded. */
  public List<ReceivedInspection> receivedInspections(String taskCode) {
    return dsl.transactionResult(trx -> {
      JointTask t = JointResults.received(repository, trx.dsl(), taskCode);
      Map<Long, JointResult> byInspection = new java.util.HashMap<>();
      repository.results(trx.dsl(), t.id()).forEach(r -> byInspection.put(r.leadInspectionId(), r));
      return repository.inspections(trx.dsl(), t.id()).values().stream()
          .map(a -> new ReceivedInspection(a, byInspection.get(a.leadInspectionId()))).toList();
    });
  }

  /**
   * The partner's side: records its result of one inspection of a received task (one; audited).
   *
   * @throws SuijiException no such task or target, a result already there, or the first problem
   *     the result rules find
   */
  public JointResult recordResult(JointEntry entry) {
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      JointTask task = JointResults.received(repository, tx, entry.taskCode());
      Map.Entry<Long, JointAssignment> inspection = JointResults.inspection(repository, tx, task, entry.target());
      if (repository.hasResult(tx, inspection.getKey())) {
        throw new SuijiException("joint.record.already", inspection.getValue().targetName(), task.taskCode());
      }
      LocalDate drawnOn = RecordFacts.of(JointJson.RECORD,
          repository.recordJson(tx, task.id()).getBytes(StandardCharsets.UTF_8)).drawnOn();
      JointResult result = JointResults.check(task, drawnOn, inspection.getValue(), entry, codes.byCode(tx), now(),
          operator.get());
      repository.insertResult(tx, inspection.getKey(), result);
      auditor.record(tx, new AuditEvent("joint.record", "jointResult", Long.toString(inspection.getKey()), null,
          result.toString(), "task=" + task.taskCode() + " target=" + result.targetKey() + " codes="
              + String.join(",", result.codes())));
      return result;
    });
  }

  /**
   * The partner's side: writes its results of a received task as a results package for the lead.
   *
   * @throws SuijiException no such task, or no result recorded yet
   */
  public JointPackage.Written exportResults(String taskCode, Path out) {
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      JointTask t = JointResults.received(repository, tx, taskCode);
      List<JointResult> list = repository.results(tx, t.id());
      if (list.isEmpty()) {
        throw new SuijiException("joint.results.none", t.taskCode());
      }
      JointHeader header = new JointHeader(JointHeader.Kind.RESULTS, t.county(), t.leadCode(), t.leadName(),
          t.partnerCode(), t.partnerName(), t.taskCode(), t.taskName(), t.startDate(), t.endDate(), t.leadDrawId(),
          now());
      JointPackage.Written written = JointPackage.write(out, header, Map.of(JointJson.RESULTS, JointJson.results(list)));
      auditor.record(tx, AuditEvent.of("joint.results", "jointTask", t.taskCode(), "results=" + list.size()
          + " manifest=" + written.manifestSha256()));
      return written;
    });
  }

  /** The lead's side: the 联合检查总表 of a task, its inspections in draw order with their results. */
  public List<SummaryRow> summary(String taskCode) {
    String code = taskCode == null ? "" : taskCode.strip();
    TaskForDraw task = dsl.transactionResult(trx -> tasks.task(trx.dsl(), code))
        .orElseThrow(() -> new SuijiException("joint.export.noTask", code));
    long drawId = confirmedDraw(code);
    Map<Long, String> merged = dsl.transactionResult(trx -> repository.mergedPartners(trx.dsl(), code));
    return JointSummary.rows(task, results, results.drawSheet(drawId), results.currentOfDraw(drawId), merged);
  }

  /**
   * The 联合检查总表 written as .xlsx or .docx (by the file's ending); returns its rows.
   *
   * @throws SuijiException another ending, or what {@link #summary} throws
   */
  public int writeSummary(String taskCode, Path out) {
    String ending = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (!ending.endsWith(".docx") && !ending.endsWith(".xlsx")) {
      throw new SuijiException("joint.summary.format", out.getFileName());
    }
    List<SummaryRow> rows = summary(taskCode);
    String code = taskCode.strip();
    String name = dsl.transactionResult(trx -> tasks.task(trx.dsl(), code)).map(TaskForDraw::name).orElse(code);
    if (ending.endsWith(".docx")) {
      cn.suiji.joint.render.SummaryDocx.write(code, name, rows, out);
    } else {
      cn.suiji.joint.render.SummaryXlsx.write(code, name, rows, out);
    }
    return rows.size();
  }

  private JointOutcome receive(DSLContext tx, JointPackage.Opened opened, @Nullable String asDepartment) {
    JointHeader h = opened.header();
    Optional<String> kept = department();
    String typed = asDepartment == null || asDepartment.isBlank() ? null : asDepartment.strip();
    if (typed != null && kept.isPresent() && !kept.get().equals(typed)) {
      throw new SuijiException("joint.import.departmentKept", kept.get(), typed);
    }
    String self = typed != null ? typed : kept.orElse(null);
    if (self == null) {
      throw new SuijiException("joint.import.noDepartment", h.partnerCode());
    }
    if (!h.partnerCode().equals(self)) {
      throw new SuijiException("joint.import.otherDepartment", h.taskCode(), h.partnerCode(), h.partnerName(), self);
    }
    byte[] record = opened.file(JointJson.RECORD);
    String recordJson = new String(record, StandardCharsets.UTF_8);
    String problem = RecordCheck.problem(JointJson.RECORD, recordJson);
    if (problem != null) {
      throw new SuijiException("joint.import.recordRefused", problem);
    }
    RecordFacts facts = RecordFacts.of(JointJson.RECORD, record);
    if (!facts.task().equals(h.taskCode()) || !"confirmed".equals(facts.status())) {
      throw new SuijiException("joint.import.recordOtherTask", JointJson.RECORD, facts.task(), h.taskCode());
    }
    if (!facts.groups().containsKey(self)) {
      throw new SuijiException("joint.import.notPartner", h.taskCode(), self);
    }
    List<JointAssignment> assignments = JointJson.assignments(opened.file(JointJson.ASSIGNMENTS));
    checkAssignments(facts, assignments, self);
    Optional<JointTask> existing = repository.task(tx, h.leadCode(), h.taskCode());
    if (existing.isPresent()) {
      if (existing.get().leadDrawId() != h.drawId()) {
        throw new SuijiException("joint.import.otherDraw", h.taskCode(), existing.get().leadDrawId(), h.drawId());
      }
      return new JointOutcome.TaskReceived(existing.get(), true);
    }
    if (kept.isEmpty()) {
      settings.set(tx, DEPARTMENT_SETTING, self);
    }
    long id = repository.insertTask(tx, h, recordJson, opened.manifestSha256(), assignments, now(), operator.get());
    auditor.record(tx, AuditEvent.of("joint.import", "jointTask", h.taskCode(), "lead=" + h.leadCode() + " draw="
        + h.drawId() + " inspections=" + assignments.size() + " manifest=" + opened.manifestSha256()));
    return new JointOutcome.TaskReceived(repository.task(tx, h.leadCode(), h.taskCode()).orElseThrow(), false);
  }

  /** Every assignment is a selected object of the record, with exactly the partner's inspectors the draw gave it. */
  private static void checkAssignments(RecordFacts facts, List<JointAssignment> assignments, String partner) {
    if (assignments.size() != facts.assignments().size()) {
      throw new SuijiException("joint.import.assignmentCount", JointJson.ASSIGNMENTS, assignments.size(),
          facts.assignments().size());
    }
    for (JointAssignment a : assignments) {
      if (!facts.assignments().containsKey(a.targetKey())) {
        throw new SuijiException("joint.import.notSelected", JointJson.ASSIGNMENTS, a.targetKey(), a.targetName());
      }
      List<String> keys = a.inspectors().stream().map(JointInspector::key).toList();
      if (!keys.equals(facts.inspectorsOf(a.targetKey(), partner))) {
        throw new SuijiException("joint.import.inspectorsDiffer", JointJson.ASSIGNMENTS, a.targetName(),
            String.join(",", keys), String.join(",", facts.inspectorsOf(a.targetKey(), partner)));
      }
    }
  }

  /** The lead's task a results package is for, checked against this file: task, lead, partner and draw. */
  private TaskForDraw leadTask(DSLContext tx, JointHeader h) {
    TaskForDraw task = tasks.task(tx, h.taskCode())
        .orElseThrow(() -> new SuijiException("joint.merge.noTask", h.taskCode()));
    if (!task.lead().code().equals(h.leadCode())) {
      throw new SuijiException("joint.merge.otherLead", h.taskCode(), h.leadCode(), task.lead().code());
    }
    department().filter(d -> !d.equals(h.leadCode())).ifPresent(d -> {
      throw new SuijiException("joint.merge.otherLead", h.taskCode(), h.leadCode(), d);
    });
    if (task.partners().stream().noneMatch(p -> p.code().equals(h.partnerCode()))) {
      throw new SuijiException("joint.export.notPartner", h.partnerCode(), h.taskCode(), partners(task));
    }
    long drawId = confirmedDraw(h.taskCode());
    if (drawId != h.drawId()) {
      throw new SuijiException("joint.merge.otherDraw", h.taskCode(), h.drawId(), drawId);
    }
    return task;
  }

  private List<JointAssignment> assignments(long drawId, RecordFacts facts, String partner) {
    Map<Long, DrawSheetRow> sheet = new LinkedHashMap<>();
    results.drawSheet(drawId).forEach(r -> sheet.put(r.inspectionId(), r));
    List<DrawnInspection> drawn = dsl.transactionResult(trx -> inspections.ofDraw(trx.dsl(), drawId, null));
    List<JointAssignment> out = new ArrayList<>();
    for (DrawnInspection d : drawn) {
      DrawSheetRow row = sheet.get(d.id());
      List<String> partnerKeys = facts.inspectorsOf(d.objectKey(), partner);
      List<JointInspector> inspectors = new ArrayList<>();
      for (String key : partnerKeys) {
        int at = d.inspectors().indexOf(key);
        String name = row != null && at >= 0 && at < row.inspectors().size() ? row.inspectors().get(at) : key;
        inspectors.add(new JointInspector(key, name));
      }
      out.add(new JointAssignment(d.id(), d.objectKey(), row == null ? d.objectKey() : row.targetCode(),
          row == null ? d.objectKey() : row.targetName(), d.drawOrder(), inspectors));
    }
    return out;
  }

  private long confirmedDraw(String taskCode) {
    return draws.list().stream()
        .filter(d -> d.taskCode().equals(taskCode) && d.status() == AttemptStatus.CONFIRMED)
        .mapToLong(DrawSummary::id).findFirst()
        .orElseThrow(() -> new SuijiException("joint.export.notDrawn", taskCode));
  }

  private static String partners(TaskForDraw task) {
    return task.partners().isEmpty() ? "—"
        : String.join("、", task.partners().stream().map(p -> p.code() + " " + p.name()).toList());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
  }
}
