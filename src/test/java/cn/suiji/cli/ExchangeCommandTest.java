package cn.suiji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.cli.SuijiCommand.Result;
import cn.suiji.exchange.domain.Receipt;
import cn.suiji.exchange.remote.Payloads;
import cn.suiji.exchange.remote.ProvinceServer;
import cn.suiji.exchange.remote.ReceiptJson;
import cn.suiji.exchange.service.ExchangeFixture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code suiji exchange outbox|package|verify|receipt|upload} on a demo county file with
 * 2026-WJJ-01 drawn and two results recorded: the exchange folder by hand as documented, and an
 * upload to the test province on 127.0.0.1.
 */
class ExchangeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir
  Path dir;
  private String db;
  private long drawId;
  private long secondResult;

  @BeforeEach
  void county() {
    try (ExchangeFixture f = ExchangeFixture.drawn(dir)) {
      f.result(1, LocalDate.of(2026, 5, 20));
      secondResult = f.result(2, LocalDate.of(2026, 5, 21)).id();
      drawId = f.drawId;
      db = f.file.toString();
    }
  }

  @Test
  void theExchangeFolderByHand() throws Exception {
    Result outbox = SuijiCommand.run("exchange", "outbox", "--db", db);
    assertThat(outbox.exitCode()).isZero();
    assertThat(outbox.out()).contains("待上报记录共 3 条").contains("抽查名单").contains("检查结果  待发送  2 条");
    JsonNode json = JSON.readTree(SuijiCommand.run("exchange", "outbox", "--json", "--db", db).out());
    assertThat(json.path("entries")).hasSize(3);
    assertThat(json.path("entries").get(0).path("id").asText()).isEqualTo("draw:" + drawId);

    Result pkg = SuijiCommand.run("exchange", "package", "--out", dir.resolve("前置机").toString(), "--db", db);
    assertThat(pkg.exitCode()).as(pkg.err()).isZero();
    String[] lines = pkg.out().strip().split("\\R");
    Path zip = Path.of(lines[0]);
    assertThat(zip).exists();
    String manifestSha;
    try (var z = new java.util.zip.ZipFile(zip.toFile())) {
      manifestSha = Payloads.sha256(z.getInputStream(z.getEntry("manifest.json")).readAllBytes());
    }
    assertThat(lines[1]).contains(manifestSha);

    Result verified = SuijiCommand.run("exchange", "verify", zip.toString());
    assertThat(verified.exitCode()).isZero();
    assertThat(verified.out()).contains("完整").contains(manifestSha);
    Path extra = withExtraFile(zip);
    Result tampered = SuijiCommand.run("exchange", "verify", extra.toString());
    assertThat(tampered.exitCode()).isEqualTo(1);
    assertThat(tampered.out()).contains("核验未通过").contains("readme.txt");

    String batch = zip.getFileName().toString().replace(".zip", "");
    Path receipt = dir.resolve("前置机").resolve(batch + ".receipt.json");
    Files.writeString(receipt, ReceiptJson.write(new Receipt(batch, "2026-11-21T09:00:00+08:00", List.of(
        new Receipt.Line("draw:" + drawId, true, null),
        new Receipt.Line("result:" + secondResult, false, "检查完成日期有误"),
        new Receipt.Line("result:424242", true, null)))));
    Result read = SuijiCommand.run("exchange", "receipt", receipt.toString(), "--db", db);
    assertThat(read.exitCode()).isEqualTo(1);
    assertThat(read.out()).contains("新接收 1 条，新退回 1 条").contains("result:424242");
    Result after = SuijiCommand.run("exchange", "outbox", "--db", db);
    assertThat(after.out()).contains("被退回：result:" + secondResult + "  原因：检查完成日期有误")
        .contains("最近一批 " + batch);
  }

  @Test
  void theWorkbookWayAndTheTransmittalByHand() throws Exception {
    Result book = SuijiCommand.run("exchange", "workbook", "--out", dir.resolve("上传").toString(), "--db", db);
    assertThat(book.exitCode()).as(book.err()).isZero();
    Path xlsx = Path.of(book.out().strip().split("\\R")[0]);
    assertThat(xlsx).exists();
    String batch = xlsx.getFileName().toString().replace(".xlsx", "");
    assertThat(book.out()).contains("批次 " + batch + "：3 条记录");
    Result sent = SuijiCommand.run("exchange", "sent", batch, "--db", db);
    assertThat(sent.exitCode()).as(sent.err()).isZero();
    assertThat(sent.out()).contains("已标记上传");
    assertThat(SuijiCommand.run("exchange", "outbox", "--db", db).out()).contains("已上传  2 条");

    Path feedback = dir.resolve("反馈.xlsx");
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(feedback)) {
      var sheet = wb.createSheet("反馈");
      String[][] rows = {{"数据标识", "处理结果", "失败原因"}, {"draw:" + drawId, "成功", ""},
          {"result:" + secondResult, "失败", "结果代码有误"}, {"result:424242", "成功", ""}};
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < 3; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      wb.write(out);
    }
    Result read = SuijiCommand.run("exchange", "feedback", feedback.toString(), "--db", db);
    assertThat(read.exitCode()).isEqualTo(1);
    assertThat(read.out()).contains("新接收 1 条，新退回 1 条").contains("第 4 行").contains("result:424242");
    Result again = SuijiCommand.run("exchange", "feedback", feedback.toString(), "--db", db);
    assertThat(again.out()).contains("新接收 0 条，新退回 0 条，已有答复未改变 2 条");

    Result pkgNone = SuijiCommand.run("exchange", "package", "--out", dir.resolve("前置机").toString(), "--db", db);
    assertThat(pkgNone.exitCode()).isEqualTo(2);
    Path docx = dir.resolve("交接单.docx");
    Result t = SuijiCommand.run("exchange", "transmittal", "--batch", batch, "--out", docx.toString(), "--db", db);
    assertThat(t.exitCode()).as(t.err()).isZero();
    assertThat(docx).exists();
    assertThat(t.out()).contains("批次 " + batch + " 的交接单：3 条记录");
    Result bad = SuijiCommand.run("exchange", "transmittal", "--batch", batch, "--out", dir.resolve("x.txt").toString(),
        "--db", db);
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains(".docx 或 .pdf");
  }

  @Test
  void uploadToTheProvinceAndBadUsage() throws Exception {
    Result none = SuijiCommand.run("exchange", "upload", "--db", db);
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("尚未设置省平台的上传地址");
    try (ProvinceServer province = new ProvinceServer(0)) {
      Result up = SuijiCommand.run("exchange", "upload", "--endpoint", province.endpoint().toString(), "--db", db);
      assertThat(up.exitCode()).as(up.err()).isZero();
      assertThat(up.out()).contains("1 批 3 条，已接收 3 条，被退回 0 条");
      assertThat(province.stored()).hasSize(3).containsValue(1).doesNotContainValue(2);
      // the endpoint was kept: the next upload needs no --endpoint, and finds nothing to send
      Result again = SuijiCommand.run("exchange", "upload", "--db", db);
      assertThat(again.exitCode()).isZero();
      assertThat(again.out()).contains("0 批 0 条");
    }
    Result missing = SuijiCommand.run("exchange", "verify", dir.resolve("nothing.zip").toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.out()).contains("nothing.zip");
  }

  private Path withExtraFile(Path zip) throws Exception {
    Path out = dir.resolve("extra.zip");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        z.putNextEntry(new ZipEntry(e.getName()));
        in.transferTo(z);
        z.closeEntry();
      }
      z.putNextEntry(new ZipEntry("readme.txt"));
      z.write("hi".getBytes());
      z.closeEntry();
    }
    return out;
  }
}
