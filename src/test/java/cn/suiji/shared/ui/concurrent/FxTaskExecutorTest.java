package cn.suiji.shared.ui.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.shared.db.Database;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * Closing the application cancels its background work and never interrupts it: an interrupt
 * inside H2's file write closed the file channel and took the open store down (the closing
 * window did so to the daily backup's commit).
 */
class FxTaskExecutorTest {
  @TempDir Path dir;

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @Test
  void shutdownCancelsWorkUnderWayWithoutInterruptingItAndTheFileStaysWhole() throws Exception {
    try (Database db = Database.openFile(dir.resolve("work.mv.db"))) {
      FxTaskExecutor executor = new FxTaskExecutor();
      AtomicInteger commits = new AtomicInteger();
      AtomicBoolean interrupted = new AtomicBoolean();
      CountDownLatch writing = new CountDownLatch(1);
      CountDownLatch ended = new CountDownLatch(1);
      AtomicBoolean cancelledHandler = new AtomicBoolean();
      executor.execute(BackgroundTask.of(progress -> {
        try {
          // commits one after another until cancelled, as an import or a backup's bookkeeping does
          while (true) {
            progress.checkCancelled();
            int n = commits.incrementAndGet();
            db.dsl().transaction(trx -> trx.dsl().execute(
                "MERGE INTO APP_SETTING (NAME, SETTING) KEY (NAME) VALUES ('test.counter', ?)", String.valueOf(n)));
            writing.countDown();
          }
        } finally {
          interrupted.set(Thread.currentThread().isInterrupted());
          ended.countDown();
        }
      }).onCancelled(() -> cancelledHandler.set(true)));
      assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();
      Platform.runLater(executor::shutdown);
      assertThat(ended.await(30, TimeUnit.SECONDS)).as("the work saw the cancel and ended").isTrue();
      assertThat(interrupted).as("the work's thread was interrupted").isFalse();
      // the store is still open and whole: the last commit is there, and a new one goes in
      String stored = db.dsl().fetchValue(DSL.field("SELECT SETTING FROM APP_SETTING WHERE NAME = 'test.counter'",
          String.class));
      assertThat(Integer.parseInt(stored)).isBetween(commits.get() - 1, commits.get());
      db.dsl().transaction(trx -> trx.dsl().execute("DELETE FROM APP_SETTING WHERE NAME = 'test.counter'"));
      for (int i = 0; i < 50 && !cancelledHandler.get(); i++) {
        Thread.sleep(100);
      }
      assertThat(cancelledHandler).as("the task's cancelled handler ran").isTrue();
    }
  }

  @Test
  void aTaskGivenAfterShutdownDoesNotStartAndIsToldItWasCancelled() throws Exception {
    FxTaskExecutor executor = new FxTaskExecutor();
    CountDownLatch told = new CountDownLatch(1);
    AtomicBoolean ran = new AtomicBoolean();
    Platform.runLater(() -> {
      executor.shutdown();
      executor.execute(BackgroundTask.of(progress -> {
        ran.set(true);
        return 1;
      }).onCancelled(told::countDown));
    });
    assertThat(told.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(ran).isFalse();
  }
}
