package cn.suiji.testing;

import cn.suiji.shared.db.Database;
import java.nio.file.Path;

/** Child-JVM main: opens the database file, says so, and holds it until killed. */
public final class HoldDatabase {
  private HoldDatabase() {}

  public static void main(String[] args) throws InterruptedException {
    try (Database db = Database.openFile(Path.of(args[0]))) {
      db.dsl().fetchOne("select 1"); // touch it: the file is open and locked
      System.out.println("HOLDING");
      System.out.flush();
      Thread.sleep(Long.MAX_VALUE);
    }
  }
}
