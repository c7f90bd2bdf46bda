package cn.suiji.publish.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.directory.data.DepartmentRepository;
import cn.suiji.directory.service.DepartmentService;
import cn.suiji.inspection.data.FollowUpRepository;
import cn.suiji.inspection.data.InspectionRepository;
import cn.suiji.inspection.data.ResultCodeRepository;
import cn.suiji.inspection.data.ResultRepository;
import cn.suiji.inspection.service.FollowUpService;
import cn.suiji.inspection.service.InspectionService;
import cn.suiji.inspection.service.ResultCodeService;
import cn.suiji.inspection.service.ResultService;
import cn.suiji.publish.domain.DepartmentDeadlines;
import cn.suiji.publish.domain.PublicationDeadline;
import cn.suiji.rules.data.RulesRepository;
import cn.suiji.rules.service.RulesService;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.audit.data.AuditRepository;
import cn.suiji.shared.db.Database;
import cn.suiji.shared.time.CalendarService;
import cn.suiji.shared.time.data.CalendarRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A measurement, not a check: the deadlines and the per-department counts over 100,000
 * inspections with results (two departments), as {@code DeadlineService} computes them today
 * (one query, then the calendar per row in Java). Run by hand:
 * {@code ./mvnw -q -o test -Dtest=DeadlineTiming -Dsuiji.perf=true}.
 */
@EnabledIfSystemProperty(named = "suiji.perf", matches = "true")
class DeadlineTiming {
  private static final int N = 100_000;

  @TempDir
  Path dir;

  @Test
  void deadlinesOfAHundredThousandResults(TestReporter reporter) {
    try (Database db = Database.openFile(dir.resolve("deadlines-" + UUID.randomUUID()))) {
      DSLContext dsl = db.dsl();
      long t0 = System.nanoTime();
      dsl.execute("INSERT INTO department (id, code, name, doc_prefix) VALUES (1, 'SCJGJ', '县市场监督管理局', '市监'),"
          + " (2, 'WJJ', '县卫生健康局', '卫健')");
      dsl.execute("INSERT INTO annual_plan (id, department_id, plan_year, title) VALUES (1, 1, 2026, 'p'), (2, 2, 2026, 'q')");
      dsl.execute("INSERT INTO task (id, plan_id, code, name, task_type, lead_department_id, fixed_count, start_date,"
          + " end_date, mode, status) VALUES (1, 1, 'T1', 't1', 'UNDIRECTED', 1, 1, DATE '2026-01-01', DATE '2026-12-31',"
          + " 'COUNTY', 'DRAWN'), (2, 2, 'T2', 't2', 'UNDIRECTED', 2, 1, DATE '2026-01-01', DATE '2026-12-31', 'COUNTY',"
          + " 'DRAWN')");
      dsl.execute("INSERT INTO draw (id, task_id, attempt, spec, status, operator_name, created_at, closed_at, commitment,"
          + " record_json) VALUES (1, 1, 1, 's', 'CONFIRMED', 'x', TIMESTAMP WITH TIME ZONE '2026-01-02 09:00:00+08',"
          + " TIMESTAMP WITH TIME ZONE '2026-01-02 09:00:00+08', 'c', '{}'), (2, 2, 1, 's', 'CONFIRMED', 'x',"
          + " TIMESTAMP WITH TIME ZONE '2026-01-02 09:00:00+08', TIMESTAMP WITH TIME ZONE '2026-01-02 09:00:00+08', 'c', '{}')");
      dsl.execute("INSERT INTO target (id, object_key, name, kind, status, updated_at) SELECT x, 'K' || x, '对象' || x,"
          + " 'ENTERPRISE', 'OPERATING', CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, " + N + ")");
      dsl.execute("INSERT INTO inspection (id, draw_id, task_id, target_id, draw_order, status) SELECT x, MOD(x, 2) + 1,"
          + " MOD(x, 2) + 1, x, x, 'INSPECTED' FROM SYSTEM_RANGE(1, " + N + ")");
      dsl.execute("INSERT INTO inspection_result (inspection_id, version, formed_on, methods, recorded_at, recorded_by,"
          + " current_inspection_id) SELECT x, 1, DATEADD('DAY', MOD(x, 330), DATE '2026-01-05'), 'ON_SITE',"
          + " CURRENT_TIMESTAMP, 'x', x FROM SYSTEM_RANGE(1, " + N + ")");
      report(reporter, "fill ms", Long.toString((System.nanoTime() - t0) / 1_000_000));

      Auditor auditor = new Auditor(new AuditRepository(), Clock.systemUTC(), () -> "x");
      CalendarService calendar = new CalendarService(dsl, new CalendarRepository(), auditor);
      calendar.seedIfNew();
      InspectionService inspections = new InspectionService(dsl, new InspectionRepository(), auditor);
      ResultService results = new ResultService(dsl, new ResultRepository(),
          new ResultCodeService(dsl, new ResultCodeRepository(), auditor),
          new FollowUpService(dsl, new FollowUpRepository(), calendar, auditor, Clock.systemUTC()), inspections, auditor,
          Clock.systemUTC(), () -> "x");
      RulesService rules = new RulesService(dsl, new RulesRepository(),
          new DepartmentService(dsl, new DepartmentRepository(), auditor), auditor, Clock.systemUTC());
      DeadlineService deadlines = new DeadlineService(results, rules, calendar, Clock.systemUTC());
      LocalDate asOf = LocalDate.of(2026, 11, 20);
      for (int round = 1; round <= 3; round++) {
        long a = System.nanoTime();
        int pending = results.pendingPublication().size();
        long b = System.nanoTime();
        List<PublicationDeadline> due = deadlines.due(asOf);
        long c = System.nanoTime();
        List<DepartmentDeadlines> counts = deadlines.countsByDepartment(asOf);
        long d = System.nanoTime();
        List<PublicationDeadline> page = deadlines.firstPage(asOf, 50);
        long e = System.nanoTime();
        assertThat(page).isEqualTo(due.subList(0, 50));
        assertThat(pending).isEqualTo(N);
        assertThat(due).hasSize(N);
        assertThat(counts).hasSize(2);
        report(reporter, "round " + round, String.format("query %d ms, due (query + calendar + sort) %d ms,"
            + " counts %d ms, first page of 50 %d ms", (b - a) / 1_000_000, (c - b) / 1_000_000, (d - c) / 1_000_000,
            (e - d) / 1_000_000));
      }
    }
  }

  /** To the test report and the console (a measurement is read by a person). */
  private static void report(TestReporter reporter, String key, String value) {
    reporter.publishEntry(key, value);
    System.out.println("DeadlineTiming " + key + ": " + value);
  }
}
