package cn.suiji.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.shared.SuijiException;
import cn.suiji.testing.ChildJvm;
import cn.suiji.testing.HoldDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
  @TempDir
  Path dir;

  @Test
  void theSchemaVersionThatSkipsFlywayIsTheHighestMigrationOfThisBuild() throws Exception {
    Path scripts = Path.of(Database.class.getResource("/db/migration").toURI());
    int highestScript;
    try (var files = Files.list(scripts)) {
      highestScript = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
          .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
    }
    int java = Integer.parseInt(new V040__Seal_id_numbers(cn.suiji.shared.ids.IdSeal.ephemeral()).getVersion().getVersion());
    assertThat(Database.SCHEMA_VERSION).as("raise Database.SCHEMA_VERSION with every new migration")
        .isEqualTo(String.valueOf(Math.max(highestScript, java)));
    Path file = dir.resolve("current.mv.db");
    try (Database db = Database.openFile(file)) {
      db.dsl().execute("INSERT INTO APP_SETTING (NAME, SETTING) VALUES ('county.name', '甲县')");
    }
    try (Database again = Database.openFile(file)) {
      assertThat(again.dsl().fetchValue("SELECT SETTING FROM APP_SETTING WHERE NAME = 'county.name'")).isEqualTo("甲县");
      Object recorded = again.dsl().fetchValue("SELECT MAX(\"version\") FROM \"flyway_schema_history\" WHERE \"installed_rank\" = "
          + "(SELECT MAX(\"installed_rank\") FROM \"flyway_schema_history\")");
      assertThat(Database.sameVersion(String.valueOf(recorded))).as("the fast path takes %s for this build's %s", recorded,
          Database.SCHEMA_VERSION).isTrue();
    }
  }

  @Test
  void createsAndMigratesANewFile() {
    Path file = dir.resolve("county");
    try (Database db = Database.openFile(file)) {
      assertThat(db.file()).contains(dir.resolve("county.mv.db"));
      assertThat(db.dsl().fetchCount(DSL.table(DSL.name("AUDIT_HEAD")))).isEqualTo(1);
    }
    assertThat(dir.resolve("county.mv.db")).exists();
    assertThat(dir.resolve("backups")).doesNotExist();
  }

  @Test
  void secondCopyOnTheSameFileGetsAClearMessageAndDamagesNothing() throws Exception {
    Path file = dir.resolve("shared.mv.db");
    Database.openFile(file).close();
    try (ChildJvm child = ChildJvm.start(HoldDatabase.class, file.toString())) {
      child.awaitLine("HOLDING", 60_000);
      assertThatThrownBy(() -> Database.openFile(file))
          .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("db.error.inUse"));
    }
    try (Database db = Database.openFile(file)) {
      assertThat(db.dsl().fetchCount(DSL.table(DSL.name("AUDIT_HEAD")))).isEqualTo(1);
    }
  }

  @Test
  void fileWrittenByANewerVersionIsRefusedUnchanged() throws Exception {
    Path file = dir.resolve("newer.mv.db");
    try (Database db = Database.openFile(file)) {
      // what a later release would have left: a migration this version does not know
      db.dsl().execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
          + "\"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
          + "VALUES (99, '999', 'from the future', 'SQL', 'V999__from_the_future.sql', 0, 'sa', 1, TRUE)");
    }
    // the session's own close saw the schema was no longer this build's: no stamp lets the next open skip the check
    assertThat(DataLocation.sibling(file, SchemaStamp.SUFFIX)).doesNotExist();
    byte[] before = Files.readAllBytes(file);
    assertThatThrownBy(() -> Database.openFile(file))
        .isInstanceOfSatisfying(SuijiException.class, e -> {
          assertThat(e.key()).isEqualTo("db.error.newerVersion");
          assertThat(e.args()).contains("999");
        });
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(dir.resolve("backups")).doesNotExist();
  }

  @Test
  void aCleanCloseStampsTheFileAndOnlyThatVeryFileIsTrustedByIt() throws Exception {
    Path file = dir.resolve("stamped.mv.db");
    Database.openFile(file).close();
    Path stamp = DataLocation.sibling(file, SchemaStamp.SUFFIX);
    assertThat(Files.readString(stamp)).startsWith("version=" + Database.SCHEMA_VERSION + " size=" + Files.size(file));
    assertThat(SchemaStamp.matches(file, Database.SCHEMA_VERSION)).isTrue();
    assertThat(SchemaStamp.matches(file, "1")).as("another build's version").isFalse();
    // changed behind the application's back (another program, another version): the stamp no longer fits
    try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + DataLocation.h2Base(file), "sa", "");
        var st = c.createStatement()) {
      st.execute("INSERT INTO APP_SETTING (NAME, SETTING) VALUES ('county.name', '乙县')");
    }
    assertThat(SchemaStamp.matches(file, Database.SCHEMA_VERSION)).isFalse();
    try (Database db = Database.openFile(file)) {
      assertThat(db.dsl().fetchValue("SELECT SETTING FROM APP_SETTING WHERE NAME = 'county.name'")).isEqualTo("乙县");
    }
    assertThat(SchemaStamp.matches(file, Database.SCHEMA_VERSION)).isTrue();
    Files.writeString(stamp, "not a stamp");
    assertThat(SchemaStamp.matches(file, Database.SCHEMA_VERSION)).isFalse();
    Database.openFile(file).close();
    assertThat(SchemaStamp.matches(file, Database.SCHEMA_VERSION)).isTrue();
  }

  @Test
  void existingFileIsCopiedAsideBeforeMigrating() throws Exception {
    Path file = dir.resolve("old.mv.db");
    try (Database db = Database.openFile(file)) {
      db.dsl().execute("INSERT INTO APP_SETTING (NAME, SETTING) VALUES ('county.name', '旧县')");
    }
    List<String> later = List.of("classpath:db/migration", "classpath:db/extra");
    try (Database db = Database.openFile(file, later)) {
      assertThat(db.dsl().meta().getTables("LATER_RELEASE")).hasSize(1);
      assertThat(db.lastBackup()).hasValueSatisfying(p -> assertThat(p.getFileName().toString()).endsWith("-before-V800.mv.db"));
    }
    try (Database backup = Database.openFile(Files.list(dir.resolve("backups"))
        .filter(p -> p.toString().endsWith(".mv.db")).findFirst().orElseThrow())) {
      assertThat(backup.dsl().fetchValue("SELECT SETTING FROM APP_SETTING WHERE NAME = 'county.name'")).isEqualTo("旧县");
    }
    try (Database again = Database.openFile(file, later)) {
      assertThat(Files.list(dir.resolve("backups")).filter(p -> p.toString().endsWith(".mv.db")).count())
          .as("nothing pending, no new copy").isEqualTo(1);
    }
  }

  @Test
  void failedMigrationLeavesTheFileUntouchedAndSaysSo() throws Exception {
    Path file = dir.resolve("precious.mv.db");
    try (Database db = Database.openFile(file)) {
      db.dsl().execute("INSERT INTO APP_SETTING (NAME, SETTING) VALUES ('county.name', '青岚县')");
    }
    byte[] before = Files.readAllBytes(file);
    assertThatThrownBy(() -> Database.openFile(file, List.of("classpath:db/migration", "classpath:db/failing")))
        .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("db.error.migrationUntouched"));
    assertThat(Files.readAllBytes(file)).as("the migration ran on a copy").isEqualTo(before);
    assertThat(dir.resolve("precious.migrating.mv.db")).doesNotExist();
    assertThat(Files.list(dir.resolve("backups")).filter(p -> p.toString().endsWith(".mv.db")).toList()).hasSize(1)
        .first().satisfies(p -> assertThat(p.getFileName().toString()).startsWith("precious-").endsWith("-before-V900.mv.db"));
    try (Database db = Database.openFile(file)) {
      assertThat(db.dsl().fetchValue("SELECT SETTING FROM APP_SETTING WHERE NAME = 'county.name'")).isEqualTo("青岚县");
      assertThat(db.dsl().meta().getTables("HALF_DONE")).isEmpty();
      assertThat(db.lastBackup()).isPresent();
    }
  }

  @Test
  void aNewFileAppearsOnlyWhenCompleteAndLeftoversOfAKilledStartAreRemoved() throws Exception {
    Path file = dir.resolve("fresh.mv.db");
    // what a start killed while building the file leaves: a half-made file under the other name
    Files.writeString(dir.resolve("fresh.creating.mv.db"), "half");
    try (Database db = Database.openFile(file)) {
      assertThat(db.dsl().fetchCount(DSL.table(DSL.name("AUDIT_HEAD")))).isEqualTo(1);
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .as("the file, the key of its ID numbers (docs/decisions/0029) and its schema stamp (0040)")
          .containsExactlyInAnyOrder("fresh.mv.db", "fresh.idkey", "fresh.schema");
    }
  }

  @Test
  void aFileLeftOpenByAKilledProcessIsReportedAsClosedUncleanly() throws Exception {
    Path file = dir.resolve("county.mv.db");
    try (Database db = Database.openFile(file)) {
      assertThat(db.closedUncleanly()).isFalse();
      assertThat(dir.resolve("county.unclosed")).exists();
    }
    assertThat(dir.resolve("county.unclosed")).as("a clean close removes the mark").doesNotExist();
    try (ChildJvm child = ChildJvm.start(HoldDatabase.class, file.toString())) {
      child.awaitLine("HOLDING", 60_000);
      child.killHard();
    }
    try (Database db = Database.openFile(file)) {
      assertThat(db.closedUncleanly()).isTrue();
    }
    try (Database db = Database.openFile(file)) {
      assertThat(db.closedUncleanly()).isFalse();
    }
  }

  @Test
  void lastBackupIsThisFilesOwn() throws Exception {
    Path file = dir.resolve("a.mv.db");
    Files.createDirectories(dir.resolve("backups"));
    Files.writeString(dir.resolve("backups/a-20260101-000000-before-V800.mv.db"), "x");
    Files.writeString(dir.resolve("backups/ab-20270101-000000-before-V800.mv.db"), "y");
    Files.writeString(dir.resolve("backups/other-20280101-000000-before-V800.mv.db"), "z");
    try (Database db = Database.openFile(file)) {
      assertThat(db.lastBackup()).hasValueSatisfying(
          p -> assertThat(p.getFileName().toString()).isEqualTo("a-20260101-000000-before-V800.mv.db"));
    }
  }

  @Test
  void aFileThatIsNotADatabaseIsRefused() throws Exception {
    Path file = dir.resolve("notes.mv.db");
    Files.writeString(file, "这不是数据库文件".repeat(500));
    assertThatThrownBy(() -> Database.openFile(file))
        .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isIn("db.error.corrupt", "db.error.fileVersion", "db.error.open"));
    assertThat(Files.readString(file)).startsWith("这不是数据库文件");
  }

  @Test
  void locationComesFromOptionThenEnvironmentThenPlatform() {
    assertThat(DataLocation.resolve("/tmp/x/county", Map.of("SUIJI_DB", "/y"), "Linux", "/home/k"))
        .isEqualTo(Path.of("/tmp/x/county.mv.db"));
    assertThat(DataLocation.resolve(null, Map.of("SUIJI_DB", "/y/z.mv.db"), "Linux", "/home/k")).isEqualTo(Path.of("/y/z.mv.db"));
    assertThat(DataLocation.resolve(null, Map.of(), "Linux", "/home/k")).isEqualTo(Path.of("/home/k/.local/share/suiji/suiji.mv.db"));
    assertThat(DataLocation.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/k"))
        .isEqualTo(Path.of("/data/suiji/suiji.mv.db"));
    assertThat(DataLocation.defaultDirectory(Map.of("APPDATA", "C:\\Users\\k\\AppData\\Roaming"), "Windows 11", "C:\\Users\\k"))
        .isEqualTo(Path.of("C:\\Users\\k\\AppData\\Roaming").resolve("suiji"));
  }

  /**
   * A file left loose by earlier sessions, each of which grew it too little to be rewritten at its
   * close, is rewritten at the next close; once tight it is not rewritten again (ADR 0030).
   */
  @Test
  void aFileLeftLooseIsRewrittenAtTheNextCloseAndATightOneIsNot() throws Exception {
    Path file = dir.resolve("loose.mv.db");
    try (Database db = Database.openFile(file)) {
      db.dsl().fetchCount(DSL.table(DSL.name("AUDIT_HEAD"))); // its schema written in many small commits
    }
    try (Database db = Database.openFile(file)) {
      assertThat(db.compactsAtClose()).as("a new file, rewritten at its first close").isFalse();
    }
    // what an older version's sessions left: rows written and deleted, the file never rewritten
    String filler = "填".repeat(200);
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(
        "jdbc:h2:file:" + DataLocation.h2Base(file), "sa", "")) {
      for (int t = 0; t < 8; t++) {
        try (java.sql.PreparedStatement insert = c.prepareStatement("INSERT INTO APP_SETTING (NAME, SETTING) VALUES (?, ?)")) {
          for (int i = t * 1_000; i < (t + 1) * 1_000; i++) {
            insert.setString(1, "test.fill." + i);
            insert.setString(2, filler);
            insert.addBatch();
          }
          insert.executeBatch();
        }
      }
      try (java.sql.Statement st = c.createStatement()) {
        st.execute("DELETE FROM APP_SETTING WHERE NAME LIKE 'test.fill.%'");
      }
    }
    long loose = Files.size(file);
    try (Database db = Database.openFile(file)) {
      assertThat(db.compactsAtClose()).as("the file holds far less than its size").isTrue();
    }
    long rewritten = Files.size(file);
    assertThat(rewritten).isLessThan(loose / 2);
    try (Database db = Database.openFile(file)) {
      assertThat(db.compactsAtClose()).as("a file just rewritten is tight").isFalse();
      assertThat(db.dsl().fetchCount(DSL.table(DSL.name("AUDIT_HEAD")))).isEqualTo(1);
    }
  }
}
