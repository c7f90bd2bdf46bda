package cn.suiji.joint.remote;

import cn.suiji.joint.domain.JointHeader;
import cn.suiji.shared.BoundedRead;
import cn.suiji.shared.SuijiException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A joint package (docs/joint-package.md): a ZIP of named files and {@code manifest.json}, which
 * holds the {@link JointHeader} and every other file's name, size and SHA-256 — the approach of
 * the exchange package (ADR 0024), kept apart so the two formats can change on their own. Writing
 * goes to {@code .part}, forced to disk, then renamed: a package under its name is always whole.
 * Reading checks every hash, that no file is missing, unlisted or there twice, and never throws
 * anything but a {@link SuijiException} naming the file at fault.
 */
public final class JointPackage {
  public static final String MANIFEST = "manifest.json";
  public static final int FORMAT = 1;
  /** A file in a package larger than this is refused unread (a ZIP bomb, not a county's task). */
  private static final long MAX_FILE = 256L << 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A package read and checked: its header, its manifest's SHA-256 and its files (manifest left out). */
  public record Opened(JointHeader header, String manifestSha256, Map<String, byte[]> files) {
    public Opened {
      files = Map.copyOf(files);
    }

    /** A listed file's bytes; the manifest's files were checked, so a missing one is the wrong kind of package. */
    public byte[] file(String name) {
      byte[] bytes = files.get(name);
      if (bytes == null) {
        throw new SuijiException("joint.package.missing", name);
      }
      return bytes;
    }
  }

  /** The package written: where, and its manifest's SHA-256. */
  public record Written(Path file, String manifestSha256) {}

  private JointPackage() {}

  /** Writes {@code files} (name → bytes, in that order) and the manifest for {@code header} as {@code out}. */
  public static Written write(Path out, JointHeader header, Map<String, byte[]> files) {
    Path part = out.resolveSibling(out.getFileName() + ".part");
    byte[] manifest = manifest(header, files);
    try {
      if (out.toAbsolutePath().getParent() != null) {
        Files.createDirectories(out.toAbsolutePath().getParent());
      }
      try (OutputStream file = Files.newOutputStream(part); ZipOutputStream zip = new ZipOutputStream(file)) {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
          zip.putNextEntry(new ZipEntry(f.getKey()));
          zip.write(f.getValue());
          zip.closeEntry();
        }
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(manifest);
        zip.closeEntry();
      }
      try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      Files.move(part, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(part);
      } catch (IOException ignored) {
        // the write failed already; that failure is the one to report
      }
      throw new SuijiException(e, "joint.package.cannotWrite", out, e.getMessage());
    }
    return new Written(out, sha256(manifest));
  }

  /**
   * Reads and checks {@code zipFile}: every listed file there with its size and SHA-256, no other
   * file, none twice, the manifest's format and header readable.
   *
   * @throws SuijiException the first problem, naming the file
   */
  public static Opened read(Path zipFile) {
    if (!Files.isRegularFile(zipFile)) {
      throw new SuijiException("joint.package.noFile", zipFile);
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(zipFile), StandardCharsets.UTF_8)) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (e.isDirectory()) {
          continue;
        }
        if (files.containsKey(e.getName())) {
          throw new SuijiException("joint.package.twice", e.getName());
        }
        byte[] bytes = BoundedRead.atMost(zip, MAX_FILE);
        if (bytes == null) {
          throw new SuijiException("joint.package.tooLarge", e.getName());
        }
        files.put(e.getName(), bytes);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new SuijiException(e, "joint.package.notZip", zipFile.getFileName(), String.valueOf(e.getMessage()));
    }
    byte[] manifestBytes = files.remove(MANIFEST);
    if (manifestBytes == null) {
      throw new SuijiException("joint.package.noManifest", zipFile.getFileName());
    }
    JsonNode manifest;
    try {
      manifest = JSON.readTree(manifestBytes);
    } catch (IOException e) {
      throw new SuijiException(e, "joint.package.badJson", MANIFEST, e.getMessage());
    }
    if (manifest == null || manifest.path("format").asInt(0) != FORMAT) {
      throw new SuijiException("joint.package.format", MANIFEST, FORMAT);
    }
    Map<String, JsonNode> listed = new LinkedHashMap<>();
    for (JsonNode f : manifest.path("files")) {
      String name = f.path("name").asText("");
      listed.put(name, f);
      byte[] bytes = files.get(name);
      if (bytes == null) {
        throw new SuijiException("joint.package.missing", name);
      }
      if (bytes.length != f.path("size").asLong(-1) || !sha256(bytes).equals(f.path("sha256").asText())) {
        throw new SuijiException("joint.package.hash", name);
      }
    }
    for (String name : files.keySet()) {
      if (!listed.containsKey(name)) {
        throw new SuijiException("joint.package.unlisted", name);
      }
    }
    return new Opened(header(manifest), sha256(manifestBytes), files);
  }

  static byte[] manifest(JointHeader h, Map<String, byte[]> files) {
    ObjectNode m = JSON.createObjectNode();
    m.put("format", FORMAT);
    m.put("kind", h.kind().value());
    m.put("county", h.county());
    m.putObject("lead").put("code", h.leadCode()).put("name", h.leadName());
    m.putObject("partner").put("code", h.partnerCode()).put("name", h.partnerName());
    m.putObject("task").put("code", h.taskCode()).put("name", h.taskName())
        .put("start", h.startDate().toString()).put("end", h.endDate().toString());
    m.put("draw", h.drawId());
    m.put("createdAt", h.createdAt().toString());
    ArrayNode list = m.putArray("files");
    files.forEach((name, bytes) -> list.addObject().put("name", name).put("size", bytes.length).put("sha256", sha256(bytes)));
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(m);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JointHeader header(JsonNode m) {
    JointHeader.Kind kind = JointHeader.Kind.of(m.path("kind").asText(""));
    if (kind == null) {
      throw new SuijiException("joint.package.kind", m.path("kind").asText(""));
    }
    try {
      return new JointHeader(kind, m.path("county").asText(""), text(m.path("lead").path("code")),
          text(m.path("lead").path("name")), text(m.path("partner").path("code")), text(m.path("partner").path("name")),
          text(m.path("task").path("code")), text(m.path("task").path("name")),
          LocalDate.parse(text(m.path("task").path("start"))), LocalDate.parse(text(m.path("task").path("end"))),
          m.path("draw").asLong(0), OffsetDateTime.parse(text(m.path("createdAt"))));
    } catch (java.time.format.DateTimeParseException | IllegalArgumentException e) {
      throw new SuijiException(e, "joint.package.badJson", MANIFEST, e.getMessage());
    }
  }

  private static String text(JsonNode n) {
    if (!n.isTextual() || n.asText().isBlank()) {
      throw new IllegalArgumentException(n.toString());
    }
    return n.asText();
  }

  /** Lower-case hex SHA-256 of the bytes. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
