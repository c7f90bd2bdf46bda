package cn.suiji.demo.service;

import cn.suiji.admin.data.SettingsRepository;
import cn.suiji.admin.service.SettingsService;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.db.Database;
import java.time.Clock;

/** The demo service wired as the application wires it (the county's name through the settings), for tests. */
public final class DemoCounties {
  private DemoCounties() {}

  /** The full demo county's service. */
  public static DemoService service(Database db, Auditor auditor, Clock clock) {
    return new DemoService(db, auditor, clock, naming(db, auditor));
  }

  static DemoService.CountyNaming naming(Database db, Auditor auditor) {
    SettingsService settings = new SettingsService(db.dsl(), new SettingsRepository(), auditor);
    return (tx, county) -> settings.seed(tx, SettingsService.COUNTY_NAME, county);
  }
}
