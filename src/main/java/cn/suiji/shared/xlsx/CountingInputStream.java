package cn.suiji.shared.xlsx;

import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it: reports them to a {@link Progress} (and checks cancel)
 * every 64 KiB, and refuses with {@code xlsx.error.tooLarge} once more than {@code limit}
 * bytes came through, so a hostile part is stopped while it streams, whatever its header says.
 */
final class CountingInputStream extends FilterInputStream {
  private static final long REPORT_EVERY = 64 * 1024;

  private final long limit;
  private final long total;
  private final Progress progress;
  private final String fileName;
  private final String what;
  private long count;
  private long nextReport = REPORT_EVERY;

  /**
   * @param total what the progress bar counts to ({@code -1} if unknown)
   * @param what the part being read, named in a refusal
   */
  CountingInputStream(InputStream in, long limit, long total, Progress progress, String fileName, String what) {
    super(in);
    this.limit = limit;
    this.total = total;
    this.progress = progress;
    this.fileName = fileName;
    this.what = what;
  }

  long count() {
    return count;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      advance(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      advance(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    advance(skipped);
    return skipped;
  }

  private void advance(long n) {
    count += n;
    if (count > limit) {
      throw new SuijiException("xlsx.error.tooLarge", fileName,
          Messages.msg("xlsx.reason.partTooLarge", what, String.valueOf(Math.max(1, limit >> 20))));
    }
    if (count >= nextReport) {
      nextReport = count + REPORT_EVERY;
      progress.checkCancelled();
      progress.update(count, Math.max(total, count));
    }
  }
}
