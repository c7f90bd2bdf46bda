package cn.suiji.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code scope_json} has one codec: what {@link TaskScope#toJson} writes, {@link TaskScope#fromJson} reads back. */
class TaskScopeTest {
  @Test
  void whatIsWrittenReadsBackTheSame() {
    TaskScope scope = new TaskScope(List.of("城关镇", "新\"区\\"), List.of("5211", "5212"), List.of("INDIVIDUAL"));
    assertThat(TaskScope.fromJson(scope.toJson())).isEqualTo(scope);
    assertThat(TaskScope.fromJson(TaskScope.ALL.toJson())).isEqualTo(TaskScope.ALL);
  }

  @Test
  void aWatchListsTargetsAreWrittenLastAndOnlyWhenThere() {
    TaskScope named = new TaskScope(List.of(), List.of(), List.of(), List.of("T000123", "T000456"));
    assertThat(named.toJson()).isEqualTo("{\"targets\":[\"T000123\",\"T000456\"]}");
    assertThat(TaskScope.fromJson(named.toJson())).isEqualTo(named);
    assertThat(named.isAll()).isFalse();
    assertThat(new TaskScope(List.of("城关镇"), List.of(), List.of()).toJson()).doesNotContain("targets");
  }

  @Test
  void readsWhiteSpaceEscapesAndUnknownMembers() {
    TaskScope read = TaskScope.fromJson(" { \"kinds\" : [ \"ENTERPRISE\" ] , \"future\": [\"x\"],"
        + " \"townships\": [\"\\u57ce\\u5173\\u9547\"] } ");
    assertThat(read).isEqualTo(new TaskScope(List.of("城关镇"), List.of(), List.of("ENTERPRISE")));
  }

  @Test
  void refusesWhatItDoesNotWrite() {
    for (String bad : List.of("", "[]", "{\"kinds\":\"A\"}", "{\"kinds\":[1]}", "{\"kinds\":[\"A\"]", "{} x",
        "{\"kinds\":[\"A\\q\"]}")) {
      assertThatThrownBy(() -> TaskScope.fromJson(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
