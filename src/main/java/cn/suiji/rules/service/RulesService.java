package cn.suiji.rules.service;

import cn.suiji.directory.domain.Department;
import cn.suiji.directory.service.DepartmentService;
import cn.suiji.rules.data.RulesRepository;
import cn.suiji.rules.domain.RulesCheck;
import cn.suiji.rules.domain.RulesProblem;
import cn.suiji.rules.domain.WorkingRules;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.l10n.Messages;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;

/**
 * A department's working rules (工作细则) for the rules screen and its printouts: read (the
 * defaults where none were saved yet) and save, checked by {@link RulesCheck} and audited with
 * the state before and after. Each public method is one transaction.
 */
public final class RulesService {
  private final DSLContext dsl;
  private final RulesRepository repository;
  private final DepartmentService departments;
  private final Auditor auditor;
  private final Clock clock;

  public RulesService(DSLContext dsl, RulesRepository repository, DepartmentService departments, Auditor auditor, Clock clock) {
    this.dsl = dsl;
    this.repository = repository;
    this.departments = departments;
    this.auditor = auditor;
    this.clock = clock;
  }

  /** The departments whose rules can be edited, in the office's order. */
  public List<Department> departments() {
    return departments.all();
  }

  /** The department's rules, or {@link WorkingRules#defaults} if it has none yet. */
  public WorkingRules get(long departmentId) {
    return dsl.transactionResult(trx -> repository.find(trx.dsl(), departmentId)
        .orElseGet(() -> WorkingRules.defaults(departmentId)));
  }

  /**
   * The publication working days of every department with saved rules, by id:
   * one read, without a transaction of its own, for the deadlines' page and counts (issue 13).
   * Departments without saved rules are absent: they take {@link WorkingRules#DEFAULT_PUBLISH_WORKDAYS}.
   */
  public java.util.Map<Long, Integer> publishWorkdays() {
    java.util.Map<Long, Integer> out = new java.util.HashMap<>();
    repository.all(dsl).forEach(r -> out.put(r.departmentId(), r.publishWorkdays()));
    return out;
  }

  /**
   * As {@link #get(long)}, in the caller's transaction: for a feature whose own write depends on
   * the rules (the notice service numbers documents by the pattern it reads here).
   */
  public WorkingRules get(DSLContext tx, long departmentId) {
    return repository.find(tx, departmentId).orElseGet(() -> WorkingRules.defaults(departmentId));
  }

  /**
   * Saves the rules after checking them again (a floor below the fixed minimum is refused here
   * too, whatever the screen did); one audit entry {@code rules.save}.
   *
   * @throws SuijiException {@code rules.error.field} naming the first field at fault
   */
  public WorkingRules save(WorkingRules rules) {
    List<RulesProblem> problems = RulesCheck.problems(rules);
    if (!problems.isEmpty()) {
      RulesProblem p = problems.get(0);
      throw new SuijiException("rules.error.field", Messages.current().label(p.field()),
          Messages.msg(p.key(), p.args().toArray()));
    }
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      WorkingRules before = repository.find(tx, rules.departmentId()).orElse(null);
      repository.save(tx, rules, OffsetDateTime.now(clock));
      auditor.record(tx, new AuditEvent("rules.save", "rules", Long.toString(rules.departmentId()),
          before == null ? null : before.toString(), rules.toString(), null));
      return rules;
    });
  }
}
