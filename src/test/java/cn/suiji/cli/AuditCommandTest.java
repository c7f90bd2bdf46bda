package cn.suiji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.cli.SuijiCommand.Result;
import cn.suiji.shared.db.Database;
import cn.suiji.testing.DataFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {
  @TempDir
  Path dir;

  @Test
  void intactChainExitsZeroAndEditedRowExitsOneNamingIt() {
    String db = DataFiles.create(dir.resolve("audit"));
    // a fresh file already has entries: the shipped calendar is put in with its own entry
    assertThat(SuijiCommand.run("calendar", "deadline", "--from", "2026-02-10", "--workdays", "1", "--db", db).exitCode()).isZero();
    Result ok = SuijiCommand.run("audit", "verify", "--db", db);
    assertThat(ok.exitCode()).isZero();
    assertThat(ok.out()).contains("留痕链完整");

    try (Database raw = Database.openFile(Path.of(db))) {
      raw.dsl().execute("UPDATE AUDIT_LOG SET USER_NAME = 'mallory' WHERE SEQ = 1");
    }
    Result broken = SuijiCommand.run("audit", "verify", "--db", db);
    assertThat(broken.exitCode()).isEqualTo(1);
    assertThat(broken.out()).contains("第 1 条").contains("被改动");
  }

  @Test
  void deletedRowIsCaught() {
    String db = DataFiles.create(dir.resolve("audit2"));
    SuijiCommand.run("calendar", "deadline", "--from", "2026-02-10", "--workdays", "1", "--db", db);
    try (Database raw = Database.openFile(Path.of(db))) {
      raw.dsl().execute("DELETE FROM AUDIT_LOG WHERE SEQ = 1");
    }
    Result broken = SuijiCommand.run("audit", "verify", "--db", db);
    assertThat(broken.exitCode()).isEqualTo(1);
  }
}
