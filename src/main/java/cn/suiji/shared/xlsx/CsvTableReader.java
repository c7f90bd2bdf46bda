package cn.suiji.shared.xlsx;

import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file as a one-sheet table. The encoding is UTF-16 when the file starts with its
 * byte-order mark (what Excel's "Unicode text" writes, tab-separated), else UTF-8 (with or
 * without BOM) if the whole file decodes strictly as UTF-8, otherwise GB18030 (a superset of
 * GBK, which Excel writes for "CSV" on Chinese Windows). Rows are numbered by record, as a
 * spreadsheet shows them.
 */
final class CsvTableReader implements TableReader {
  private static final Charset GBK = Charset.forName("GB18030");

  private final Path file;
  private final String fileName;
  private final ReadLimits limits;
  private @Nullable Charset charset;

  CsvTableReader(Path file, String fileName, ReadLimits limits) {
    this.file = file;
    this.fileName = fileName;
    this.limits = limits;
  }

  @Override
  public String fileName() {
    return fileName;
  }

  @Override
  public List<String> sheetNames() {
    return List.of(fileName);
  }

  /** The encoding the file is read in: UTF-8 or GB18030. */
  Charset charset() {
    try {
      return detect();
    } catch (IOException e) {
      throw new SuijiException(e, "xlsx.error.io", fileName, XlsxErrors.reason(e));
    }
  }

  @Override
  public void read(String sheet, RowHandler handler, Progress progress) {
    if (!sheet.equals(fileName)) {
      throw new SuijiException("xlsx.error.noSheet", fileName, sheet);
    }
    try {
      long size = Files.size(file);
      Charset cs = detect();
      try (InputStream raw = new BufferedInputStream(new CountingInputStream(Files.newInputStream(file),
          Long.MAX_VALUE, size, progress, fileName, "csv"), 64 * 1024)) {
        skipBom(raw, cs);
        Reader reader = new InputStreamReader(raw, cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        new CsvRecords(reader, fileName, limits.maxCellChars()).forEach(handler);
      }
      progress.update(Math.max(size, 1), Math.max(size, 1));
    } catch (IOException e) {
      throw new SuijiException(e, "xlsx.error.io", fileName, XlsxErrors.reason(e));
    }
  }

  /** UTF-16BE or UTF-16LE if {@code head} starts with that byte-order mark; null otherwise. */
  static @Nullable Charset utf16(byte[] head) {
    if (head.length >= 2 && head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (head.length >= 2 && head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** UTF-16 by its mark, else UTF-8 if every byte decodes strictly as UTF-8, GB18030 otherwise; read once, streaming. */
  private Charset detect() throws IOException {
    Charset known = charset;
    if (known != null) {
      return known;
    }
    byte[] head;
    try (InputStream stream = Files.newInputStream(file)) {
      head = stream.readNBytes(2);
    }
    Charset marked = utf16(head);
    if (marked != null) {
      charset = marked;
      return marked;
    }
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(64 * 1024);
    CharBuffer out = CharBuffer.allocate(64 * 1024);
    Charset found = StandardCharsets.UTF_8;
    try (InputStream stream = Files.newInputStream(file)) {
      boolean end = false;
      while (!end) {
        int n = stream.read(in.array(), in.position(), in.remaining());
        end = n < 0;
        if (n > 0) {
          in.position(in.position() + n);
        }
        in.flip();
        if (utf8.decode(in, out, end).isError()) {
          found = GBK;
          break;
        }
        in.compact();
        out.clear();
      }
    } catch (CharacterCodingException e) {
      found = GBK;
    }
    charset = found;
    return found;
  }

  private static void skipBom(InputStream in, Charset cs) throws IOException {
    if (cs.equals(StandardCharsets.UTF_16BE) || cs.equals(StandardCharsets.UTF_16LE)) {
      in.skipNBytes(2);
    } else if (cs.equals(StandardCharsets.UTF_8)) {
      in.mark(3);
      byte[] bom = in.readNBytes(3);
      if (!(bom.length == 3 && bom[0] == (byte) 0xEF && bom[1] == (byte) 0xBB && bom[2] == (byte) 0xBF)) {
        in.reset();
      }
    }
  }

  @Override
  public void close() {
    // nothing held open between reads
  }
}
