package cn.suiji.draw.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The spec's test vectors (draw-vectors.json, copied byte for byte from shared/), as values.
 * Public for the tests of other draw packages.
 */
public final class DrawVectors {
  private static final String RESOURCE = "/cn/suiji/draw/draw-vectors.json";

  private DrawVectors() {}

  /** One vector: its inputs, as typed and as normalised, and what the draw must give. */
  public record Vector(
      String name,
      DrawInput input,
      String entropyInput,
      String commitment,
      String header,
      String seed,
      List<String> selected,
      List<Assignment> assignments,
      String resultHash,
      String code) {
    @Override
    public String toString() {
      return name;
    }
  }

  public static String specId() {
    return root().get("spec").asText();
  }

  public static List<Vector> all() {
    List<Vector> vectors = new ArrayList<>();
    for (JsonNode v : root().get("vectors")) {
      JsonNode expected = v.get("expected");
      vectors.add(
          new Vector(
              v.get("name").asText(),
              new DrawInput(
                  v.get("task").asText(),
                  strata(v.get("strata")),
                  groups(v.get("groups")),
                  conflicts(v.get("conflicts")),
                  HexFormat.of().parseHex(v.get("nonce").asText()),
                  v.get("entropy").asText()),
              v.get("entropyInput").asText(),
              v.get("commitment").asText(),
              expected.get("header").asText(),
              expected.get("seed").asText(),
              texts(expected.get("selected")),
              assignments(expected.get("assignments")),
              expected.get("resultHash").asText(),
              expected.get("code").asText()));
    }
    return vectors;
  }

  /** The vector as a confirmed record, from the vector's expected values, not our output. */
  public static DrawRecord record(Vector v) {
    DrawInput in = v.input();
    return new DrawRecord(specId(), in.task(), OffsetDateTime.parse("2026-03-02T09:30:00+08:00"),
        "张三", List.of("李四", "王五"), in.strata(), in.groups(), in.conflicts(),
        v.commitment(), Hashing.hex(in.nonce()), in.entropy(), v.seed(), v.selected(),
        v.assignments(), v.resultHash(), DrawStatus.CONFIRMED, null);
  }

  /** The vector named {@code name}. */
  public static Vector named(String name) {
    return all().stream().filter(v -> v.name.equals(name)).findFirst().orElseThrow();
  }

  private static JsonNode root() {
    try (InputStream in = DrawVectors.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Stratum> strata(JsonNode array) {
    List<Stratum> strata = new ArrayList<>();
    for (JsonNode s : array) {
      strata.add(new Stratum(s.get("key").asText(), s.get("k").asInt(), texts(s.get("pool"))));
    }
    return strata;
  }

  private static List<InspectorGroup> groups(JsonNode array) {
    List<InspectorGroup> groups = new ArrayList<>();
    for (JsonNode g : array) {
      groups.add(
          new InspectorGroup(g.get("key").asText(), g.get("m").asInt(), texts(g.get("pool"))));
    }
    return groups;
  }

  private static List<Conflict> conflicts(JsonNode array) {
    List<Conflict> conflicts = new ArrayList<>();
    for (JsonNode pair : array) {
      conflicts.add(new Conflict(pair.get(0).asText(), pair.get(1).asText()));
    }
    return conflicts;
  }

  private static List<Assignment> assignments(JsonNode array) {
    List<Assignment> assignments = new ArrayList<>();
    for (JsonNode a : array) {
      assignments.add(
          new Assignment(
              a.get("object").asText(),
              texts(a.get("inspectors")),
              a.get("capRelaxed").asBoolean()));
    }
    return assignments;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
