package cn.suiji.directory.data;

import static cn.suiji.shared.db.generated.Tables.TARGET_NAME_GRAM;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.directory.domain.SearchField;
import cn.suiji.directory.domain.TargetQuery;
import cn.suiji.directory.domain.TargetRow;
import cn.suiji.shared.db.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V022 on a database that already holds targets: their names are indexed as keys, and found. */
class NameKeyMigrationTest {
  @TempDir
  Path dir;

  @Test
  void existingTargetsAreIndexedByTheMigration() throws Exception {
    Path file = dir.resolve("old.mv.db");
    String url = "jdbc:h2:file:" + dir.resolve("old");
    Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("21").load().migrate();
    List<String> names = List.of("崇信县华鑫商贸有限公司", "𠀋华书店", "甲", "华华华商店");
    try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
      // the trigger class of this version writes the new table: the rows of the old version are
      // written with it deferred, as if their grams were in the old table the migration drops
      s.execute("SET @" + TargetNameGramTrigger.DEFER_VARIABLE + " = TRUE");
      int n = 0;
      for (String name : names) {
        s.execute("INSERT INTO target (object_key, name, kind, status, updated_at) VALUES ('K" + n++ + "', '" + name
            + "', 'ENTERPRISE', 'OPERATING', CURRENT_TIMESTAMP)");
      }
    }
    try (Database db = Database.openFile(file)) {
      DSLContext dsl = db.dsl();
      for (String name : names) {
        long id = dsl.fetchOne("SELECT id FROM target WHERE name = ?", name).get(0, Long.class);
        Set<String> grams = new HashSet<>(dsl.select(TARGET_NAME_GRAM.GRAM).from(TARGET_NAME_GRAM)
            .where(TARGET_NAME_GRAM.TARGET_ID.eq(id)).fetch(TARGET_NAME_GRAM.GRAM));
        assertThat(grams).as(name).isEqualTo(TargetNameGrams.of(name));
      }
      TargetSearchRepository search = new TargetSearchRepository();
      assertThat(search.page(dsl, TargetQuery.all().withText("华书", SearchField.NAME), 0, 100))
          .extracting(TargetRow::name).containsExactly("𠀋华书店");
      assertThat(search.page(dsl, TargetQuery.all().withText("华", SearchField.NAME), 0, 100))
          .extracting(TargetRow::name).containsExactlyInAnyOrder("崇信县华鑫商贸有限公司", "𠀋华书店", "华华华商店");
    }
  }
}
