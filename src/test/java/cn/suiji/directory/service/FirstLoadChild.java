package cn.suiji.directory.service;

import cn.suiji.app.Services;
import cn.suiji.shared.Progress;
import cn.suiji.shared.db.CommitHook;
import java.nio.file.Path;

/**
 * Child-JVM main for {@link FirstLoadCrashTest}: loads the file into the empty directory of a
 * data file with one department, saying where it is and — in the blocking modes — stopping there until it
 * is killed: {@code rows} inside the rows' transaction (indexes off), {@code committed} right
 * after the rows committed (indexes still off), {@code audited} after the audit entry committed
 * (the load not yet reported done), {@code timed} not at all (killed by the clock, mostly inside
 * the index build), {@code done} after the load returned.
 */
public final class FirstLoadChild {
  private FirstLoadChild() {}

  public static void main(String[] args) throws Exception {
    Path db = Path.of(args[0]);
    Path file = Path.of(args[1]);
    String mode = args[2];
    try (Services services = Services.open(db)) {
      services.database().addCommitHook(new CommitHook() {
        private int commits;

        @Override
        public void committed() {
          commits++;
          say(commits == 1 ? "ROWS-COMMITTED" : "AUDITED");
          if (commits == 1 && mode.equals("committed") || commits == 2 && mode.equals("audited")) {
            block();
          }
        }

        @Override
        public void rolledBack() {}

        @Override
        public int mark() {
          return 0;
        }

        @Override
        public void rolledBackTo(int mark) {}
      });
      services.targetImport().commit(new TargetImportService.Request(file, null, null), new Progress() {
        @Override
        public void update(long done, long total) {
          if (done > 2L * ImportPass.BATCH) {
            say("ROWS");
            if (mode.equals("rows")) {
              block();
            }
          }
        }

        @Override
        public boolean isCancelled() {
          return false;
        }
      });
      say("DONE");
      if (mode.equals("done")) {
        block();
      }
    }
  }

  private static void say(String line) {
    System.out.println(line);
    System.out.flush();
  }

  private static void block() {
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
