package cn.suiji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.cli.SuijiCommand.Result;
import cn.suiji.shared.SuijiException;
import cn.suiji.testing.DataFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command but {@code demo} refuses a data file that is missing or not one, and creates nothing. */
class DataFileCommandTest {
  @TempDir
  Path dir;

  /** Commands that read or write the data file, with {@code --db} to be appended. */
  private static final List<List<String>> COMMANDS = List.of(
      List.of("draw", "verify", "--all"),
      List.of("draw", "list"),
      List.of("audit", "verify"),
      List.of("calendar", "deadline", "--from", "2026-02-10", "--workdays", "5"),
      List.of("export", "targets", "--out", "out.xlsx"),
      List.of("export", "plan", "--year", "2026", "--out", "plan.xlsx"));

  private Result run(List<String> command, String db) {
    String[] args = Stream.concat(command.stream().map(a -> a.endsWith(".xlsx") ? dir.resolve(a).toString() : a),
        Stream.of("--db", db)).toArray(String[]::new);
    return SuijiCommand.run(args);
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void aMissingFileIsRefusedByEveryCommandAndNothingIsCreated() throws IOException {
    String missing = dir.resolve("no-such-file").toString();
    for (List<String> command : COMMANDS) {
      Result r = run(command, missing);
      assertThat(r.exitCode()).as(command + ": " + r.out() + r.err()).isEqualTo(2);
      assertThat(r.err()).as(command.toString()).contains("no-such-file.mv.db").contains("不存在");
      assertThat(r.out()).as(command.toString()).doesNotContain("共核验");
    }
    assertThat(listing()).containsExactly("");
  }

  @Test
  void aFolderIsRefusedAsAFolderAndNothingIsCreatedBesideIt() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("somedir"));
    for (List<String> command : COMMANDS) {
      Result r = run(command, folder + "/");
      assertThat(r.exitCode()).as(command.toString()).isEqualTo(2);
      assertThat(r.err()).as(command.toString()).contains(folder.toString()).contains("是一个文件夹");
    }
    assertThat(listing()).containsExactly("", "somedir");
  }

  @Test
  void aWorkbookOrATextFileIsNotADataFileAndStaysUnchanged() throws IOException {
    Path workbook = Files.write(dir.resolve("notes.xlsx"), new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3});
    Path text = Files.writeString(dir.resolve("county.mv.db"), "这是一段笔记，不是数据库。", StandardCharsets.UTF_8);
    Path empty = Files.createFile(dir.resolve("empty.mv.db"));
    byte[] workbookBytes = Files.readAllBytes(workbook);
    byte[] textBytes = Files.readAllBytes(text);
    for (List<String> command : COMMANDS) {
      for (Path file : List.of(workbook, text, empty)) {
        Result r = run(command, file.toString());
        assertThat(r.exitCode()).as(command + " " + file).isEqualTo(2);
        assertThat(r.err()).as(command + " " + file).contains(file.toString()).contains("不是本软件的数据文件");
      }
    }
    assertThat(Files.readAllBytes(workbook)).isEqualTo(workbookBytes);
    assertThat(Files.readAllBytes(text)).isEqualTo(textBytes);
    assertThat(Files.size(empty)).isZero();
    assertThat(listing()).containsExactly("", "county.mv.db", "empty.mv.db", "notes.xlsx");
  }

  @Test
  void demoDoesNotPutANewDatabaseBesideAWorkbook() throws IOException {
    Path workbook = Files.write(dir.resolve("notes.xlsx"), new byte[] {0x50, 0x4B, 0x03, 0x04});
    Result r = SuijiCommand.run("demo", "--db", workbook.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("notes.xlsx").contains("不是本软件的数据文件");
    assertThat(listing()).containsExactly("", "notes.xlsx");
  }

  @Test
  void aReadOnlyDataFileIsRefusedAndLeftByteForByteUnchanged() throws IOException {
    Path file = Path.of(DataFiles.create(dir.resolve("county")) + ".mv.db");
    byte[] before = Files.readAllBytes(file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    List<String> listed = listing();
    Path csv = Files.writeString(dir.resolve("2027.csv"), "日期,类型,名称\n2027,覆盖年度,x\n", StandardCharsets.UTF_8);
    for (List<String> command : Stream.concat(COMMANDS.stream(),
        Stream.of(List.of("calendar", "import", csv.toString()), List.of("demo", "--force"))).toList()) {
      Result r = run(command, file.toString());
      assertThat(r.exitCode()).as(command.toString()).isEqualTo(2);
      assertThat(r.err()).as(command.toString()).contains(file.toString()).contains("只读");
      assertThat(r.err()).doesNotContain("Exception");
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(listing()).containsExactlyInAnyOrderElementsOf(Stream.concat(listed.stream(), Stream.of("2027.csv")).toList());
  }

  @Test
  void anEmptyDbOptionIsRefusedRatherThanFallingBackToTheDefault() throws IOException {
    for (List<String> command : COMMANDS) {
      Result r = run(command, "");
      assertThat(r.exitCode()).as(command.toString()).isEqualTo(2);
      assertThat(r.err()).as(command.toString()).contains("--db 后面是空的");
    }
    assertThat(SuijiCommand.run("demo", "--db", " ").exitCode()).isEqualTo(2);
    assertThat(listing()).containsExactly("");
  }

  @Test
  void theDefaultLocationIsCheckedLikeAnyOtherAndNotCreated() {
    Map<String, String> env = Map.of("XDG_DATA_HOME", dir.toString());
    Path expected = dir.resolve("suiji").resolve("suiji.mv.db");
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> DataFileCheck.existing(null, env, "Linux", "/nonexistent")))
        .isInstanceOf(SuijiException.class)
        .satisfies(e -> assertThat(((SuijiException) e).key()).isEqualTo("cli.db.missing"))
        .satisfies(e -> assertThat(((SuijiException) e).args()).containsExactly(expected));
    assertThat(DataFileCheck.creatable(null, env, "Linux", "/nonexistent")).isEqualTo(expected);
    assertThat(dir.resolve("suiji")).doesNotExist();
  }

  @Test
  void aGoodDataFileIsAccepted() {
    String db = DataFiles.create(dir.resolve("county"));
    Result r = SuijiCommand.run("draw", "verify", "--all", "--db", db);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("共核验 0 次");
  }
}
