package cn.suiji.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts a class's main in a separate JVM on this test run's class path, for lock and crash tests. */
public final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final Path output;

  private ChildJvm(Process process, Path output) {
    this.process = process;
    this.output = output;
  }

  public static ChildJvm start(Class<?> main, String... args) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        main.getName()));
    command.addAll(List.of(args));
    Path output = Files.createTempFile("suiji-child", ".log");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    return new ChildJvm(p, output);
  }

  /** Waits until the child printed the line, or fails after the timeout. */
  public void awaitLine(String line, long timeoutMillis) throws IOException, InterruptedException {
    long end = System.currentTimeMillis() + timeoutMillis;
    while (System.currentTimeMillis() < end) {
      if (Files.readString(output).contains(line)) {
        return;
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("child ended before '" + line + "':\n" + Files.readString(output));
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("child did not print '" + line + "':\n" + Files.readString(output));
  }

  /** kill -9: no shutdown hooks, no clean close. */
  public void killHard() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(20, TimeUnit.SECONDS);
  }

  public String output() throws IOException {
    return Files.readString(output);
  }

  @Override
  public void close() throws InterruptedException {
    killHard();
    output.toFile().delete();
  }

  /** The class path separator, for building one by hand. */
  public static String separator() {
    return File.pathSeparator;
  }
}
