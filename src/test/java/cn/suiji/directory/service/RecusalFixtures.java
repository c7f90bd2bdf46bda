package cn.suiji.directory.service;

import static cn.suiji.shared.db.generated.Tables.INSPECTOR;
import static cn.suiji.shared.db.generated.Tables.TARGET;

import cn.suiji.app.Services;
import cn.suiji.directory.domain.Department;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;

/**
 * A small directory for the recusal import: one department, inspectors 张三 (证 62001), 李四 (62002)
 * and two named 王五 (62003, 62004), and targets 甲商行 (uscc 1), 乙超市 (regNo 2), two named 同名商店.
 */
public final class RecusalFixtures {
  public static final String CERT_ZHANG = "62001";
  public static final String CERT_LI = "62002";

  private RecusalFixtures() {}

  public static void seed(Services services) {
    services.database().dsl().transaction(trx -> {
      DSLContext tx = trx.dsl();
      long dept = services.departments().createAll(tx, List.of(Department.draft("SCJGJ", "县市场监督管理局", "崇市监", 1)))
          .get(0).id();
      OffsetDateTime now = OffsetDateTime.parse("2026-03-16T10:00:00+08:00");
      inspector(tx, "SCJGJ-001", dept, "张三", CERT_ZHANG, now);
      inspector(tx, "SCJGJ-002", dept, "李四", CERT_LI, now);
      inspector(tx, "SCJGJ-003", dept, "王五", "62003", now);
      inspector(tx, "SCJGJ-004", dept, "王 五", "62004", now);
      target(tx, uscc(1), uscc(1), null, "甲商行", now);
      target(tx, regNo(2), null, regNo(2), "乙超市", now);
      target(tx, uscc(3), uscc(3), null, "同名商店", now);
      target(tx, uscc(4), uscc(4), null, "同名商店", now);
    });
  }

  private static void inspector(DSLContext tx, String key, long dept, String name, String cert, OffsetDateTime now) {
    tx.insertInto(INSPECTOR).set(INSPECTOR.INSPECTOR_KEY, key).set(INSPECTOR.DEPARTMENT_ID, dept).set(INSPECTOR.NAME, name)
        .set(INSPECTOR.CERT_NO, cert).set(INSPECTOR.STATUS, "ON_DUTY").set(INSPECTOR.UPDATED_AT, now).execute();
  }

  private static void target(DSLContext tx, String key, String uscc, String regNo, String name, OffsetDateTime now) {
    tx.insertInto(TARGET).set(TARGET.OBJECT_KEY, key).set(TARGET.USCC, uscc).set(TARGET.REG_NO, regNo)
        .set(TARGET.NAME, name).set(TARGET.KIND, "ENTERPRISE").set(TARGET.STATUS, "EXISTING").set(TARGET.UPDATED_AT, now)
        .execute();
  }

  public static String uscc(int n) {
    return TargetFiles.uscc(n);
  }

  public static String regNo(int n) {
    return TargetFiles.regNo(n);
  }

  /** A one-sheet workbook, rows from Excel row 1 ({@code null}: a blank row). */
  public static Path xlsx(Path file, List<List<?>> rows) throws IOException {
    return TargetFiles.xlsx(file, rows);
  }
}
