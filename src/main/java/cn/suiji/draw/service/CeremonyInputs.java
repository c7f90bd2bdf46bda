package cn.suiji.draw.service;

import cn.suiji.draw.domain.Entropy;
import cn.suiji.shared.SuijiException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What a ceremony's inputs must be before anything is written: for {@link DrawService}'s perform and run. */
final class CeremonyInputs {
  private CeremonyInputs() {}

  /**
   * The typed entropy normalised (DRAW-SPEC §1).
   *
   * @throws SuijiException {@code draw.service.entropyRequired} when nothing is left
   */
  static String entropy(@Nullable String typed) {
    String entropy = typed == null ? "" : Entropy.normalise(typed);
    if (entropy.isEmpty()) {
      throw new SuijiException("draw.service.entropyRequired");
    }
    return entropy;
  }

  /**
   * The witnesses' names, stripped, blanks left out.
   *
   * @throws SuijiException {@code draw.service.witnessRequired} when none has a name
   */
  static List<String> witnesses(List<String> witnesses) {
    List<String> names = witnesses.stream().filter(Objects::nonNull).map(String::strip).filter(w -> !w.isEmpty())
        .toList();
    if (names.isEmpty()) {
      throw new SuijiException("draw.service.witnessRequired");
    }
    return names;
  }
}
