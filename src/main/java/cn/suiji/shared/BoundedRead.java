package cn.suiji.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Reads a stream whole, but no more than a limit: a file inside a ZIP from outside (an exchange
 * or joint package) says its own size, and a hostile one could say anything — the bytes are
 * counted as they come, and reading stops past the limit.
 */
public final class BoundedRead {
  private BoundedRead() {}

  /** The stream's bytes to its end, or {@code null} once more than {@code max} came through. */
  public static byte @Nullable [] atMost(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    long total = 0;
    int r;
    while ((r = in.read(buf)) > 0) {
      total += r;
      if (total > max) {
        return null;
      }
      out.write(buf, 0, r);
    }
    return out.toByteArray();
  }
}
