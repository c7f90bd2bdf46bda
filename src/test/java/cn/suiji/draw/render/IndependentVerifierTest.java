package cn.suiji.draw.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.suiji.draw.domain.Conflict;
import cn.suiji.draw.domain.DrawEngine;
import cn.suiji.draw.domain.DrawInput;
import cn.suiji.draw.domain.DrawOutcome;
import cn.suiji.draw.domain.DrawRecord;
import cn.suiji.draw.domain.InspectorGroup;
import cn.suiji.draw.domain.Stratum;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records this application exports recompute with docs/verify/verify_draw.py, a verifier
 * written from the spec alone in another language — the promise that anyone can check a draw.
 * Needs python3 on the machine (CI has it); where it is missing the test is skipped, not passed.
 */
class IndependentVerifierTest {
  private static final Path SCRIPT = Path.of("docs/verify/verify_draw.py");
  @TempDir
  Path dir;

  @BeforeAll
  static void needsPython() {
    assumeTrue(pythonAvailable(), "python3 is not installed: the independent verifier cannot run here");
  }

  @Test
  void exportedRecordsVerifyIndependentlyAndTamperingIsCaught() throws Exception {
    Random random = new Random(20261128);
    for (int round = 0; round < 5; round++) {
      DrawRecord record = draw(random, round);
      Path file = dir.resolve("record-" + round + ".json");
      new DrawRecordJson().write(record, file);
      Result ok = python(file);
      assertThat(ok.code()).as(ok.out()).isZero();
      assertThat(ok.out()).contains(record.resultHash().substring(0, 4));

      String json = Files.readString(file, StandardCharsets.UTF_8);
      String tampered = json.replace(record.selected().get(0), record.selected().get(1))
          .replaceFirst(record.selected().get(1), record.selected().get(0));
      Files.writeString(file, json.replace("\"entropy\" : \"" + record.entropy(), "\"entropy\" : \"9" + record.entropy()),
          StandardCharsets.UTF_8);
      assertThat(python(file).code()).as("changed entropy").isEqualTo(1);
      Files.writeString(file, tampered, StandardCharsets.UTF_8);
      assertThat(python(file).code()).as("swapped selection").isEqualTo(1);
    }
  }

  private static DrawRecord draw(Random random, int round) {
    List<String> a = keys(random, "A", 40 + random.nextInt(40));
    List<String> b = keys(random, "B", 30 + random.nextInt(30));
    List<String> lead = inspectors("SCJGJ", 6);
    List<String> partner = inspectors("WJJ", 4);
    byte[] nonce = new byte[32];
    random.nextBytes(nonce);
    DrawInput input = new DrawInput("2026-T-" + round,
        List.of(new Stratum("A", 3, a), new Stratum("B", 5, b)),
        List.of(new InspectorGroup("SCJGJ", 1, lead), new InspectorGroup("WJJ", 1, partner)),
        List.of(new Conflict(lead.get(0), a.get(0)), new Conflict(partner.get(1), b.get(2))),
        nonce, "见证人 报数 " + random.nextInt(100000));
    DrawOutcome outcome = DrawEngine.draw(input);
    return DrawRecord.confirmed(input, outcome, OffsetDateTime.parse("2026-03-02T09:30:00+08:00"), "王科员", List.of("李监督"));
  }

  private static List<String> keys(Random random, String prefix, int n) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      keys.add("9162" + prefix + String.format("%012d", random.nextInt(1_000_000_000)) + i);
    }
    return keys;
  }

  private static List<String> inspectors(String dept, int n) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      keys.add(dept + "-" + String.format("%03d", i));
    }
    return keys;
  }

  private record Result(int code, String out) {}

  private static Result python(Path record) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("python3", SCRIPT.toString(), record.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(60, TimeUnit.SECONDS);
    return new Result(p.exitValue(), out);
  }

  private static boolean pythonAvailable() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
