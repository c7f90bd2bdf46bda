package cn.suiji.draw.render;

import cn.suiji.draw.domain.Conflict;
import cn.suiji.draw.domain.InspectorGroup;
import cn.suiji.draw.domain.PendingDraw;
import cn.suiji.draw.domain.Stratum;
import cn.suiji.shared.SuijiException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The stored form of a draw attempt that has no draw record (DRAW-SPEC §7 has only confirmed
 * and voided records): an OPEN attempt waiting for its entropy, an INFEASIBLE one, or one voided
 * before it was drawn. It uses the record's member names for the inputs, so the pools stay in
 * the database in full, plus {@code status} ("open", "infeasible", "voided") and, where known,
 * {@code witnesses}, {@code entropy}, {@code infeasible} ({object, group, eligible, required})
 * and {@code voidReason}. For the draw service only; never exported as a draw record.
 */
public final class DrawAttemptJson {
  private final ObjectMapper mapper = new ObjectMapper();

  /** What happened after the attempt was opened, for the stored text. */
  public record Outcome(
      String status,
      List<String> witnesses,
      @Nullable String entropy,
      @Nullable String infeasibleObject,
      @Nullable String infeasibleGroup,
      int eligible,
      int required,
      @Nullable String voidReason) {

    public static final Outcome OPEN = new Outcome("open", List.of(), null, null, null, 0, 0, null);
  }

  public String toJson(PendingDraw draw, Outcome outcome) {
    ObjectNode root = mapper.createObjectNode();
    root.put("spec", cn.suiji.draw.domain.DrawEngine.SPEC);
    root.put("task", draw.task());
    root.put("createdAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(draw.createdAt()));
    root.put("operator", draw.operator());
    ArrayNode strata = root.putArray("strata");
    for (Stratum s : draw.strata()) {
      ObjectNode node = strata.addObject();
      node.put("key", s.key());
      node.put("k", s.k());
      s.pool().forEach(node.putArray("pool")::add);
    }
    ArrayNode groups = root.putArray("groups");
    for (InspectorGroup g : draw.groups()) {
      ObjectNode node = groups.addObject();
      node.put("key", g.key());
      node.put("m", g.m());
      g.pool().forEach(node.putArray("pool")::add);
    }
    ArrayNode conflicts = root.putArray("conflicts");
    for (Conflict c : draw.conflicts()) {
      conflicts.addArray().add(c.inspectorKey()).add(c.objectKey());
    }
    root.put("commitment", draw.commitment());
    root.put("nonce", draw.nonce());
    root.put("status", outcome.status());
    if (!outcome.witnesses().isEmpty()) {
      outcome.witnesses().forEach(root.putArray("witnesses")::add);
    }
    if (outcome.entropy() != null) {
      root.put("entropy", outcome.entropy());
    }
    if (outcome.infeasibleObject() != null) {
      ObjectNode node = root.putObject("infeasible");
      node.put("object", outcome.infeasibleObject());
      node.put("group", outcome.infeasibleGroup());
      node.put("eligible", outcome.eligible());
      node.put("required", outcome.required());
    }
    if (outcome.voidReason() != null) {
      root.put("voidReason", outcome.voidReason());
    }
    try {
      return mapper.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new SuijiException(e, "draw.json.notJson", e.getOriginalMessage());
    }
  }

  /** The inputs of a stored attempt. */
  public PendingDraw read(String json) {
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new SuijiException(e, "draw.json.notJson", e.getOriginalMessage());
    }
    List<Stratum> strata = new ArrayList<>();
    for (JsonNode s : root.path("strata")) {
      strata.add(new Stratum(s.path("key").asText(), s.path("k").asInt(), texts(s.path("pool"))));
    }
    List<InspectorGroup> groups = new ArrayList<>();
    for (JsonNode g : root.path("groups")) {
      groups.add(new InspectorGroup(g.path("key").asText(), g.path("m").asInt(), texts(g.path("pool"))));
    }
    List<Conflict> conflicts = new ArrayList<>();
    for (JsonNode c : root.path("conflicts")) {
      conflicts.add(new Conflict(c.path(0).asText(), c.path(1).asText()));
    }
    return new PendingDraw(root.path("task").asText(), OffsetDateTime.parse(root.path("createdAt").asText()),
        root.path("operator").asText(), strata, groups, conflicts, root.path("commitment").asText(),
        root.path("nonce").asText());
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>(array.size());
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
