package cn.suiji.exchange.remote;

import cn.suiji.draw.service.RecordCheck;
import cn.suiji.shared.BoundedRead;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.outbox.OutboxKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Checks an exchange package as the receiving side would ({@code suiji exchange verify}): every
 * file the manifest lists is there with its size and SHA-256, no other file rides along (nor a
 * name twice), every entry's payload hashes to its SHA-256, the counts per kind agree, and every
 * carried draw record matches its entry's digest and recomputes (DRAW-SPEC). Stops at the first
 * problem and says it in a sentence; never throws on a bad file.
 */
public final class PackageCheck {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A file in a package larger than this is refused unread (a ZIP bomb, not a county's batch). */
  private static final long MAX_FILE = 1L << 30;

  /** What the check found: the first problem (null when whole), the batch and its counts. */
  public record Result(@Nullable String problem, String batch, Map<OutboxKind, Integer> counts, String manifestSha256) {
    public boolean whole() {
      return problem == null;
    }
  }

  private PackageCheck() {}

  public static Result check(Path zipFile) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(zipFile), StandardCharsets.UTF_8)) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (e.isDirectory()) {
          continue;
        }
        if (files.containsKey(e.getName())) {
          return failed("exchange.verify.twice", e.getName());
        }
        byte[] bytes = BoundedRead.atMost(zip, MAX_FILE);
        if (bytes == null) {
          return failed("exchange.verify.tooLarge", e.getName());
        }
        files.put(e.getName(), bytes);
      }
    } catch (IOException | IllegalArgumentException e) {
      return failed("exchange.verify.notZip", zipFile.getFileName(), e.getMessage());
    }
    if (files.isEmpty()) {
      return failed("exchange.verify.notZip", zipFile.getFileName(), "");
    }
    byte[] manifestBytes = files.remove(PackageWriter.MANIFEST);
    if (manifestBytes == null) {
      return failed("exchange.verify.noManifest");
    }
    JsonNode manifest;
    try {
      manifest = JSON.readTree(manifestBytes);
    } catch (IOException e) {
      return failed("exchange.verify.badJson", PackageWriter.MANIFEST, e.getMessage());
    }
    if (manifest == null || manifest.path("format").asInt(0) != PackageWriter.FORMAT) {
      return failed("exchange.verify.format", PackageWriter.MANIFEST);
    }
    String batch = manifest.path("batch").asText("");
    String manifestSha = Payloads.sha256(manifestBytes);
    Map<String, JsonNode> listed = new HashMap<>();
    for (JsonNode f : manifest.path("files")) {
      String name = f.path("name").asText("");
      listed.put(name, f);
      byte[] bytes = files.get(name);
      if (bytes == null) {
        return failed("exchange.verify.missing", name);
      }
      if (bytes.length != f.path("size").asLong(-1) || !Payloads.sha256(bytes).equals(f.path("sha256").asText())) {
        return failed("exchange.verify.hash", name);
      }
    }
    for (String name : files.keySet()) {
      if (!listed.containsKey(name)) {
        return failed("exchange.verify.unlisted", name);
      }
    }
    byte[] recordBytes = files.get(PackageWriter.RECORDS);
    if (recordBytes == null) {
      return failed("exchange.verify.missing", PackageWriter.RECORDS);
    }
    JsonNode records;
    try {
      records = JSON.readTree(recordBytes);
    } catch (IOException e) {
      return failed("exchange.verify.badJson", PackageWriter.RECORDS, e.getMessage());
    }
    if (!batch.equals(records.path("batch").asText())) {
      return failed("exchange.verify.otherBatch", records.path("batch").asText(), batch);
    }
    Map<OutboxKind, Integer> counts = new EnumMap<>(OutboxKind.class);
    for (OutboxKind k : OutboxKind.values()) {
      counts.put(k, 0);
    }
    int n = 0;
    for (JsonNode e : records.path("entries")) {
      n++;
      String id = e.path("id").asText("");
      OutboxKind kind;
      try {
        kind = OutboxKind.valueOf(e.path("kind").asText(""));
      } catch (IllegalArgumentException x) {
        return failed("exchange.verify.kind", n, id, e.path("kind").asText(""));
      }
      counts.merge(kind, 1, Integer::sum);
      if (!Payloads.sha256(Payloads.canonical(e.path("payload"))).equals(e.path("sha256").asText())) {
        return failed("exchange.verify.payload", n, id);
      }
      if (kind == OutboxKind.DRAW) {
        String name = "draws/draw-" + e.path("payload").path("draw").asLong() + ".json";
        byte[] record = files.get(name);
        if (record == null) {
          return failed("exchange.verify.noDrawRecord", id, name);
        }
        if (!Payloads.sha256(record).equals(e.path("payload").path("recordSha256").asText())) {
          return failed("exchange.verify.drawDigest", id, name);
        }
        String problem = RecordCheck.problem(name, new String(record, StandardCharsets.UTF_8));
        if (problem != null) {
          return new Result(problem, batch, counts, manifestSha);
        }
      }
    }
    for (OutboxKind k : OutboxKind.values()) {
      if (manifest.path("counts").path(k.name()).asInt(-1) != counts.get(k)) {
        return failed("exchange.verify.counts", k.name(), manifest.path("counts").path(k.name()).asText(),
            counts.get(k));
      }
    }
    return new Result(null, batch, counts, manifestSha);
  }

  private static Result failed(String key, Object... args) {
    return new Result(Messages.msg(key, args), "", Map.of(), "");
  }
}
