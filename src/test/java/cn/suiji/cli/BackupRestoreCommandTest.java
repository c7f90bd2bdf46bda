package cn.suiji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.cli.SuijiCommand.Result;
import cn.suiji.shared.db.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code suiji backup} and {@code suiji restore} on the demo county with a confirmed draw: a good
 * copy is proven and put back (the replaced file kept); a tampered copy — a draw's record edited,
 * audit rows deleted — is refused with the reason and the live file stays byte for byte.
 */
class BackupRestoreCommandTest {
  @TempDir
  static Path dir;
  static String db;
  static Path live;
  static Path copy;

  @BeforeAll
  static void demoWithADrawAndACopy() {
    db = dir.resolve("county").toString();
    live = dir.resolve("county.mv.db");
    assertThat(SuijiCommand.run("demo", "--db", db).exitCode()).isZero();
    Result draw = SuijiCommand.run("draw", "run", "--task", "2026-SCJGJ-04", "--entropy", "07 21 33 45",
        "--witness", "王监督", "--witness", "李监督", "--late-reason", "演示数据的期限已过", "--db", db);
    assertThat(draw.exitCode()).as(draw.err()).isZero();
    Result backup = SuijiCommand.run("backup", "--out", dir.resolve("usb").toString(), "--db", db);
    assertThat(backup.exitCode()).as(backup.err()).isZero();
    assertThat(backup.out()).contains("已备份到");
    copy = onlyCopyIn(dir.resolve("usb"));
  }

  private static Path onlyCopyIn(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith("-manual.mv.db")).findFirst().orElseThrow();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  private static Path tampered(String name, String sql) throws IOException {
    Path t = dir.resolve(name + ".mv.db");
    Files.copy(copy, t);
    Path journal = copy.resolveSibling(copy.getFileName().toString().replace(".mv.db", ".journal"));
    Files.copy(journal, dir.resolve(name + ".journal"));
    try (Database raw = Database.openFile(t)) {
      raw.dsl().execute(sql);
    }
    return t;
  }

  @Test
  void theDaysCopyIsMadeOnce() {
    Result first = SuijiCommand.run("backup", "--db", db);
    assertThat(first.exitCode()).isZero();
    Result again = SuijiCommand.run("backup", "--db", db);
    assertThat(again.out()).contains("今日已有自动备份");
  }

  @Test
  void aGoodCopyIsProvenThenRestoredAndTheReplacedFileKept() throws Exception {
    Result check = SuijiCommand.run("restore", copy.toString(), "--check", "--db", db);
    assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
    assertThat(check.out()).contains("校验通过").contains("1 次抽取");
    // a change after the copy, which the restore takes back
    Result later = SuijiCommand.run("draw", "run", "--task", "2026-WLJ-03", "--entropy", "5", "--witness", "赵监督",
        "--late-reason", "演示数据的期限已过", "--db", db);
    assertThat(later.exitCode()).as(later.err()).isZero();
    Result restored = SuijiCommand.run("restore", copy.toString(), "--db", db);
    assertThat(restored.exitCode()).as(restored.out() + restored.err()).isZero();
    assertThat(restored.out()).contains("已恢复到").contains("before-restore");
    Result list = SuijiCommand.run("draw", "list", "--db", db);
    assertThat(list.out()).contains("2026-SCJGJ-04").doesNotContain("2026-WLJ-03");
    assertThat(SuijiCommand.run("draw", "verify", "--all", "--db", db).exitCode()).isZero();
    assertThat(SuijiCommand.run("audit", "verify", "--db", db).exitCode()).isZero();
  }

  @Test
  void anEditedDrawIsRefusedAndTheLiveFileIsUntouched() throws Exception {
    Path bad = tampered("edited", "UPDATE draw SET record_json = REPLACE(record_json, '\"王监督\"', '\"张三\"')");
    String before = sha256(live);
    Result r = SuijiCommand.run("restore", bad.toString(), "--db", db);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("未通过校验").contains("2026-SCJGJ-04");
    assertThat(sha256(live)).isEqualTo(before);
  }

  @Test
  void deletedAuditRowsAreRefused() throws Exception {
    Path bad = tampered("deleted", "DELETE FROM audit_log WHERE seq = 2");
    Result r = SuijiCommand.run("restore", bad.toString(), "--check", "--db", db);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("未通过校验").contains("留痕链");
  }

  @Test
  void aMissingFileIsNamed() {
    Result r = SuijiCommand.run("restore", dir.resolve("nothing.mv.db").toString(), "--db", db);
    assertThat(r.exitCode()).isNotZero();
    assertThat(r.err()).contains("找不到备份文件");
  }
}
