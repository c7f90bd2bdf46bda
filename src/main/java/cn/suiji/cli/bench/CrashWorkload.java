package cn.suiji.cli.bench;

import cn.suiji.app.Services;
import cn.suiji.directory.service.TargetImportService;
import cn.suiji.draw.service.DrawAttempt;
import cn.suiji.draw.service.UndrawnTask;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.ids.Uscc;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * The child of {@code suiji bench crash}: works on a data file through the real services until
 * it is killed, and says on standard output what it starts ({@code START …}) and, only once a
 * service has returned, what is done ({@code DONE …}) — the parent checks after the kill that
 * everything said done is there and that what was started but not done is wholly there or
 * wholly absent. Usage: {@code CrashWorkload FILE demo|work SEED}. {@code demo} first creates the
 * demo county (the file is new: the kill may land in its creation and migration), then works.
 * Work: imports of {@value #BATCH} targets named {@code 崩溃批SEED-N号…}, draws of undrawn
 * tasks (open, perform, confirm) and small setting changes, chosen at random.
 */
public final class CrashWorkload {
  /** Targets per imported batch. */
  public static final int BATCH = 2_000;
  /** The start of every imported target's name. */
  public static final String NAME_PREFIX = "崩溃批";
  /** The setting the small writes count up. */
  public static final String COUNTER = "crash.counter";

  private CrashWorkload() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path file = Path.of(args[0]);
    long seed = Long.parseLong(args[2]);
    Random random = new Random(seed);
    try (Services services = Services.open(file)) {
      if ("demo".equals(args[1])) {
        out.println("START demo");
        services.demo().create(false, Progress.NONE);
        out.println("DONE demo");
      }
      out.println("READY");
      String department = services.departments().all().get(0).code();
      int counter = services.settings().get(COUNTER).map(Integer::parseInt).orElse(0);
      for (int step = 0; ; step++) {
        int pick = random.nextInt(100);
        if (pick < 40) {
          String name = NAME_PREFIX + seed + "-" + step + "号";
          Path csv = batch(name, random);
          out.println("START import " + name + " " + BATCH);
          services.targetImport().commit(new TargetImportService.Request(csv, department, null), Progress.NONE);
          out.println("DONE import " + name + " " + BATCH);
          Files.deleteIfExists(csv);
        } else if (pick < 75) {
          List<UndrawnTask> tasks = services.draw().undrawnTasks();
          if (tasks.isEmpty()) {
            continue;
          }
          UndrawnTask task = tasks.get(random.nextInt(tasks.size()));
          out.println("START draw " + task.code());
          try {
            DrawAttempt a = services.draw().run(task.code(), "crash-" + seed + "-" + step, List.of("见证人甲"), "crash",
                "crash workload: the demo's windows may have passed");
            out.println("DONE draw " + task.code() + " " + a.drawId() + " " + a.verificationCode());
          } catch (SuijiException e) {
            out.println("SKIP draw " + task.code() + " " + e.key());
          }
        } else {
          counter++;
          out.println("START setting " + counter);
          services.settings().set(COUNTER, Integer.toString(counter));
          out.println("DONE setting " + counter);
        }
      }
    }
  }

  /** A CSV of {@value #BATCH} new enterprises whose names start with {@code name}. */
  private static Path batch(String name, Random random) throws IOException {
    StringBuilder csv = new StringBuilder("统一社会信用代码,企业名称,法定代表人,住所,乡镇,行业代码,登记状态\n");
    for (int i = 0; i < BATCH; i++) {
      StringBuilder code = new StringBuilder("91620102");
      for (int c = 0; c < 9; c++) {
        code.append(Uscc.ALPHABET.charAt(random.nextInt(Uscc.ALPHABET.length())));
      }
      code.append(Uscc.checkChar(code.toString()));
      csv.append(code).append(',').append(name).append(i).append("商行,王").append(i % 97).append(",城关镇")
          .append(i % 300).append("号,城关镇,F5212,存续\n");
    }
    Path file = Files.createTempFile("suiji-crash", ".csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return file;
  }
}
