package cn.suiji.draw.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.draw.domain.RiskTier;
import org.junit.jupiter.api.Test;

/** The pool read's per-row risk class parse gives what {@code RiskTier.valueOf(trim)} gave. */
class PoolTierTest {
  @Test
  void storedClassesPaddedOrNotAndNone() {
    for (RiskTier t : RiskTier.values()) {
      assertThat(PoolRepository.tier(t.name())).isEqualTo(t);
      assertThat(PoolRepository.tier(" " + t.name() + " ")).isEqualTo(t);
    }
    assertThat(PoolRepository.tier(null)).isNull();
    assertThatThrownBy(() -> PoolRepository.tier("E")).isInstanceOf(IllegalArgumentException.class);
  }
}
