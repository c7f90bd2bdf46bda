package cn.suiji.exchange.remote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The payload as one canonical JSON text (members sorted by name, no spaces), so the same
 * content always has the same SHA-256 — the hash the province compares with the text it gets.
 */
public final class Payloads {
  static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private Payloads() {}

  public static String canonical(Map<String, ?> payload) {
    try {
      // through a tree, so nested maps are sorted too
      JsonNode tree = JSON.valueToTree(payload);
      return JSON.writeValueAsString(JSON.treeToValue(tree, Object.class));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("payload not JSON: " + payload, e);
    }
  }

  /** The canonical text of a payload read back from JSON (a package's records, the test server's body). */
  public static String canonical(JsonNode payload) {
    try {
      return JSON.writeValueAsString(JSON.treeToValue(payload, Object.class));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("payload not JSON", e);
    }
  }

  /** Lower-case hex SHA-256 of the bytes. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }
}
