package cn.suiji.draw.service;

import cn.suiji.draw.domain.DrawRecord;
import cn.suiji.draw.domain.PendingDraw;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@link DrawService} holds in memory between the steps of a draw. The nonces of the
 * attempts it opened and has not drawn yet: they are never stored before the draw (anyone
 * reading the database during the ceremony could otherwise predict the result), so an attempt
 * whose opener has gone can only be voided. And one slot for what it last wrote for one
 * attempt — at open its inputs, at perform its record and the record's stored text — because a
 * million-target attempt stores some 20 MB of JSON, and reading it back in the next step cost
 * more than the draw itself. A hit needs the same attempt id and the row's commitment (or seed
 * and result hash), so a row changed by anyone else since is read from the database as before.
 */
final class JustWritten {
  record Drawn(long drawId, String seed, String resultHash, DrawRecord record, String json) {}

  private record Held(String commitment, String nonce) {}

  private final Map<Long, Held> nonces = new HashMap<>();
  private long pendingId = -1;
  private @Nullable PendingDraw pending;
  private @Nullable Drawn drawn;

  synchronized void opened(long drawId, PendingDraw draw) {
    String nonce = draw.nonce();
    if (nonce != null) {
      nonces.put(drawId, new Held(draw.commitment(), nonce));
    }
    pendingId = drawId;
    pending = draw;
    drawn = null;
  }

  /** The nonce of an attempt this service opened and has not drawn, if its commitment matches. */
  synchronized @Nullable String nonce(long drawId, String commitment) {
    Held held = nonces.get(drawId);
    return held != null && held.commitment().equals(commitment) ? held.nonce() : null;
  }

  /** The inputs of the attempt just opened, with its nonce, if it is this one. */
  synchronized @Nullable PendingDraw pending(long drawId, String commitment) {
    PendingDraw p = pending;
    return p != null && pendingId == drawId && p.commitment().equals(commitment) ? p : null;
  }

  synchronized void drawn(long drawId, String seed, String resultHash, DrawRecord record, String json) {
    nonces.remove(drawId);
    pending = null;
    pendingId = -1;
    drawn = new Drawn(drawId, seed, resultHash, record, json);
  }

  synchronized @Nullable Drawn drawn(long drawId, @Nullable String seed, @Nullable String resultHash) {
    Drawn d = drawn;
    return d != null && d.drawId() == drawId && d.seed().equals(seed) && d.resultHash().equals(resultHash) ? d : null;
  }

  synchronized void forget(long drawId) {
    nonces.remove(drawId);
    if (drawn != null && drawn.drawId() == drawId) {
      drawn = null;
    }
    if (pendingId == drawId) {
      pending = null;
      pendingId = -1;
    }
  }
}
