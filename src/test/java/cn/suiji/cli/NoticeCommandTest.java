package cn.suiji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.cli.SuijiCommand.Result;
import cn.suiji.inspection.domain.InspectionNotice;
import cn.suiji.inspection.domain.Issued;
import cn.suiji.shared.Progress;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code suiji notice list|void|deliver} on one demo county file: 2026-SCJGJ-04 drawn and its
 * notices issued through the service (printing is the renderers' command), then listed, one
 * voided, the rest delivered. The tests run in order, each on what the one before left.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NoticeCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  @TempDir
  static Path dir;
  static String db;
  static long drawId;
  static Issued issued;
  static final LocalDate TODAY = LocalDate.now();

  @BeforeAll
  static void drawAndIssue() {
    db = dir.resolve("county").toString();
    assertThat(SuijiCommand.run("demo", "--db", db).exitCode()).isZero();
    Result run = SuijiCommand.run("draw", "run", "--task", "2026-SCJGJ-04", "--entropy", "07 21 33 45",
        "--witness", "王监督", "--late-reason", "测试：按演示数据补抽", "--db", db);
    assertThat(run.exitCode()).as(run.err()).isZero();
    Matcher id = Pattern.compile("抽取记录编号 (\\d+)").matcher(run.out());
    assertThat(id.find()).as(run.out()).isTrue();
    drawId = Long.parseLong(id.group(1));
    try (Services services = Services.open(Path.of(db))) {
      issued = services.notices().issue(drawId, TODAY, false, Progress.NONE);
    }
  }

  @Test
  @Order(1)
  void listShowsEveryNoticeAsTextAndAsJson() throws Exception {
    Result text = SuijiCommand.run("notice", "list", "--draw", Long.toString(drawId), "--db", db);
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).contains("文号").contains(issued.notices().get(0).number()).contains("待发通知");
    assertThat(text.out().lines().count()).isEqualTo(issued.notices().size() + 1);

    Result json = SuijiCommand.run("notice", "list", "--draw", Long.toString(drawId), "--json", "--db", db);
    assertThat(json.exitCode()).as(json.err()).isZero();
    JsonNode rows = MAPPER.readTree(json.out());
    assertThat(rows.size()).isEqualTo(issued.notices().size());
    InspectionNotice first = issued.notices().get(0);
    assertThat(rows.get(0).get("number").asText()).isEqualTo(first.number());
    assertThat(rows.get(0).get("targetCode").asText()).isEqualTo(first.addresseeCode());
    assertThat(rows.get(0).get("status").asText()).isEqualTo("AWAITING_NOTICE");
    assertThat(rows.get(0).get("inspection").asLong()).isEqualTo(first.inspectionId());
    assertThat(rows.get(0).get("delivered").isNull()).isTrue();
  }

  @Test
  @Order(2)
  void voidByNumberKeepsTheNumberAndNeedsAReason() {
    String number = issued.notices().get(1).number();
    Result noReason = SuijiCommand.run("notice", "void", "--notice", number, "--reason", " ", "--db", db);
    assertThat(noReason.exitCode()).isEqualTo(SuijiCommand.BAD_INPUT);
    assertThat(noReason.err()).contains("理由");
    Result unknown = SuijiCommand.run("notice", "void", "--notice", "青市监抽通〔1999〕1号", "--reason", "错", "--db", db);
    assertThat(unknown.exitCode()).isEqualTo(SuijiCommand.BAD_INPUT);
    assertThat(unknown.err()).contains("没有文号");

    Result voided = SuijiCommand.run("notice", "void", "--notice", number, "--reason", "地址有误", "--db", db);
    assertThat(voided.exitCode()).as(voided.err()).isZero();
    assertThat(voided.out()).contains("已作废 " + number).contains("地址有误");
    Result list = SuijiCommand.run("notice", "list", "--draw", Long.toString(drawId), "--db", db);
    assertThat(list.out()).doesNotContain(number).contains("（未签发）");
  }

  @Test
  @Order(3)
  void deliverRefusesAVoidedNoticeThenRecordsOneInspectionAndTheRestOfTheDraw() throws Exception {
    Result bothOrNone = SuijiCommand.run("notice", "deliver", "--date", TODAY.toString(), "--method", "DIRECT",
        "--db", db);
    assertThat(bothOrNone.exitCode()).isEqualTo(SuijiCommand.BAD_INPUT);
    assertThat(bothOrNone.err()).contains("--draw").contains("--inspection");
    Result badMethod = SuijiCommand.run("notice", "deliver", "--draw", Long.toString(drawId), "--date", TODAY.toString(),
        "--method", "PIGEON", "--db", db);
    assertThat(badMethod.exitCode()).isEqualTo(SuijiCommand.BAD_INPUT);
    assertThat(badMethod.err()).contains("PIGEON").contains("LEFT_AT_PREMISES");
    Result refused = SuijiCommand.run("notice", "deliver", "--draw", Long.toString(drawId), "--date", TODAY.toString(),
        "--method", "DIRECT", "--db", db);
    assertThat(refused.exitCode()).isEqualTo(SuijiCommand.BAD_INPUT);
    assertThat(refused.err()).contains("已作废");

    Path receipt = dir.resolve("receipt.jpg");
    Files.write(receipt, new byte[] {1, 2, 3, 4});
    long first = issued.notices().get(0).inspectionId();
    Result one = SuijiCommand.run("notice", "deliver", "--inspection", Long.toString(first), "--date", TODAY.toString(),
        "--method", "邮寄送达", "--receipt", receipt.toString(), "--db", db);
    assertThat(one.exitCode()).as(one.err()).isZero();
    assertThat(one.out()).contains("已记录 1 份").contains("邮寄送达");
    try (var receipts = Files.list(dir.resolve("county.receipts"))) {
      assertThat(receipts.map(p -> p.getFileName().toString()).toList()).singleElement()
          .satisfies(name -> assertThat(name).matches("[0-9a-f]{64}\\.jpg"));
    }

    try (Services services = Services.open(Path.of(db))) {
      services.notices().issue(drawId, TODAY, false, Progress.NONE); // the voided notice's replacement
    }
    Result rest = SuijiCommand.run("notice", "deliver", "--draw", Long.toString(drawId), "--date", TODAY.toString(),
        "--method", "direct", "--db", db);
    assertThat(rest.exitCode()).as(rest.err()).isZero();
    assertThat(rest.out()).contains("已记录 " + (issued.notices().size() - 1) + " 份").contains("直接送达");
    JsonNode rows = MAPPER.readTree(SuijiCommand.run("notice", "list", "--draw", Long.toString(drawId), "--json",
        "--db", db).out());
    rows.forEach(r -> {
      assertThat(r.get("status").asText()).isEqualTo("NOTIFIED");
      assertThat(r.get("delivered").asText()).isEqualTo(TODAY.toString());
    });
    assertThat(rows.get(0).get("method").asText()).isEqualTo("MAIL");
    assertThat(rows.get(1).get("number").asText()).isNotEqualTo(issued.notices().get(1).number());

    Result again = SuijiCommand.run("notice", "deliver", "--inspection", Long.toString(first), "--date",
        TODAY.toString(), "--method", "DIRECT", "--db", db);
    assertThat(again.exitCode()).isEqualTo(SuijiCommand.BAD_INPUT);
    assertThat(again.err()).contains("已送达通知");
    assertThat(SuijiCommand.run("audit", "verify", "--db", db).exitCode()).isZero();
  }
}
