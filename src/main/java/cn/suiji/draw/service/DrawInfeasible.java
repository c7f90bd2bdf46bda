package cn.suiji.draw.service;

import cn.suiji.shared.SuijiException;

/**
 * Thrown by {@link DrawService#perform} when the draw cannot give a target its inspectors: the
 * attempt is then stored as INFEASIBLE and a new one needs a new nonce. Callers tell it from other
 * failures by its type, not its message key. The message ({@code draw.service.infeasible}) names
 * the target, the department and how many of its inspectors were eligible.
 */
public final class DrawInfeasible extends SuijiException {
  private static final long serialVersionUID = 1L;

  DrawInfeasible(String objectKey, String targetName, String departmentName, String groupKey, int eligible,
      int required) {
    super("draw.service.infeasible", objectKey, targetName, departmentName, groupKey, eligible, required);
  }
}
