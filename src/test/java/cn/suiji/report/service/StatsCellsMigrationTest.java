package cn.suiji.report.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.report.data.StatsRepository;
import cn.suiji.report.data.WarningRepository;
import cn.suiji.report.domain.GroupFigures;
import cn.suiji.report.domain.Grouping;
import cn.suiji.report.domain.StatsScope;
import cn.suiji.shared.db.Database;
import cn.suiji.shared.ids.IdSeal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V044 on a file that already holds a year (written at V043, before the pre-aggregate and its
 * trigger existed): the migration fills the cells; V049 (cells per day) marks the tasks that have
 * cells, so the first read recomputes exactly those, and every view of the year and of a mid-month
 * period, and the result codes' shares, equal the figures computed from the rows.
 */
class StatsCellsMigrationTest {
  @TempDir
  Path dir;

  @Test
  void theMigrationFillsTheCellsOfTheYearAlreadyThere() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("old");
    Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
        .javaMigrations(sealing()).target("43").load().migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      new ScriptedYear(null, DSL.using(c, SQLDialect.H2)).close();
    }
    try (Database db = Database.openFile(dir.resolve("old.mv.db"))) {
      StatsService stats = new StatsService(db.dsl(), new StatsRepository(), new WarningRepository(), ScriptedYear.CLOCK);
      assertThat(db.dsl().fetchCount(db.dsl().selectFrom("stats_cell"))).isPositive();
      assertThat(stats.refreshCells()).as("V049 marked T1, T2, T4 and T0 to be recomputed by day").isEqualTo(4);
      assertThat(stats.refreshCells()).as("then nothing is left marked").isZero();
      StatsScope scope = StatsScope.year(2026);
      for (StatsScope s : java.util.List.of(scope,
          StatsScope.period(java.time.LocalDate.of(2026, 4, 15), java.time.LocalDate.of(2026, 6, 10), null))) {
        for (Grouping g : Grouping.values()) {
          assertThat(stats.view(s, g).rows()).as(s + " " + g.name())
              .usingRecursiveFieldByFieldElementComparatorIgnoringFields("label")
              .containsExactlyElementsOf(stats.viewGroupByGroup(s, g));
        }
        assertThat(stats.year(s, cn.suiji.shared.Progress.NONE).codes()).as(s + " codes")
            .isEqualTo(new StatsRepository().codeSharesFromRows(db.dsl(), s));
      }
      // the figures StatsServiceTest states for the same year
      assertThat(stats.view(scope, Grouping.DEPARTMENT).total()).extracting(GroupFigures::drawn,
          GroupFigures::inspected, GroupFigures::withProblem, GroupFigures::published, GroupFigures::followUps)
          .containsExactly(20, 14, 5, 7, 4);
      StatsRepository rows = new StatsRepository();
      assertThat(stats.year(scope, cn.suiji.shared.Progress.NONE).codes())
          .isEqualTo(rows.codeSharesFromRows(db.dsl(), scope));
    }
  }

  /** V040, the Java migration between 39 and 43 (package-private in shared.db: the application builds it with the file's key). */
  private static JavaMigration sealing() throws ReflectiveOperationException {
    var constructor = Class.forName("cn.suiji.shared.db.V040__Seal_id_numbers").getDeclaredConstructor(IdSeal.class);
    constructor.setAccessible(true);
    return (JavaMigration) constructor.newInstance(IdSeal.ephemeral());
  }
}
