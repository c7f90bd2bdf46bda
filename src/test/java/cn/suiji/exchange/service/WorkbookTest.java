package cn.suiji.exchange.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.exchange.domain.Batch;
import cn.suiji.exchange.domain.EntryState;
import cn.suiji.exchange.domain.OutboxEntry;
import cn.suiji.exchange.remote.PlatformWorkbook;
import cn.suiji.exchange.remote.WorkbookMapping;
import cn.suiji.inspection.domain.InspectionResult;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Way 1 end to end on a real data file: the platform's import workbook written and read back
 * with POI, the batch marked sent, and the platform's feedback sheet (written here as the
 * platform would, with a title row, accepted, rejected, repeated and unknown rows) applied once.
 */
class WorkbookTest {
  @TempDir
  Path dir;
  private ExchangeFixture f;
  private InspectionResult first;
  private InspectionResult second;

  @BeforeEach
  void county() {
    f = ExchangeFixture.drawn(dir);
    first = f.result(1, LocalDate.of(2026, 5, 20));
    second = f.result(2, LocalDate.of(2026, 5, 21));
  }

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void theWorkbookHasOneSheetPerKindOneRowPerDrawnTargetAndEachEntryId() throws Exception {
    PlatformWorkbook.Written w = f.services.platform().makeWorkbook(dir.resolve("上传"), Progress.NONE);
    assertThat(w.file()).exists();
    assertThat(dir.resolve("上传")).isDirectoryNotContaining("glob:**.part");
    int targets = f.services.draw().sheet(f.drawId).rows().size();
    try (XSSFWorkbook book = new XSSFWorkbook(w.file().toFile())) {
      assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)))
          .containsExactly("抽查计划", "抽查名单", "检查结果", "结果公示");
      List<List<String>> draws = rows(book.getSheet("抽查名单"));
      assertThat(draws.get(0)).containsExactly("数据标识", "任务编号", "统一社会信用代码", "检查对象名称", "检查人员", "执法证号",
          "抽取验证码");
      assertThat(draws).hasSize(1 + targets);
      var firstTarget = f.services.draw().sheet(f.drawId).rows().get(0);
      assertThat(draws.get(1)).startsWith("draw:" + f.drawId, "2026-WJJ-01", firstTarget.uscc(), firstTarget.name());
      assertThat(draws.get(1).get(4)).isNotBlank();
      List<List<String>> results = rows(book.getSheet("检查结果"));
      assertThat(results).extracting(r -> r.get(0)).containsExactly("数据标识", "result:" + first.id(),
          "result:" + second.id());
      assertThat(results.get(1)).contains("2026-05-20", "2026-WJJ-01");
      assertThat(rows(book.getSheet("结果公示"))).hasSize(1);
    }
    assertThat(w.rows()).containsEntry(cn.suiji.shared.outbox.OutboxKind.DRAW, targets);
    assertThat(f.services.outbox().entries()).allSatisfy(e -> assertThat(e.state()).isEqualTo(EntryState.PACKAGED));
    Batch batch = f.services.outbox().lastBatch().orElseThrow();
    assertThat(batch.way()).isEqualTo(Batch.Way.WORKBOOK);
    assertThat(batch.key() + ".xlsx").isEqualTo(w.file().getFileName().toString());
    assertThat(f.services.platform().unsentWorkbook()).map(Batch::key).contains(batch.key());

    Batch sent = f.services.platform().markSent(batch.key());
    assertThat(sent.sentAt()).isNotNull();
    assertThat(f.services.platform().markSent(batch.key()).sentAt()).isEqualTo(sent.sentAt());
    assertThat(f.services.outbox().entries()).allSatisfy(e -> assertThat(e.state()).isEqualTo(EntryState.SENT));
    assertThat(f.services.platform().unsentWorkbook()).isEmpty();
    assertThatThrownBy(() -> f.services.platform().makeWorkbook(dir.resolve("again"), Progress.NONE))
        .isInstanceOf(SuijiException.class).hasFieldOrPropertyWithValue("key", "exchange.package.nothing");
  }

  @Test
  void theFeedbackSheetAnswersEachEntryOnceAndReadingItAgainChangesNothing() throws Exception {
    Batch batch = workbookSent();
    Path feedback = feedback(List.of(
        List.of("draw:" + f.drawId, "成功", ""),
        List.of("result:" + first.id(), "失败", "检查结果代码与检查事项不符"),
        List.of("result:" + second.id(), "成功", ""),
        List.of("result:" + second.id(), " 成功 ", ""),
        List.of("result:987654", "成功", "")));
    PlatformService.FeedbackOutcome o = f.services.platform().readFeedback(feedback, Progress.NONE);
    assertThat(o.accepted()).isEqualTo(2);
    assertThat(o.rejected()).isEqualTo(1);
    assertThat(o.repeated()).isEqualTo(1);
    assertThat(o.batches()).containsExactly(batch.key());
    assertThat(o.unknown()).singleElement().asString().contains("第 8 行").contains("result:987654");
    Map<String, OutboxEntry> byKey = entries();
    assertThat(byKey.get("draw:" + f.drawId).state()).isEqualTo(EntryState.ACCEPTED);
    assertThat(byKey.get("result:" + first.id()).state()).isEqualTo(EntryState.REJECTED);
    assertThat(byKey.get("result:" + first.id()).reason()).isEqualTo("检查结果代码与检查事项不符");
    assertThat(byKey.get("result:" + second.id()).state()).isEqualTo(EntryState.ACCEPTED);
    assertThat(f.services.outbox().lastBatch().orElseThrow().hasReceipt()).isTrue();

    PlatformService.FeedbackOutcome again = f.services.platform().readFeedback(feedback, Progress.NONE);
    assertThat(again.accepted()).isZero();
    assertThat(again.rejected()).isZero();
    assertThat(again.unchanged()).isEqualTo(3);
    assertThat(entries()).isEqualTo(byKey);
  }

  @Test
  void aMalformedRowIsNamedAndNothingIsApplied() throws Exception {
    workbookSent();
    Path feedback = feedback(List.of(
        List.of("draw:" + f.drawId, "成功", ""),
        List.of("result:" + first.id(), "待定", ""),
        List.of("", "成功", "")));
    assertThatThrownBy(() -> f.services.platform().readFeedback(feedback, Progress.NONE))
        .isInstanceOf(SuijiException.class).hasFieldOrPropertyWithValue("key", "exchange.feedback.malformed")
        .satisfies(e -> assertThat(text(e)).contains("第 5 行").contains("待定").contains("第 6 行")
            .contains("未作任何更改"));
    assertThat(f.services.outbox().entries()).allSatisfy(e -> assertThat(e.state()).isEqualTo(EntryState.SENT));
  }

  @Test
  void theCountysMappingFileGivesTheColumnsAndAWrongFieldIsNamedByItsLine() throws Exception {
    Path mapping = f.services.platform().mappingFile();
    assertThat(mapping).isNotNull();
    String standard = new String(WorkbookMapping.class.getResourceAsStream("workbook-default.properties").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    Files.writeString(mapping, standard.replace("result.column.结果代码 = codes", "result.column.检查结果 = codes")
        .replace("result.sheet = 检查结果", "result.sheet = 结果导入"));
    PlatformWorkbook.Written w = f.services.platform().makeWorkbook(dir.resolve("上传"), Progress.NONE);
    try (XSSFWorkbook book = new XSSFWorkbook(w.file().toFile())) {
      assertThat(rows(book.getSheet("结果导入")).get(0)).contains("检查结果").doesNotContain("结果代码");
    }
    Files.writeString(mapping, "# 试\n\ndraw.sheet = 名单\ndraw.column.名称 = targetNmae\n");
    assertThatThrownBy(() -> f.services.platform().mapping()).isInstanceOf(SuijiException.class)
        .hasFieldOrPropertyWithValue("key", "exchange.mapping.unknownField")
        .satisfies(e -> assertThat(text(e)).contains("第 4 行").contains("targetNmae").contains("targetName"));
  }

  private static String text(Throwable e) {
    return cn.suiji.shared.l10n.Messages.current().describeFailure(e);
  }

  private Batch workbookSent() {
    f.services.platform().makeWorkbook(dir.resolve("上传"), Progress.NONE);
    return f.services.platform().markSent(f.services.outbox().lastBatch().orElseThrow().key());
  }

  private Map<String, OutboxEntry> entries() {
    return f.services.outbox().entries().stream().collect(Collectors.toMap(OutboxEntry::key, Function.identity()));
  }

  /** The platform's feedback as it sends it: a title row, the header, then one row per answer (from row 3). */
  private Path feedback(List<List<String>> lines) throws Exception {
    Path file = dir.resolve("反馈.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet s = book.createSheet("导入结果");
      s.createRow(0).createCell(0).setCellValue("双随机抽查结果导入反馈");
      Row head = s.createRow(2);
      head.createCell(0).setCellValue("序号");
      head.createCell(1).setCellValue("数据标识");
      head.createCell(2).setCellValue("处理结果");
      head.createCell(3).setCellValue("失败原因");
      for (int i = 0; i < lines.size(); i++) {
        Row r = s.createRow(3 + i);
        r.createCell(0).setCellValue(i + 1);
        for (int c = 0; c < 3; c++) {
          r.createCell(c + 1).setCellValue(lines.get(i).get(c));
        }
      }
      book.write(out);
    }
    return file;
  }

  private static List<List<String>> rows(Sheet sheet) {
    DataFormatter text = new DataFormatter();
    List<List<String>> out = new ArrayList<>();
    for (Row r : sheet) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < r.getLastCellNum(); c++) {
        cells.add(r.getCell(c) == null ? "" : text.formatCellValue(r.getCell(c)));
      }
      out.add(cells);
    }
    return out;
  }
}
