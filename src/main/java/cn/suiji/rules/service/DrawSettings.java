package cn.suiji.rules.service;

import cn.suiji.rules.data.RulesRepository;
import cn.suiji.rules.domain.WorkingRules;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * For the draw: a department's saved working rules, read in the draw's transaction (WORKING_RULES
 * is the rules feature's table). Empty when the department has none saved: the draw then takes
 * the schema's defaults.
 */
public final class DrawSettings {
  private final RulesRepository repository = new RulesRepository();

  /** The department's saved rules, if any. */
  public Optional<WorkingRules> saved(DSLContext tx, long departmentId) {
    return repository.find(tx, departmentId);
  }
}
