package cn.suiji.shared.pdf;

import cn.suiji.shared.SuijiException;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a Chinese font a PDF can embed. PDFBox embeds only fonts with TrueType outlines
 * ({@code glyf}); CFF-based fonts such as Noto CJK / Source Han cannot be subset and are skipped.
 * Candidates are tried in order — a configured file first, then the usual places on Windows
 * (宋体, 微软雅黑, 黑体), Linux (WenQuanYi Micro Hei / Zen Hei) and macOS — and the first one that
 * opens wins. A collection (.ttc) is opened by PostScript name, or its first TrueType font.
 * The fonts are embedded as subsets (Type 0 / CIDFontType2).
 *
 * <p>Where WenQuanYi Micro Hei is found, its monospaced twin (WenQuanYiMicroHeiMono) prints the
 * hashes; otherwise the text font does.
 */
public final class CjkFontLocator {
  private static final Logger LOG = LoggerFactory.getLogger(CjkFontLocator.class);
  /** System property naming a font file to try first. */
  public static final String PROPERTY = "suiji.cjkFont";

  /** A font file to try, with the PostScript names wanted from a collection (empty: the first). */
  public record Candidate(Path file, List<String> names) {
    public Candidate {
      names = List.copyOf(names);
    }
  }

  private final List<Candidate> candidates;

  public CjkFontLocator(List<Candidate> candidates) {
    this.candidates = List.copyOf(candidates);
  }

  /** The usual places, after {@code configured} and the {@value #PROPERTY} system property. */
  public static CjkFontLocator standard(@Nullable Path configured) {
    List<Candidate> list = new ArrayList<>();
    if (configured != null) {
      list.add(new Candidate(configured, List.of()));
    }
    String property = System.getProperty(PROPERTY);
    if (property != null && !property.isBlank()) {
      list.add(new Candidate(Path.of(property.strip()), List.of()));
    }
    List<String> wqyMicro = List.of("WenQuanYiMicroHei", "WenQuanYi Micro Hei");
    String windir = System.getenv().getOrDefault("WINDIR", "C:\\Windows");
    for (String dir : List.of(windir + "\\Fonts", "C:\\Windows\\Fonts")) {
      list.add(new Candidate(Path.of(dir, "simsun.ttc"), List.of("SimSun")));
      list.add(new Candidate(Path.of(dir, "simfang.ttf"), List.of()));
      list.add(new Candidate(Path.of(dir, "msyh.ttc"), List.of("MicrosoftYaHei")));
      list.add(new Candidate(Path.of(dir, "simhei.ttf"), List.of()));
    }
    for (String dir : List.of("/usr/share/fonts/truetype/wqy", "/usr/share/fonts/wqy-microhei",
        "/usr/share/fonts/wenquanyi/wqy-microhei", "/usr/share/fonts/TTF")) {
      list.add(new Candidate(Path.of(dir, "wqy-microhei.ttc"), wqyMicro));
    }
    for (String dir : List.of("/usr/share/fonts/truetype/wqy", "/usr/share/fonts/wqy-zenhei",
        "/usr/share/fonts/wenquanyi/wqy-zenhei", "/usr/share/fonts/TTF")) {
      list.add(new Candidate(Path.of(dir, "wqy-zenhei.ttc"), List.of("WenQuanYiZenHei")));
    }
    list.add(new Candidate(Path.of("/Library/Fonts/Arial Unicode.ttf"), List.of()));
    list.add(new Candidate(Path.of("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"), List.of()));
    list.add(new Candidate(Path.of("/System/Library/Fonts/STHeiti Light.ttc"), List.of("STHeitiSC-Light")));
    list.add(new Candidate(Path.of("/System/Library/Fonts/STHeiti Medium.ttc"), List.of("STHeitiSC-Medium")));
    String home = System.getProperty("user.home");
    if (home != null) {
      list.add(new Candidate(Path.of(home, ".fonts", "wqy-microhei.ttc"), wqyMicro));
      list.add(new Candidate(Path.of(home, ".local", "share", "fonts", "wqy-microhei.ttc"), wqyMicro));
    }
    return new CjkFontLocator(list);
  }

  public List<Candidate> candidates() {
    return candidates;
  }

  /**
   * Loads the first usable candidate into {@code document}. Keep the result open until the
   * document is saved: the subset is cut from the font file then.
   *
   * @throws SuijiException {@code draw.print.noFont} naming the fonts to install
   */
  public Fonts load(PDDocument document) {
    for (Candidate candidate : candidates) {
      if (!Files.isRegularFile(candidate.file())) {
        continue;
      }
      try {
        Fonts fonts = open(document, candidate);
        if (fonts != null) {
          LOG.debug("CJK font for PDF: {}", candidate.file());
          return fonts;
        }
      } catch (IOException | RuntimeException e) {
        LOG.warn("Font {} could not be used for PDF: {}", candidate.file(), e.toString());
      }
    }
    throw new SuijiException("draw.print.noFont", candidates.size());
  }

  private static @Nullable Fonts open(PDDocument document, Candidate candidate) throws IOException {
    File file = candidate.file().toFile();
    String lower = file.getName().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".ttc")) {
      TrueTypeCollection collection = new TrueTypeCollection(file);
      try {
        TrueTypeFont text = null;
        for (String name : candidate.names()) {
          TrueTypeFont f = collection.getFontByName(name);
          if (f != null && outlinesAreTrueType(f)) {
            text = f;
            break;
          }
        }
        if (text == null) {
          List<TrueTypeFont> found = new ArrayList<>();
          collection.processAllFonts(f -> {
            if (found.isEmpty() && outlinesAreTrueType(f)) {
              found.add(f);
            }
          });
          text = found.isEmpty() ? null : found.get(0);
        }
        if (text == null) {
          collection.close();
          return null;
        }
        TrueTypeFont mono = collection.getFontByName(text.getName() + "Mono");
        PDType0Font textFont = PDType0Font.load(document, text, true);
        PDType0Font monoFont = mono != null && outlinesAreTrueType(mono)
            ? PDType0Font.load(document, mono, true) : textFont;
        return new Fonts(textFont, monoFont, collection);
      } catch (IOException | RuntimeException e) {
        collection.close();
        throw e;
      }
    }
    if (lower.endsWith(".ttf")) {
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
      if (!outlinesAreTrueType(font)) {
        font.close();
        return null;
      }
      PDType0Font loaded = PDType0Font.load(document, font, true);
      return new Fonts(loaded, loaded, font);
    }
    return null;
  }

  private static boolean outlinesAreTrueType(TrueTypeFont font) {
    try {
      if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
        return false;
      }
      return font.getTableMap().containsKey("glyf");
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The loaded fonts: {@code text} for everything, {@code mono} for hashes. Close after saving. */
  public static final class Fonts implements Closeable {
    private final PDType0Font text;
    private final PDType0Font mono;
    private final Closeable source;

    Fonts(PDType0Font text, PDType0Font mono, Closeable source) {
      this.text = text;
      this.mono = mono;
      this.source = source;
    }

    public PDType0Font text() {
      return text;
    }

    public PDType0Font mono() {
      return mono;
    }

    @Override
    public void close() throws IOException {
      source.close();
    }
  }
}
