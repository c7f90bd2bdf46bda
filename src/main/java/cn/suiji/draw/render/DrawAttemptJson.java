package cn.suiji.draw.render;

import cn.suiji.draw.domain.Conflict;
import cn.suiji.draw.domain.InspectorGroup;
import cn.suiji.draw.domain.PendingDraw;
import cn.suiji.draw.domain.Stratum;
import cn.suiji.shared.SuijiException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The stored form of a draw attempt that has no draw record (DRAW-SPEC §7 has only confirmed
 * and voided records): an OPEN attempt waiting for its entropy, an INFEASIBLE one, or one voided
 * before it was drawn. It uses the record's member names for the inputs — except that each
 * stratum names its pool by {@code poolHash} and {@code n}, the keys being stored once apart
 * ({@code draw_pool}, shared with the record written at perform) — plus {@code status} ("open", "infeasible", "voided") and, where known,
 * {@code witnesses}, {@code entropy}, {@code infeasible} ({object, group, eligible, required})
 * and {@code voidReason}. The {@code nonce} is there only for an attempt that was drawn
 * (infeasible): before the entropy is known it is never stored. For the draw service only;
 * never exported as a draw record.
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

  /**
   * The attempt as compact JSON, written straight through a generator (a tree of a million
   * key nodes cost more than the draw). The nonce is written only once the attempt was drawn
   * (infeasible): an open or undrawn voided attempt stores its commitment alone.
   */
  public String toJson(PendingDraw draw, Outcome outcome) {
    StringWriter text = new StringWriter(estimate(draw));
    try (JsonGenerator json = mapper.getFactory().createGenerator(text)) {
      json.writeStartObject();
      json.writeStringField("spec", cn.suiji.draw.domain.DrawEngine.SPEC);
      json.writeStringField("task", draw.task());
      json.writeStringField("createdAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(draw.createdAt()));
      json.writeStringField("operator", draw.operator());
      json.writeArrayFieldStart("strata");
      for (Stratum s : draw.strata()) {
        json.writeStartObject();
        json.writeStringField("key", s.key());
        json.writeNumberField("k", s.k());
        json.writeNumberField("n", s.pool().size());
        json.writeStringField("poolHash", DrawRecordJson.poolHash(s.pool()));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("groups");
      for (InspectorGroup g : draw.groups()) {
        json.writeStartObject();
        json.writeStringField("key", g.key());
        json.writeNumberField("m", g.m());
        strings(json, "pool", g.pool());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("conflicts");
      for (Conflict c : draw.conflicts()) {
        json.writeStartArray();
        json.writeString(c.inspectorKey());
        json.writeString(c.objectKey());
        json.writeEndArray();
      }
      json.writeEndArray();
      json.writeStringField("commitment", draw.commitment());
      String nonce = draw.nonce();
      if (nonce != null && !Outcome.OPEN.status().equals(outcome.status())) {
        json.writeStringField("nonce", nonce);
      }
      json.writeStringField("status", outcome.status());
      if (!outcome.witnesses().isEmpty()) {
        strings(json, "witnesses", outcome.witnesses());
      }
      if (outcome.entropy() != null) {
        json.writeStringField("entropy", outcome.entropy());
      }
      if (outcome.infeasibleObject() != null) {
        json.writeObjectFieldStart("infeasible");
        json.writeStringField("object", outcome.infeasibleObject());
        json.writeStringField("group", outcome.infeasibleGroup());
        json.writeNumberField("eligible", outcome.eligible());
        json.writeNumberField("required", outcome.required());
        json.writeEndObject();
      }
      if (outcome.voidReason() != null) {
        json.writeStringField("voidReason", outcome.voidReason());
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new SuijiException(e, "draw.json.notJson", e.getMessage());
    }
    return text.toString();
  }

  private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
    json.writeArrayFieldStart(name);
    for (String v : values) {
      json.writeString(v);
    }
    json.writeEndArray();
  }

  /** Room for the keys and their quotes, so the buffer is not copied while it grows. */
  private static int estimate(PendingDraw draw) {
    long chars = 1_024;
    for (InspectorGroup g : draw.groups()) {
      chars += g.pool().size() * 24L;
    }
    chars += draw.conflicts().size() * 48L;
    return (int) Math.min(chars, Integer.MAX_VALUE - 16);
  }

  /**
   * The inputs of a stored attempt; its stratum pools are listed (older rows) or named by
   * {@code poolHash} and {@code n} and found in {@code pools}.
   */
  public PendingDraw read(String json, StoredPools pools) {
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new SuijiException(e, "draw.json.notJson", e.getOriginalMessage());
    }
    List<Stratum> strata = new ArrayList<>();
    for (JsonNode s : root.path("strata")) {
      List<String> pool = s.has("pool") ? texts(s.path("pool"))
          : pools.pool(s.path("poolHash").asText(), s.path("n").asInt());
      strata.add(new Stratum(s.path("key").asText(), s.path("k").asInt(), pool));
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
        root.hasNonNull("nonce") ? root.path("nonce").asText() : null);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>(array.size());
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
