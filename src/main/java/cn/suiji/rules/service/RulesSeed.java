package cn.suiji.rules.service;

import cn.suiji.rules.data.RulesRepository;
import cn.suiji.rules.domain.WorkingRules;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;

/**
 * For the demo county (issue 17 §5): saves departments' working rules, document settings
 * included, through the rules' own repository. Runs in the caller's transaction and checks
 * nothing beyond what the repository and the schema check (no {@code RulesCheck}, no audit entry
 * one by one: the caller made the rules and audits the whole).
 */
public final class RulesSeed {
  private final RulesRepository repository = new RulesRepository();

  /** Inserts (or replaces) the department's rules. */
  public void save(DSLContext tx, WorkingRules rules, OffsetDateTime now) {
    repository.save(tx, rules, now);
  }
}
