package cn.suiji.draw.data;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.draw.domain.PoolScope;
import cn.suiji.shared.db.Database;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pool pass must walk ix_target_pool alone, in its order (no sort, no row read), for every
 * shape of scope and need, in its first piece and in the pieces after: otherwise a million
 * targets cost a sort through temporary files or a random read per row.
 */
class PoolPassPlanTest {
  private final Database db = Database.inMemory("pool-pass-plan");

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void everyShapeWalksThePoolIndexInItsOrder() {
    List<PoolScope> scopes = List.of(PoolScope.ALL,
        new PoolScope(List.of("城关镇"), List.of(), List.of()),
        new PoolScope(List.of(), List.of("5165", "5281"), List.of("ENTERPRISE")),
        new PoolScope(List.of(), List.of(), List.of("INDIVIDUAL")));
    for (PoolScope scope : scopes) {
      for (PoolRepository.Needs needs : List.of(new PoolRepository.Needs(false, false),
          new PoolRepository.Needs(false, true), new PoolRepository.Needs(true, true))) {
        List<Object> params = new ArrayList<>();
        String sql = PoolRepository.passSql(scope, needs, params);
        String first = plan(String.format(sql, "") + " LIMIT 20000", params);
        List<Object> next = new ArrayList<>(params);
        next.add("91330000MA0000000X");
        String after = plan(String.format(sql, " AND object_key > ?") + " LIMIT 20000", next);
        for (String p : List.of(first, after)) {
          assertThat(p).as("%s %s", scope, needs).contains("IX_TARGET_POOL").contains("index sorted");
        }
        assertThat(after).as("%s %s", scope, needs).contains("IX_TARGET_POOL: OBJECT_KEY >");
      }
    }
  }

  private String plan(String sql, List<Object> params) {
    return db.dsl().fetchValue("EXPLAIN " + sql, params.toArray()).toString();
  }
}
