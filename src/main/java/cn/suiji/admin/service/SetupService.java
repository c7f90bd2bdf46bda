package cn.suiji.admin.service;

import cn.suiji.admin.domain.Operator;
import cn.suiji.demo.service.DemoService;
import cn.suiji.demo.service.DemoSummary;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.service.DepartmentService;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import java.util.List;
import org.jooq.DSLContext;

/** The first-start choice: set up an empty county, or load the demo county. */
public final class SetupService {
  private final DSLContext dsl;
  private final SettingsService settings;
  private final DepartmentService departments;
  private final DemoService demo;

  public SetupService(DSLContext dsl, SettingsService settings, DepartmentService departments, DemoService demo) {
    this.dsl = dsl;
    this.settings = settings;
    this.departments = departments;
    this.demo = demo;
  }

  /**
   * Names the operator, the county and its departments, in one transaction; every entry of it
   * is signed by that operator.
   */
  public void startEmpty(Operator operator, String countyName, List<Department> drafts) {
    Operator me = checked(operator);
    String county = countyName == null ? "" : countyName.strip();
    if (county.isEmpty()) {
      throw new SuijiException("setup.error.countyMissing");
    }
    if (drafts.isEmpty()) {
      throw new SuijiException("setup.error.departmentsMissing");
    }
    settings.actingAs(me.name(), () -> dsl.transaction(trx -> {
      DSLContext tx = trx.dsl();
      settings.saveOperators(tx, List.of(me), me.name());
      settings.set(tx, SettingsService.COUNTY_NAME, county);
      departments.createAll(tx, drafts);
      settings.set(tx, SettingsService.SETUP_DONE, "empty");
    }));
  }

  /**
   * Creates the demo county signed by {@code operator}, then names the operator and marks the
   * set-up done; a cancel leaves the database as it was.
   */
  public DemoSummary loadDemo(Operator operator, Progress progress) {
    Operator me = checked(operator);
    DemoSummary[] summary = new DemoSummary[1];
    settings.actingAs(me.name(), () -> {
      summary[0] = demo.create(false, progress);
      dsl.transaction(trx -> {
        DSLContext tx = trx.dsl();
        settings.saveOperators(tx, List.of(me), me.name());
        settings.set(tx, SettingsService.SETUP_DONE, "demo");
      });
    });
    return summary[0];
  }

  private static Operator checked(Operator operator) {
    if (operator.name().isEmpty() || operator.name().length() > Operator.NAME_MAX) {
      throw new SuijiException("setup.error.operatorMissing");
    }
    return Operator.checked(List.of(operator)).get(0);
  }
}
