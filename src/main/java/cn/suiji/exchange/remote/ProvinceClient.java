package cn.suiji.exchange.remote;

import cn.suiji.exchange.domain.Receipt;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;

/**
 * Posts a batch to the province's endpoint (docs/exchange-protocol.md §HTTP) with its
 * idempotency key and reads the receipt in the reply. A 5xx, a 429, a timeout or a broken
 * connection is tried again after a growing, jittered pause (equal jitter: half the step fixed,
 * half random); any other refusal is not. The same key and the same body go every time, so a
 * reply lost after the province stored the batch is answered from its store, never stored twice.
 */
public final class ProvinceClient {
  private static final Logger LOG = LoggerFactory.getLogger(ProvinceClient.class);
  public static final String KEY_HEADER = "Idempotency-Key";

  /** How often and how patiently to try. */
  public record Policy(int attempts, Duration firstPause, Duration maxPause, Duration timeout) {
    public static final Policy STANDARD = new Policy(6, Duration.ofMillis(500), Duration.ofSeconds(15),
        Duration.ofSeconds(30));
  }

  /** Waits between attempts; tests pass one that only records the pauses. */
  public interface Pause {
    Pause REAL = d -> LockSupport.parkNanos(d.toNanos());

    void sleep(Duration d);
  }

  /** The receipt and how many posts it took. */
  public record Reply(Receipt receipt, int attempts) {}

  /** Built on the first send: a client starts a selector thread and loads java.net.http, which a start that uploads nothing need not wait for. */
  private @Nullable HttpClient http;
  private final Policy policy;
  private final Pause pause;

  public ProvinceClient(Policy policy, Pause pause) {
    this.policy = policy;
    this.pause = pause;
  }

  private synchronized HttpClient http() {
    HttpClient h = http;
    if (h == null) {
      h = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(policy.timeout()).build();
      http = h;
    }
    return h;
  }

  /**
   * Posts the batch until a receipt comes back.
   *
   * @throws SuijiException {@code exchange.upload.refused} (a 4xx: not tried again),
   *     {@code exchange.upload.unreachable} (every attempt failed), {@code exchange.upload.wrongBatch},
   *     a receipt's problem, or {@link Progress.CancelledException}
   */
  public Reply post(URI endpoint, String batchKey, byte[] body, Progress progress) {
    String last = "";
    for (int attempt = 1; attempt <= policy.attempts(); attempt++) {
      progress.checkCancelled();
      if (attempt > 1) {
        pause.sleep(pauseBefore(attempt));
        progress.checkCancelled();
      }
      HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(policy.timeout())
          .header("Content-Type", "application/json; charset=utf-8").header(KEY_HEADER, batchKey)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
      HttpResponse<String> response;
      try {
        // join, not send: the wait is bounded by the request's timeout and needs no thread interrupt
        response = http().sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).join();
      } catch (CompletionException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (!(cause instanceof IOException)) {
          throw e;
        }
        last = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        LOG.info("Batch {} attempt {}: {}", batchKey, attempt, last);
        continue;
      }
      int status = response.statusCode();
      if (status == 200) {
        Receipt receipt = ReceiptJson.parse(response.body(), endpoint.toString());
        if (!receipt.batchKey().equals(batchKey)) {
          throw new SuijiException("exchange.upload.wrongBatch", endpoint, receipt.batchKey(), batchKey);
        }
        return new Reply(receipt, attempt);
      }
      last = "HTTP " + status;
      LOG.info("Batch {} attempt {}: {}", batchKey, attempt, last);
      if (status < 500 && status != 429) {
        String text = response.body() == null ? "" : response.body();
        throw new SuijiException("exchange.upload.refused", endpoint, status, text.length() > 200 ? text.substring(0, 200) : text);
      }
    }
    throw new SuijiException("exchange.upload.unreachable", endpoint, policy.attempts(), last);
  }

  /** The pause before the attempt (from 2): first × 2^(attempt−2), at most max, half of it random. */
  Duration pauseBefore(int attempt) {
    long step = Math.min(policy.maxPause().toMillis(), policy.firstPause().toMillis() << Math.min(20, attempt - 2));
    long half = step / 2;
    return Duration.ofMillis(half + (half == 0 ? 0 : ThreadLocalRandom.current().nextLong(half + 1)));
  }
}
