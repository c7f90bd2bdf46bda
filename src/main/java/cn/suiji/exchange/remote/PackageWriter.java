package cn.suiji.exchange.remote;

import cn.suiji.exchange.domain.OutboxEntry;
import cn.suiji.shared.Progress;
import cn.suiji.shared.outbox.OutboxKind;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Writes one exchange package (docs/exchange-protocol.md §Package): {@code records.json}, the
 * platform's import workbook of the same entries ({@code workbook.xlsx}, when asked for), each
 * carried draw's record as {@code draws/draw-ID.json} and as printed ({@code draws/draw-ID.pdf}),
 * then {@code manifest.json} listing every other file with its SHA-256. The file is written, forced to disk and only then given its name
 * (from {@code .part}), so a package under its name is always whole.
 */
public final class PackageWriter {
  public static final String MANIFEST = "manifest.json";
  public static final String RECORDS = "records.json";
  public static final String WORKBOOK = "workbook.xlsx";
  public static final int FORMAT = 1;
  private static final String DEPARTMENT = "\"department\":\"";

  /** Who sends the package, for its manifest (the departments are read from the entries). */
  public record Header(String batchKey, String county, OffsetDateTime createdAt) {}

  /** A file listed in the manifest. */
  public record Listed(String name, long size, String sha256) {}

  /** The package written: where, its manifest's SHA-256 (printed on the 交接单), and how many entries it holds. */
  public record Written(Path file, String manifestSha256, List<Listed> files, int entries) {}

  /** The entries to write, handed over one at a time (from a database cursor); returns how many. */
  public interface Entries {
    int each(Consumer<OutboxEntry> entry);
  }

  private PackageWriter() {}

  /** A package without workbook and draw PDFs (the format as first built). */
  public static Written write(Path dir, Header header, Entries entries, Map<Long, String> draws, Progress progress)
      throws IOException {
    return write(dir, header, entries, draws, Map.of(), null, progress);
  }

  /**
   * Writes the package as {@code dir/KEY.zip}; {@code draws} maps a draw's id to its exported
   * record, {@code pdfs} to its printed record; {@code workbook}, when given, is filled from the
   * same entries as {@code records.json} (one read) and put in as {@code workbook.xlsx}. Cancel is
   * looked at every thousand entries; a package not finished leaves no file.
   */
  public static Written write(Path dir, Header header, Entries entries, Map<Long, String> draws, Map<Long, byte[]> pdfs,
      PlatformWorkbook.@Nullable Builder workbook, Progress progress) throws IOException {
    Files.createDirectories(dir);
    Path target = dir.resolve(header.batchKey() + ".zip");
    Path part = dir.resolve(header.batchKey() + ".zip.part");
    List<Listed> listed = new ArrayList<>();
    Map<OutboxKind, Integer> counts = new EnumMap<>(OutboxKind.class);
    SortedSet<String> departments = new TreeSet<>();
    byte[] manifest;
    int n;
    try {
      try (OutputStream file = Files.newOutputStream(part);
          ZipOutputStream zip = new ZipOutputStream(new java.io.BufferedOutputStream(file, 1 << 16))) {
        zip.setLevel(1); // records are repetitive JSON: the fastest level already shrinks them several times
        zip.putNextEntry(new ZipEntry(RECORDS));
        Counting records = new Counting(zip);
        n = RecordsJson.write(header.batchKey(), entries, records, e -> {
          if (workbook != null) {
            workbook.add(e);
          }
          counts.merge(e.kind(), 1, Integer::sum);
          String department = department(e.payload());
          if (department != null) {
            departments.add(department);
          }
        }, progress);
        zip.closeEntry();
        listed.add(new Listed(RECORDS, records.size, records.hex()));
        if (workbook != null) {
          progress.checkCancelled();
          // the workbook is a ZIP of parts deflated once already: stored as they are (deflate's level 0)
          zip.setLevel(Deflater.NO_COMPRESSION);
          zip.putNextEntry(new ZipEntry(WORKBOOK));
          Counting book = new Counting(zip);
          workbook.writeTo(book);
          zip.closeEntry();
          zip.setLevel(1);
          listed.add(new Listed(WORKBOOK, book.size, book.hex()));
        }
        for (Map.Entry<Long, String> d : draws.entrySet()) {
          String name = "draws/draw-" + d.getKey() + ".json";
          byte[] bytes = d.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8);
          put(zip, listed, name, bytes);
          byte[] pdf = pdfs.get(d.getKey());
          if (pdf != null) {
            put(zip, listed, "draws/draw-" + d.getKey() + ".pdf", pdf);
          }
        }
        manifest = manifest(header, departments, counts, listed);
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(manifest);
        zip.closeEntry();
      }
      try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
        ch.force(true);
      }
    } catch (UncheckedIOException e) {
      Files.deleteIfExists(part);
      throw e.getCause();
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(part);
      throw e;
    }
    Files.move(part, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return new Written(target, Payloads.sha256(manifest), listed, n);
  }

  private static void put(ZipOutputStream zip, List<Listed> listed, String name, byte[] bytes) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(bytes);
    zip.closeEntry();
    listed.add(new Listed(name, bytes.length, Payloads.sha256(bytes)));
  }

  /**
   * The payload's first {@code "department":"…"} value (canonical JSON: the member as written),
   * found by two {@code indexOf}s (a pattern per entry showed in the profile of a 100,000-entry package).
   */
  public static @Nullable String department(String payload) {
    int at = payload.indexOf(DEPARTMENT);
    if (at < 0) {
      return null;
    }
    int from = at + DEPARTMENT.length();
    int to = payload.indexOf('"', from);
    return to < 0 ? null : payload.substring(from, to);
  }

  private static byte[] manifest(Header header, SortedSet<String> departments, Map<OutboxKind, Integer> entries,
      List<Listed> files) throws IOException {
    Map<OutboxKind, Integer> counts = new EnumMap<>(OutboxKind.class);
    for (OutboxKind k : OutboxKind.values()) {
      counts.put(k, entries.getOrDefault(k, 0));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeNumberField("format", FORMAT);
      g.writeStringField("county", header.county());
      g.writeArrayFieldStart("departments");
      for (String d : departments) {
        g.writeString(d);
      }
      g.writeEndArray();
      g.writeStringField("batch", header.batchKey());
      g.writeStringField("createdAt", header.createdAt().toString());
      g.writeObjectFieldStart("counts");
      for (Map.Entry<OutboxKind, Integer> c : counts.entrySet()) {
        g.writeNumberField(c.getKey().name(), c.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("files");
      for (Listed f : files) {
        g.writeStartObject();
        g.writeStringField("name", f.name());
        g.writeNumberField("size", f.size());
        g.writeStringField("sha256", f.sha256());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  /** Passes bytes on while counting and hashing them; never closes the zip. */
  private static final class Counting extends FilterOutputStream {
    private final MessageDigest digest;
    long size;

    Counting(OutputStream out) {
      super(out);
      try {
        digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      digest.update((byte) b);
      size++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      digest.update(b, off, len);
      size += len;
    }

    @Override
    public void close() {
      // the zip entry is closed by the writer
    }

    String hex() {
      return HexFormat.of().formatHex(digest.digest());
    }
  }
}
