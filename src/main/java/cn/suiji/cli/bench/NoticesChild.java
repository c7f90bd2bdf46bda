package cn.suiji.cli.bench;

import cn.suiji.inspection.render.NoticeFiles;
import cn.suiji.shared.Progress;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One measurement of {@code suiji bench notices}, run by it in a child JVM with {@code -Xmx256m}:
 * generates the records ({@link SampleNotices}), then writes them with {@link NoticeFiles} into
 * one file. Usage: {@code NoticesChild TARGETS FILE.pdf|FILE.docx}. Prints one line:
 * {@code BENCH documents=N generate=S seconds=S peakMb=P liveMb=L result=ok|oom|error:…}.
 */
public final class NoticesChild {
  /** The prefix of the result line the parent looks for. */
  public static final String PREFIX = "BENCH ";

  private NoticesChild() {}

  public static void main(String[] args) {
    BenchChild.watchCollections();
    int targets = Integer.parseInt(args[0]);
    Path file = Path.of(args[1]);
    String result = "ok";
    double generate = 0;
    double seconds = 0;
    int documents = 0;
    try {
      long t = System.nanoTime();
      SampleNotices.Batch batch = SampleNotices.generate(targets);
      generate = (System.nanoTime() - t) / 1e9;
      documents = batch.notices().size() + batch.sheets().size();
      t = System.nanoTime();
      new NoticeFiles().notices(batch.notices(), batch.sheets(), file, Progress.NONE);
      seconds = (System.nanoTime() - t) / 1e9;
    } catch (OutOfMemoryError e) {
      result = "oom";
    } catch (RuntimeException e) {
      result = causedByOutOfMemory(e) ? "oom" : "error:" + e;
    }
    System.out.printf(Locale.ROOT, "%sdocuments=%d generate=%.2f seconds=%.2f peakMb=%d liveMb=%d result=%s%n", PREFIX,
        documents, generate, seconds, BenchChild.peakHeapBytes() >> 20, BenchChild.liveMaxBytes() >> 20,
        result.replace('\n', ' '));
  }

  private static boolean causedByOutOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }
}
