package cn.suiji.exchange.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.exchange.domain.Batch;
import cn.suiji.exchange.domain.EntryState;
import cn.suiji.exchange.domain.OutboxEntry;
import cn.suiji.exchange.domain.Receipt;
import cn.suiji.exchange.domain.ReceiptOutcome;
import cn.suiji.exchange.remote.PackageCheck;
import cn.suiji.exchange.remote.PackageWriter;
import cn.suiji.exchange.remote.Payloads;
import cn.suiji.exchange.remote.ReceiptJson;
import cn.suiji.inspection.domain.InspectionResult;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.outbox.OutboxKind;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exchange package written from a real data file, read back as the province would, tampered
 * with in every way the check promises to catch; and receipts read back.
 */
class PackageTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir
  Path dir;
  private ExchangeFixture f;
  private InspectionResult first;
  private InspectionResult second;
  private PackageWriter.Written pkg;

  @BeforeEach
  void packaged() {
    f = ExchangeFixture.drawn(dir);
    first = f.result(1, LocalDate.of(2026, 5, 20));
    second = f.result(2, LocalDate.of(2026, 5, 21));
    pkg = f.services.exchange().makePackage(dir.resolve("前置机"), Progress.NONE);
  }

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void aPackageCarriesEveryPendingEntryWithItsDrawRecordAndVerifies() throws Exception {
    assertThat(pkg.file()).exists().hasFileName(batchKey() + ".zip");
    assertThat(dir.resolve("前置机")).isDirectoryNotContaining("glob:**.part");
    try (ZipFile zip = new ZipFile(pkg.file().toFile())) {
      assertThat(zip.stream().map(ZipEntry::getName)).containsExactly("records.json", "workbook.xlsx",
          "draws/draw-" + f.drawId + ".json", "draws/draw-" + f.drawId + ".pdf", "manifest.json");
      byte[] manifest = zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes();
      assertThat(Payloads.sha256(manifest)).isEqualTo(pkg.manifestSha256());
      var m = JSON.readTree(manifest);
      assertThat(m.path("batch").asText()).isEqualTo(batchKey());
      assertThat(m.path("counts").path("DRAW").asInt()).isEqualTo(1);
      assertThat(m.path("counts").path("RESULT").asInt()).isEqualTo(2);
      assertThat(m.path("departments").toString()).contains("WJJ");
      var records = JSON.readTree(zip.getInputStream(zip.getEntry("records.json")));
      assertThat(records.path("entries")).extracting(e -> e.path("id").asText())
          .containsExactly("draw:" + f.drawId, "result:" + first.id(), "result:" + second.id());
    }
    PackageCheck.Result check = ExchangeService.verify(pkg.file());
    assertThat(check.problem()).isNull();
    assertThat(check.manifestSha256()).isEqualTo(pkg.manifestSha256());
    assertThat(f.services.outbox().entries()).allSatisfy(e -> {
      assertThat(e.state()).isEqualTo(EntryState.PACKAGED);
      assertThat(e.batchId()).isNotNull();
    });
    Batch last = f.services.outbox().lastBatch().orElseThrow();
    assertThat(last.way()).isEqualTo(Batch.Way.PACKAGE);
    assertThat(last.manifestSha256()).isEqualTo(pkg.manifestSha256());
    assertThatThrownBy(() -> f.services.exchange().makePackage(dir.resolve("again"), Progress.NONE))
        .isInstanceOf(SuijiException.class).hasFieldOrPropertyWithValue("key", "exchange.package.nothing");
  }

  @Test
  void thePackageCarriesTheWorkbookOfItsEntriesAndEachDrawsPrintedRecord() throws Exception {
    try (ZipFile zip = new ZipFile(pkg.file().toFile())) {
      byte[] pdf = zip.getInputStream(zip.getEntry("draws/draw-" + f.drawId + ".pdf")).readAllBytes();
      assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
      try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
        assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("2026-WJJ-01");
      }
      var manifest = JSON.readTree(zip.getInputStream(zip.getEntry("manifest.json")));
      assertThat(manifest.path("files")).extracting(n -> n.path("name").asText())
          .contains("workbook.xlsx", "draws/draw-" + f.drawId + ".pdf");
      try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(zip.getInputStream(zip.getEntry("workbook.xlsx")))) {
        var results = book.getSheet("检查结果");
        assertThat(List.of(results.getRow(1).getCell(0).getStringCellValue(),
            results.getRow(2).getCell(0).getStringCellValue())).containsExactly("result:" + first.id(),
                "result:" + second.id());
        assertThat(book.getSheet("抽查名单").getRow(1).getCell(0).getStringCellValue()).isEqualTo("draw:" + f.drawId);
      }
    }
  }

  @Test
  void aChangedDrawPdfOrWorkbookIsNamed() throws Exception {
    String pdf = "draws/draw-" + f.drawId + ".pdf";
    Path bad = tampered(files -> {
      byte[] b = files.get(pdf).clone();
      b[b.length / 2] ^= 1;
      files.put(pdf, b);
    });
    assertThat(ExchangeService.verify(bad).problem()).contains(pdf).contains("SHA-256");
    Path noBook = tampered(files -> files.remove("workbook.xlsx"));
    assertThat(ExchangeService.verify(noBook).problem()).contains("workbook.xlsx");
  }

  @Test
  void aChangedRecordIsNamed() throws Exception {
    Path bad = tampered(files -> files.put("records.json", new String(files.get("records.json"), StandardCharsets.UTF_8)
        .replace("2026-05-20", "2026-05-19").getBytes(StandardCharsets.UTF_8)));
    assertThat(ExchangeService.verify(bad).problem()).contains("records.json").contains("SHA-256");
  }

  @Test
  void anUnlistedFileIsNamed() throws Exception {
    Path bad = tampered(files -> files.put("extra/说明.txt", "hello".getBytes(StandardCharsets.UTF_8)));
    assertThat(ExchangeService.verify(bad).problem()).contains("extra/说明.txt").contains("没有列在");
  }

  @Test
  void aMissingDrawRecordIsNamed() throws Exception {
    Path bad = tampered(files -> files.remove("draws/draw-" + f.drawId + ".json"));
    assertThat(ExchangeService.verify(bad).problem()).contains("draws/draw-" + f.drawId + ".json");
  }

  @Test
  void aForgedDrawRecordWithEveryHashRedoneStillFailsToRecompute() throws Exception {
    String name = "draws/draw-" + f.drawId + ".json";
    Path bad = tampered(files -> {
      try {
        ObjectNode record = (ObjectNode) JSON.readTree(files.get(name));
        // swap the first selected target's inspectors with the second's: the hashes below are all redone
        var assignments = (com.fasterxml.jackson.databind.node.ArrayNode) record.path("assignments");
        var a = assignments.get(0).deepCopy();
        assignments.set(0, assignments.get(1));
        assignments.set(1, a);
        byte[] forged = JSON.writeValueAsBytes(record);
        files.put(name, forged);
        ObjectNode records = (ObjectNode) JSON.readTree(files.get("records.json"));
        ObjectNode entry = (ObjectNode) records.path("entries").get(0);
        ((ObjectNode) entry.path("payload")).put("recordSha256", Payloads.sha256(forged));
        entry.put("sha256", Payloads.sha256(Payloads.canonical(entry.path("payload"))));
        files.put("records.json", JSON.writeValueAsBytes(records));
        ObjectNode manifest = (ObjectNode) JSON.readTree(files.get("manifest.json"));
        for (var file : manifest.path("files")) {
          byte[] now = files.get(file.path("name").asText());
          ((ObjectNode) file).put("size", now.length).put("sha256", Payloads.sha256(now));
        }
        files.put("manifest.json", JSON.writeValueAsBytes(manifest));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertThat(ExchangeService.verify(bad).problem()).contains("核验未通过").contains(name);
  }

  @Test
  void aFileThatIsNoZipIsRefusedInWords() throws Exception {
    Path bad = dir.resolve("bad.zip");
    Files.writeString(bad, "not a zip");
    assertThat(ExchangeService.verify(bad).problem()).contains("bad.zip");
  }

  @Test
  void aReceiptAcceptsAndRejectsReadTwiceChangesNothingAndUnknownIdsAreReported() throws Exception {
    Path file = dir.resolve("receipt.json");
    Files.writeString(file, ReceiptJson.write(new Receipt(batchKey(), "2026-11-21T09:00:00+08:00", List.of(
        new Receipt.Line("draw:" + f.drawId, true, null),
        new Receipt.Line("result:" + first.id(), true, null),
        new Receipt.Line("result:" + second.id(), false, "检查完成日期晚于公示日期"),
        new Receipt.Line("result:999999", true, null)))));
    ReceiptOutcome once = f.services.exchange().readReceipt(file);
    assertThat(once.accepted()).isEqualTo(2);
    assertThat(once.rejected()).isEqualTo(1);
    assertThat(once.unknownKeys()).containsExactly("result:999999");
    ReceiptOutcome twice = f.services.exchange().readReceipt(file);
    assertThat(twice.accepted()).isZero();
    assertThat(twice.rejected()).isZero();
    assertThat(twice.unchanged()).isEqualTo(3);
    Map<String, OutboxEntry> byKey = new LinkedHashMap<>();
    f.services.outbox().entries().forEach(e -> byKey.put(e.key(), e));
    assertThat(byKey.get("result:" + second.id()).state()).isEqualTo(EntryState.REJECTED);
    assertThat(byKey.get("result:" + second.id()).reason()).isEqualTo("检查完成日期晚于公示日期");
    assertThat(byKey.get("draw:" + f.drawId).state()).isEqualTo(EntryState.ACCEPTED);
    Batch batch = f.services.outbox().lastBatch().orElseThrow();
    assertThat(batch.hasReceipt()).isTrue();
    assertThat(batch.accepted()).isEqualTo(2);
    assertThat(batch.rejected()).isEqualTo(1);
  }

  @Test
  void aPartialReceiptAcceptsOnlyWhatItNamesOnceEvenWhenALineIsRepeated() throws Exception {
    Path part = dir.resolve("receipt-1.json");
    Files.writeString(part, ReceiptJson.write(new Receipt(batchKey(), "2026-11-21T09:00:00+08:00", List.of(
        new Receipt.Line("result:" + first.id(), true, null),
        new Receipt.Line("result:" + first.id(), true, null)))));
    ReceiptOutcome o = f.services.exchange().readReceipt(part);
    assertThat(o.accepted()).isEqualTo(1);
    assertThat(o.unchanged()).isEqualTo(1);
    Map<String, EntryState> states = new LinkedHashMap<>();
    f.services.outbox().entries().forEach(e -> states.put(e.key(), e.state()));
    assertThat(states).containsEntry("result:" + first.id(), EntryState.ACCEPTED)
        .containsEntry("result:" + second.id(), EntryState.PACKAGED).containsEntry("draw:" + f.drawId, EntryState.PACKAGED);

    Path rest = dir.resolve("receipt-2.json");
    Files.writeString(rest, ReceiptJson.write(new Receipt(batchKey(), "2026-11-22T09:00:00+08:00", List.of(
        new Receipt.Line("draw:" + f.drawId, true, null),
        new Receipt.Line("result:" + second.id(), true, null)))));
    assertThat(f.services.exchange().readReceipt(rest).accepted()).isEqualTo(2);
    assertThat(f.services.outbox().entries()).allSatisfy(e -> assertThat(e.state()).isEqualTo(EntryState.ACCEPTED));
    assertThat(f.services.outbox().lastBatch().orElseThrow().accepted()).isEqualTo(3);
  }

  @Test
  void aReceiptOfAnotherBatchOrNotAReceiptIsRefusedAndChangesNothing() throws Exception {
    Path other = dir.resolve("other.json");
    Files.writeString(other, ReceiptJson.write(new Receipt("SJ-19990101-000000-1", "", List.of(
        new Receipt.Line("result:" + first.id(), true, null)))));
    assertThatThrownBy(() -> f.services.exchange().readReceipt(other))
        .hasFieldOrPropertyWithValue("key", "exchange.receipt.unknownBatch");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"format\":1,\"batch\":\"" + batchKey() + "\",\"entries\":[{\"id\":\"x\",\"status\":\"ok\"}]}");
    assertThatThrownBy(() -> f.services.exchange().readReceipt(broken))
        .hasFieldOrPropertyWithValue("key", "exchange.receipt.member");
    assertThat(f.services.outbox().entries()).extracting(OutboxEntry::state).containsOnly(EntryState.PACKAGED);
    assertThat(f.services.outbox().entries()).extracting(OutboxEntry::kind).contains(OutboxKind.DRAW);
  }

  private String batchKey() {
    return pkg.file().getFileName().toString().replace(".zip", "");
  }

  /** A copy of the package with its files changed by {@code change}. */
  private Path tampered(Consumer<Map<String, byte[]>> change) throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(pkg.file().toFile())) {
      for (ZipEntry e : zip.stream().toList()) {
        files.put(e.getName(), zip.getInputStream(e).readAllBytes());
      }
    }
    change.accept(files);
    Path out = dir.resolve("tampered.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out;
  }
}
