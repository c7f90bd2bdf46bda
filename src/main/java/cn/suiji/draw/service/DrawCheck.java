package cn.suiji.draw.service;

import cn.suiji.draw.domain.DrawSummary;
import cn.suiji.draw.domain.Verification;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of re-checking one stored draw: the recomputation of its record ({@code null} for
 * an attempt that was never drawn) and everything found wrong with it, the recomputation's
 * difference included; none means it passed.
 */
public record DrawCheck(DrawSummary draw, @Nullable Verification verification, List<DrawFinding> findings) {

  public DrawCheck {
    findings = List.copyOf(findings);
  }

  public boolean passed() {
    return findings.isEmpty();
  }
}
