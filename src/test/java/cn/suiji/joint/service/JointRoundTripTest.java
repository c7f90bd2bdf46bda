package cn.suiji.joint.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.exchange.domain.OutboxEntry;
import cn.suiji.inspection.domain.DrawSheetRow;
import cn.suiji.inspection.domain.InspectionResult;
import cn.suiji.inspection.domain.VerificationMethod;
import cn.suiji.joint.domain.JointAssignment;
import cn.suiji.joint.domain.JointEntry;
import cn.suiji.joint.domain.JointOutcome;
import cn.suiji.joint.domain.JointTask;
import cn.suiji.joint.remote.JointPackage;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.l10n.Messages;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A joint task between two real data files: the lead exports the package for its partner, the
 * partner imports it into its own file, records results, sends them back, the lead merges them
 * into its results (and the outbox) and writes the 联合检查总表; importing either package twice
 * changes nothing.
 */
class JointRoundTripTest {
  @TempDir
  Path dir;

  @Test
  void aJointTaskRoundTripsBetweenTwoDataFiles() throws Exception {
    try (JointFixture f = new JointFixture(dir)) {
      Path taskZip = dir.resolve("task.zip");
      JointPackage.Written written = f.lead.joint().exportTask(JointFixture.TASK, JointFixture.PARTNER, taskZip);
      assertThat(written.manifestSha256()).hasSize(64);
      List<DrawSheetRow> sheet = f.sheet();

      JointOutcome first = f.partner.joint().importPackage(taskZip, JointFixture.PARTNER);
      JointTask task = ((JointOutcome.TaskReceived) first).task();
      assertThat(((JointOutcome.TaskReceived) first).already()).isFalse();
      assertThat(task.taskCode()).isEqualTo(JointFixture.TASK);
      assertThat(task.leadCode()).isEqualTo(JointFixture.LEAD);
      assertThat(task.inspections()).isEqualTo(sheet.size());
      assertThat(f.partner.joint().department()).contains(JointFixture.PARTNER);
      List<JointAssignment> mine = f.partner.joint().inspections(JointFixture.TASK);
      assertThat(mine).extracting(JointAssignment::targetCode).containsExactlyElementsOf(
          sheet.stream().map(DrawSheetRow::targetCode).toList());
      // each target keeps its partner inspectors only: the lead's names are not among them
      assertThat(mine.get(0).inspectors()).hasSizeGreaterThanOrEqualTo(2);
      assertThat(sheet.get(0).inspectors()).containsAll(mine.get(0).inspectors().stream().map(i -> i.name()).toList());
      assertThat(sheet.get(0).inspectors()).hasSizeGreaterThan(mine.get(0).inspectors().size());

      JointOutcome again = f.partner.joint().importPackage(taskZip, null);
      assertThat(((JointOutcome.TaskReceived) again).already()).isTrue();
      assertThatThrownBy(() -> f.partner.joint().importPackage(taskZip, "SHJ")).isInstanceOf(SuijiException.class)
          .extracting(e -> Messages.current().describe((SuijiException) e)).asString().contains("WJJ", "SHJ");
      assertThat(f.partner.joint().received()).hasSize(1);

      f.partner.joint().recordResult(entry(mine.get(0).targetKey(), List.of("1")));
      f.partner.joint().recordResult(entry(mine.get(1).targetCode(), List.of("1")));
      Path resultsZip = dir.resolve("results.zip");
      f.partner.joint().exportResults(JointFixture.TASK, resultsZip);

      long one = f.notified(1);
      long two = f.notified(2);
      int outboxBefore = f.lead.outbox().entries().size();
      JointOutcome.ResultsMerged merged = (JointOutcome.ResultsMerged) f.lead.joint().importPackage(resultsZip, null);
      assertThat(merged.merged()).isEqualTo(2);
      assertThat(merged.conflicts()).isEmpty();
      assertThat(merged.notRecorded()).isEmpty();
      InspectionResult r1 = f.lead.results().current(one).orElseThrow();
      assertThat(r1.codes()).containsExactly("1");
      assertThat(r1.formedOn()).isEqualTo(JointFixture.INSPECTED);
      assertThat(f.lead.results().current(two)).isPresent();
      List<OutboxEntry> outbox = f.lead.outbox().entries();
      assertThat(outbox).hasSize(outboxBefore + 2);
      assertThat(outbox).extracting(OutboxEntry::subject).contains("inspection:" + one, "inspection:" + two);

      JointOutcome.ResultsMerged twice = (JointOutcome.ResultsMerged) f.lead.joint().importPackage(resultsZip, null);
      assertThat(twice.merged()).isZero();
      assertThat(twice.unchanged()).isEqualTo(2);
      assertThat(f.lead.outbox().entries()).hasSize(outboxBefore + 2);
      assertThat(f.lead.results().versions(one)).hasSize(1);

      Path summary = dir.resolve("summary.xlsx");
      assertThat(f.lead.joint().writeSummary(JointFixture.TASK, summary)).isEqualTo(sheet.size());
      try (InputStream in = Files.newInputStream(summary); XSSFWorkbook wb = new XSSFWorkbook(in)) {
        Sheet s = wb.getSheetAt(0);
        assertThat(s.getLastRowNum()).isEqualTo(sheet.size());
        Row row = s.getRow(1);
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo(sheet.get(0).targetCode());
        assertThat(row.getCell(3).getStringCellValue()).endsWith("卫生健康局");
        assertThat(row.getCell(5).getStringCellValue()).isEqualTo("1");
        assertThat(row.getCell(6).getStringCellValue()).isEqualTo("未发现问题");
        assertThat(s.getRow(3).getCell(3).getStringCellValue()).isEmpty();
      }
      Path docx = dir.resolve("summary.docx");
      f.lead.joint().writeSummary(JointFixture.TASK, docx);
      try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
        XWPFTable table = doc.getTables().get(0);
        assertThat(table.getRows()).hasSize(sheet.size() + 1);
        assertThat(table.getRow(1).getCell(1).getText()).isEqualTo(sheet.get(0).targetCode());
        assertThat(table.getRow(1).getCell(3).getText()).endsWith("卫生健康局");
      }
      assertThatThrownBy(() -> f.lead.joint().writeSummary(JointFixture.TASK, dir.resolve("summary.pdf")))
          .isInstanceOf(SuijiException.class);
    }
  }

  @Test
  void aResultTheLeadCannotRecordYetIsReportedAndMergedOnALaterImport() throws Exception {
    try (JointFixture f = new JointFixture(dir)) {
      Path taskZip = dir.resolve("task.zip");
      f.lead.joint().exportTask(JointFixture.TASK, JointFixture.PARTNER, taskZip);
      f.partner.joint().importPackage(taskZip, JointFixture.PARTNER);
      String key = f.partner.joint().inspections(JointFixture.TASK).get(0).targetKey();
      f.partner.joint().recordResult(entry(key, List.of("1")));
      Path resultsZip = dir.resolve("results.zip");
      f.partner.joint().exportResults(JointFixture.TASK, resultsZip);

      JointOutcome.ResultsMerged early = (JointOutcome.ResultsMerged) f.lead.joint().importPackage(resultsZip, null);
      assertThat(early.merged()).isZero();
      assertThat(early.notRecorded()).singleElement().asString().contains(key);

      long one = f.notified(1);
      JointOutcome.ResultsMerged later = (JointOutcome.ResultsMerged) f.lead.joint().importPackage(resultsZip, null);
      assertThat(later.merged()).isEqualTo(1);
      assertThat(f.lead.results().current(one)).isPresent();
    }
  }

  @Test
  void thePartnerRecordsOnlyWhatTheResultRulesAccept() throws Exception {
    try (JointFixture f = new JointFixture(dir)) {
      Path taskZip = dir.resolve("task.zip");
      f.lead.joint().exportTask(JointFixture.TASK, JointFixture.PARTNER, taskZip);
      f.partner.joint().importPackage(taskZip, JointFixture.PARTNER);
      String key = f.partner.joint().inspections(JointFixture.TASK).get(0).targetKey();
      assertThatThrownBy(() -> f.partner.joint().recordResult(entry(key, List.of("1", "A"))))
          .isInstanceOf(SuijiException.class);
      assertThatThrownBy(() -> f.partner.joint().recordResult(entry("no-such-target", List.of("1"))))
          .isInstanceOf(SuijiException.class).extracting(e -> Messages.current().describe((SuijiException) e))
          .asString().contains("no-such-target");
      assertThatThrownBy(() -> f.partner.joint().exportResults(JointFixture.TASK, dir.resolve("r.zip")))
          .isInstanceOf(SuijiException.class);
      assertThat(Files.exists(dir.resolve("r.zip"))).isFalse();
      f.partner.joint().recordResult(entry(key, List.of("1")));
      assertThatThrownBy(() -> f.partner.joint().recordResult(entry(key, List.of("1"))))
          .isInstanceOf(SuijiException.class);
    }
  }

  static JointEntry entry(String target, List<String> codes) {
    return new JointEntry(JointFixture.TASK, target, JointFixture.INSPECTED, codes, Set.of(VerificationMethod.ON_SITE),
        null, null, null, null);
  }
}
