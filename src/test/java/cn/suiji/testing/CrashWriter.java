package cn.suiji.testing;

import cn.suiji.app.Services;
import cn.suiji.shared.Progress;
import java.nio.file.Path;

/**
 * Child-JVM main for the crash test: writes through the real services until killed.
 * Mode {@code small}: endless small audited changes. Mode {@code demo}: one long transaction.
 * Mode {@code open}: a large transaction whose pages H2 has stored, never committed.
 */
public final class CrashWriter {
  private CrashWriter() {}

  public static void main(String[] args) {
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
}
