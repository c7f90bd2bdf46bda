package cn.suiji.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The yearly frequency of an item against the tasks of the year naming it. */
class ItemFrequencyTest {
  private static final Map<String, String> NAMES = Map.of("I1", "登记事项", "I2", "年报");

  @Test
  void oneTaskMoreThanTheFrequencyIsWarnedWithEveryTaskNamed() {
    List<ItemFrequency.Warning> w = ItemFrequency.check("T3", List.of("I1", "I2"), Map.of("I1", 2, "I2", 2),
        Map.of("I1", List.of("T1", "T2"), "I2", List.of("T1")), NAMES);
    assertThat(w).containsExactly(new ItemFrequency.Warning("I1", "登记事项", 2, 3, List.of("T1", "T2", "T3")));
  }

  @Test
  void theTaskItselfIsNotCountedTwiceNorAnItemWithoutFrequency() {
    assertThat(ItemFrequency.check("T1", List.of("I1", "I2"), Map.of("I1", 1),
        Map.of("I1", List.of("T1"), "I2", List.of("T2", "T3")), NAMES)).isEmpty();
  }

  @Test
  void aNewTaskWithoutCodeCountsToo() {
    List<ItemFrequency.Warning> w = ItemFrequency.check("", List.of("I2"), Map.of("I2", 1),
        Map.of("I2", List.of("T1")), NAMES);
    assertThat(w).extracting(ItemFrequency.Warning::tasks).containsExactly(2);
    assertThat(w.get(0).taskCodes()).containsExactly("T1");
  }
}
