package cn.suiji.demo.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.directory.domain.TargetKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskScopeTest {

  @Test
  void writesTheMembersPresentInTheirOrder() {
    TaskScope scope = new TaskScope(List.of("城关镇"), List.of("5211", "5212"), List.of(TargetKind.INDIVIDUAL));
    assertThat(scope.toJson()).isEqualTo("{\"townships\":[\"城关镇\"],\"industries\":[\"5211\",\"5212\"],\"kinds\":[\"INDIVIDUAL\"]}");
  }

  @Test
  void leavesOutEmptyMembers() {
    assertThat(TaskScope.ALL.toJson()).isEqualTo("{}");
    assertThat(new TaskScope(List.of(), List.of("8425"), List.of()).toJson()).isEqualTo("{\"industries\":[\"8425\"]}");
  }

  @Test
  void escapesQuotesAndBackslashes() {
    assertThat(new TaskScope(List.of("a\"b\\c"), List.of(), List.of()).toJson())
        .isEqualTo("{\"townships\":[\"a\\\"b\\\\c\"]}");
  }
}
