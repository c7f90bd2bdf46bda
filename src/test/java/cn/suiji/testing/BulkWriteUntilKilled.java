package cn.suiji.testing;

import cn.suiji.shared.db.Database;
import cn.suiji.shared.db.Preimage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Child-JVM main: opens the database file, appends a line to {@code name.journal} inside a
 * bulk write ({@link Preimage}) that inserts more rows than H2's write buffer holds (so part of
 * the unfinished transaction reaches the file), says INSIDE, and waits there until killed.
 */
public final class BulkWriteUntilKilled {
  private BulkWriteUntilKilled() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    try (Database db = Database.openFile(file)) {
      db.keepWithData(".journal");
      Preimage.transactionResult(db.dsl(), "批量写入测试", trx -> {
        for (int i = 0; i < 40_000; i++) {
          trx.dsl().execute("INSERT INTO app_setting (name, setting) VALUES (?, ?)", "bulk." + i, "x".repeat(400));
        }
        Files.writeString(file.resolveSibling(args[1]), "written inside the bulk write\n", StandardCharsets.UTF_8,
            StandardOpenOption.APPEND);
        System.out.println("INSIDE");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
        return null;
      });
    }
  }
}
