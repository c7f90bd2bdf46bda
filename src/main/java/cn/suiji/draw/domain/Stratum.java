package cn.suiji.draw.domain;

import cn.suiji.shared.SuijiException;
import java.util.List;

/**
 * A stratum (分层) of the draw: its key (e.g. {@code all}, {@code A}, {@code abnormal}), the
 * number {@code k} of objects to draw, and the pool of candidate object keys after every
 * filter. The pool keeps the order it was given in; the draw only ever uses it sorted.
 */
public record Stratum(String key, int k, List<String> pool) {
  public Stratum {
    Keys.require(key, "draw.engine.stratumKeyInvalid", key);
    pool = Keys.requirePool(pool, "draw.engine.objectKeyInvalid", key);
    if (k < 0 || k > pool.size()) {
      throw new SuijiException("draw.engine.kOutOfRange", key, k, pool.size());
    }
  }
}
