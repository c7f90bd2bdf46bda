package cn.suiji.exchange.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.exchange.domain.EntryState;
import cn.suiji.exchange.domain.OutboxEntry;
import cn.suiji.exchange.remote.ProvinceClient;
import cn.suiji.exchange.remote.ProvinceServer;
import cn.suiji.exchange.remote.ProvinceServer.Fault;
import cn.suiji.inspection.domain.InspectionResult;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads to the province played by {@link ProvinceServer} on 127.0.0.1 over real HTTP: an
 * offline draw and its results arrive exactly once when the network comes back, through 500s,
 * timeouts, replies lost after the province stored the batch, repeated posts and partial rejections.
 */
class UploadTest {
  @TempDir
  Path dir;
  private ExchangeFixture f;
  private ProvinceServer province;
  private final List<Duration> pauses = new ArrayList<>();
  private InspectionResult first;
  private InspectionResult second;

  @BeforeEach
  void offlineCounty() throws Exception {
    f = ExchangeFixture.drawn(dir);
    first = f.result(1, LocalDate.of(2026, 5, 20));
    second = f.result(2, LocalDate.of(2026, 5, 21));
    province = new ProvinceServer(1_500);
  }

  @AfterEach
  void close() {
    province.close();
    f.close();
  }

  private ExchangeService exchange(int attempts) {
    return f.services.exchange().with(new ProvinceClient(
        new ProvinceClient.Policy(attempts, Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofMillis(600)),
        pauses::add));
  }

  private Map<String, OutboxEntry> entries() {
    Map<String, OutboxEntry> out = new HashMap<>();
    f.services.outbox().entries().forEach(e -> out.put(e.key(), e));
    return out;
  }

  private void assertDeliveredExactlyOnce() {
    assertThat(province.stored()).containsOnlyKeys("draw:" + f.drawId, "result:" + first.id(), "result:" + second.id());
    assertThat(province.stored().values()).containsOnly(1);
    assertThat(f.services.outbox().entries()).extracting(OutboxEntry::state).containsOnly(EntryState.ACCEPTED);
  }

  @Test
  void anOfflineDrawAndItsResultsArriveExactlyOnceWhenTheNetworkComesBack() throws Exception {
    URI down;
    try (ProvinceServer gone = new ProvinceServer(0)) {
      down = gone.endpoint();
    }
    assertThatThrownBy(() -> exchange(3).upload(down, Progress.NONE)).isInstanceOf(SuijiException.class)
        .hasFieldOrPropertyWithValue("key", "exchange.upload.unreachable");
    assertThat(f.services.outbox().entries()).extracting(OutboxEntry::state).containsOnly(EntryState.SENT);
    String key = f.services.outbox().lastBatch().orElseThrow().key();

    ExchangeService.UploadOutcome back = exchange(3).upload(province.endpoint(), Progress.NONE);
    assertThat(back.reposted()).isEqualTo(1);
    assertThat(back.accepted()).isEqualTo(3);
    assertThat(province.requests()).containsExactly(key);
    assertDeliveredExactlyOnce();
    assertThat(exchange(3).upload(province.endpoint(), Progress.NONE).batches()).isZero();
    assertThat(province.requests()).hasSize(1);
  }

  @Test
  void a500ATimeoutAndAReplyLostAfterStoringAreRetriedWithTheSameKey() {
    province.then(Fault.ERROR_500, Fault.SLOW_BEFORE_STORING, Fault.LOST_AFTER_STORING);
    ExchangeService.UploadOutcome o = exchange(5).upload(province.endpoint(), Progress.NONE);
    assertThat(o.batches()).isEqualTo(1);
    assertThat(province.requests()).hasSize(4).containsOnly(province.requests().get(0));
    assertDeliveredExactlyOnce();
    assertThat(pauses).hasSize(3);
    // equal jitter: each pause is between half and all of its step (200, 400, 800 ms)
    assertThat(pauses.get(0)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
    assertThat(pauses.get(1)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
    assertThat(pauses.get(2)).isBetween(Duration.ofMillis(400), Duration.ofMillis(800));
    assertThat(f.services.outbox().lastBatch().orElseThrow().hasReceipt()).isTrue();
  }

  @Test
  void aReplyLostAfterStoringIsReconciledByTheNextUpload() {
    province.then(Fault.LOST_AFTER_STORING);
    assertThatThrownBy(() -> exchange(1).upload(province.endpoint(), Progress.NONE))
        .hasFieldOrPropertyWithValue("key", "exchange.upload.unreachable");
    assertThat(province.stored()).hasSize(3); // the province has it; the county does not know yet
    assertThat(f.services.outbox().entries()).extracting(OutboxEntry::state).containsOnly(EntryState.SENT);
    ExchangeService.UploadOutcome o = exchange(1).upload(province.endpoint(), Progress.NONE);
    assertThat(o.reposted()).isEqualTo(1);
    assertThat(province.requests()).hasSize(2).containsOnly(province.requests().get(0));
    assertDeliveredExactlyOnce();
  }

  @Test
  void aPartialRejectionKeepsTheReasonAndTheCorrectionGoesUpAsANewEntry() {
    String bad = "result:" + second.id();
    province.rejectWhen(e -> e.path("id").asText().equals(bad) ? "检查结果代码与检查事项不符" : null);
    ExchangeService.UploadOutcome o = exchange(2).upload(province.endpoint(), Progress.NONE);
    assertThat(o.accepted()).isEqualTo(2);
    assertThat(o.rejected()).isEqualTo(1);
    assertThat(entries().get(bad).state()).isEqualTo(EntryState.REJECTED);
    assertThat(entries().get(bad).reason()).isEqualTo("检查结果代码与检查事项不符");

    InspectionResult fixed = f.services.results().correct(f.draft(second.inspectionId(), LocalDate.of(2026, 5, 21),
        List.of("E")), "代码录错");
    assertThat(entries().get(bad).state()).isEqualTo(EntryState.RESENT);
    ExchangeService.UploadOutcome again = exchange(2).upload(province.endpoint(), Progress.NONE);
    assertThat(again.accepted()).isEqualTo(1);
    assertThat(entries().get("result:" + fixed.id()).state()).isEqualTo(EntryState.ACCEPTED);
    assertThat(province.stored()).doesNotContainKey(bad).containsEntry("result:" + fixed.id(), 1);
  }

  @Test
  void aRefusalThatIsNotTheNetworksIsNotRetried() {
    URI wrong = URI.create(province.endpoint().toString().replace("/batches", "/nothing-here"));
    assertThatThrownBy(() -> exchange(5).upload(wrong, Progress.NONE))
        .hasFieldOrPropertyWithValue("key", "exchange.upload.refused");
    assertThat(pauses).isEmpty();
    assertThat(f.services.outbox().entries()).extracting(OutboxEntry::state).containsOnly(EntryState.SENT);
  }

  @Test
  void aBadEndpointIsRefusedInWords() {
    assertThatThrownBy(() -> f.services.exchange().endpoint("ftp://province"))
        .hasFieldOrPropertyWithValue("key", "exchange.upload.badEndpoint");
    assertThatThrownBy(() -> f.services.exchange().endpoint(null))
        .hasFieldOrPropertyWithValue("key", "exchange.upload.noEndpoint");
    f.services.exchange().saveEndpoint("https://sj.example.gov.cn/api/batches");
    assertThat(f.services.exchange().endpoint(null)).hasToString("https://sj.example.gov.cn/api/batches");
  }
}
