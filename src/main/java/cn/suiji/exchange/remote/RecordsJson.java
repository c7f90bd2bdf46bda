package cn.suiji.exchange.remote;

import cn.suiji.exchange.domain.OutboxEntry;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code records.json} of a package and the body of an HTTP post (docs/exchange-protocol.md):
 * the batch's key and every entry with its key, kind, subject, SHA-256, creation time and the
 * payload exactly as hashed.
 */
public final class RecordsJson {
  public static final int FORMAT = 1;
  private static final JsonFactory FACTORY = new JsonFactory();

  private RecordsJson() {}

  public static byte[] bytes(String batchKey, List<OutboxEntry> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 + entries.size() * 400);
    write(batchKey, entries, out);
    return out.toByteArray();
  }

  public static void write(String batchKey, List<OutboxEntry> entries, OutputStream out) {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeNumberField("format", FORMAT);
      g.writeStringField("batch", batchKey);
      g.writeArrayFieldStart("entries");
      for (OutboxEntry e : entries) {
        g.writeStartObject();
        g.writeStringField("id", e.key());
        g.writeStringField("kind", e.kind().name());
        g.writeStringField("subject", e.subject());
        g.writeStringField("sha256", e.sha256());
        g.writeStringField("createdAt", e.createdAt().toString());
        g.writeFieldName("payload");
        g.writeRawValue(e.payload());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
