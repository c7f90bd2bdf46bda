package cn.suiji.exchange.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.exchange.domain.EntryState;
import cn.suiji.exchange.domain.OutboxEntry;
import cn.suiji.exchange.remote.PackageCheck;
import cn.suiji.exchange.remote.ProvinceClient;
import cn.suiji.exchange.remote.ProvinceServer;
import cn.suiji.exchange.remote.ProvinceServer.Fault;
import cn.suiji.shared.Progress;
import cn.suiji.testing.ChildJvm;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * kill -9 in the middle of sending and of packaging (a child JVM, as the crash tests do): after
 * the data file is opened again, nothing is lost and nothing reaches the province twice.
 */
class ExchangeCrashTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir
  Path dir;

  private String county() {
    try (ExchangeFixture f = ExchangeFixture.drawn(dir)) {
      f.result(1, LocalDate.of(2026, 5, 20));
      f.result(2, LocalDate.of(2026, 5, 21));
      return f.file.toString();
    }
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"SLOW_BEFORE_STORING", "SLOW_AFTER_STORING"})
  void killedWhileWaitingForTheProvinceThenUploadedAgainArrivesExactlyOnce(Fault fault) throws Exception {
    String db = county();
    try (ProvinceServer province = new ProvinceServer(8_000)) {
      province.then(fault);
      try (ChildJvm child = ChildJvm.start(ExchangeChild.class, "upload", db, province.endpoint().toString())) {
        child.awaitLine("READY", 120_000);
        long end = System.currentTimeMillis() + 60_000;
        while (province.requests().isEmpty() && System.currentTimeMillis() < end) {
          Thread.sleep(20);
        }
        assertThat(province.requests()).as("the child posted").hasSize(1);
        child.killHard();
      }
      assertThat(province.stored()).hasSize(fault == Fault.SLOW_AFTER_STORING ? 3 : 0);
      try (Services s = Services.open(Path.of(db))) {
        assertThat(s.outbox().entries()).extracting(OutboxEntry::state).containsOnly(EntryState.SENT);
        ExchangeService.UploadOutcome o = s.exchange().with(new ProvinceClient(new ProvinceClient.Policy(3,
            Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(20)), d -> { })).upload(province.endpoint(),
            Progress.NONE);
        assertThat(o.reposted()).isEqualTo(1);
        assertThat(s.outbox().entries()).extracting(OutboxEntry::state).containsOnly(EntryState.ACCEPTED);
      }
      assertThat(province.stored()).hasSize(3);
      assertThat(province.stored().values()).containsOnly(1);
      assertThat(province.requests()).containsOnly(province.requests().get(0));
    }
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2})
  void killedWhilePackagingLeavesEveryEntryPendingOrInAWholePackage(int rounds) throws Exception {
    String db = county();
    Path out = dir.resolve("前置机");
    try (ChildJvm child = ChildJvm.start(ExchangeChild.class, "package", db, out.toString())) {
      // killed in the round after the given one: adding entries, or writing, renaming or recording a package
      child.awaitLine("PACKAGED " + (rounds - 1), 180_000);
      Thread.sleep(400L * rounds);
      assertThat(child.output()).as("still working when killed").doesNotContain("ENDED");
      child.killHard();
    }
    Set<String> all = new HashSet<>();
    Map<String, Integer> packed = new HashMap<>();
    try (Services s = Services.open(Path.of(db))) {
      List<OutboxEntry> entries = s.outbox().entries();
      entries.forEach(e -> all.add(e.key()));
      for (OutboxEntry e : entries) {
        assertThat(e.state()).isIn(EntryState.PENDING, EntryState.PACKAGED);
      }
      // a batch recorded without its file would leave its entries in no package: the last assertion catches it
      if (entries.stream().anyMatch(e -> e.state() == EntryState.PENDING)) {
        s.exchange().makePackage(out, Progress.NONE);
      }
      assertThat(s.outbox().entries()).extracting(OutboxEntry::state).containsOnly(EntryState.PACKAGED);
    }
    try (Stream<Path> files = Files.list(out)) {
      for (Path zip : files.filter(f -> f.toString().endsWith(".zip")).toList()) {
        assertThat(PackageCheck.check(zip).problem()).as(zip.toString()).isNull();
        try (var z = new java.util.zip.ZipFile(zip.toFile())) {
          for (var e : JSON.readTree(z.getInputStream(z.getEntry("records.json"))).path("entries")) {
            packed.merge(e.path("id").asText(), 1, Integer::sum);
          }
        }
      }
    }
    // nothing lost: every entry is in a whole package (one written before its batch was recorded may carry
    // entries again; the province stores an id once)
    assertThat(packed.keySet()).containsAll(all);
  }
}
