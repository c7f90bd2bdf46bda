package cn.suiji.shared.xlsx;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * How much a file may hold before the reader refuses it as {@code xlsx.error.tooLarge}. The
 * defaults fit a million-row directory in a 256 MB heap; tests pass smaller ones.
 *
 * @param maxSharedStringsBytes uncompressed size of the shared-strings part (the one part that
 *     must be held in memory while a sheet is read): 256 MiB, about three million distinct texts
 * @param maxCellChars longest text of one cell: Excel's own limit is 32,767; CSV cells are cut
 *     off at this many characters as a refusal, so a file without line breaks cannot fill memory
 */
record ReadLimits(long maxSharedStringsBytes, int maxCellChars) {
  static final ReadLimits DEFAULT = new ReadLimits(256L << 20, 32_767);

  /** POI's zip-bomb guard: an entry inflating more than 100 times is refused (POI's default). */
  static final double MIN_INFLATE_RATIO = 0.01;
  /** Largest uncompressed part: a million-row sheet is about 0.6–1 GB of XML. */
  static final long MAX_ENTRY_BYTES = 2L << 30;
  /** Largest text POI extracts in one go (streaming does not use it; POI warns above 10 Mi). */
  static final long MAX_TEXT_CHARS = 10L << 20;

  static {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
  }

  /** Makes sure POI's zip-bomb limits are set before any package is opened. */
  static void applyZipLimits() {
    // the static initialiser does the work; this call only forces it to run
  }
}
