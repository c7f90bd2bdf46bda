package cn.suiji.joint.remote;

import cn.suiji.shared.SuijiException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the joint import needs from an exported draw record (DRAW-SPEC §7) that has already
 * recomputed ({@code RecordCheck}): its task, its status, the day it was drawn, each department's inspector pool and
 * each selected object's inspectors. Read here rather than through the draw's JSON reader, which
 * lives in draw.render and is not another feature's to use.
 */
public record RecordFacts(String task, String status, java.time.LocalDate drawnOn, Map<String, Set<String>> groups,
    Map<String, List<String>> assignments) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public RecordFacts {
    groups = Map.copyOf(groups);
    assignments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(assignments));
  }

  /** The facts of the record's text; the name is the file it came in, for the message. */
  public static RecordFacts of(String name, byte[] json) {
    JsonNode root;
    try {
      root = JSON.readTree(new String(json, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new SuijiException(e, "joint.package.badJson", name, e.getMessage());
    }
    Map<String, Set<String>> groups = new LinkedHashMap<>();
    for (JsonNode g : root.path("groups")) {
      Set<String> pool = new LinkedHashSet<>();
      g.path("pool").forEach(k -> pool.add(k.asText()));
      groups.put(g.path("key").asText(), pool);
    }
    Map<String, List<String>> assignments = new LinkedHashMap<>();
    for (JsonNode a : root.path("assignments")) {
      List<String> inspectors = new ArrayList<>();
      a.path("inspectors").forEach(k -> inspectors.add(k.asText()));
      assignments.put(a.path("object").asText(), inspectors);
    }
    java.time.LocalDate drawnOn;
    try {
      drawnOn = java.time.OffsetDateTime.parse(root.path("createdAt").asText("")).toLocalDate();
    } catch (java.time.format.DateTimeParseException e) {
      throw new SuijiException(e, "joint.package.badJson", name, e.getMessage());
    }
    return new RecordFacts(root.path("task").asText(""), root.path("status").asText(""), drawnOn, groups,
        assignments);
  }

  /** The inspectors of {@code department}'s group the draw assigned to {@code object}, in pick order. */
  public List<String> inspectorsOf(String object, String department) {
    Set<String> pool = groups.getOrDefault(department, Set.of());
    return assignments.getOrDefault(object, List.of()).stream().filter(pool::contains).toList();
  }
}
