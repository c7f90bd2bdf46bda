package cn.suiji.draw.domain;

import cn.suiji.shared.SuijiException;
import java.util.List;

/**
 * The inspectors one department brings to the draw: its key (the department code), {@code m}
 * inspectors to assign to each selected object, and the pool of inspector keys. A group whose
 * pool is smaller than {@code m} is accepted here; the draw then fails as INFEASIBLE.
 */
public record InspectorGroup(String key, int m, List<String> pool) {
  public InspectorGroup {
    Keys.require(key, "draw.engine.groupKeyInvalid", key);
    pool = Keys.requirePool(pool, "draw.engine.inspectorKeyInvalid", key);
    if (m < 0) {
      throw new SuijiException("draw.engine.mNegative", key, m);
    }
  }
}
