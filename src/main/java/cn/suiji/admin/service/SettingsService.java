package cn.suiji.admin.service;

import cn.suiji.admin.data.SettingsRepository;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.SuijiException;
import java.util.Optional;
import org.jooq.DSLContext;

/** Settings of this installation: the county's name, the current user, the chosen font. */
public final class SettingsService {
  public static final String COUNTY_NAME = "county.name";
  public static final String USER_NAME = "user.name";
  public static final String SETUP_DONE = "setup.done";
  public static final String UI_FONT = "ui.font";

  private final DSLContext dsl;
  private final SettingsRepository repository;
  private final Auditor auditor;

  public SettingsService(DSLContext dsl, SettingsRepository repository, Auditor auditor) {
    this.dsl = dsl;
    this.repository = repository;
    this.auditor = auditor;
  }

  public Optional<String> get(String name) {
    return repository.get(dsl, name);
  }

  /** Saves one setting with its audit entry. */
  public void set(String name, String value) {
    dsl.transaction(trx -> set(trx.dsl(), name, value));
  }

  /** Saves one setting inside the caller's transaction. */
  public void set(DSLContext tx, String name, String value) {
    Optional<String> before = repository.get(tx, name);
    repository.put(tx, name, value);
    auditor.record(tx, new AuditEvent("setting.set", "setting", name, before.orElse(null), value, null));
  }

  /**
   * Saves the settings screen in one transaction: the user recorded in the audit log, the
   * county's name and the interface font (empty = choose automatically).
   */
  public void saveGeneral(String userName, String countyName, String font) {
    String user = userName == null ? "" : userName.strip();
    String county = countyName == null ? "" : countyName.strip();
    if (user.isEmpty() || user.length() > 50) {
      throw new SuijiException("settings.error.user");
    }
    if (county.isEmpty() || county.length() > 50) {
      throw new SuijiException("setup.error.countyMissing");
    }
    String chosenFont = font == null ? "" : font.strip();
    dsl.transaction(trx -> {
      DSLContext tx = trx.dsl();
      setIfChanged(tx, USER_NAME, user);
      setIfChanged(tx, COUNTY_NAME, county);
      setIfChanged(tx, UI_FONT, chosenFont);
    });
  }

  private void setIfChanged(DSLContext tx, String name, String value) {
    if (!repository.get(tx, name).orElse("").equals(value)) {
      set(tx, name, value);
    }
  }

  public Optional<String> countyName() {
    return get(COUNTY_NAME);
  }

  /** Whether the first-start choice (empty set-up or demo county) has been made. */
  public boolean setupDone() {
    return get(SETUP_DONE).isPresent();
  }

  /** The name recorded in the audit log: the one set here, else the system user. */
  public String currentUser() {
    return get(USER_NAME).orElseGet(() -> System.getProperty("user.name", "user"));
  }
}
