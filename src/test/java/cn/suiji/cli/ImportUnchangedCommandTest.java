package cn.suiji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.cli.SuijiCommand.Result;
import cn.suiji.directory.InspectorFixtures;
import cn.suiji.shared.Progress;
import cn.suiji.shared.audit.AuditEntry;
import cn.suiji.shared.db.DataLocation;
import cn.suiji.shared.ids.Uscc;
import cn.suiji.shared.xlsx.Row;
import cn.suiji.shared.xlsx.TableReader;
import cn.suiji.shared.xlsx.XlsxWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-importing what the application exported changes nothing: every row is 未变, nothing is
 * written and the audit entry says so; one changed cell is one 更新 with exactly that field's
 * old → new, in {@code --json} and in the report file. Real .xlsx files, written and read back.
 */
class ImportUnchangedCommandTest {
  @TempDir
  Path dir;

  private String db() {
    return dir.resolve("db").toString();
  }

  @BeforeEach
  void county() {
    try (Services services = Services.open(DataLocation.resolve(db()))) {
      InspectorFixtures.seed(services);
    }
  }

  private static String uscc(int n) {
    String first17 = String.format("91620102M%08d", n);
    return first17 + Uscc.checkChar(first17);
  }

  /** Targets spelled the untidy way real files are: lower-case codes, spaces, a date cell, 'B类', '是'. */
  private Path targets() {
    Path file = dir.resolve("targets.xlsx");
    try (XlsxWriter w = new XlsxWriter(file, "名录", List.of("统一社会信用代码", "企业名称", "法定代表人", "住所", "乡镇",
        "行业", "登记状态", "成立日期", "联系电话", "经营异常", "信用风险分类"))) {
      for (int i = 1; i <= 30; i++) {
        w.writeRow(Arrays.asList(i % 2 == 0 ? uscc(i).toLowerCase() : uscc(i), " 示例商贸" + i + "有限公司 ", "张" + i,
            i % 3 == 0 ? null : "城关镇示例街" + i + "号", "城关镇", "F5211 百货零售", i % 5 == 0 ? "在业" : "存续",
            LocalDate.of(2019, 3, 1 + i % 28), "0931" + (1000000 + i), i % 7 == 0 ? "是" : "否", i % 4 == 0 ? "B类" : "A"));
      }
    }
    return file;
  }

