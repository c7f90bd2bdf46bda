package cn.suiji.exchange.remote;

import cn.suiji.exchange.domain.Receipt;
import cn.suiji.shared.SuijiException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A receipt as JSON (docs/exchange-protocol.md §Receipt): {@code {"format":1,"batch":KEY,
 * "receivedAt":ISO,"entries":[{"id":KEY,"status":"accepted"|"rejected","reason":TEXT}]}}. A file
 * that is not such a receipt is refused naming the entry and the member.
 */
public final class ReceiptJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReceiptJson() {}

  public static Receipt read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new SuijiException(e, "exchange.receipt.unreadable", file, e.getMessage());
    }
    return parse(text, file.getFileName().toString());
  }

  /** The receipt in {@code text}; {@code source} names it in a refusal (a file or the endpoint). */
  public static Receipt parse(String text, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new SuijiException(e, "exchange.receipt.notJson", source, e.getOriginalMessage());
    }
    if (root == null || !root.isObject() || root.path("format").asInt(0) != 1) {
      throw new SuijiException("exchange.receipt.format", source);
    }
    String batch = root.path("batch").asText("");
    if (batch.isBlank()) {
      throw new SuijiException("exchange.receipt.member", source, 0, "batch");
    }
    JsonNode entries = root.path("entries");
    if (!entries.isArray()) {
      throw new SuijiException("exchange.receipt.member", source, 0, "entries");
    }
    List<Receipt.Line> lines = new ArrayList<>();
    int n = 0;
    for (JsonNode e : entries) {
      n++;
      String id = e.path("id").asText("");
      String status = e.path("status").asText("");
      if (id.isBlank()) {
        throw new SuijiException("exchange.receipt.member", source, n, "id");
      }
      if (!status.equals("accepted") && !status.equals("rejected")) {
        throw new SuijiException("exchange.receipt.member", source, n, "status");
      }
      String reason = e.path("reason").isTextual() && !e.path("reason").asText().isBlank() ? e.path("reason").asText()
          : null;
      lines.add(new Receipt.Line(id, status.equals("accepted"), reason));
    }
    return new Receipt(batch, root.path("receivedAt").asText(""), lines);
  }

  /** The receipt as JSON text (the test server's replies, a receipt written by hand). */
  public static String write(Receipt receipt) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", 1);
    root.put("batch", receipt.batchKey());
    root.put("receivedAt", receipt.receivedAt());
    ArrayNode entries = root.putArray("entries");
    for (Receipt.Line l : receipt.lines()) {
      ObjectNode e = entries.addObject();
      e.put("id", l.key());
      e.put("status", l.accepted() ? "accepted" : "rejected");
      if (l.reason() != null) {
        e.put("reason", l.reason());
      }
    }
    return root.toString();
  }
}
