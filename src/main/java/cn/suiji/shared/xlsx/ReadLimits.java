package cn.suiji.shared.xlsx;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * How much a file may hold before the reader refuses it as {@code xlsx.error.tooLarge}. The
 * defaults fit a million-row directory in a 256 MB heap; tests pass smaller ones.
 *
 * @param maxSharedStringsBytes uncompressed size of the shared-strings part (the one part that
 *     must be held in memory while a sheet is read): 256 MiB, about three million distinct texts
 * @param maxCellChars longest text of one cell: Excel's own limit is 32,767; a longer cell is
 *     refused naming its row and column (a CSV one as soon as it passes the limit, so a file
 *     without line breaks cannot fill memory)
 */
public record ReadLimits(long maxSharedStringsBytes, int maxCellChars) {
  static final ReadLimits DEFAULT = new ReadLimits(256L << 20, 32_767);

  /** POI's zip-bomb guard: an entry inflating more than 100 times is refused (POI's default). */
  static final double MIN_INFLATE_RATIO = 0.01;
  /**
   * How much of a part is inflated before the ratio check starts (POI's default is 100 KiB).
   * One cell of 40,000 repeated Chinese characters is 120 KB of XML that deflates over 100 times,
   * so with the default it was refused as a zip bomb before the sheet parser could name the cell
   * as too long. 1 MiB lets any single cell end and be named; a real bomb inflates far beyond
   * that, and is stopped a moment later by the ratio check or by {@link #MAX_ENTRY_BYTES}.
   */
  static final long GRACE_ENTRY_BYTES = 1L << 20;
  /** Largest uncompressed part: a million-row sheet is about 0.6–1 GB of XML. */
  static final long MAX_ENTRY_BYTES = 2L << 30;
  /** Largest text POI extracts in one go (streaming does not use it; POI warns above 10 Mi). */
  static final long MAX_TEXT_CHARS = 10L << 20;

  static {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setGraceEntrySize(GRACE_ENTRY_BYTES);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
  }

  /** Makes sure POI's zip-bomb limits are set before any package is opened. */
  public static void applyZipLimits() {
    // the static initialiser does the work; this call only forces it to run
  }
}