  private JsonNode importJson(String kind, Path file, String... more) throws Exception {
    List<String> args = new ArrayList<>(List.of("import", kind, file.toString(), "--json", "--db", db(),
        "--department", "SCJGJ"));
    args.addAll(List.of(more));
    Result r = SuijiCommand.run(args.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.err() + r.out()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  private List<AuditEntry> audit() {
    try (Services services = Services.open(DataLocation.resolve(db()))) {
      return services.auditor().latest(services.database().dsl(), 1000);
    }
  }

  private static List<List<String>> read(Path xlsx) {
    List<List<String>> lines = new ArrayList<>();
    try (TableReader t = TableReader.open(xlsx)) {
      t.read(t.sheetNames().get(0), (Row r) -> lines.add(r.cells()), Progress.NONE);
    }
    return lines;
  }

  @Test
  void reimportingTheTargetExportIsAllUnchangedAndWritesNoUpdate() throws Exception {
    JsonNode first = importJson("targets", targets());
    assertThat(first.get("created").asInt()).as(first.toString()).isEqualTo(30);
    Path exported = dir.resolve("export.xlsx");
    Result export = SuijiCommand.run("export", "targets", "--db", db(), "--out", exported.toString());
    assertThat(export.exitCode()).as(export.err()).isZero();
    int auditBefore = audit().size();

    JsonNode again = importJson("targets", exported, "--report", dir.resolve("again-report.xlsx").toString());

    assertThat(List.of(again.get("read").asInt(), again.get("created").asInt(), again.get("updated").asInt(),
        again.get("unchanged").asInt(), again.get("duplicates").asInt(), again.get("rejected").asInt()))
        .as(again.toString()).containsExactly(30, 0, 0, 30, 0, 0);
    assertThat(again.get("updatedRows")).isEmpty();
    List<AuditEntry> added = audit().subList(0, audit().size() - auditBefore);
    assertThat(added).extracting(AuditEntry::action).containsExactly("target.import");
    assertThat(added.get(0).detail()).endsWith("read=30 created=0 updated=0 duplicates=0 rejected=0 unchanged=30");
    List<List<String>> report = read(dir.resolve("again-report.xlsx"));
    assertThat(report.get(0)).contains("变更");
    assertThat(report.subList(1, report.size())).allSatisfy(line -> assertThat(line.get(1)).isEqualTo("未变"));
  }

  @Test
  void oneChangedCellIsOneUpdateWithExactlyThatFieldsOldAndNew() throws Exception {
    importJson("targets", targets());
    Path exported = dir.resolve("export.xlsx");
    assertThat(SuijiCommand.run("export", "targets", "--db", db(), "--out", exported.toString()).exitCode()).isZero();
    List<List<String>> lines = read(exported);
    int name = lines.get(0).indexOf("名称");
    int code = lines.get(0).indexOf("统一社会信用代码");
    int changedLine = 5;
    String oldName = lines.get(changedLine).get(name);
    Path edited = dir.resolve("edited.xlsx");
    try (XlsxWriter w = new XlsxWriter(edited, "名录", lines.get(0))) {
      for (int i = 1; i < lines.size(); i++) {
        List<String> line = new ArrayList<>(lines.get(i));
        if (i == changedLine) {
          line.set(name, "乙商贸有限公司");
        }
        w.writeRow(line);
      }
    }
    Path report = dir.resolve("report.xlsx");

    JsonNode s = importJson("targets", edited, "--report", report.toString());

    assertThat(List.of(s.get("updated").asInt(), s.get("unchanged").asInt())).as(s.toString()).containsExactly(1, 29);
    String change = "企业名称：" + oldName + " → 乙商贸有限公司";
    assertThat(s.get("updatedRows").get(0).get("row").asInt()).isEqualTo(changedLine + 1);
    assertThat(s.get("updatedRows").get(0).get("changes").asText()).isEqualTo(change);
    List<List<String>> rows = read(report);
    int changes = rows.get(0).indexOf("变更");
    List<List<String>> updated = rows.stream().filter(r -> r.size() > 1 && r.get(1).equals("更新")).toList();
    assertThat(updated).hasSize(1);
    assertThat(updated.get(0).get(0)).isEqualTo(Integer.toString(changedLine + 1));
    assertThat(updated.get(0).get(3)).isEqualTo(lines.get(changedLine).get(code));
    assertThat(updated.get(0).get(changes)).isEqualTo(change);
  }

  @Test
  void reimportingTheInspectorExportIsAllUnchanged() throws Exception {
    Path file = dir.resolve("inspectors.xlsx");
    try (XlsxWriter w = new XlsxWriter(file, "人员", List.of("执法人员姓名", "身份证号码", "执法部门", "证号", "有效期至", "状态", "岗位"))) {
      w.writeRow(List.of("李明", InspectorFixtures.idNumber(1, true), "SCJGJ", "62082301001", "2028-01-01", "在岗", "科员"));
      w.writeRow(List.of("赵丽", InspectorFixtures.idNumber(2, false), "SCJGJ", "62082301002", "2028/01/01", "停用", "科长"));
    }
    assertThat(importJson("inspectors", file).get("created").asInt()).isEqualTo(2);
    Path exported = dir.resolve("inspectors-export.xlsx");
    Result export = SuijiCommand.run("export", "inspectors", "--out", exported.toString(), "--db", db());
    assertThat(export.exitCode()).as(export.err()).isZero();

    JsonNode again = importJson("inspectors", exported);

    assertThat(List.of(again.get("created").asInt(), again.get("updated").asInt(), again.get("unchanged").asInt(),
        again.get("rejected").asInt())).as(again.toString()).containsExactly(0, 0, 2, 0);
    assertThat(audit().get(0).detail()).endsWith("updated=0 duplicates=0 rejected=0 unchanged=2");
  }
}
