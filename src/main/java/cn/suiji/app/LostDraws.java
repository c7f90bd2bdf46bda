package cn.suiji.app;

import cn.suiji.draw.service.DrawService;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEntry;
import cn.suiji.shared.audit.Auditor;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts back draws the database lost but the evidence journal kept (after a power cut on a disk
 * that did not keep its promise, or a data file put back from an older copy): when every lost
 * entry belongs to a draw and each of those draws was closed — confirmed, or a drawn attempt
 * voided — the entries go back exactly as journaled and each draw is rebuilt from the exported
 * record its closing entry carries, all in one transaction. Anything else is not guessed at:
 * the file is refused, naming what is missing.
 */
final class LostDraws {
  private static final Logger LOG = LoggerFactory.getLogger(LostDraws.class);
  private static final Pattern ATTEMPT = Pattern.compile("\\battempt=(\\d+)");
  private static final Set<String> CLOSING = Set.of("DRAW_CONFIRM", "DRAW_VOID");

  private LostDraws() {}

  /** True when everything lost was put back; false (nothing written) when it cannot be. */
  static boolean putBack(DSLContext dsl, Auditor auditor, DrawService draws, List<Auditor.Lost> lost) {
    Set<String> open = new HashSet<>();
    for (Auditor.Lost l : lost) {
      AuditEntry e = l.entry();
      if (!"draw".equals(e.entity()) || e.entityId() == null) {
        return false;
      }
      if (CLOSING.contains(e.action()) && l.after() != null && l.after().contains("\"resultHash\"")) {
        open.remove(e.entityId());
      } else {
        open.add(e.entityId());
      }
    }
    if (!open.isEmpty()) {
      return false; // an attempt left open or undrawn: no record to rebuild it from
    }
    try {
      dsl.transaction(trx -> {
        for (Auditor.Lost l : lost) {
          AuditEntry e = l.entry();
          auditor.restore(trx.dsl(), e);
          if (CLOSING.contains(e.action()) && l.after() != null && l.after().contains("\"resultHash\"")) {
            draws.restore(trx.dsl(), Long.parseLong(e.entityId()), attempt(lost, e.entityId()), l.after(),
                e.at().atOffset(ZoneOffset.UTC));
          }
        }
      });
    } catch (SuijiException | org.jooq.exception.DataAccessException e) {
      LOG.error("Could not put back the draws the database lost", e);
      return false;
    }
    LOG.warn("Put back {} audit entries and their draws from the evidence journal", lost.size());
    return true;
  }

  /** The attempt number, from the detail of the draw's first lost entry ({@code attempt=N}). */
  private static int attempt(List<Auditor.Lost> lost, String drawId) {
    for (Auditor.Lost l : lost) {
      if (drawId.equals(l.entry().entityId()) && l.entry().detail() != null) {
        Matcher m = ATTEMPT.matcher(l.entry().detail());
        if (m.find()) {
          return Integer.parseInt(m.group(1));
        }
      }
    }
    throw new SuijiException("recovery.drawNotRestorable", drawId, "attempt");
  }
}
