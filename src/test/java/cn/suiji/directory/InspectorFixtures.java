package cn.suiji.directory;

import static cn.suiji.shared.db.generated.Tables.DEPARTMENT;
import static cn.suiji.shared.db.generated.Tables.INSPECTION_ITEM;

import cn.suiji.app.Services;
import cn.suiji.directory.domain.Department;
import cn.suiji.shared.db.generated.tables.records.InspectionItemRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A small county for the inspector tests, in a real H2 file: two departments (SCJGJ with three
 * items, WJJ with one), a clock fixed on 2026-06-30, and valid ID numbers.
 */
public final class InspectorFixtures {
  /** The fixed day the tests' clock shows. */
  public static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

  private InspectorFixtures() {}

  public static Services county(Path dbFile) {
    Services services = new Services(cn.suiji.shared.db.Database.openFile(dbFile),
        Clock.fixed(Instant.parse("2026-06-30T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
    seed(services);
    return services;
  }

  /** Adds the two departments and their items. */
  public static void seed(Services services) {
    services.database().dsl().transaction(trx -> services.departments().createAll(trx.dsl(), List.of(
        Department.draft("SCJGJ", "县市场监督管理局", "崇市监", 1), Department.draft("WJJ", "县卫生健康局", "崇卫", 2))));
    items(services, "SCJGJ", "SX-SCJGJ-01", "SX-SCJGJ-02", "SX-SCJGJ-03");
    items(services, "WJJ", "SX-WJJ-01");
  }

  public static void items(Services services, String departmentCode, String... codes) {
    services.database().dsl().transaction(trx -> {
      long dept = trx.dsl().select(DEPARTMENT.ID).from(DEPARTMENT).where(DEPARTMENT.CODE.eq(departmentCode)).fetchSingle().value1();
      for (String code : codes) {
        InspectionItemRecord r = trx.dsl().newRecord(INSPECTION_ITEM);
        r.setDepartmentId(dept);
        r.setCode(code);
        r.setName("事项" + code);
        r.setLegalBasis("《某法》第一条");
        r.setTargetKind("ENTERPRISE");
        r.setMethod("实地检查");
        r.setItemClass("GENERAL");
        r.setValidFrom(LocalDate.of(2024, 1, 1));
        r.store();
      }
    });
  }

  /** The n-th valid ID number: born 1980-01-01 plus n days, odd (male) sequence digit when {@code male}. */
  public static String idNumber(int n, boolean male) {
    String birth = LocalDate.of(1980, 1, 1).plusDays(n).toString().replace("-", "");
    String first17 = "620823" + birth + String.format("%02d", n % 100) + (male ? "1" : "2");
    return first17 + cn.suiji.shared.ids.IdNumber.checkChar(first17);
  }
}
