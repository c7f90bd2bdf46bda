package cn.suiji.shared.audit;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.db.CommitHook;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evidence journal: every audit entry again, with its full before and after text (for a
 * draw, its whole record), appended to a file beside the data file once its transaction has
 * committed and forced to the disk before the change is reported. It is the audit chain's
 * anchor outside the database — an entry edited, added or deleted in the database no longer
 * matches it — and it keeps what a lost transaction carried.
 *
 * <p>One line of JSON per entry; a transaction's lines go in one write, so a kill leaves at most
 * one torn line at the end, which {@link #dropTornTail()} removes. A journal begun on a file that
 * already had entries starts with a line {@code {"start":N,"prevHash":H}}: it covers entries
 * from N on.
 */
public final class AuditJournal implements CommitHook {
  private static final Logger LOG = LoggerFactory.getLogger(AuditJournal.class);

  /**
   * Jackson is loaded when the journal is first written or read, not when the file is opened:
   * its classes took 0.37 s of a 2-core start to the home page, which a clean open never uses.
   */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private final @Nullable Path file;
  private final ThreadLocal<List<ObjectNode>> staged = ThreadLocal.withInitial(ArrayList::new);
  private @Nullable Runnable onFailure;

  private AuditJournal(@Nullable Path file) {
    this.file = file;
  }

  /** The journal kept in {@code file} (created when absent). */
  public static AuditJournal at(Path file) {
    return new AuditJournal(file);
  }

  /** No journal: for a database kept in memory. */
  public static AuditJournal none() {
    return new AuditJournal(null);
  }

  /** The journal's file; only for a kept journal. */
  Path file() {
    return java.util.Objects.requireNonNull(file);
  }

  public boolean isKept() {
    return file != null;
  }

  /** Called when an append fails after its transaction committed (the next open must check). */
  public void onFailure(Runnable action) {
    this.onFailure = action;
  }

  /** Holds an entry of the current thread's transaction until it commits. */
  void stage(AuditEntry entry, @Nullable String before, @Nullable String after) {
    if (file != null) {
      ObjectNode line = toJson(entry);
      line.put("before", before);
      line.put("after", after);
      staged.get().add(line);
    }
  }

  @Override
  public void committed() {
    List<ObjectNode> lines = staged.get();
    if (lines.isEmpty() || file == null) {
      return;
    }
    try {
      append(lines);
    } catch (SuijiException e) {
      if (onFailure != null) {
        onFailure.run();
      }
      throw e;
    } finally {
      lines.clear();
    }
  }

  @Override
  public void rolledBack() {
    staged.get().clear();
  }

  @Override
  public int mark() {
    return staged.get().size();
  }

  @Override
  public void rolledBackTo(int mark) {
    List<ObjectNode> lines = staged.get();
    if (lines.size() > mark) {
      lines.subList(mark, lines.size()).clear();
    }
  }

  /** Appends entries the database holds but the journal lost (a kill between commit and append), without payload. */
  void adopt(List<AuditEntry> entries) {
    List<ObjectNode> lines = new ArrayList<>();
    for (AuditEntry e : entries) {
      ObjectNode line = toJson(e);
      line.put("adopted", true);
      lines.add(line);
    }
    append(lines);
  }

  /** Starts the journal of a file whose chain already has entries up to {@code seq}. */
  void startAfter(long seq, String hash) {
    ObjectNode start = Json.MAPPER.createObjectNode();
    start.put("start", seq + 1);
    start.put("prevHash", hash);
    append(List.of(start));
  }

  /** True when the file exists and holds at least one line. */
  boolean exists() {
    try {
      return file != null && Files.exists(file) && Files.size(file) > 0;
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private void append(List<ObjectNode> lines) {
    Path f = java.util.Objects.requireNonNull(file);
    StringBuilder text = new StringBuilder();
    try {
      for (ObjectNode line : lines) {
        text.append(Json.MAPPER.writeValueAsString(line)).append('\n');
      }
      try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.APPEND)) {
        ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          ch.write(bytes);
        }
        ch.force(true);
      }
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * Removes a last line that a kill cut short (no line end, or not JSON); returns whether one
   * was removed. Only the last line can be torn: every append ends with a line end.
   */
  boolean dropTornTail() {
    if (file == null || !Files.exists(file)) {
      return false;
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long size = ch.size();
      if (size == 0) {
        return false;
      }
      long keep = lastLineEnd(ch, size);
      if (keep == size) {
        return false;
      }
      LOG.warn("Dropping a torn last line of {} ({} bytes)", file, size - keep);
      ch.truncate(keep);
      ch.force(true);
      return true;
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** The length of the file up to and including its last complete line end. */
  private static long lastLineEnd(FileChannel ch, long size) throws IOException {
    ByteBuffer one = ByteBuffer.allocate(1);
    for (long pos = size - 1; pos >= 0; pos--) {
      one.clear();
      ch.read(one, pos);
      if (one.get(0) == '\n') {
        return pos + 1;
      }
    }
    return 0;
  }

  /** The lines in order, read as they are asked for; empty when there is no journal file. */
  Reader reader() {
    try {
      return new Reader(file == null || !Files.exists(file) ? null
          : new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** Reads the journal line by line. */
  final class Reader implements AutoCloseable {
    private final @Nullable BufferedReader in;
    private long number;

    private Reader(@Nullable BufferedReader in) {
      this.in = in;
    }

    /** The next line, or null at the end. */
    @Nullable Line next() {
      if (in == null) {
        return null;
      }
      try {
        String text = in.readLine();
        return text == null ? null : parse(++number, text);
      } catch (IOException e) {
        throw failure(e);
      }
    }

    @Override
    public void close() {
      try {
        if (in != null) {
          in.close();
        }
      } catch (IOException e) {
        LOG.warn("Could not close {}", file, e);
      }
    }
  }

  /** Offers each line in order until the consumer returns false. */
  void forEach(Predicate<Line> consumer) {
    if (file == null || !Files.exists(file)) {
      return;
    }
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
      long number = 0;
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        number++;
        if (!consumer.test(parse(number, text))) {
          return;
        }
      }
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * The before and after text kept for entry {@code seq}, for the log screen's detail. Lines are
   * in sequence order and each begins with its number, so only the matching line is parsed.
   */
  public java.util.Optional<Payload> payloadOf(long seq) {
    if (file == null || !Files.exists(file)) {
      return java.util.Optional.empty();
    }
    String prefix = "{\"seq\":" + seq + ",";
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        if (text.startsWith(prefix)) {
          Line line = parse(0, text);
          return line.entry() == null || line.adopted() ? java.util.Optional.empty()
              : java.util.Optional.of(new Payload(line.before(), line.after()));
        }
      }
      return java.util.Optional.empty();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** The full text of an entity before and after one change, as the journal kept it. */
  public record Payload(@Nullable String before, @Nullable String after) {}

  private static Line parse(long number, String text) {
    try {
      JsonNode n = Json.MAPPER.readTree(text);
      if (n.has("start")) {
        return new Line(number, null, n.get("start").asLong(), n.get("prevHash").asText(), null, null, false);
      }
      AuditEntry e = new AuditEntry(n.get("seq").asLong(), Instant.ofEpochMilli(n.get("at").asLong()),
          n.get("user").asText(), n.get("action").asText(), n.get("entity").asText(), text(n, "entityId"),
          text(n, "beforeDigest"), text(n, "afterDigest"), text(n, "detail"), n.get("prevHash").asText(),
          n.get("hash").asText());
      return new Line(number, e, 0, null, text(n, "before"), text(n, "after"), n.path("adopted").asBoolean(false));
    } catch (IOException | RuntimeException e) {
      return new Line(number, null, 0, null, null, null, false);
    }
  }

  private static @Nullable String text(JsonNode n, String name) {
    JsonNode v = n.get(name);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static ObjectNode toJson(AuditEntry e) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("seq", e.seq());
    n.put("at", e.at().toEpochMilli());
    n.put("user", e.user());
    n.put("action", e.action());
    n.put("entity", e.entity());
    n.put("entityId", e.entityId());
    n.put("beforeDigest", e.beforeDigest());
    n.put("afterDigest", e.afterDigest());
    n.put("detail", e.detail());
    n.put("prevHash", e.prevHash());
    n.put("hash", e.hash());
    return n;
  }

  private SuijiException failure(IOException e) {
    LOG.error("The audit journal {} could not be written or read", file, e);
    return new SuijiException(e, "audit.journal.ioError", String.valueOf(file), e.getMessage());
  }

  /**
   * One line of the journal: an entry with its payload, a start line ({@code entry} null,
   * {@code start} > 0), or a line that does not read ({@code entry} null, {@code start} 0).
   */
  record Line(long number, @Nullable AuditEntry entry, long start, @Nullable String startPrevHash,
      @Nullable String before, @Nullable String after, boolean adopted) {
    boolean unreadable() {
      return entry == null && start == 0;
    }
  }
}
