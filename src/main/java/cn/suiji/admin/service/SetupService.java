package cn.suiji.admin.service;

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

  /** Names the county and creates its departments, in one transaction. */
  public void startEmpty(String countyName, List<Department> drafts) {
    String county = countyName == null ? "" : countyName.strip();
    if (county.isEmpty()) {
      throw new SuijiException("setup.error.countyMissing");
    }
    if (drafts.isEmpty()) {
      throw new SuijiException("setup.error.departmentsMissing");
    }
    dsl.transaction(trx -> {
      DSLContext tx = trx.dsl();
      settings.set(tx, SettingsService.COUNTY_NAME, county);
      departments.createAll(tx, drafts);
      settings.set(tx, SettingsService.SETUP_DONE, "empty");
    });
  }

  /** Creates the demo county; a cancel leaves the database as it was. */
  public DemoSummary loadDemo(Progress progress) {
    DemoSummary summary = demo.create(false, progress);
    settings.set(SettingsService.SETUP_DONE, "demo");
    return summary;
  }
}
