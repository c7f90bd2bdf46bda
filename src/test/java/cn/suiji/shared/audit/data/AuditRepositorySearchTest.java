package cn.suiji.shared.audit.data;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.shared.audit.AuditEntry;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.AuditQuery;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.db.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Filters, search and keyset paging of the log in SQL, on an H2 database migrated by Flyway. */
class AuditRepositorySearchTest {
  private Database db;
  private DSLContext dsl;
  private final AuditRepository repository = new AuditRepository();
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T02:00:00Z"));
  private final AtomicReference<String> user = new AtomicReference<>("王晓明");

  @BeforeEach
  void log() {
    db = Database.inMemory("audit-search-" + System.nanoTime());
    dsl = db.dsl();
    Clock clock = new Clock() {
      @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
      @Override public Clock withZone(java.time.ZoneId zone) { return this; }
      @Override public Instant instant() { return now.get(); }
    };
    Auditor auditor = new Auditor(repository, clock, user::get);
    // 1,000 entries over ten days: every tenth an import by 李股长, the rest settings by 王晓明
    dsl.transaction(trx -> {
      for (int i = 1; i <= 1000; i++) {
        now.set(Instant.parse("2026-03-01T02:00:00Z").plus(Duration.ofMinutes(14L * i)));
        if (i % 10 == 0) {
          user.set("李股长");
          auditor.record(trx.dsl(), AuditEvent.of("target.import", "target", "SCJGJ", "批次" + i + ".xlsx read=5 created=5"));
        } else {
          user.set("王晓明");
          auditor.record(trx.dsl(), AuditEvent.of("setting.set", "setting", "ui.font", null));
        }
      }
    });
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void filtersByActionOperatorObjectAndDate() {
    AuditQuery imports = new AuditQuery(null, null, "target.import", "李股长", "target", null, Set.of());
    assertThat(repository.count(dsl, imports)).isEqualTo(100);
    assertThat(repository.count(dsl, new AuditQuery(null, null, null, "王晓明", null, null, Set.of()))).isEqualTo(900);
    Instant from = Instant.parse("2026-03-02T00:00:00Z");
    Instant to = Instant.parse("2026-03-03T00:00:00Z");
    List<AuditEntry> day = repository.search(dsl, new AuditQuery(from, to, null, null, null, null, Set.of()), null, 500);
    assertThat(day).isNotEmpty().allSatisfy(e -> assertThat(e.at()).isBetween(from, to.minusMillis(1)));
    assertThat(day.size()).isEqualTo(repository.count(dsl, new AuditQuery(from, to, null, null, null, null, Set.of())));
  }

  @Test
  void searchFindsTextInTheDetailAndActionsByTheirShownName() {
    assertThat(repository.search(dsl, new AuditQuery(null, null, null, null, null, "批次500", Set.of()), null, 10))
        .singleElement().satisfies(e -> assertThat(e.seq()).isEqualTo(500));
    assertThat(repository.count(dsl, new AuditQuery(null, null, null, null, null, "导入", Set.of("target.import"))))
        .isEqualTo(100);
    assertThat(repository.count(dsl, new AuditQuery(null, null, null, null, null, "100%", Set.of()))).isZero();
  }

  @Test
  void pagesFollowEachOtherNewestFirstWithoutGapOrRepeat() {
    AuditQuery all = AuditQuery.all();
    List<Long> seen = new ArrayList<>();
    Long before = null;
    while (true) {
      List<AuditEntry> page = repository.search(dsl, all, before, 150);
      if (page.isEmpty()) {
        break;
      }
      page.forEach(e -> seen.add(e.seq()));
      before = page.get(page.size() - 1).seq();
    }
    assertThat(seen).hasSize(1000).startsWith(1000L, 999L).endsWith(1L).doesNotHaveDuplicates();
  }

  @Test
  void facetsOfferWhatTheLogHolds() {
    cn.suiji.shared.audit.AuditFacets f = repository.facets(dsl);
    assertThat(f.actions()).containsExactly("setting.set", "target.import");
    assertThat(f.users()).containsExactlyInAnyOrder("李股长", "王晓明");
    assertThat(f.entities()).containsExactly("setting", "target");
  }
}
