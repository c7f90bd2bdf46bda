package cn.suiji.directory.service;

import static cn.suiji.directory.service.TargetFiles.regNo;
import static cn.suiji.directory.service.TargetFiles.uscc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.app.Services;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.SearchField;
import cn.suiji.directory.domain.TargetImportSummary;
import cn.suiji.directory.domain.TargetQuery;
import cn.suiji.directory.domain.TargetRow;
import cn.suiji.shared.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first load into an empty directory (docs/decisions/0039) on real H2 files: its indexes and
 * keys taken off and built again, it must leave exactly the schema, rows, memberships, name grams
 * and audit entry of the one-transaction import of the same file; cancelled, it leaves empty
 * tables with every index; and into a directory that has targets, the import stays one transaction.
 */
class TargetFirstLoadTest {
  private static final List<String> HEADER = List.of("统一社会信用代码", "注册号", "企业名称", "法定代表人", "所属乡镇", "行业代码");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-16T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
  private static final int ROWS = 2_400;

  @TempDir
  Path dir;

  private Services open(String name) {
    Services s = new Services(cn.suiji.shared.db.Database.openFile(dir.resolve(name)), CLOCK);
    s.database().dsl().transaction(trx -> s.departments().createAll(trx.dsl(),
        List.of(Department.draft("SCJGJ", "县市场监督管理局", "崇市监", 1))));
    return s;
  }

  private Path file() throws Exception {
    List<List<?>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (int n = 0; n < ROWS; n++) {
      rows.add(Arrays.asList(n % 7 == 0 ? null : uscc(n), n % 7 == 0 ? regNo(n) : null, "崇信县商店" + (ROWS - n) % 97 + "号" + n,
          "王" + n % 13, n % 2 == 0 ? "锦屏镇" : "柏树镇", "F52" + n % 10));
    }
    rows.add(Arrays.asList(uscc(5), null, "重复", null, null, null));
    rows.add(Arrays.asList("x", null, "拒绝", null, null, null));
    return TargetFiles.xlsx(dir.resolve("targets.xlsx"), rows);
  }

  /** The whole schema as H2 scripts it, without the row-count comments, identity positions and column statistics. */
  static List<String> schema(DSLContext dsl) {
    return dsl.fetch("SCRIPT NODATA NOPASSWORDS NOSETTINGS").stream()
        .map(r -> r.get(0, String.class).replaceAll(" ?(RESTART WITH|SELECTIVITY) \\d+", ""))
        .filter(s -> !s.startsWith("--")).sorted().toList();
  }

  /** Fails naming only the statements one schema has and the other has not. */
  static void sameSchema(List<String> actual, List<String> expected) {
    List<String> extra = new ArrayList<>(actual);
    extra.removeAll(expected);
    List<String> missing = new ArrayList<>(expected);
    missing.removeAll(actual);
    assertThat(extra).as("statements not expected").isEmpty();
    assertThat(missing).as("statements missing").isEmpty();
  }

  private static List<String> table(DSLContext dsl, String sql) {
    return dsl.fetch(sql).stream().map(r -> Arrays.toString(r.intoArray())).toList();
  }

