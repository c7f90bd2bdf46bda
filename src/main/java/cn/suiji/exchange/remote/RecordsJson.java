package cn.suiji.exchange.remote;

import cn.suiji.exchange.domain.OutboxEntry;
import cn.suiji.shared.Progress;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

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
    write(batchKey, each -> {
      entries.forEach(each);
      return entries.size();
    }, out, e -> { }, Progress.NONE);
  }

  /**
   * Writes the entries as they come (a package's, from a cursor), showing each to {@code seen}
   * after it is written; looks at cancel every thousand entries. Returns how many were written.
   */
  public static int write(String batchKey, PackageWriter.Entries entries, OutputStream out,
      Consumer<OutboxEntry> seen, Progress progress) {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeNumberField("format", FORMAT);
      g.writeStringField("batch", batchKey);
      g.writeArrayFieldStart("entries");
      int[] written = {0};
      int n = entries.each(e -> {
        if (++written[0] % 1000 == 0) {
          progress.checkCancelled();
        }
        write(g, e);
        seen.accept(e);
      });
      g.writeEndArray();
      g.writeEndObject();
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(JsonGenerator g, OutboxEntry e) {
    try {
      g.writeStartObject();
      g.writeStringField("id", e.key());
      g.writeStringField("kind", e.kind().name());
      g.writeStringField("subject", e.subject());
      g.writeStringField("sha256", e.sha256());
      g.writeStringField("createdAt", e.createdAt().toString());
      g.writeFieldName("payload");
      g.writeRawValue(e.payload());
      g.writeEndObject();
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }
}
