package cn.suiji.draw.service;

import cn.suiji.draw.domain.DrawRecord;
import cn.suiji.draw.domain.PendingDraw;
import org.jspecify.annotations.Nullable;

/**
 * One slot holding what {@link DrawService} last wrote for one attempt: at open its inputs, at
 * perform its record and the record's stored text. A million-target attempt stores some 20 MB
 * of JSON; reading it back in the next step cost more than the draw itself. A hit needs the
 * same attempt id and the row's commitment (or seed and result hash), so a row changed by
 * anyone else since is read from the database as before.
 */
final class JustWritten {
  record Drawn(long drawId, String seed, String resultHash, DrawRecord record, String json) {}

  private long pendingId = -1;
  private @Nullable PendingDraw pending;
  private @Nullable Drawn drawn;

  synchronized void opened(long drawId, PendingDraw draw) {
    pendingId = drawId;
    pending = draw;
    drawn = null;
  }

  synchronized @Nullable PendingDraw pending(long drawId, String commitment) {
    PendingDraw p = pending;
    return p != null && pendingId == drawId && p.commitment().equals(commitment) ? p : null;
  }

  synchronized void drawn(long drawId, String seed, String resultHash, DrawRecord record, String json) {
    pending = null;
    pendingId = -1;
    drawn = new Drawn(drawId, seed, resultHash, record, json);
  }

  synchronized @Nullable Drawn drawn(long drawId, @Nullable String seed, @Nullable String resultHash) {
    Drawn d = drawn;
    return d != null && d.drawId() == drawId && d.seed().equals(seed) && d.resultHash().equals(resultHash) ? d : null;
  }

  synchronized void forget(long drawId) {
    if (drawn != null && drawn.drawId() == drawId) {
      drawn = null;
    }
    if (pendingId == drawId) {
      pending = null;
      pendingId = -1;
    }
  }
}
