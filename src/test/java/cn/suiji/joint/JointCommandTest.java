package cn.suiji.joint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.cli.SuijiCommand;
import cn.suiji.joint.remote.JointJson;
import cn.suiji.joint.remote.JointPackage;
import cn.suiji.joint.service.JointFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code suiji joint …} end to end on two data files: export, a refused and an accepted import,
 * a result recorded, the results package, the merge and the summary, with the exit codes.
 */
class JointCommandTest {
  @TempDir
  Path dir;

  @Test
  void theCommandsCarryAJointTaskThereAndBack() throws Exception {
    JointFixtures.Files files = JointFixtures.twoFiles(dir);
    String lead = files.lead().toString();
    String partner = files.partner().toString();
    Path task = dir.resolve("task.zip");
    SuijiCommand.Result export = SuijiCommand.run("joint", "export", "--db", lead, "--task", JointFixtures.TASK,
        "--department", "WJJ", "--out", task.toString());
    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(export.out()).contains("SHA-256");

    SuijiCommand.Result noDepartment = SuijiCommand.run("joint", "import", "--db", partner, task.toString());
    assertThat(noDepartment.exitCode()).isEqualTo(SuijiCommand.BAD_INPUT);
    assertThat(noDepartment.err()).contains("--department");
    SuijiCommand.Result imported = SuijiCommand.run("joint", "import", "--db", partner, task.toString(),
        "--department", "WJJ");
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(SuijiCommand.run("joint", "import", "--db", partner, task.toString()).out()).contains("此前已导入");
    assertThat(SuijiCommand.run("joint", "list", "--db", partner).out()).contains(JointFixtures.TASK, "WJJ");

    String target = JointJson.assignments(JointPackage.read(task).file(JointJson.ASSIGNMENTS)).get(0).targetKey();
    SuijiCommand.Result badDate = SuijiCommand.run("joint", "record", "--db", partner, "--task", JointFixtures.TASK,
        "--target", target, "--date", "6月10日", "--codes", "1");
    assertThat(badDate.exitCode()).isEqualTo(SuijiCommand.BAD_INPUT);
    SuijiCommand.Result recorded = SuijiCommand.run("joint", "record", "--db", partner, "--task", JointFixtures.TASK,
        "--target", target, "--date", "2026-06-10", "--codes", "1", "--methods", "实地检查,书面检查");
    assertThat(recorded.exitCode()).as(recorded.err()).isZero();
    Path results = dir.resolve("results.zip");
    assertThat(SuijiCommand.run("joint", "results", "--db", partner, "--task", JointFixtures.TASK, "--out",
        results.toString()).exitCode()).isZero();

    SuijiCommand.Result merged = SuijiCommand.run("joint", "import", "--db", lead, results.toString());
    assertThat(merged.exitCode()).as(merged.out() + merged.err()).isZero();
    assertThat(merged.out()).contains("合并配合部门 WJJ 的检查结果 1 条");
    Path summary = dir.resolve("总表.xlsx");
    SuijiCommand.Result written = SuijiCommand.run("joint", "summary", "--db", lead, "--task", JointFixtures.TASK,
        "--out", summary.toString());
    assertThat(written.exitCode()).as(written.err()).isZero();
    assertThat(Files.size(summary)).isPositive();
  }
}
