package cn.suiji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.cli.SuijiCommand.Result;
import cn.suiji.shared.db.DataLocation;
import cn.suiji.shared.db.Database;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.io.InputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code suiji draw verify FILE --digest HEX} and {@code draw verify --all} on tampered data,
 * and the ceremony's inputs refused before an attempt is opened (issue 10).
 */
class DrawVerifyCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  static Path dir;
  static String db;
  static Path exported;

  @BeforeAll
  static void drawTwice() {
    db = dir.resolve("county").toString();
    assertThat(SuijiCommand.run("demo", "--db", db).exitCode()).isZero();
    exported = dir.resolve("scjgj-04.json");
    Result one = SuijiCommand.run("draw", "run", "--task", "2026-SCJGJ-04", "--entropy", "07 21 33 45",
        "--witness", "王监督", "--witness", "李监督", "--operator", "张操作", "--export", exported.toString(),
        "--late-reason", "演示数据的期限已过", "--db", db);
    assertThat(one.exitCode()).as(one.err()).isZero();
    Result two = SuijiCommand.run("draw", "run", "--task", "2026-WLJ-03", "--entropy", "5", "--witness", "赵监督",
        "--late-reason", "演示数据的期限已过", "--db", db);
    assertThat(two.exitCode()).as(two.err()).isZero();
  }

  private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  private static String id(String task) {
    return SuijiCommand.run("draw", "list", "--db", db).out().lines().filter(l -> l.contains(task)).findFirst()
        .orElseThrow().split("\t")[0];
  }

  @Test
  void theRightDigestIsCheckedFirstThenTheRecordIsRecomputed() throws Exception {
    String digest = sha256(exported);
    Result r = SuijiCommand.run("draw", "verify", exported.toString(), "--digest", digest.toUpperCase());
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("记录摘要一致").contains(digest).contains("核验通过").doesNotContain("未给出记录摘要");
    assertThat(r.out().indexOf("记录摘要一致")).isLessThan(r.out().indexOf("核验通过"));
  }

  @Test
  void withoutADigestTheOutputSaysWhatIsNotCovered() {
    Result r = SuijiCommand.run("draw", "verify", exported.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("核验通过").contains("未给出记录摘要").contains("监督人");
  }

  @Test
  void witnessesOperatorOrTimeChangedInTheFileFailAgainstThePrintedDigest() throws Exception {
    String printed = sha256(exported);
    for (String member : List.of("witnesses", "operator", "createdAt")) {
      ObjectNode record = (ObjectNode) MAPPER.readTree(exported.toFile());
      switch (member) {
        case "witnesses" -> record.putArray("witnesses");
        case "operator" -> record.put("operator", "别人");
        default -> record.put("createdAt", "2026-01-01T09:00:00+08:00");
      }
      Path tampered = dir.resolve("tampered-" + member + ".json");
      Files.writeString(tampered, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(record));
      // the recomputation cannot see these members ...
      assertThat(SuijiCommand.run("draw", "verify", tampered.toString()).exitCode()).as(member).isZero();
      // ... the digest does
      Result r = SuijiCommand.run("draw", "verify", tampered.toString(), "--digest", printed);
      assertThat(r.exitCode()).as(member + ": " + r.out()).isEqualTo(1);
      assertThat(r.out()).contains("核验未通过").contains(printed).contains(sha256(tampered))
          .doesNotContain("核验通过");
    }
  }

  @Test
  void thePrintedRecordCarriesTheDigestThatVerifiesTheExportedFileAndTheChainAnchor() throws Exception {
    Path pdf = dir.resolve("record.pdf");
    Path docx = dir.resolve("record.docx");
    Result print = SuijiCommand.run("draw", "print", "--draw", id("2026-SCJGJ-04"), "--pdf", pdf.toString(), "--docx",
        docx.toString(), "--db", db);
    assertThat(print.exitCode()).as(print.err()).isZero();
    String digest = sha256(exported);
    Pattern anchor = Pattern.compile("(\\d+:[0-9a-f]{64})");
    String pdfText;
    String subject;
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      pdfText = new PDFTextStripper().getText(document);
      subject = document.getDocumentInformation().getSubject();
    }
    assertThat(pdfText).contains("记录摘要").contains(digest).contains("审计链锚点");
    Matcher chain = anchor.matcher(pdfText);
    assertThat(chain.find()).as(pdfText).isTrue();
    // the QR code (the PDF's subject holds the same text) keeps what it held and adds both anchors
    assertThat(subject).startsWith("suiji-draw-v1;").contains(";task=2026-SCJGJ-04;code=").contains(";digest=" + digest)
        .contains(";chain=" + chain.group(1));
    try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in);
        XWPFWordExtractor words = new XWPFWordExtractor(document)) {
      assertThat(words.getText()).contains(digest).contains(chain.group(1));
      assertThat(document.getProperties().getCoreProperties().getSubject()).isEqualTo(subject);
    }
    // the anchor is the audit entry that confirmed the draw
    Result audit = SuijiCommand.run("audit", "verify", "--db", db);
    assertThat(audit.exitCode()).as(audit.out() + audit.err()).isZero();
    Result r = SuijiCommand.run("draw", "verify", exported.toString(), "--digest", digest);
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void digestGoesWithAFileNotWithAll() {
    Result r = SuijiCommand.run("draw", "verify", "--all", "--digest", "00", "--db", db);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--digest");
  }

  @Test
  void aBlankEntropyOrWitnessIsRefusedBeforeAnAttemptIsWritten() {
    long before = SuijiCommand.run("draw", "list", "--db", db).out().lines().count();
    Result entropy = SuijiCommand.run("draw", "run", "--task", "2026-SCJGJ-02", "--entropy", " \u3000 ",
        "--witness", "王监督", "--db", db);
    assertThat(entropy.exitCode()).isEqualTo(2);
    assertThat(entropy.err()).contains("请输入公开随机数");
    Result witness = SuijiCommand.run("draw", "run", "--task", "2026-SCJGJ-02", "--entropy", "12",
        "--witness", "  ", "--db", db);
    assertThat(witness.exitCode()).isEqualTo(2);
    assertThat(witness.err()).contains("至少需要一名监督人");
    assertThat(SuijiCommand.run("draw", "list", "--db", db).out().lines().count()).isEqualTo(before);
  }

  @Test
  void verifyAllNamesEveryTamperedDrawWithItsReasonsAndExitsOne(@TempDir Path other) throws IOException {
    // on a copy, so the other tests keep an untouched county
    Path copy = other.resolve("county.mv.db");
    Files.copy(Path.of(db + ".mv.db"), copy);
    String copyDb = other.resolve("county").toString();
    Result clean = SuijiCommand.run("draw", "verify", "--all", "--db", copyDb);
    assertThat(clean.exitCode()).as(clean.out() + clean.err()).isZero();
    String one = id("2026-SCJGJ-04");
    String two = id("2026-WLJ-03");
    try (Database d = Database.openFile(DataLocation.resolve(copyDb))) {
      d.dsl().execute("DELETE FROM inspection WHERE draw_id = ? AND draw_order = 1", Long.parseLong(one));
      d.dsl().execute("UPDATE draw SET status = 'INFEASIBLE', confirmed_task_id = NULL WHERE id = ?",
          Long.parseLong(two));
    }
    Result r = SuijiCommand.run("draw", "verify", "--all", "--db", copyDb);
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("第 " + one + " 号抽取（任务 2026-SCJGJ-04 第 1 次）核验未通过")
        .contains("  - 第 " + one + " 号抽取（任务 2026-SCJGJ-04 第 1 次）：缺少抽取顺序 1 的检查记录")
        .contains("第 " + two + " 号抽取（任务 2026-WLJ-03 第 1 次）核验未通过")
        .contains("  - 第 " + two + " 号抽取（任务 2026-WLJ-03 第 1 次）：状态为 INFEASIBLE，但审计日志最后一条记录")
        .contains("2 次未通过")
        .doesNotContain("原因见下）。\n");
  }
}
