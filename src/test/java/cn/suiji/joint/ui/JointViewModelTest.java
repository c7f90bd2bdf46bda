package cn.suiji.joint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.joint.service.JointFixture;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.concurrent.SameThreadTaskExecutor;
import cn.suiji.testing.FakeDialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 联合抽查 screen's ViewModels on two real data files (a fake dialog service, the same-thread
 * executor): the lead writes the task package, the partner imports it, sees its targets, records a
 * result and writes the results package, the lead merges it and writes the 联合检查总表.
 */
class JointViewModelTest {
  @TempDir
  Path dir;

  @Test
  void bothSidesWorkTheJointTaskFromTheScreen() throws Exception {
    try (JointFixture f = new JointFixture(dir)) {
      FakeDialogService leadDialogs = new FakeDialogService();
      JointViewModel lead = new JointViewModel(f.lead.joint(), new SameThreadTaskExecutor(), leadDialogs,
          Messages.current());
      lead.refresh();
      lead.exportTask();
      assertThat(lead.errorProperty().get()).contains("任务编号");
      lead.taskCodeProperty().set(JointFixture.TASK);
      lead.partnerCodeProperty().set(JointFixture.PARTNER);
      leadDialogs.nextFile = dir.resolve("task.zip");
      lead.exportTask();
      assertThat(lead.errorProperty().get()).isEmpty();
      assertThat(lead.outcomeProperty().get()).contains("task.zip").contains("SHA-256");

      FakeDialogService partnerDialogs = new FakeDialogService();
      JointViewModel partner = new JointViewModel(f.partner.joint(), new SameThreadTaskExecutor(), partnerDialogs,
          Messages.current());
      partner.refresh();
      assertThat(partner.tasks()).isEmpty();
      partnerDialogs.nextFile = dir.resolve("task.zip");
      partner.importPackage();
      assertThat(partner.errorProperty().get()).contains("--department");
      assertThat(partner.tasks()).isEmpty();
      partner.departmentProperty().set(JointFixture.PARTNER);
      partner.importPackage();
      assertThat(partner.errorProperty().get()).isEmpty();
      assertThat(partner.outcomeProperty().get()).contains(JointFixture.TASK);
      assertThat(partner.tasks()).singleElement().extracting(JointViewModel.TaskLine::code).isEqualTo(JointFixture.TASK);
      assertThat(partner.inspections()).hasSize(f.sheet().size());
      assertThat(partner.inspections().get(0).result()).isEqualTo("未录入");

      partner.selectedInspectionProperty().set(partner.inspections().get(0));
      partner.dateProperty().set("2026-06-10");
      partner.codesProperty().set("1");
      partner.recordResult();
      assertThat(partner.errorProperty().get()).isEmpty();
      assertThat(partner.inspections().get(0).result()).isEqualTo("1（2026-06-10）");
      assertThat(partner.tasks().get(0).results()).isEqualTo(1);
      partnerDialogs.nextFile = dir.resolve("results.zip");
      partner.exportResults();
      assertThat(partner.errorProperty().get()).isEmpty();
      assertThat(Files.exists(dir.resolve("results.zip"))).isTrue();

      f.notified(1);
      leadDialogs.nextFile = dir.resolve("results.zip");
      lead.importPackage();
      assertThat(lead.errorProperty().get()).isEmpty();
      assertThat(lead.outcomeProperty().get()).contains("合并配合部门 WJJ 的检查结果 1 条");
      leadDialogs.nextFile = dir.resolve("总表.xlsx");
      lead.exportSummary();
      assertThat(lead.errorProperty().get()).isEmpty();
      assertThat(Files.exists(dir.resolve("总表.xlsx"))).isTrue();
    }
  }
}
