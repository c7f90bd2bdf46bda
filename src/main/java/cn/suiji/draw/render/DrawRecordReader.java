package cn.suiji.draw.render;

import cn.suiji.draw.domain.Assignment;
import cn.suiji.draw.domain.Conflict;
import cn.suiji.draw.domain.DrawRecord;
import cn.suiji.draw.domain.DrawStatus;
import cn.suiji.draw.domain.InspectorGroup;
import cn.suiji.draw.domain.Stratum;
import cn.suiji.shared.SuijiException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Turns the JSON tree of a draw record into a {@link DrawRecord}, for {@link DrawRecordJson}.
 * Every failure names the member by its path, e.g. {@code strata[1].pool[7]}: key {@code
 * draw.json.missingMember} (member), {@code draw.json.badMember} (member, what was expected)
 * or, when the domain refuses a well-typed value, {@code draw.json.rejectedMember} (member)
 * with the domain's exception as the cause.
 */
final class DrawRecordReader {
  private final JsonNode root;
  private final @Nullable StoredPools pools;

  DrawRecordReader(JsonNode root) {
    this(root, null);
  }

  /**
   * A reader of the stored form too, where a stratum may name its pool by {@code poolHash} and
   * {@code n} instead of listing it; {@code pools} finds it. Files read without pools must list
   * every pool (DRAW-SPEC §7).
   */
  DrawRecordReader(JsonNode root, @Nullable StoredPools pools) {
    this.root = root;
    this.pools = pools;
  }

  DrawRecord record() {
    if (!root.isObject()) {
      throw bad("(record)", "object");
    }
    String status = text(root, "status", "status");
    DrawStatus drawStatus =
        switch (status) {
          case "confirmed" -> DrawStatus.CONFIRMED;
          case "voided" -> DrawStatus.VOIDED;
          default -> throw bad("status", "\"confirmed\" or \"voided\"");
        };
    return rejectedAs("(record)", () -> new DrawRecord(
        text(root, "spec", "spec"),
        text(root, "task", "task"),
        createdAt(),
        text(root, "operator", "operator"),
        texts(root, "witnesses", "witnesses"),
        list(root, "strata", "strata", this::stratum),
        list(root, "groups", "groups", this::group),
        list(root, "conflicts", "conflicts", this::conflict),
        text(root, "commitment", "commitment"),
        text(root, "nonce", "nonce"),
        text(root, "entropy", "entropy"),
        text(root, "seed", "seed"),
        texts(root, "selected", "selected"),
        list(root, "assignments", "assignments", this::assignment),
        text(root, "resultHash", "resultHash"),
        drawStatus,
        voidReason(drawStatus)));
  }

  /** Present (a string) exactly when voided; an explicit null counts as absent. */
  private @Nullable String voidReason(DrawStatus status) {
    if (status == DrawStatus.VOIDED) {
      return text(root, "voidReason", "voidReason");
    }
    JsonNode reason = root.get("voidReason");
    if (reason != null && !reason.isNull()) {
      throw bad("voidReason", "absent unless status is \"voided\"");
    }
    return null;
  }

  private OffsetDateTime createdAt() {
    String text = text(root, "createdAt", "createdAt");
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      throw bad("createdAt", "ISO-8601 date-time with offset");
    }
  }

  private Stratum stratum(JsonNode node, String path) {
    String key = text(node, "key", path + ".key");
    int k = integer(node, "k", path + ".k");
    List<String> pool = pools != null && !node.has("pool") && node.has("poolHash")
        ? stored(node, path, pools) : texts(node, "pool", path + ".pool");
    return rejectedAs(path, () -> new Stratum(key, k, pool));
  }

  /** A pool stored apart, by its hash; its size must be the recorded n. */
  private List<String> stored(JsonNode node, String path, StoredPools source) {
    String hash = text(node, "poolHash", path + ".poolHash");
    int n = integer(node, "n", path + ".n");
    List<String> pool = source.pool(hash, n);
    if (pool.size() != n) {
      throw bad(path + ".n", n + " keys in the stored pool, found " + pool.size());
    }
    return pool;
  }

  private InspectorGroup group(JsonNode node, String path) {
    String key = text(node, "key", path + ".key");
    int m = integer(node, "m", path + ".m");
    List<String> pool = texts(node, "pool", path + ".pool");
    return rejectedAs(path, () -> new InspectorGroup(key, m, pool));
  }

  private Conflict conflict(JsonNode node, String path) {
    if (!node.isArray() || node.size() != 2 || !node.get(0).isTextual()
        || !node.get(1).isTextual()) {
      throw bad(path, "[inspectorKey, objectKey]");
    }
    return new Conflict(node.get(0).textValue(), node.get(1).textValue());
  }

  private Assignment assignment(JsonNode node, String path) {
    String object = text(node, "object", path + ".object");
    List<String> inspectors = texts(node, "inspectors", path + ".inspectors");
    JsonNode capRelaxed = member(node, "capRelaxed", path + ".capRelaxed");
    if (!capRelaxed.isBoolean()) {
      throw bad(path + ".capRelaxed", "true or false");
    }
    return new Assignment(object, inspectors, capRelaxed.booleanValue());
  }

  /** The elements of array member {@code name}, each read by {@code element}. */
  private <T> List<T> list(JsonNode parent, String name, String path, Element<T> element) {
    JsonNode array = member(parent, name, path);
    if (!array.isArray()) {
      throw bad(path, "array");
    }
    List<T> values = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      String itemPath = path + "[" + i + "]";
      JsonNode item = array.get(i);
      values.add(element.read(item, itemPath));
    }
    return values;
  }

  private List<String> texts(JsonNode parent, String name, String path) {
    return list(parent, name, path, (item, itemPath) -> {
      if (!item.isTextual()) {
        throw bad(itemPath, "string");
      }
      return item.textValue();
    });
  }

  private static String text(JsonNode parent, String name, String path) {
    JsonNode node = member(parent, name, path);
    if (!node.isTextual()) {
      throw bad(path, "string");
    }
    return node.textValue();
  }

  private int integer(JsonNode parent, String name, String path) {
    JsonNode node = member(parent, name, path);
    if (!node.isInt()) {
      throw bad(path, "integer");
    }
    return node.intValue();
  }

  private static JsonNode member(JsonNode parent, String name, String path) {
    if (!parent.isObject()) {
      throw bad(path.substring(0, Math.max(0, path.lastIndexOf('.'))), "object");
    }
    JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      throw new SuijiException("draw.json.missingMember", path);
    }
    return node;
  }

  private static <T> T rejectedAs(String path, Supplier<T> build) {
    try {
      return build.get();
    } catch (SuijiException e) {
      if (e.key().startsWith("draw.json.")) {
        throw e;
      }
      throw new SuijiException(e, "draw.json.rejectedMember", path);
    }
  }

  private static SuijiException bad(String path, String expected) {
    return new SuijiException("draw.json.badMember", path, expected);
  }

  /** Reads one element of an array member, knowing its path. */
  @FunctionalInterface
  private interface Element<T> {
    T read(JsonNode node, String path);
  }
}
