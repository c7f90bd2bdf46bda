package cn.suiji.draw.render;

import java.util.List;

/**
 * Where the stored form of a draw attempt finds the stratum pools it names by hash (the
 * {@code draw_pool} rows of the attempt), for {@link DrawRecordJson#fromStoredJson} and {@link
 * DrawAttemptJson#read}. The draw service passes a look-up in its transaction.
 */
@FunctionalInterface
public interface StoredPools {
  /** Pools stored with the attempt itself (before V023): none to find. */
  StoredPools NONE = (hash, n) -> {
    throw new cn.suiji.shared.SuijiException("draw.storedPoolMissing", hash, n);
  };

  /**
   * The keys of the pool stored under {@code hash} ({@code n} of them, in key order).
   *
   * @throws cn.suiji.shared.SuijiException {@code draw.storedPoolMissing} when there is none
   */
  List<String> pool(String hash, int n);
}
