package cn.suiji.joint.remote;

import cn.suiji.inspection.domain.FollowUpKind;
import cn.suiji.inspection.domain.VerificationMethod;
import cn.suiji.joint.domain.JointAssignment;
import cn.suiji.joint.domain.JointInspector;
import cn.suiji.joint.domain.JointResult;
import cn.suiji.shared.SuijiException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The two data files of a joint package (docs/joint-package.md): {@code assignments.json}, the
 * partner's inspections of the task, and {@code results.json}, the partner's results. Reading
 * names the file and the entry at fault in a {@link SuijiException}.
 */
public final class JointJson {
  public static final String RECORD = "draw-record.json";
  public static final String ASSIGNMENTS = "assignments.json";
  public static final String RESULTS = "results.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private JointJson() {}

  public static byte[] assignments(List<JointAssignment> list) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode items = root.putArray("inspections");
    for (JointAssignment a : list) {
      ObjectNode o = items.addObject();
      o.put("inspection", a.leadInspectionId()).put("target", a.targetKey()).put("code", a.targetCode())
          .put("name", a.targetName()).put("order", a.drawOrder());
      ArrayNode ins = o.putArray("inspectors");
      a.inspectors().forEach(i -> ins.addObject().put("key", i.key()).put("name", i.name()));
    }
    return bytes(root);
  }

  public static List<JointAssignment> assignments(byte[] bytes) {
    List<JointAssignment> out = new ArrayList<>();
    int n = 0;
    for (JsonNode o : tree(ASSIGNMENTS, bytes).path("inspections")) {
      n++;
      try {
        List<JointInspector> inspectors = new ArrayList<>();
        for (JsonNode i : o.path("inspectors")) {
          inspectors.add(new JointInspector(text(i, "key"), text(i, "name")));
        }
        out.add(new JointAssignment(number(o, "inspection"), text(o, "target"), text(o, "code"), text(o, "name"),
            (int) number(o, "order"), inspectors));
      } catch (IllegalArgumentException e) {
        throw new SuijiException("joint.package.badEntry", ASSIGNMENTS, n, e.getMessage());
      }
    }
    return out;
  }

  public static byte[] results(List<JointResult> list) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode items = root.putArray("results");
    for (JointResult r : list) {
      ObjectNode o = items.addObject();
      o.put("inspection", r.leadInspectionId()).put("target", r.targetKey()).put("formedOn", r.formedOn().toString());
      ArrayNode codes = o.putArray("codes");
      r.codes().forEach(codes::add);
      ArrayNode methods = o.putArray("methods");
      r.methods().stream().sorted().forEach(m -> methods.add(m.name()));
      o.put("followUp", r.followUp() == null ? null : r.followUp().name());
      o.put("followUpDetail", r.followUpDetail());
      o.put("windowNote", r.windowNote());
      o.put("remark", r.remark());
      ArrayNode ins = o.putArray("inspectors");
      r.inspectorKeys().forEach(ins::add);
      o.put("recordedBy", r.recordedBy()).put("recordedAt", r.recordedAt().toString());
    }
    return bytes(root);
  }

  public static List<JointResult> results(byte[] bytes) {
    List<JointResult> out = new ArrayList<>();
    int n = 0;
    for (JsonNode o : tree(RESULTS, bytes).path("results")) {
      n++;
      try {
        List<String> codes = new ArrayList<>();
        o.path("codes").forEach(c -> codes.add(c.asText()));
        Set<VerificationMethod> methods = EnumSet.noneOf(VerificationMethod.class);
        for (JsonNode m : o.path("methods")) {
          methods.add(VerificationMethod.valueOf(m.asText()));
        }
        String followUp = optional(o, "followUp");
        List<String> inspectors = new ArrayList<>();
        o.path("inspectors").forEach(i -> inspectors.add(i.asText()));
        out.add(new JointResult(number(o, "inspection"), text(o, "target"), LocalDate.parse(text(o, "formedOn")),
            codes, methods, followUp == null ? null : FollowUpKind.valueOf(followUp), optional(o, "followUpDetail"),
            optional(o, "windowNote"), optional(o, "remark"), inspectors, text(o, "recordedBy"),
            OffsetDateTime.parse(text(o, "recordedAt"))));
      } catch (IllegalArgumentException | java.time.DateTimeException e) {
        throw new SuijiException("joint.package.badEntry", RESULTS, n, e.getMessage());
      }
    }
    return out;
  }

  private static JsonNode tree(String name, byte[] bytes) {
    try {
      JsonNode t = JSON.readTree(bytes);
      if (t == null || !t.isObject()) {
        throw new SuijiException("joint.package.badJson", name, "");
      }
      return t;
    } catch (IOException e) {
      throw new SuijiException(e, "joint.package.badJson", name, e.getMessage());
    }
  }

  private static byte[] bytes(JsonNode root) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(JsonNode o, String field) {
    JsonNode n = o.path(field);
    if (!n.isTextual() || n.asText().isBlank()) {
      throw new IllegalArgumentException(field);
    }
    return n.asText();
  }

  private static @Nullable String optional(JsonNode o, String field) {
    JsonNode n = o.path(field);
    return n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
  }

  private static long number(JsonNode o, String field) {
    JsonNode n = o.path(field);
    if (!n.canConvertToLong()) {
      throw new IllegalArgumentException(field);
    }
    return n.asLong();
  }
}
