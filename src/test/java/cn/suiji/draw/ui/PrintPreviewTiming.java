package cn.suiji.draw.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.draw.service.DrawAttempt;
import cn.suiji.shared.Progress;
import cn.suiji.shared.db.Database;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.print.PdfPages;
import cn.suiji.shared.print.PrintableDocument;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How long the print preview of the demo county's largest record (841 individual businesses,
 * over 40 pages) takes: building the PDF, opening it, rendering one page. Run with
 * {@code -Dsuiji.perf=true -Dtest=PrintPreviewTiming}.
 */
@EnabledIfSystemProperty(named = "suiji.perf", matches = "true")
class PrintPreviewTiming {
  @Test
  void largestRecordOpensOnItsFirstPageQuickly() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    try (Services services = new Services(Database.inMemory("timing-" + UUID.randomUUID()), clock)) {
      services.demo().create(false, Progress.NONE);
      DrawAttempt large = services.draw().run("2026-SCJGJ-02", "07 21 33 45", List.of("王监督"), "张操作");
      DrawPrints prints = new DrawPrints(services.draw(), Messages.current());
      long t0 = System.nanoTime();
      PrintableDocument doc = prints.document(large.drawId(), Progress.NONE);
      long t1 = System.nanoTime();
      try (PdfPages pages = PdfPages.open(doc.pdf())) {
        long t2 = System.nanoTime();
        pages.render(0, 120);
        long t3 = System.nanoTime();
        pages.render(pages.count() - 1, 120);
        long t4 = System.nanoTime();
        System.out.printf("record: %d pages, %d KB; sheet+PDF %d ms; open %d ms; page 1 %d ms; last page %d ms%n",
            pages.count(), doc.pdf().length / 1024, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
            (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
        assertThat(pages.count()).isGreaterThan(40);
      }
    }
  }
}
