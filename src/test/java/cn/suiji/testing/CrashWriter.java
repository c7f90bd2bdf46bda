package cn.suiji.testing;

import cn.suiji.app.Services;
import cn.suiji.shared.Progress;
import java.nio.file.Path;

/**
 * Child-JVM main for the crash test: writes through the real services until killed.
 * Mode {@code small}: endless small audited changes. Mode {@code demo}: one long transaction.
 * Mode {@code open}: a large transaction whose pages H2 has stored, never committed.
 * Mode {@code compact}: a large transaction in random key order, committed — the file, then
 * under a quarter live, is rewritten whole in session right after the commit (docs/decisions/0043);
 * mode {@code compact-held} the same while another thread holds a connection, so the file is
 * compacted in place instead and rewritten whole at the close (docs/decisions/0030). Both say
 * COMMITTING, SYNCED (the commit on the disk, the compaction about to begin), COMMITTED, CLOSING
 * and CLOSED as they go.
 */
public final class CrashWriter {
  private CrashWriter() {}

  public static void main(String[] args) {
    if (args[1].startsWith("compact")) {
      compact(Path.of(args[0]), args[1].equals("compact-held"));
      return;
    }
    try (Services services = Services.open(Path.of(args[0]))) {
      if ("open".equals(args[1])) {
        // a transaction big enough that H2 stores its uncommitted pages, left open when killed
        services.database().dsl().transaction(trx -> {
          trx.dsl().execute("INSERT INTO APP_SETTING (NAME, SETTING) SELECT 'crash.row.' || X, REPEAT('x', 200) "
              + "FROM SYSTEM_RANGE(1, 300000)");
          System.out.println("WRITING");
          System.out.flush();
          Thread.sleep(Long.MAX_VALUE);
        });
      }
      if ("small".equals(args[1])) {
        for (int i = 0; ; i++) {
          services.settings().set("crash.counter", Integer.toString(i));
          if (i == 20) {
            System.out.println("WRITING");
            System.out.flush();
          }
        }
      }
      services.demo().create(false, new Progress() {
        private boolean said;

        @Override
        public void update(long done, long total) {
          if (!said && done > 0) {
            said = true;
            System.out.println("WRITING");
            System.out.flush();
          }
        }

        @Override
        public boolean isCancelled() {
          return false;
        }
      });
      System.out.println("DEMO-DONE");
    }
  }

  /** The rows {@code compact} commits. */
  public static final int COMPACT_ROWS = 200_000;

  private static void compact(Path file, boolean held) {
    Services services = Services.open(file);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    if (held) {
      java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
      Thread reader = new Thread(() -> services.database().dsl().connection(c -> {
        holding.countDown();
        release.await();
      }));
      reader.setDaemon(true);
      reader.start();
      try {
        holding.await();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }
    // told after the commit is forced to the disk, just before the compaction in place begins
    services.database().addCommitHook(new cn.suiji.shared.db.CommitHook() {
      @Override
      public void committed() {
        System.out.println("SYNCED");
        System.out.flush();
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
    services.database().dsl().transaction(trx -> {
      trx.dsl().execute("INSERT INTO APP_SETTING (NAME, SETTING) SELECT 'crash.row.' || X, REPEAT('x', 100) "
          + "FROM SYSTEM_RANGE(1, " + COMPACT_ROWS + ") ORDER BY RAND()");
      System.out.println("COMMITTING");
      System.out.flush();
    });
    release.countDown();
    System.out.println("COMMITTED");
    System.out.println("CLOSING");
    System.out.flush();
    services.close();
    System.out.println("CLOSED");
    System.out.flush();
  }
}
