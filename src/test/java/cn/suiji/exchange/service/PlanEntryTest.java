package cn.suiji.exchange.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.exchange.domain.OutboxEntry;
import cn.suiji.exchange.domain.RecordRef;
import cn.suiji.exchange.remote.PlatformWorkbook;
import cn.suiji.plan.domain.AnnualPlan;
import cn.suiji.plan.domain.PlanTask;
import cn.suiji.plan.domain.TaskStatus;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.outbox.OutboxKind;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan's publication becomes a PLAN outbox entry in the transaction that saves it (issue 14):
 * the plan with its tasks and their provincial task numbers; saving the same again adds nothing;
 * a refused save adds nothing; the entry reaches the workbook one row per task, and its record
 * (department, year, first task) is what the 同步 screen opens when the platform rejects it.
 */
class PlanEntryTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir
  Path dir;
  private ExchangeFixture f;

  @BeforeEach
  void county() {
    f = ExchangeFixture.drawn(dir);
  }

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void aPublishedPlanGoesUpOnceWithItsTasks() throws Exception {
    assertThat(plans()).isEmpty();
    f.services.plans().savePlanInfo("WJJ", 2026, "WJJ-2026-01", LocalDate.of(2026, 1, 10), null);
    assertThat(plans()).as("filed, not yet published: nothing for the platform").isEmpty();
    AnnualPlan plan = f.services.plans().savePlanInfo("WJJ", 2026, "WJJ-2026-01", LocalDate.of(2026, 1, 10),
        LocalDate.of(2026, 1, 20));
    List<PlanTask> live = f.services.plans().plan("WJJ", 2026).tasks().stream()
        .filter(t -> t.status() != TaskStatus.CANCELLED).toList();
    assertThat(plans()).singleElement().satisfies(e -> {
      assertThat(e.key()).startsWith("plan:" + plan.id() + ":");
      assertThat(e.subject()).isEqualTo("plan:" + plan.id());
      var payload = JSON.readTree(e.payload());
      assertThat(payload.path("planCode").asText()).isEqualTo("WJJ-2026-01");
      assertThat(payload.path("publishedOn").asText()).isEqualTo("2026-01-20");
      assertThat(payload.path("tasks")).extracting(t -> t.path("task").asText())
          .containsExactlyElementsOf(live.stream().map(PlanTask::code).toList());
      assertThat(payload.path("tasks").get(0).has("provinceNumber")).isTrue();
    });
    f.services.plans().savePlanInfo("WJJ", 2026, "WJJ-2026-01", LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 20));
    assertThat(plans()).as("the same plan saved again").hasSize(1);
    assertThatThrownBy(() -> f.services.plans().savePlanInfo("WJJ", 2026, "WJJ-2026-01", LocalDate.of(2026, 1, 10),
        LocalDate.of(2026, 1, 5))).isInstanceOf(SuijiException.class);
    assertThat(plans()).as("a refused save").hasSize(1);

    PlatformWorkbook.Written w = f.services.platform().makeWorkbook(dir.resolve("上传"), Progress.NONE);
    OutboxEntry entry = plans().get(0);
    try (XSSFWorkbook book = new XSSFWorkbook(w.file().toFile())) {
      var sheet = book.getSheet("抽查计划");
      assertThat(sheet.getLastRowNum()).isEqualTo(live.size());
      List<String> tasks = new ArrayList<>();
      for (int r = 1; r <= live.size(); r++) {
        assertThat(sheet.getRow(r).getCell(0).getStringCellValue()).isEqualTo(entry.key());
        assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).isEqualTo("WJJ-2026-01");
        tasks.add(sheet.getRow(r).getCell(6).getStringCellValue());
      }
      assertThat(tasks).containsExactlyElementsOf(live.stream().map(PlanTask::code).toList());
    }
    RecordRef ref = OutboxService.recordOf(entry).orElseThrow();
    assertThat(ref.kind()).isEqualTo(OutboxKind.PLAN);
    assertThat(ref.departmentCode()).isEqualTo("WJJ");
    assertThat(ref.year()).isEqualTo(2026);
    assertThat(ref.taskCode()).isEqualTo(live.get(0).code());
  }

  private List<OutboxEntry> plans() {
    return f.services.outbox().entries().stream().filter(e -> e.kind() == OutboxKind.PLAN).toList();
  }
}
