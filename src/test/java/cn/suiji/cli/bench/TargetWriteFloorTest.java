package cn.suiji.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.TargetImportSummary;
import cn.suiji.directory.service.TargetImportService;
import cn.suiji.shared.Progress;
import java.nio.file.Path;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The floor for a file's very rows writes exactly what the import of that file wrote, in its order. */
class TargetWriteFloorTest {
  @TempDir
  Path dir;

  private static final String ROWS = "SELECT " + TargetWriteFloor.COLUMNS.replace("updated_at", "0")
      + " FROM target ORDER BY id";

  @Test
  void theSameRowsFloorWritesTheImportedRowsInTheFilesOrder() {
    Path file = dir.resolve("targets.xlsx");
    SampleTargets.write(file, 400);
    Path imported = dir.resolve("imported");
    TargetImportSummary summary;
    Result<Record> wanted;
    try (Services services = Services.open(imported)) {
      services.database().dsl().transaction(trx -> services.departments().createAll(trx.dsl(),
          List.of(Department.draft("BENCH", "Bench", "BENCH", 0))));
      summary = services.targetImport().commit(new TargetImportService.Request(file, null, null), Progress.NONE);
      wanted = services.database().dsl().fetch(ROWS);
    }
    assertThat(summary.created()).as("the sample has rows to create").isGreaterThan(300);

    try (Services services = Services.open(dir.resolve("floor"))) {
      DSLContext dsl = services.database().dsl();
      dsl.transaction(trx -> services.departments().createAll(trx.dsl(),
          List.of(Department.draft("BENCH", "Bench", "BENCH", 0))));
      long departmentId = services.departments().all().get(0).id();
      assertThat(TargetWriteFloor.stage(dsl, imported)).isEqualTo(summary.created());
      assertThat(TargetWriteFloor.writeSame(dsl, departmentId)).isEqualTo(summary.created());
      assertThat(dsl.fetch(ROWS)).as("every column the import wrote, row by row in id order").isEqualTo(wanted);
      assertThat(dsl.fetchCount(dsl.selectFrom("target_department"))).isEqualTo(summary.created());
      assertThat(dsl.fetchOne("SELECT COUNT(*) FROM target_name_key").get(0, Long.class))
          .as("the name grams filled as the import fills them").isPositive();
    }
  }
}
