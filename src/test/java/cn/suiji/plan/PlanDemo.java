package cn.suiji.plan;

import cn.suiji.app.Services;
import cn.suiji.shared.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The demo county as a real H2 file for the plan tests: made once per test JVM, then copied
 * into each test's folder (making it takes long; copying the closed file does not).
 */
public final class PlanDemo {
  private static Path template;

  private PlanDemo() {}

  /** A fresh copy of the demo county's database in {@code dir}; the path to open with {@link Services#open}. */
  public static synchronized Path copyInto(Path dir) {
    try {
      if (template == null) {
        Path t = Files.createTempDirectory("suiji-plan-demo");
        try (Services services = Services.open(t.resolve("demo"))) {
          services.demo().create(false, Progress.NONE);
        }
        template = t;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try (Stream<Path> left = Files.list(t)) {
            for (Path f : left.toList()) {
              Files.deleteIfExists(f);
            }
            Files.deleteIfExists(t);
          } catch (IOException e) {
            // a temp folder left behind is harmless
          }
        }));
      }
      try (Stream<Path> files = Files.list(template)) {
        for (Path f : files.toList()) {
          if (Files.isRegularFile(f) && !f.getFileName().toString().endsWith(".lock.db")) {
            Files.copy(f, dir.resolve(f.getFileName()));
          }
        }
      }
      return dir.resolve("demo");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
