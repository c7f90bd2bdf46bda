package cn.suiji.directory.service;

import static cn.suiji.directory.service.TargetFiles.uscc;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.directory.data.TargetRepository;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.TargetImportSummary;
import cn.suiji.shared.Progress;
import cn.suiji.shared.db.Database;
import cn.suiji.shared.imports.RowChange;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 未变 for targets: equal after normalising, columns the file lacks, and joining another department's directory. */
class TargetImportUnchangedTest {
  @TempDir
  Path dir;
  private Services services;

  @BeforeEach
  void open() {
    services = new Services(Database.inMemory("unchanged-" + UUID.randomUUID()),
        Clock.fixed(Instant.parse("2026-03-16T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
    services.database().dsl().transaction(trx -> services.departments().createAll(trx.dsl(),
        List.of(Department.draft("SCJGJ", "县市场监督管理局", "崇市监", 1), Department.draft("NYJ", "县农业农村局", "崇农", 2))));
  }

  @AfterEach
  void close() {
    services.close();
  }

  private TargetImportSummary commit(String department, List<?>... rows) throws Exception {
    Path file = TargetFiles.xlsx(dir.resolve("t-" + UUID.randomUUID() + ".xlsx"), Arrays.asList(rows));
    return services.targetImport().commit(new TargetImportService.Request(file, department, null), Progress.NONE);
  }

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  @Test
  void theSameTargetSpelledDifferentlyIsUnchangedAndAMissingColumnChangesNothing() throws Exception {
    List<Object> header = row("统一社会信用代码", "企业名称", "法定代表人", "登记状态", "成立日期", "行业", "信用风险分类");
    commit("SCJGJ", header, row(uscc(1), "甲商行", "张三", "在业", LocalDate.of(2019, 3, 5), "F5211 百货零售", "B"));

    TargetImportSummary same = commit("SCJGJ", header,
        row(" " + uscc(1).toLowerCase() + " ", "  甲商行 ", "张三", "在营", "2019-03-05", "f5211 百货零售", "B类"));
    assertThat(List.of(same.updated(), same.unchanged())).as(same.changedRows().toString()).containsExactly(0, 1);

    TargetImportSummary fewer = commit("SCJGJ", row("统一社会信用代码", "企业名称"), row(uscc(1), "甲商行"));
    assertThat(fewer.unchanged()).as("the columns the file lacks are kept, so they change nothing").isEqualTo(1);

    TargetImportSummary twoFields = commit("SCJGJ", header,
        row(uscc(1), "甲商行", "李四", "在业", LocalDate.of(2019, 3, 5), "F5211 百货零售", null));
    assertThat(twoFields.changedRows()).extracting(RowChange::changes)
        .containsExactly("法定代表人：张三 → 李四；信用风险分类：B → （空）");
    assertThat(new TargetRepository().findByCode(services.database().dsl(), uscc(1)).orElseThrow().legalRep())
        .isEqualTo("李四");
  }

  @Test
  void anEqualTargetNotYetInTheChosenDepartmentIsAnUpdateThatJoinsItsDirectory() throws Exception {
    List<Object> header = row("统一社会信用代码", "企业名称");
    commit("SCJGJ", header, row(uscc(2), "乙商行"));

    TargetImportSummary joins = commit("NYJ", header, row(uscc(2), "乙商行"));
    assertThat(joins.changedRows()).extracting(RowChange::changes).containsExactly("部门名录库：（空） → NYJ");
    long nyj = services.departments().all().stream().filter(d -> d.code().equals("NYJ")).findFirst().orElseThrow().id();
    assertThat(new TargetRepository().countInDepartment(services.database().dsl(), nyj)).isEqualTo(1);

    assertThat(commit("NYJ", header, row(uscc(2), "乙商行")).unchanged()).isEqualTo(1);
  }
}
