package cn.suiji.directory.service;

import static cn.suiji.directory.service.TargetFiles.regNo;
import static cn.suiji.directory.service.TargetFiles.uscc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.app.Services;
import cn.suiji.directory.data.DepartmentRepository;
import cn.suiji.directory.data.TargetRepository;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.SearchField;
import cn.suiji.directory.domain.TargetImportSummary;
import cn.suiji.directory.domain.TargetQuery;
import cn.suiji.directory.domain.TargetRow;
import cn.suiji.shared.Progress;
import cn.suiji.shared.db.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import's bulk path (new targets' grams added in one statement at the end, the per-row
 * trigger deferred) against the row path (the trigger indexing each insert): the same file on the
 * same directory must leave the same targets, memberships, grams and outcomes, search must find
 * the same targets, and a cancelled bulk import must leave nothing — not even the deferral.
 */
class TargetImportBulkTest {
  private static final List<String> HEADER = List.of("统一社会信用代码", "注册号", "企业名称", "法定代表人", "所属乡镇");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-16T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

  @TempDir
  Path dir;
  private final List<Services> opened = new ArrayList<>();

  @AfterEach
  void close() {
    opened.forEach(Services::close);
  }

  private Services open() {
    Services s = new Services(Database.inMemory("bulk-" + UUID.randomUUID()), CLOCK);
    s.database().dsl().transaction(trx -> s.departments().createAll(trx.dsl(),
        List.of(Department.draft("SCJGJ", "县市场监督管理局", "崇市监", 1))));
    opened.add(s);
    return s;
  }

  private static TargetImportService service(Services s, boolean bulk) {
    return new TargetImportService(s.database().dsl(), new TargetRepository(), new DepartmentRepository(), s.auditor(),
        CLOCK, bulk, true);
  }

  private Path file(List<List<?>> rows) throws Exception {
    List<List<?>> all = new ArrayList<>();
    all.add(HEADER);
    all.addAll(rows);
    return TargetFiles.xlsx(dir.resolve("t-" + UUID.randomUUID() + ".xlsx"), all);
  }

  private static List<?> row(Object... cells) {
    return Arrays.asList(cells);
  }

  /** A first file the directory already holds, then a second one mixing every outcome. */
  private List<Path> files() throws Exception {
    List<List<?>> first = new ArrayList<>();
    for (int n = 0; n < 30; n++) {
      first.add(row(uscc(n), null, "崇信县老店" + n, "王" + n, "锦屏镇"));
    }
    first.add(row(null, regNo(7), "只有注册号的店", null, "新窑镇"));
    List<List<?>> second = new ArrayList<>();
    for (int n = 0; n < ImportPass.BATCH + 250; n++) {
      // new targets over two batches, with repeated pieces, a one-character name and non-BMP text
      String name = switch (n % 5) {
        case 0 -> "华华华华商贸" + n;
        case 1 -> "鑫源辰副食店" + n;
        case 2 -> "𠀀𠀁餐饮" + n;
        case 3 -> n == 3 ? "店" : "崇信县新店" + n;
        default -> "甲乙甲乙甲" + n;
      };
      second.add(row(uscc(1000 + n), null, name, "李" + n, n % 2 == 0 ? "锦屏镇" : "柏树镇"));
    }
    second.add(row(uscc(3), null, "崇信县老店改名鑫源辰", "王三", "锦屏镇")); // renamed: the trigger's update path
    second.add(row(uscc(4), null, "崇信县老店4", "王四", "锦屏镇")); // same name
    second.add(row(uscc(1000), null, "重复", null, null)); // a repeat within the file
    second.add(row("x", null, "拒绝", null, null)); // rejected
    second.add(row(uscc(5), regNo(7), "冲突", null, null)); // codes of two different targets
    second.add(row(uscc(8), regNo(8), "崇信县老店8", null, null)); // a regNo added by an update
    return List.of(file(first), file(second));
  }

  private static List<?> counts(TargetImportSummary s) {
    return List.of(s.read(), s.created(), s.updated(), s.duplicates(), s.rejected());
  }

  private static List<String> problems(TargetImportSummary s) {
    return s.rejectedRows().stream()
        .map(p -> p.row() + " " + p.field() + " " + p.key() + " " + Arrays.deepToString(p.args())).toList();
  }

  private static List<String> table(DSLContext dsl, String sql) {
    return dsl.fetch(sql).stream().map(r -> Arrays.toString(r.intoArray())).toList();
  }

