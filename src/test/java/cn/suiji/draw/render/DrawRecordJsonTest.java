package cn.suiji.draw.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import cn.suiji.draw.domain.DrawEngine;
import cn.suiji.draw.domain.DrawInput;
import cn.suiji.draw.domain.DrawRecord;
import cn.suiji.draw.domain.DrawVectors;
import cn.suiji.draw.domain.DrawVerifier;
import cn.suiji.draw.domain.InspectorGroup;
import cn.suiji.draw.domain.Stratum;
import cn.suiji.shared.SuijiException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrawRecordJsonTest {
  private static final List<String> SPEC_MEMBERS = List.of("spec", "task", "createdAt",
      "operator", "witnesses", "strata", "groups", "conflicts", "commitment", "nonce", "entropy",
      "seed", "selected", "assignments", "resultHash", "status");

  private final DrawRecordJson json = new DrawRecordJson();
  private final ObjectMapper mapper = new ObjectMapper();

  private static DrawRecord jointRecord() {
    return DrawVectors.record(DrawVectors.named("strata-joint"));
  }

  @Test
  void aRecordWrittenAndReadBackIsEqualAndWritesTheSameText() {
    for (DrawVectors.Vector v : DrawVectors.all()) {
      DrawRecord record = DrawVectors.record(v);

      String text = json.toJson(record);
      DrawRecord back = json.fromJson(text);

      assertThat(back).as(v.name()).isEqualTo(record);
      assertThat(json.toJson(back)).isEqualTo(text);
    }
  }

  @Test
  void aVoidedRecordKeepsItsReasonThroughTheRoundTrip() {
    DrawRecord voided = jointRecord().voided("监督人未到场，重新抽取");

    DrawRecord back = json.fromJson(json.toJson(voided));

    assertThat(back).isEqualTo(voided);
  }

  @Test
  void writesExactlyTheSpecsMemberNamesAndFormats() throws Exception {
    DrawRecord record = jointRecord();

    JsonNode root = mapper.readTree(json.toJson(record));

    List<String> names = new ArrayList<>();
    root.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactlyElementsOf(SPEC_MEMBERS);
    assertThat(root.get("createdAt").asText()).isEqualTo("2026-03-02T09:30:00+08:00");
    assertThat(root.get("status").asText()).isEqualTo("confirmed");
    assertThat(root.get("conflicts").get(0).toString())
        .isEqualTo("[\"SCJGJ-001\",\"93620823C75FK8HDNW\"]");
    assertThat(fieldNames(root.get("strata").get(0))).containsExactly("key", "k", "pool");
    assertThat(fieldNames(root.get("groups").get(0))).containsExactly("key", "m", "pool");
    assertThat(fieldNames(root.get("assignments").get(0)))
        .containsExactly("object", "inspectors", "capRelaxed");
    assertThat(root.get("strata").get(2).get("k").isInt()).isTrue();
  }

  @Test
  void writesVoidReasonOnlyWhenVoided() throws Exception {
    JsonNode voided = mapper.readTree(json.toJson(jointRecord().voided("重复抽取")));

    assertThat(voided.get("status").asText()).isEqualTo("voided");
    assertThat(voided.get("voidReason").asText()).isEqualTo("重复抽取");
    assertThat(mapper.readTree(json.toJson(jointRecord())).has("voidReason")).isFalse();
  }

  @Test
  void aVectorRecordWrittenToAFileIsUtf8AndStillVerifies(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("draw.json");

    json.write(jointRecord(), file);
    DrawRecord back = json.read(file);

    assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))
        .contains("\"entropy\" : \"上证指数 3128.45\"");
    assertThat(DrawVerifier.verify(back).matches()).isTrue();
  }

  @Test
  void aRecordOfAFreshDrawSurvivesTheRoundTrip() {
    DrawInput input = new DrawInput("T-7", List.of(new Stratum("all", 2,
        List.of("b\"quote", "a\\slash", "c/x"))), List.of(new InspectorGroup("G", 2,
        List.of("I1", "I2", "I3"))), List.of(), new byte[32], "公开 \"数\"\t42");
    DrawRecord record = DrawRecord.confirmed(input, DrawEngine.draw(input),
        OffsetDateTime.parse("2026-12-31T23:59:59.123456789Z"), "操作员", List.of());

    DrawRecord back = json.fromJson(json.toJson(record));

    assertThat(back).isEqualTo(record);
    assertThat(DrawVerifier.verify(back).matches()).isTrue();
  }

  @Test
  void namesAMissingMember() {
    assertBad("draw.json.missingMember", "seed", root -> root.remove("seed"));
    assertBad("draw.json.missingMember", "strata[1].pool",
        root -> ((ObjectNode) root.get("strata").get(1)).remove("pool"));
    assertBad("draw.json.missingMember", "assignments[0].capRelaxed",
        root -> ((ObjectNode) root.get("assignments").get(0)).remove("capRelaxed"));
    assertBad("draw.json.missingMember", "voidReason", root -> root.put("status", "voided"));
  }

  @Test
  void namesAMemberOfTheWrongTypeOrForm() {
    assertBad("draw.json.badMember", "strata[0].k",
        root -> ((ObjectNode) root.get("strata").get(0)).put("k", "1"));
    assertBad("draw.json.badMember", "groups[1].pool[2]",
        root -> ((ArrayNode) root.get("groups").get(1).get("pool")).set(2, 7));
    assertBad("draw.json.badMember", "status", root -> root.put("status", "CONFIRMED"));
    assertBad("draw.json.badMember", "voidReason", root -> root.put("voidReason", "x"));
    assertBad("draw.json.badMember", "createdAt",
        root -> root.put("createdAt", "2026-03-02T09:30:00"));
    assertBad("draw.json.badMember", "conflicts[0]",
        root -> ((ArrayNode) root.get("conflicts").get(0)).add("extra"));
    assertBad("draw.json.badMember", "witnesses", root -> root.put("witnesses", "李四"));
    assertBad("draw.json.badMember", "assignments[3].capRelaxed",
        root -> ((ObjectNode) root.get("assignments").get(3)).put("capRelaxed", "false"));
  }

  @Test
  void namesAMemberTheDomainRefusesWithItsReasonAsTheCause() {
    SuijiException e = bad(root -> ((ObjectNode) root.get("strata").get(0)).put("k", 99));

    assertThat(e.key()).isEqualTo("draw.json.rejectedMember");
    assertThat(e.args()).containsExactly("strata[0]");
    assertThat(((SuijiException) e.getCause()).key()).isEqualTo("draw.engine.kOutOfRange");
  }

  @Test
  void refusesTextThatIsNotOneJsonObjectWithUniqueMembers() {
    String text = json.toJson(jointRecord());

    assertThat(keyOf(() -> json.fromJson("{\"spec\": "))).isEqualTo("draw.json.notJson");
    assertThat(keyOf(() -> json.fromJson(text + "{}"))).isEqualTo("draw.json.notJson");
    assertThat(keyOf(() -> json.fromJson(text.replaceFirst("\\{", "{\"seed\":\"x\",")
    ))).isEqualTo("draw.json.notJson");
    assertThat(keyOf(() -> json.fromJson("[]"))).isEqualTo("draw.json.badMember");
  }

  @Test
  void aFileThatCannotBeReadIsNamed(@TempDir Path dir) {
    assertThat(keyOf(() -> json.read(dir.resolve("missing.json"))))
        .isEqualTo("draw.json.unreadable");
  }

  private void assertBad(String key, String member, Consumer<ObjectNode> change) {
    SuijiException e = bad(change);

    assertThat(e.key()).as(member).isEqualTo(key);
    assertThat(e.args()[0]).isEqualTo(member);
  }

  private SuijiException bad(Consumer<ObjectNode> change) {
    try {
      ObjectNode root = (ObjectNode) mapper.readTree(json.toJson(jointRecord()));
      change.accept(root);
      String text = mapper.writeValueAsString(root);
      return assertThatExceptionOfType(SuijiException.class)
          .isThrownBy(() -> json.fromJson(text)).actual();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private static String keyOf(Runnable call) {
    return assertThatExceptionOfType(SuijiException.class).isThrownBy(call::run).actual().key();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
