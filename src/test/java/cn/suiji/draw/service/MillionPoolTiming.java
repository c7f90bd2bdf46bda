package cn.suiji.draw.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.draw.data.DrawRepository;
import cn.suiji.draw.data.PoolRepository;
import cn.suiji.draw.domain.DrawPlan;
import cn.suiji.inspection.service.InspectionService;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.audit.data.AuditRepository;
import cn.suiji.shared.db.Database;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A measurement, not a check: plan and draw a task over a directory of 1,000,000 targets.
 * Run by hand: {@code ./mvnw -q test -Dtest=MillionPoolTiming -Dsuiji.perf=true}.
 */
@EnabledIfSystemProperty(named = "suiji.perf", matches = "true")
class MillionPoolTiming {
  private static final int TARGETS = 1_000_000;

  @TempDir
  Path dir;

  @Test
  void planAndDrawAMillionTargetPool(TestReporter reporter) {
    // a file, not memory: the test JVM has 1 GB and the table alone would fill much of it
    try (Database db = Database.openFile(dir.resolve("million-" + UUID.randomUUID()))) {
      DSLContext dsl = db.dsl();
      long t0 = System.nanoTime();
      dsl.execute("INSERT INTO department (id, code, name, doc_prefix) VALUES (1, 'BIG', '大局', '大')");
      dsl.execute("INSERT INTO annual_plan (id, department_id, plan_year, title) VALUES (1, 1, 2026, 'p')");
      dsl.execute("INSERT INTO inspection_item (id, department_id, code, name, legal_basis, target_kind, method,"
          + " item_class, valid_from) VALUES (1, 1, 'BIG-1', 'i', 'l', 'ENTERPRISE', 'm', 'GENERAL', DATE '2026-01-01')");
      dsl.execute("INSERT INTO task (id, plan_id, code, name, task_type, lead_department_id, ratio_percent, start_date,"
          + " end_date, mode, status) VALUES (1, 1, 'BIG-01', 't', 'UNDIRECTED', 1, 3, DATE '2026-04-01',"
          + " DATE '2026-06-30', 'COUNTY_COUNTY', 'PLANNED')");
      dsl.execute("INSERT INTO task_item VALUES (1, 1)");
      dsl.execute("INSERT INTO inspector (inspector_key, department_id, name, cert_no, cert_expiry, status, updated_at)"
          + " SELECT 'BIG-' || LPAD(X, 3, '0'), 1, 'n' || X, 'C' || X, DATE '2028-01-01', 'ON_DUTY',"
          + " CURRENT_TIMESTAMP FROM SYSTEM_RANGE(1, 40)");
      dsl.execute("INSERT INTO inspector_item SELECT id, 'BIG-1' FROM inspector");
      for (int from = 1; from <= TARGETS; from += 50_000) {
        dsl.execute("INSERT INTO target (object_key, name, kind, status, risk_class, abnormal, updated_at)"
            + " SELECT 'K' || LPAD(X, 12, '0'), 't' || X, 'ENTERPRISE', CASE WHEN MOD(X, 20) = 0 THEN 'CANCELLED'"
            + " ELSE 'EXISTING' END, 'A', MOD(X, 997) = 0, CURRENT_TIMESTAMP FROM SYSTEM_RANGE(" + from + ", "
            + (from + 49_999) + ")");
        dsl.execute("INSERT INTO target_department SELECT id, 1 FROM target WHERE id BETWEEN " + from + " AND "
            + (from + 49_999));
      }
      reporter.publishEntry("setup ms", Long.toString((System.nanoTime() - t0) / 1_000_000));

      int[] n = {0};
      Auditor auditor = new Auditor(new AuditRepository(), DemoDraws.CLOCK, () -> "t");
      DrawService service = new DrawService(dsl, new DrawRepository(), new PoolRepository(), auditor, DemoDraws.CLOCK,
          () -> ByteBuffer.allocate(32).putInt(++n[0]).array(), () -> "t", new InspectionService(dsl, auditor));
      long t1 = System.nanoTime();
      DrawPlan plan = service.plan("BIG-01");
      long planMs = (System.nanoTime() - t1) / 1_000_000;
      long t2 = System.nanoTime();
      DrawAttempt attempt = service.run("BIG-01", "1 2 3", java.util.List.of("w"), "o");
      long runMs = (System.nanoTime() - t2) / 1_000_000;
      long t3 = System.nanoTime();
      assertThat(service.verify(attempt.drawId()).matches()).isTrue();
      long verifyMs = (System.nanoTime() - t3) / 1_000_000;
      String line = "pool=" + plan.poolSize() + " k=" + plan.totalK() + " plan ms=" + planMs
          + " open+perform+confirm ms=" + runMs + " verify ms=" + verifyMs;
      reporter.publishEntry("million", line);
      org.slf4j.LoggerFactory.getLogger(MillionPoolTiming.class).warn("TIMING {}", line);
      assertThat(plan.poolSize()).isEqualTo(TARGETS - TARGETS / 20);
    }
  }
}
