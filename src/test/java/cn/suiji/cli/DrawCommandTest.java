package cn.suiji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.cli.SuijiCommand.Result;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code suiji draw …} on one demo county file, drawn once for 2026-SCJGJ-04 with an export. */
class DrawCommandTest {
  private static final Pattern CODE = Pattern.compile("(?m)^([0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4})$");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  static Path dir;
  static String db;
  static Path exported;
  static Result run;

  @BeforeAll
  static void drawOnce() {
    db = dir.resolve("county").toString();
    assertThat(SuijiCommand.run("demo", "--db", db).exitCode()).isZero();
    exported = dir.resolve("scjgj-04.json");
    run = SuijiCommand.run("draw", "run", "--task", "2026-SCJGJ-04", "--entropy", "07 21 33 45",
        "--witness", "王监督", "--witness", "李监督", "--operator", "张操作", "--export", exported.toString(),
        // the demo's tasks run in 2026 and the command reads the system clock: a reason in case it is past the window
        "--late-reason", "测试：按演示数据补抽", "--db", db);
  }

  @Test
  void aDrawAfterTheWindowIsRefusedWithoutALateReasonAndKeepsItWithOne() {
    // 2026-WJJ-02 runs 09-01 … 11-30 (the demo's plan), so it is late on the system clock from 2026-12-01
    Result refused = SuijiCommand.run("draw", "run", "--task", "2026-WJJ-02", "--entropy", "12", "--witness", "王监督",
        "--db", db);
    assertThat(refused.exitCode()).as(refused.out() + refused.err()).isEqualTo(SuijiCommand.BAD_INPUT);
    assertThat(refused.err()).contains("2026-WJJ-02").contains("自 2026-09-01 至 2026-11-30").contains("逾期理由");
    assertThat(SuijiCommand.run("draw", "list", "--db", db).out()).doesNotContain("2026-WJJ-02");

    Result late = SuijiCommand.run("draw", "run", "--task", "2026-WJJ-02", "--entropy", "12", "--witness", "王监督",
        "--late-reason", "汛期延误，经批准补抽", "--db", db);
    assertThat(late.exitCode()).as(late.out() + late.err()).isZero();
    assertThat(SuijiCommand.run("draw", "list", "--db", db).out()).contains("2026-WJJ-02");
  }

  @Test
  void runPrintsTheVerificationCodeAndConfirms() {
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("承诺值").contains("已确认");
    assertThat(CODE.matcher(run.out()).find()).isTrue();
    Result list = SuijiCommand.run("draw", "list", "--db", db);
    assertThat(list.exitCode()).isZero();
    assertThat(list.out()).contains("2026-SCJGJ-04").contains("已确认").contains(code(run.out()));
  }

  @Test
  void exportedRecordVerifies() {
    Result ok = SuijiCommand.run("draw", "verify", exported.toString());
    assertThat(ok.exitCode()).as(ok.out() + ok.err()).isZero();
    assertThat(ok.out()).contains("核验通过").contains(code(run.out()));
  }

  static Stream<Arguments> tamperings() {
    return Stream.of(
        Arguments.of("selected", "selected[0]", (Consumer<ObjectNode>) r -> {
          ArrayNode selected = (ArrayNode) r.get("selected");
          selected.set(0, selected.get(1).asText());
        }),
        Arguments.of("entropy", "seed", (Consumer<ObjectNode>) r -> r.put("entropy", "07 21 33 46")),
        Arguments.of("nonce", "commitment", (Consumer<ObjectNode>) r -> {
          String nonce = r.get("nonce").asText();
          r.put("nonce", nonce.substring(0, 63) + (nonce.endsWith("0") ? "1" : "0"));
        }),
        Arguments.of("pool", "seed", (Consumer<ObjectNode>) r -> {
          ArrayNode pool = (ArrayNode) r.get("strata").get(0).get("pool");
          pool.set(pool.size() - 1, "ZZZZZZZZZZZZZZZZZZ");
        }),
        Arguments.of("assignment", "assignments[0].inspectors", (Consumer<ObjectNode>) r -> {
          ArrayNode inspectors = (ArrayNode) r.get("assignments").get(0).get("inspectors");
          String first = inspectors.get(0).asText();
          inspectors.set(0, inspectors.get(1).asText());
          inspectors.set(1, first);
        }));
  }

  @ParameterizedTest(name = "changed {0}")
  @MethodSource("tamperings")
  void aTamperedRecordFailsNamingTheFirstDifference(String what, String member, Consumer<ObjectNode> edit)
      throws IOException {
    ObjectNode record = (ObjectNode) MAPPER.readTree(exported.toFile());
    edit.accept(record);
    Path tampered = dir.resolve("tampered-" + what + ".json");
    Files.writeString(tampered, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(record));
    Result r = SuijiCommand.run("draw", "verify", tampered.toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out()).contains("核验未通过").contains(member);
  }

  @Test
  void verifyAllExportAndVerifyAgain() {
    Result all = SuijiCommand.run("draw", "verify", "--all", "--db", db);
    assertThat(all.exitCode()).as(all.out()).isZero();
    assertThat(all.out()).contains("0 次未通过");
    String id = SuijiCommand.run("draw", "list", "--db", db).out().lines()
        .filter(l -> l.contains("2026-SCJGJ-04") && l.contains("已确认")).findFirst().orElseThrow().split("\t")[0];
    Path again = dir.resolve("again.json");
    Result export = SuijiCommand.run("draw", "export", "--draw", id, "--out", again.toString(), "--db", db);
    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(SuijiCommand.run("draw", "verify", again.toString()).exitCode()).isZero();
  }

  @Test
  void undrawnListsTaskCodesOnePerLineAndADrawnTaskDisappears() {
    List<String> before = codes(SuijiCommand.run("draw", "list", "--undrawn", "--db", db).out());
    assertThat(before).contains("2026-SCJGJ-01", "2026-WLJ-03").doesNotContain("2026-SCJGJ-04");
    assertThat(before).allMatch(c -> c.matches("2026-[A-Z]+-\\d{2}"));
    Result r = SuijiCommand.run("draw", "run", "--task", "2026-WLJ-03", "--entropy", "5", "--witness", "赵监督",
        "--late-reason", "测试：系统时钟可能已过期限",
        "--db", db);
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> after = codes(SuijiCommand.run("draw", "list", "--undrawn", "--db", db).out());
    assertThat(after).doesNotContain("2026-WLJ-03").hasSize(before.size() - 1);
  }

  @Test
  void unknownTaskIsBadInputWithAChineseMessage() {
    Result r = SuijiCommand.run("draw", "run", "--task", "NOPE", "--entropy", "1", "--witness", "王", "--db", db);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("没有编号为“NOPE”的抽查任务");
  }

  @Test
  void aWitnessIsRequiredAndVerifyNeedsAFileOrAll() {
    assertThat(SuijiCommand.run("draw", "run", "--task", "2026-SCJGJ-02", "--entropy", "1", "--db", db).exitCode())
        .isEqualTo(2);
    Result neither = SuijiCommand.run("draw", "verify", "--db", db);
    assertThat(neither.exitCode()).isEqualTo(2);
    assertThat(neither.err()).contains("--all");
  }

  @Test
  void helpDescribesTheDrawCommandsInChinese() {
    Result r = SuijiCommand.run("draw", "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("随机抽取").contains("run").contains("verify").contains("export").contains("list");
  }

  private static String code(String out) {
    Matcher m = CODE.matcher(out);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static List<String> codes(String out) {
    return out.lines().filter(l -> !l.isBlank()).map(l -> l.split("\t")[0]).toList();
  }
}