  @Test
  void bulkAndRowPathsLeaveTheSameRowsGramsAndOutcomes() throws Exception {
    List<Path> files = files();
    Services bulk = open();
    Services rows = open();
    for (Path f : files) {
      TargetImportSummary b = service(bulk, true).commit(new TargetImportService.Request(f, null, null), Progress.NONE);
      TargetImportSummary r = service(rows, false).commit(new TargetImportService.Request(f, null, null), Progress.NONE);
      assertThat(counts(b)).isEqualTo(counts(r));
      assertThat(problems(b)).isEqualTo(problems(r));
    }
    DSLContext b = bulk.database().dsl();
    DSLContext r = rows.database().dsl();
    assertThat(table(b, "SELECT * FROM target ORDER BY id")).hasSize(31 + ImportPass.BATCH + 250)
        .isEqualTo(table(r, "SELECT * FROM target ORDER BY id"));
    assertThat(table(b, "SELECT * FROM target_department ORDER BY 1, 2"))
        .isEqualTo(table(r, "SELECT * FROM target_department ORDER BY 1, 2"));
    List<String> grams = table(b, "SELECT gram, target_id FROM target_name_gram ORDER BY 1, 2");
    assertThat(grams).isEqualTo(table(r, "SELECT gram, target_id FROM target_name_gram ORDER BY 1, 2"));
    // the one-character name and the repeated pieces: each distinct gram once
    assertThat(table(b, "SELECT g.gram FROM target_name_gram g JOIN target t ON t.id = g.target_id"
        + " WHERE t.name = '店'")).containsExactly("[店]");
    assertThat(table(b, "SELECT g.gram FROM target_name_gram g JOIN target t ON t.id = g.target_id"
        + " WHERE t.name = '华华华华商贸0' ORDER BY 1")).containsExactlyInAnyOrder("[0]", "[华华]", "[华商]", "[商贸]", "[贸0]");
    for (String text : List.of("鑫源辰", "华华", "𠀁餐", "甲乙甲", "店", "老店改名")) {
      TargetQuery q = TargetQuery.all().withText(text, SearchField.NAME);
      List<Long> found = bulk.targets().page(q, 0).rows().stream().map(TargetRow::id).toList();
      assertThat(found).as(text).isNotEmpty()
          .isEqualTo(rows.targets().page(q, 0).rows().stream().map(TargetRow::id).toList());
    }
  }

  @Test
  void aCancelledBulkImportLeavesNothingAndTheTriggerWorksAgain() throws Exception {
    Services s = open();
    Path f = files().get(1);
    // cancel at the check after the grams are added (not one of the reader's or a batch's checks)
    Progress cancelAtTheGrams = new Progress() {
      @Override
      public void update(long done, long total) {}

      @Override
      public boolean isCancelled() {
        return StackWalker.getInstance().walk(st -> st.noneMatch(fr -> fr.getClassName().equals(ImportPass.class.getName())
            || fr.getClassName().startsWith("cn.suiji.shared.xlsx")));
      }
    };
    DSLContext dsl = s.database().dsl();
    int audit = s.auditor().latest(dsl, 1000).size();
    assertThatThrownBy(() -> service(s, true).commit(new TargetImportService.Request(f, null, null), cancelAtTheGrams))
        .isInstanceOf(Progress.CancelledException.class);
    assertThat(dsl.fetchCount(dsl.selectFrom("target"))).isZero();
    assertThat(dsl.fetchCount(dsl.selectFrom("target_name_gram"))).isZero();
    assertThat(dsl.fetchCount(dsl.selectFrom("target_department"))).isZero();
    assertThat(s.auditor().latest(dsl, 1000)).hasSize(audit);
    // the session flag was switched back: a plain insert on the pooled connection gets its grams
    dsl.execute("INSERT INTO target (object_key, uscc, name, kind, status, updated_at)"
        + " VALUES ('K1', 'K1', '手写商店', 'ENTERPRISE', 'EXISTING', CURRENT_TIMESTAMP)");
    assertThat(table(dsl, "SELECT gram FROM target_name_gram ORDER BY 1")).containsExactlyInAnyOrder("[商店]", "[写商]", "[店]", "[手写]");
    TargetImportSummary done = service(s, true).commit(new TargetImportService.Request(f, null, null), Progress.NONE);
    // on an empty directory the rows that updated or conflicted above are new too
    assertThat(done.created()).isEqualTo(ImportPass.BATCH + 250 + 4);
  }
}
