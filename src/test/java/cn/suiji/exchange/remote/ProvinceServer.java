package cn.suiji.exchange.remote;

import cn.suiji.exchange.domain.Receipt;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The province, played on the loopback address with real HTTP (docs/exchange-protocol.md): stores
 * each batch's receipt under its idempotency key and each accepted entry once, answers a repeated
 * key from its store, checks every entry's digest, and rejects what {@link #rejectWhen} says.
 * Faults are queued per request: a 500 before storing, a reply slower than the client waits
 * before storing, or the reply lost after storing (the connection closed without an answer).
 */
public final class ProvinceServer implements AutoCloseable {
  /** What the next request meets. */
  public enum Fault { NONE, ERROR_500, SLOW_BEFORE_STORING, LOST_AFTER_STORING, SLOW_AFTER_STORING }

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpServer server;
  private final Deque<Fault> faults = new ArrayDeque<>();
  private final Map<String, String> receipts = new HashMap<>();
  private final Map<String, Integer> stored = new HashMap<>();
  private final List<String> requests = new ArrayList<>();
  private final long slowMillis;
  private Function<JsonNode, @Nullable String> rejectWhen = e -> null;
  private double faultRate;
  private java.util.Random random = new java.util.Random(14);

  /** @param slowMillis how long a slow reply takes (longer than the client's timeout) */
  public ProvinceServer(long slowMillis) throws IOException {
    this.slowMillis = slowMillis;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/batches", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/batches");
  }

  public synchronized ProvinceServer then(Fault... next) {
    faults.addAll(List.of(next));
    return this;
  }

  /** Besides the queued faults, each request meets a random one (500, slow or lost) with this chance. */
  public synchronized ProvinceServer faultRate(double rate, long seed) {
    this.faultRate = rate;
    this.random = new java.util.Random(seed);
    return this;
  }

  /** Rejects an entry (its JSON) with the reason returned, or accepts it when null. */
  public synchronized ProvinceServer rejectWhen(Function<JsonNode, @Nullable String> rule) {
    this.rejectWhen = rule;
    return this;
  }

  /** How many times each entry id was stored (exactly once is the promise). */
  public synchronized Map<String, Integer> stored() {
    return Map.copyOf(stored);
  }

  /** The idempotency key of every request, in order. */
  public synchronized List<String> requests() {
    return List.copyOf(requests);
  }

  private Fault nextFault() {
    synchronized (this) {
      if (!faults.isEmpty()) {
        return faults.poll();
      }
      if (faultRate > 0 && random.nextDouble() < faultRate) {
        return Fault.values()[1 + random.nextInt(3)];
      }
      return Fault.NONE;
    }
  }

  private void handle(HttpExchange x) throws IOException {
    try (x) {
      String key = x.getRequestHeaders().getFirst("Idempotency-Key");
      byte[] body = x.getRequestBody().readAllBytes();
      synchronized (this) {
        requests.add(key);
      }
      if (!"POST".equals(x.getRequestMethod()) || key == null || key.isBlank()) {
        reply(x, 400, "{\"error\":\"POST with an Idempotency-Key\"}");
        return;
      }
      Fault fault = nextFault();
      if (fault == Fault.ERROR_500) {
        reply(x, 500, "{\"error\":\"busy\"}");
        return;
      }
      if (fault == Fault.SLOW_BEFORE_STORING) {
        sleep(slowMillis);
        reply(x, 503, "{\"error\":\"too late\"}");
        return;
      }
      String receipt = store(key, body);
      if (receipt == null) {
        reply(x, 400, "{\"error\":\"not a batch\"}");
        return;
      }
      if (fault == Fault.SLOW_AFTER_STORING) {
        sleep(slowMillis); // stored; the answer comes late (a client killed meanwhile never hears it)
      }
      if (fault == Fault.LOST_AFTER_STORING) {
        return; // stored, but the client hears nothing: the connection closes without an answer
      }
      reply(x, 200, receipt);
    }
  }

  /** Stores the batch once per key (a repeated key gets the first answer) and each accepted entry once. */
  private synchronized @Nullable String store(String key, byte[] body) {
    String known = receipts.get(key);
    if (known != null) {
      return known;
    }
    JsonNode batch;
    try {
      batch = JSON.readTree(body);
    } catch (IOException e) {
      return null;
    }
    if (!key.equals(batch.path("batch").asText())) {
      return null;
    }
    List<Receipt.Line> lines = new ArrayList<>();
    for (JsonNode e : batch.path("entries")) {
      String id = e.path("id").asText();
      String reason = Payloads.sha256(Payloads.canonical(e.path("payload"))).equals(e.path("sha256").asText())
          ? rejectWhen.apply(e) : "内容摘要不符";
      if (reason == null) {
        stored.merge(id, 1, Integer::sum); // counted per new batch: a second count is a duplicate delivery
        lines.add(new Receipt.Line(id, true, null));
      } else {
        lines.add(new Receipt.Line(id, false, reason));
      }
    }
    String receipt = ReceiptJson.write(new Receipt(key, "2026-11-20T10:00:00+08:00", lines));
    receipts.put(key, receipt);
    return receipt;
  }

  private static void reply(HttpExchange x, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    x.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
