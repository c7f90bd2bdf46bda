package cn.suiji.admin.service;

import cn.suiji.admin.data.SettingsRepository;
import cn.suiji.admin.domain.Operator;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.l10n.Messages;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/** Settings of this installation: the county's name, the operators and who is operating, the chosen font. */
public final class SettingsService {
  public static final String COUNTY_NAME = "county.name";
  /** The free-text user of files from before operators; read as their one operator. */
  public static final String USER_NAME = "user.name";
  public static final String OPERATORS = "operators";
  public static final String CURRENT_OPERATOR = "operator.current";
  public static final String SETUP_DONE = "setup.done";
  public static final String UI_FONT = "ui.font";

  private final DSLContext dsl;
  private final SettingsRepository repository;
  private final Auditor auditor;
  /** The operator signing a transaction that is itself naming them (the first start), until it ends. */
  private volatile @Nullable String acting;

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
   * Saves one setting inside the caller's transaction without an audit entry of its own, and
   * checks nothing: for the demo county, whose one entry ({@code demo.create}) covers it.
   */
  public void seed(DSLContext tx, String name, String value) {
    repository.put(tx, name, value);
  }

  /**
   * Saves the settings screen in one transaction: the operators and the current one, the
   * county's name and the interface font (empty = choose automatically).
   */
  public void saveGeneral(List<Operator> operators, String current, String countyName, String font) {
    String county = countyName == null ? "" : countyName.strip();
    if (county.isEmpty() || county.length() > 50) {
      throw new SuijiException("setup.error.countyMissing");
    }
    List<Operator> checked = checked(operators, current);
    String chosenFont = font == null ? "" : font.strip();
    dsl.transaction(trx -> {
      DSLContext tx = trx.dsl();
      saveOperators(tx, checked, current);
      setIfChanged(tx, COUNTY_NAME, county);
      setIfChanged(tx, UI_FONT, chosenFont);
    });
  }

  /** Saves the operators and the current one, in one transaction. */
  public void saveOperators(List<Operator> operators, String current) {
    checked(operators, current);
    dsl.transaction(trx -> saveOperators(trx.dsl(), operators, current));
  }

  /** Saves the operators and the current one, each change audited, in the caller's transaction. */
  public void saveOperators(DSLContext tx, List<Operator> operators, String current) {
    List<Operator> checked = checked(operators, current);
    List<Operator> before = operators(tx);
    if (!before.equals(checked)) {
      repository.put(tx, OPERATORS, Operator.toLines(checked));
      auditor.record(tx, new AuditEvent("operator.save", "operator", null, auditText(before), auditText(checked),
          checked.stream().map(SettingsService::named).collect(Collectors.joining("、"))));
    }
    Optional<String> was = repository.get(tx, CURRENT_OPERATOR);
    if (!was.orElse("").equals(current)) {
      repository.put(tx, CURRENT_OPERATOR, current);
      auditor.record(tx, new AuditEvent("operator.choose", "operator", current, was.orElse(null), current, null));
    }
  }

  /** Makes {@code name}, one of the operators, the one the log records from now on. */
  public void chooseOperator(String name) {
    dsl.transaction(trx -> {
      DSLContext tx = trx.dsl();
      List<Operator> all = operators(tx);
      if (all.stream().noneMatch(o -> o.name().equals(name))) {
        throw new SuijiException("settings.error.currentMissing");
      }
      saveOperators(tx, all, name);
    });
  }

  /**
   * Runs {@code work} signed by {@code name} although that operator is saved only by the work
   * itself (the first start names its operator in the same transaction as the county).
   */
  public void actingAs(String name, Runnable work) {
    acting = name;
    try {
      work.run();
    } finally {
      acting = null;
    }
  }

  private static List<Operator> checked(List<Operator> operators, String current) {
    List<Operator> checked = Operator.checked(operators);
    if (current == null || checked.stream().noneMatch(o -> o.name().equals(current))) {
      throw new SuijiException("settings.error.currentMissing");
    }
    return checked;
  }

  /** As the audit log's journal keeps it: a record of names and roles, so the detail shows who was added or removed. */
  private static @Nullable String auditText(List<Operator> operators) {
    return operators.isEmpty() ? null : operators.stream().map(o -> o.name() + "=" + o.role())
        .collect(Collectors.joining(", ", "Operators[", "]"));
  }

  private static String named(Operator o) {
    return o.role().isEmpty() ? o.name() : o.name() + "（" + o.role() + "）";
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

  /** The operators, in the order kept; a file from before operators has the user it named, if any. */
  public List<Operator> operators() {
    return operators(dsl);
  }

  private List<Operator> operators(DSLContext ctx) {
    Optional<String> stored = repository.get(ctx, OPERATORS);
    if (stored.isPresent()) {
      return Operator.fromLines(stored.get());
    }
    return repository.get(ctx, USER_NAME).filter(n -> !n.isBlank()).map(n -> List.of(new Operator(n, "")))
        .orElse(List.of());
  }

  /** The operator at the keyboard: the one chosen last, else the first; empty when none is kept. */
  public Optional<Operator> currentOperator() {
    List<Operator> all = operators();
    Optional<String> chosen = get(CURRENT_OPERATOR);
    return all.stream().filter(o -> chosen.isPresent() && o.name().equals(chosen.get())).findFirst()
        .or(() -> all.stream().findFirst());
  }

  /**
   * The name the audit log and the draw record carry: the current operator's — never the
   * computer's login name; a placeholder that says so while no operator is kept.
   */
  public String auditName() {
    String now = acting;
    if (now != null) {
      return now;
    }
    return currentOperator().map(Operator::name).orElseGet(() -> Messages.msg("operator.none"));
  }
}
