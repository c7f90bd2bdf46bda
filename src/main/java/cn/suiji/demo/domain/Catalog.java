package cn.suiji.demo.domain;

import cn.suiji.directory.domain.ItemClass;
import cn.suiji.directory.domain.TargetKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The word lists, industries and item list the generators draw from, read from the resource
 * files beside this package ({@code cn/suiji/demo/words.properties}, {@code industries.tsv},
 * {@code items.tsv}). They ship inside the jar, so a missing or malformed file is a build
 * mistake and fails loudly.
 */
final class Catalog {
  private static final String BASE = "/cn/suiji/demo/";

  /** A GB/T 4754 class with the trade words a name of each kind may end with. */
  record Industry(String code, String name, double weight, List<String> departments,
      Map<TargetKind, List<String>> trades) {

    List<String> tradesFor(TargetKind kind) {
      return trades.getOrDefault(kind, List.of());
    }
  }

  /** One line of the item list. */
  record ItemLine(String departmentCode, String name, String legalBasis, TargetKind kind, ItemClass itemClass,
      String method, BigDecimal ratio) {}

  private static final TargetKind[] TRADE_COLUMNS = {
    TargetKind.INDIVIDUAL, TargetKind.ENTERPRISE, TargetKind.COOPERATIVE, TargetKind.OTHER_ORG
  };

  final Properties words;
  final List<Industry> industries;
  final List<ItemLine> items;

  private Catalog(Properties words, List<Industry> industries, List<ItemLine> items) {
    this.words = words;
    this.industries = industries;
    this.items = items;
  }

  static Catalog load() {
    Properties words = new Properties();
    try (BufferedReader r = open("words.properties")) {
      words.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Industry> industries = lines("industries.tsv", 8).stream().map(Catalog::industry).toList();
    List<ItemLine> items = lines("items.tsv", 7).stream().map(Catalog::item).toList();
    return new Catalog(words, industries, items);
  }

  /** The space-separated words under {@code key}. */
  List<String> words(String key) {
    String value = words.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("words.properties has no " + key);
    }
    return List.of(value.trim().split("\\s+"));
  }

  private static Industry industry(String[] f) {
    Map<TargetKind, List<String>> trades = new EnumMap<>(TargetKind.class);
    for (int i = 0; i < TRADE_COLUMNS.length; i++) {
      List<String> list = list(f[4 + i]);
      if (!list.isEmpty()) {
        trades.put(TRADE_COLUMNS[i], list);
      }
    }
    return new Industry(f[0], f[1], Double.parseDouble(f[2]), list(f[3]), trades);
  }

  private static ItemLine item(String[] f) {
    return new ItemLine(f[0], f[1], f[2], TargetKind.valueOf(f[3]), ItemClass.valueOf(f[4]), f[5],
        new BigDecimal(f[6]));
  }

  private static List<String> list(String field) {
    return field.equals("-") ? List.of() : List.of(field.split(","));
  }

  private static List<String[]> lines(String file, int fields) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = open(file)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\\|", -1);
        if (f.length != fields) {
          throw new IllegalStateException(file + ": need " + fields + " fields: " + Arrays.toString(f));
        }
        rows.add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static BufferedReader open(String file) {
    InputStream in = Catalog.class.getResourceAsStream(BASE + file);
    if (in == null) {
      throw new IllegalStateException("missing resource " + BASE + file);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
