package cn.suiji.draw.render;

import cn.suiji.draw.domain.Assignment;
import cn.suiji.draw.domain.Conflict;
import cn.suiji.draw.domain.DrawRecord;
import cn.suiji.draw.domain.DrawStatus;
import cn.suiji.draw.domain.InspectorGroup;
import cn.suiji.draw.domain.KeyPool;
import cn.suiji.draw.domain.Stratum;
import cn.suiji.shared.SuijiException;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The exported draw record (DRAW-SPEC §7): one UTF-8 JSON object with exactly the spec's member
 * names, for archiving and for anyone who wants to verify a draw with their own program.
 * {@code createdAt} is ISO-8601 with its offset, {@code status} is {@code "confirmed"} or
 * {@code "voided"}, {@code voidReason} appears only when voided and conflicts are pairs
 * {@code [inspectorKey, objectKey]}. Writing then reading gives an equal record.
 *
 * <p>Reading is strict, because a record is evidence: a missing member, a wrong type, a
 * repeated member name or trailing text is a {@link SuijiException} naming the member. Unknown
 * members are ignored (the spec lists the members a record has "at least").
 */
public final class DrawRecordJson {
  private final ObjectMapper mapper =
      new ObjectMapper(
              JsonFactory.builder()
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** Writes {@code record} to {@code file}, replacing it. */
  public void write(DrawRecord record, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(record, out);
    } catch (IOException | UncheckedIOException e) {
      throw new SuijiException(e, "draw.json.unwritable", file, e.getMessage());
    }
  }

  /** Reads the record in {@code file}. */
  public DrawRecord read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(mapper.readTree(in));
    } catch (JsonProcessingException e) {
      throw new SuijiException(e, "draw.json.notJson", e.getOriginalMessage());
    } catch (IOException e) {
      throw new SuijiException(e, "draw.json.unreadable", file, e.getMessage());
    }
  }

  /** The record as JSON text (the same bytes {@link #write} puts in a file). */
  public String toJson(DrawRecord record) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(record, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * The record's digest (DRAW-SPEC §7): hex SHA-256 of the exact bytes {@link #write} puts in a
   * file, streamed through the hash so a million-key record is never held as text.
   */
  public String digest(DrawRecord record) {
    MessageDigest sha256 = sha256();
    try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha256)) {
      write(record, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  /** Hex SHA-256 of a file's exact bytes: what a printed digest is checked against. */
  public static String fileDigest(Path file) {
    MessageDigest sha256 = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new SuijiException(e, "draw.json.unreadable", file, e.getMessage());
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  /** Hex SHA-256 of a text's UTF-8 bytes (a stored record's digest in older audit entries). */
  public static String textDigest(String text) {
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** The record in {@code json}. */
  public DrawRecord fromJson(String json) {
    try {
      return parse(mapper.readTree(json));
    } catch (JsonProcessingException e) {
      throw new SuijiException(e, "draw.json.notJson", e.getOriginalMessage());
    }
  }

  /**
   * The record as the database keeps it: the same members, compact, but each stratum names
   * its pool by {@code poolHash} and {@code n} instead of listing it — the keys are stored once
   * apart ({@code draw_pool}, see {@link #poolHash}). Never exported: {@link #write} always
   * lists every pool, byte for byte as before.
   */
  public String toStoredJson(DrawRecord record) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4_096 + record.assignments().size() * 96);
    write(record, out, true);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The record in its stored form ({@link #toStoredJson}, or with its pools listed as older rows have). */
  public DrawRecord fromStoredJson(String json, StoredPools pools) {
    try {
      return new DrawRecordReader(mapper.readTree(json), pools).record();
    } catch (JsonProcessingException e) {
      throw new SuijiException(e, "draw.json.notJson", e.getOriginalMessage());
    }
  }

  /**
   * The name a stored pool goes by: SHA-256 of its keys joined with {@code "\n"} in the given
   * order — the DRAW-SPEC §2 pool hash, as the pool is always stored in key order.
   */
  public static String poolHash(List<String> pool) {
    return KeyPool.copyOf(pool).textHash();
  }

  private void write(DrawRecord record, OutputStream out) {
    write(record, out, false);
  }

  private void write(DrawRecord record, OutputStream out, boolean stored) {
    try (JsonGenerator json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      if (!stored) {
        json.useDefaultPrettyPrinter();
      }
      json.writeStartObject();
      json.writeStringField("spec", record.spec());
      json.writeStringField("task", record.task());
      json.writeStringField(
          "createdAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(record.createdAt()));
      json.writeStringField("operator", record.operator());
      writeStrings(json, "witnesses", record.witnesses());
      json.writeArrayFieldStart("strata");
      for (Stratum stratum : record.strata()) {
        json.writeStartObject();
        json.writeStringField("key", stratum.key());
        json.writeNumberField("k", stratum.k());
        if (stored) {
          json.writeNumberField("n", stratum.pool().size());
          json.writeStringField("poolHash", poolHash(stratum.pool()));
        } else {
          writeStrings(json, "pool", stratum.pool());
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("groups");
      for (InspectorGroup group : record.groups()) {
        json.writeStartObject();
        json.writeStringField("key", group.key());
        json.writeNumberField("m", group.m());
        writeStrings(json, "pool", group.pool());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("conflicts");
      for (Conflict conflict : record.conflicts()) {
        json.writeStartArray();
        json.writeString(conflict.inspectorKey());
        json.writeString(conflict.objectKey());
        json.writeEndArray();
      }
      json.writeEndArray();
      json.writeStringField("commitment", record.commitment());
      json.writeStringField("nonce", record.nonce());
      json.writeStringField("entropy", record.entropy());
      json.writeStringField("seed", record.seed());
      writeStrings(json, "selected", record.selected());
      json.writeArrayFieldStart("assignments");
      for (Assignment assignment : record.assignments()) {
        json.writeStartObject();
        json.writeStringField("object", assignment.object());
        writeStrings(json, "inspectors", assignment.inspectors());
        json.writeBooleanField("capRelaxed", assignment.capRelaxed());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeStringField("resultHash", record.resultHash());
      json.writeStringField("status", record.status().name().toLowerCase(Locale.ROOT));
      String voidReason = record.voidReason();
      if (voidReason != null) {
        json.writeStringField("voidReason", voidReason);
      }
      json.writeEndObject();
      if (!stored) {
        json.writeRaw('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeStrings(JsonGenerator json, String name, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  private static DrawRecord parse(JsonNode root) {
    return new DrawRecordReader(root).record();
  }
}