  @Test
  void aFirstLoadLeavesWhatTheOneTransactionImportLeaves() throws Exception {
    Path f = file();
    try (Services first = open("first"); Services tx = open("tx")) {
      List<String> before = schema(first.database().dsl());
      assertThat(before).anyMatch(s -> s.contains("IX_TARGET_POOL")).anyMatch(s -> s.contains("UQ_TARGET_USCC"))
          .anyMatch(s -> s.contains("FK_TD_TARGET"));
      TargetImportSummary a = first.targetImport().commit(new TargetImportService.Request(f, null, null), Progress.NONE);
      TargetImportSummary b = tx.targetImport().withoutFirstLoad()
          .commit(new TargetImportService.Request(f, null, null), Progress.NONE);
      assertThat(List.of(a.read(), a.created(), a.duplicates(), a.rejected())).containsExactly(ROWS + 2, ROWS, 1, 1);
      assertThat(List.of(b.read(), b.created(), b.duplicates(), b.rejected())).containsExactly(ROWS + 2, ROWS, 1, 1);
      DSLContext x = first.database().dsl();
      DSLContext y = tx.database().dsl();
      sameSchema(schema(x), before);
      sameSchema(schema(y), before);
      for (String sql : List.of("SELECT * FROM target ORDER BY id", "SELECT * FROM target_department ORDER BY 1, 2",
          "SELECT k FROM target_name_key ORDER BY 1")) {
        assertThat(table(x, sql)).as(sql).isNotEmpty().isEqualTo(table(y, sql));
      }
      assertThat(first.auditor().latest(x, 5).get(0).action()).isEqualTo("target.import");
      assertThat(first.auditor().verify(x).isIntact()).isTrue();
      // the rebuilt keys hold: a second target with a stored code is refused by the database itself
      assertThatThrownBy(() -> x.execute("INSERT INTO target (object_key, uscc, name, kind, status, updated_at)"
          + " VALUES ('NEW', '" + uscc(1) + "', '重复代码', 'ENTERPRISE', 'EXISTING', CURRENT_TIMESTAMP)"))
          .hasMessageContaining("UQ_TARGET_USCC");
      for (String text : List.of("商店9", "7号", "号23")) {
        TargetQuery q = TargetQuery.all().withText(text, SearchField.NAME);
        assertThat(first.targets().page(q, 0).rows().stream().map(TargetRow::id).toList()).as(text).isNotEmpty()
            .isEqualTo(tx.targets().page(q, 0).rows().stream().map(TargetRow::id).toList());
      }
    }
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("preimage"));
    }
  }

  @Test
  void aCancelledFirstLoadLeavesEmptyTablesWithEveryIndex() throws Exception {
    Path f = file();
    try (Services s = open("cancelled")) {
      DSLContext dsl = s.database().dsl();
      List<String> before = schema(dsl);
      int audit = s.auditor().latest(dsl, 1000).size();
      Progress cancelAfterTwoBatches = new Progress() {
        private long seen;

        @Override
        public void update(long done, long total) {
          seen = done;
        }

        @Override
        public boolean isCancelled() {
          return seen > 2 * ImportPass.BATCH;
        }
      };
      assertThatThrownBy(() -> s.targetImport().commit(new TargetImportService.Request(f, null, null), cancelAfterTwoBatches))
          .isInstanceOf(Progress.CancelledException.class);
      assertThat(dsl.fetchCount(dsl.selectFrom("target"))).isZero();
      assertThat(dsl.fetchCount(dsl.selectFrom("target_name_key"))).isZero();
      assertThat(dsl.fetchCount(dsl.selectFrom("target_department"))).isZero();
      sameSchema(schema(dsl), before);
      assertThat(s.auditor().latest(dsl, 1000)).hasSize(audit);
      // and the next load goes through whole
      assertThat(s.targetImport().commit(new TargetImportService.Request(f, null, null), Progress.NONE).created()).isEqualTo(ROWS);
      sameSchema(schema(dsl), before);
    }
  }

  @Test
  void intoADirectoryWithTargetsTheImportKeepsItsIndexes() throws Exception {
    Path f = file();
    try (Services s = open("second")) {
      DSLContext dsl = s.database().dsl();
      dsl.execute("INSERT INTO target (object_key, uscc, name, kind, status, updated_at)"
          + " VALUES ('OLD', 'OLD', '已有的店', 'ENTERPRISE', 'EXISTING', CURRENT_TIMESTAMP)");
      List<String> before = schema(dsl);
      // a reader watching the schema while the import runs: it must never see an index missing
      List<Boolean> complete = new ArrayList<>();
      Progress watch = new Progress() {
        @Override
        public void update(long done, long total) {
          complete.add(schema(dsl).equals(before));
        }

        @Override
        public boolean isCancelled() {
          return false;
        }
      };
      assertThat(s.targetImport().commit(new TargetImportService.Request(f, null, null), watch).created()).isEqualTo(ROWS);
      assertThat(complete).isNotEmpty().containsOnly(true);
      // the same watch on an empty directory sees the first load's bare tables
      try (Services empty = open("empty")) {
        DSLContext e = empty.database().dsl();
        List<String> full = schema(e);
        List<Boolean> seen = new ArrayList<>();
        empty.targetImport().commit(new TargetImportService.Request(f, null, null), new Progress() {
          @Override
          public void update(long done, long total) {
            seen.add(schema(e).equals(full));
          }

          @Override
          public boolean isCancelled() {
            return false;
          }
        });
        assertThat(seen).contains(false);
        sameSchema(schema(e), full);
      }
    }
  }
}
