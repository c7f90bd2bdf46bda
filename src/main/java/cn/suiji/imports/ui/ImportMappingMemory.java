package cn.suiji.imports.ui;

import cn.suiji.shared.imports.ImportKind;
import cn.suiji.shared.xlsx.ColumnSpec;
import cn.suiji.shared.xlsx.HeaderMapping;
import cn.suiji.shared.xlsx.HeaderMatcher;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The import screen's memory of the clerk's column choices, one setting per kind
 * ({@code import.mapping.targets} …) holding JSON: header text (as {@link HeaderMatcher#normalise}
 * compares it) → field, {@code ""} meaning "not imported". Only the clerk's departures from the
 * automatic mapping are kept, so a later change of the synonyms still helps. Runs off the FX
 * thread (it reads and writes settings).
 */
public final class ImportMappingMemory {
  private static final Logger LOG = LoggerFactory.getLogger(ImportMappingMemory.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {};

  private final Function<String, Optional<String>> read;
  private final BiConsumer<String, String> write;

  /** Reads and writes settings through {@code read}/{@code write} (e.g. {@code SettingsService::get/set}). */
  public ImportMappingMemory(Function<String, Optional<String>> read, BiConsumer<String, String> write) {
    this.read = read;
    this.write = write;
  }

  /** A memory that remembers nothing (screens built without settings). */
  public static ImportMappingMemory none() {
    return new ImportMappingMemory(k -> Optional.empty(), (k, v) -> {});
  }

  /** The setting that holds the choices for {@code kind}. */
  public static String settingKey(ImportKind kind) {
    return "import.mapping." + kind.cliName();
  }

  /** The remembered choices for {@code kind}: normalised header text → field ({@code ""}: not imported). */
  public Map<String, String> recall(ImportKind kind) {
    Optional<String> text = read.apply(settingKey(kind));
    if (text.isEmpty() || text.get().isBlank()) {
      return new TreeMap<>();
    }
    try {
      return JSON.readValue(text.get(), MAP);
    } catch (JsonProcessingException e) {
      LOG.warn("Ignoring the unreadable setting {}", settingKey(kind), e);
      return new TreeMap<>();
    }
  }

  /**
   * Remembers, for each header of this file, how the clerk's {@code confirmed} mapping departs
   * from the {@code automatic} one (and forgets the header where it no longer does); writes the
   * setting only if that changed anything. Returns whether it did.
   */
  public boolean remember(ImportKind kind, HeaderMapping automatic, HeaderMapping confirmed) {
    Map<String, String> before = recall(kind);
    Map<String, String> after = new TreeMap<>(before);
    List<String> texts = confirmed.headerTexts();
    for (int col = 0; col < texts.size(); col++) {
      String header = HeaderMatcher.normalise(texts.get(col));
      if (header.isEmpty()) {
        continue;
      }
      String chosen = fieldAt(confirmed, col);
      if (chosen.equals(fieldAt(automatic, col))) {
        after.remove(header);
      } else {
        after.put(header, chosen);
      }
    }
    if (after.equals(before)) {
      return false;
    }
    try {
      write.accept(settingKey(kind), JSON.writeValueAsString(after));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return true;
  }

  /**
   * {@code automatic} with the remembered choices applied to the columns whose header text they
   * name; fields unknown to {@code specs} are ignored. {@code unmapped} and {@code missingRequired}
   * are worked out again.
   */
  public static HeaderMapping apply(HeaderMapping automatic, Map<String, String> remembered, List<ColumnSpec> specs) {
    HeaderMapping m = automatic;
    List<String> texts = automatic.headerTexts();
    for (int col = 0; col < texts.size(); col++) {
      String choice = remembered.get(HeaderMatcher.normalise(texts.get(col)));
      if (choice == null) {
        continue;
      }
      if (choice.isEmpty()) {
        String field = fieldAt(m, col);
        if (!field.isEmpty()) {
          m = m.without(field);
        }
      } else if (specs.stream().anyMatch(s -> s.field().equals(choice))) {
        m = m.with(choice, col);
      }
    }
    return rebuilt(m, m.columns(), specs);
  }

  /** {@code base}'s sheet, row and texts with {@code columns}; unmapped and missing worked out from them. */
  static HeaderMapping rebuilt(HeaderMapping base, Map<String, Integer> columns, List<ColumnSpec> specs) {
    List<String> unmapped = new ArrayList<>();
    List<String> texts = base.headerTexts();
    for (int col = 0; col < texts.size(); col++) {
      if (!texts.get(col).isEmpty() && !columns.containsValue(col)) {
        unmapped.add(texts.get(col));
      }
    }
    List<String> missing = specs.stream().filter(ColumnSpec::required).map(ColumnSpec::field)
        .filter(f -> !columns.containsKey(f)).toList();
    return new HeaderMapping(base.sheet(), base.headerRow(), new LinkedHashMap<>(columns),
        texts.isEmpty() ? base.unmapped() : unmapped, missing, texts);
  }

  /** The field read from column {@code col}; {@code ""} if none. */
  static String fieldAt(HeaderMapping m, int col) {
    @Nullable String found = null;
    for (Map.Entry<String, Integer> e : m.columns().entrySet()) {
      if (e.getValue() == col) {
        found = e.getKey();
      }
    }
    return found == null ? "" : found;
  }
}
