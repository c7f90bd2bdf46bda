package cn.suiji.cli.bench;

import cn.suiji.exchange.domain.Receipt;
import cn.suiji.exchange.remote.Payloads;
import cn.suiji.exchange.remote.ReceiptJson;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * The province for {@code suiji bench exchange}, on the loopback address with real HTTP (the
 * protocol of docs/exchange-protocol.md, as the test province plays it): stores each batch's
 * receipt under its idempotency key and each entry once, recomputes every entry's digest, and
 * meets a share of the requests with a fault — a 500 before storing, a reply slower than the
 * client waits (before storing), or the reply lost after storing.
 */
final class BenchProvince implements AutoCloseable {
  enum Fault { NONE, ERROR_500, SLOW_BEFORE_STORING, LOST_AFTER_STORING }

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpServer server;
  private final Map<String, String> receipts = new HashMap<>();
  private final Map<String, Integer> stored = new HashMap<>();
  private final Map<Fault, Integer> met = new HashMap<>();
  private final double faultRate;
  private final long slowMillis;
  private final Random random;
  private int requests;
  private int badDigests;

  BenchProvince(double faultRate, long slowMillis, long seed) throws IOException {
    this.faultRate = faultRate;
    this.slowMillis = slowMillis;
    this.random = new Random(seed);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/batches", this::handle);
    server.setExecutor(null); // one dispatcher thread: the client posts one batch at a time
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/batches");
  }

  /** How many times each entry id was stored: exactly once is the promise. */
  synchronized Map<String, Integer> stored() {
    return Map.copyOf(stored);
  }

  synchronized int requests() {
    return requests;
  }

  synchronized int faults(Fault f) {
    return met.getOrDefault(f, 0);
  }

  synchronized int badDigests() {
    return badDigests;
  }

  private synchronized Fault nextFault() {
    requests++;
    Fault f = faultRate > 0 && random.nextDouble() < faultRate ? Fault.values()[1 + random.nextInt(3)] : Fault.NONE;
    met.merge(f, 1, Integer::sum);
    return f;
  }

  private void handle(HttpExchange x) throws IOException {
    try (x) {
      String key = x.getRequestHeaders().getFirst("Idempotency-Key");
      byte[] body = x.getRequestBody().readAllBytes();
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
        LockSupport.parkNanos(slowMillis * 1_000_000L);
        reply(x, 503, "{\"error\":\"too late\"}");
        return;
      }
      String receipt = store(key, body);
      if (receipt == null) {
        reply(x, 400, "{\"error\":\"not a batch\"}");
        return;
      }
      if (fault == Fault.LOST_AFTER_STORING) {
        return; // stored, but the connection closes without an answer
      }
      reply(x, 200, receipt);
    }
  }

  private @Nullable String store(String key, byte[] body) {
    synchronized (this) {
      String known = receipts.get(key);
      if (known != null) {
        return known;
      }
    }
    JsonNode batch;
    try {
      batch = JSON.readTree(body);
    } catch (IOException e) {
      return null;
    }
    if (batch == null || !key.equals(batch.path("batch").asText())) {
      return null;
    }
    List<Receipt.Line> lines = new ArrayList<>();
    int bad = 0;
    for (JsonNode e : batch.path("entries")) {
      String id = e.path("id").asText();
      if (Payloads.sha256(Payloads.canonical(e.path("payload"))).equals(e.path("sha256").asText())) {
        lines.add(new Receipt.Line(id, true, null));
      } else {
        bad++;
        lines.add(new Receipt.Line(id, false, "内容摘要不符"));
      }
    }
    String receipt = ReceiptJson.write(new Receipt(key, "2026-11-20T10:00:00+08:00", lines));
    synchronized (this) {
      String known = receipts.get(key);
      if (known != null) {
        return known; // the same key posted twice at once: the first stored answers both
      }
      receipts.put(key, receipt);
      badDigests += bad;
      for (Receipt.Line l : lines) {
        if (l.accepted()) {
          stored.merge(l.key(), 1, Integer::sum);
        }
      }
      return receipt;
    }
  }

  private static void reply(HttpExchange x, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    x.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
