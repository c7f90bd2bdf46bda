package cn.suiji.directory.service;

import static cn.suiji.directory.service.TargetFiles.uscc;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.directory.domain.SearchField;
import cn.suiji.directory.domain.TargetQuery;
import cn.suiji.directory.domain.Department;
import cn.suiji.testing.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at every step of the first load (docs/decisions/0039): inside the rows' transaction with
 * the indexes off, right after the rows committed with the indexes still off, inside the index
 * build, after the audit entry before the load was reported done, and after it was. Each time the
 * file must open with the directory either empty or whole — never rows without their indexes —
 * with the schema of the migrations and an intact audit chain.
 */
class FirstLoadCrashTest {
  private static final int ROWS = 2_500;

  @TempDir
  Path dir;

  private record Kill(String mode, String after, long delayMillis, boolean whole) {}

  @Test
  void aFirstLoadKilledAnywhereLeavesAnEmptyOrAWholeDirectory() throws Exception {
    List<List<?>> rows = new ArrayList<>();
    rows.add(List.of("统一社会信用代码", "企业名称", "所属乡镇"));
    for (int n = 0; n < ROWS; n++) {
      rows.add(Arrays.asList(uscc(n), "崇信县商店" + n, n % 2 == 0 ? "锦屏镇" : "柏树镇"));
    }
    Path file = TargetFiles.xlsx(dir.resolve("targets.xlsx"), rows);
    List<String> schema;
    Path template = dir.resolve("template");
    try (Services fresh = Services.open(template)) {
      fresh.database().dsl().transaction(trx -> fresh.departments().createAll(trx.dsl(),
          List.of(Department.draft("SCJGJ", "县市场监督管理局", "崇市监", 1))));
      schema = TargetFirstLoadTest.schema(fresh.database().dsl());
    }
    List<Kill> kills = List.of(new Kill("rows", "ROWS", 0, false), new Kill("committed", "ROWS-COMMITTED", 0, false),
        new Kill("timed", "ROWS-COMMITTED", 150, false), new Kill("audited", "AUDITED", 0, false),
        new Kill("done", "DONE", 0, true));
    for (Kill kill : kills) {
      Path db = dir.resolve("db-" + kill.mode());
      try (Stream<Path> files = Files.list(dir)) { // the template's data file and its key, journal: a data file made once
        for (Path f : files.filter(p -> p.getFileName().toString().startsWith("template.")).toList()) {
          Files.copy(f, dir.resolve(f.getFileName().toString().replace("template.", "db-" + kill.mode() + ".")));
        }
      }
      try (ChildJvm child = ChildJvm.start(FirstLoadChild.class, db.toString(), file.toString(), kill.mode())) {
        child.awaitLine(kill.after(), 180_000);
        Thread.sleep(kill.delayMillis());
        child.killHard();
      }
      try (Services services = Services.open(db)) {
        DSLContext dsl = services.database().dsl();
        int targets = dsl.fetchCount(dsl.selectFrom("target"));
        String as = "killed in mode " + kill.mode();
        if (kill.whole()) {
          assertThat(targets).as(as).isEqualTo(ROWS);
        } else if (!kill.mode().equals("timed")) {
          assertThat(targets).as(as).isZero();
          assertThat(services.database().undoneOnOpen()).as(as).isPresent();
        }
        assertThat(targets).as(as).isIn(0, ROWS);
        assertThat(dsl.fetchCount(dsl.selectFrom("target_department"))).as(as).isEqualTo(targets);
        assertThat(dsl.fetchCount(dsl.selectFrom("target_name_key")) > 0).as(as).isEqualTo(targets > 0);
        TargetFirstLoadTest.sameSchema(TargetFirstLoadTest.schema(dsl), schema);
        assertThat(services.auditor().verify(dsl).isIntact()).as(as).isTrue();
        boolean audited = services.auditor().latest(dsl, 10).stream().anyMatch(e -> e.action().equals("target.import"));
        assertThat(audited).as(as).isEqualTo(targets > 0);
        if (targets > 0) {
          assertThat(services.targets().page(TargetQuery.all().withText("商店59", SearchField.NAME), 0).rows()).as(as).isNotEmpty();
        }
      }
      try (Stream<Path> left = Files.list(dir)) {
        assertThat(left.map(p -> p.getFileName().toString())).as(kill.mode()).noneMatch(n -> n.contains("preimage"));
      }
    }
  }
}
