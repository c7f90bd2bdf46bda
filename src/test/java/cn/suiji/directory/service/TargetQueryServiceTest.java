package cn.suiji.directory.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.directory.TestTargets;
import cn.suiji.directory.data.TargetSearchRepository;
import cn.suiji.directory.domain.SearchField;
import cn.suiji.directory.domain.TargetCount;
import cn.suiji.directory.domain.TargetPage;
import cn.suiji.directory.domain.TargetQuery;
import cn.suiji.shared.Progress;
import cn.suiji.shared.db.Database;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.xlsx.Row;
import cn.suiji.shared.xlsx.TableReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetQueryServiceTest {
  @TempDir
  Path dir;
  private Database db;
  private TargetQueryService service;
  private final Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);

  @BeforeEach
  void sample() {
    db = Database.inMemory("service-" + UUID.randomUUID());
    TestTargets.sample(db.dsl());
    service = new TargetQueryService(db.dsl(), new TargetSearchRepository());
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aPageSaysWhetherAnotherFollows() {
    for (int i = 0; i < TargetQueryService.PAGE_SIZE; i++) {
      TestTargets.insert(db.dsl(), "批量商店" + i, null, null, null, "新集乡", null, "INDIVIDUAL", "OPERATING", "", null);
    }
    TargetPage first = service.page(TargetQuery.all(), 0);
    assertThat(first.rows()).hasSize(TargetQueryService.PAGE_SIZE);
    assertThat(first.hasNext()).isTrue();
    TargetPage second = service.page(TargetQuery.all(), TargetQueryService.PAGE_SIZE);
    assertThat(second.rows()).hasSize(6);
    assertThat(second.hasNext()).isFalse();
    assertThat(service.count(TargetQuery.all())).isEqualTo(new TargetCount(106, false));
  }

  @Test
  void theExportHoldsExactlyTheFilteredRows() throws Exception {
    Path file = dir.resolve("城关镇.xlsx");
    long n = service.export(TargetQuery.all().withTownship("城关镇"), file, zh, Progress.NONE);
    assertThat(n).isEqualTo(3);
    List<Row> rows = read(file);
    assertThat(rows.get(0).cells()).startsWith("名称", "统一社会信用代码", "注册号", "主体类型");
    assertThat(rows.subList(1, rows.size())).extracting(r -> r.cell(0))
        .containsExactly("崇信县华鑫商贸有限公司", "崇信县张伟餐饮店", "崇信县鑫源副食店");
    assertThat(rows.get(2).cells()).contains("620823600012345", "个体工商户", "注销", "是");
  }

  @Test
  void aNameStartingWithEqualsComesBackAsText() throws Exception {
    Path file = dir.resolve("injection.xlsx");
    service.export(TargetQuery.all().withText("商行", SearchField.NAME), file, zh, Progress.NONE);
    assertThat(read(file).get(1).cell(0)).isEqualTo("=1+1 商行");
    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      XSSFCell cell = wb.getSheetAt(0).getRow(1).getCell(0);
      assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
      assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
    }
  }

  @Test
  void aCancelledExportLeavesNoFile() {
    for (int i = 0; i < 2500; i++) {
      TestTargets.insert(db.dsl(), "取消测试" + i, null, null, null, null, null, "INDIVIDUAL", "OPERATING", "", null);
    }
    Path file = dir.resolve("cancelled.xlsx");
    Progress cancelAtOnce = new Progress() {
      @Override
      public void update(long done, long total) {}

      @Override
      public boolean isCancelled() {
        return true;
      }
    };
    assertThatThrownBy(() -> service.export(TargetQuery.all(), file, zh, cancelAtOnce)).isInstanceOf(Progress.CancelledException.class);
    assertThat(file).doesNotExist();
  }

  private static List<Row> read(Path file) {
    List<Row> rows = new ArrayList<>();
    try (TableReader table = TableReader.open(file)) {
      table.read(table.sheetNames().get(0), row -> rows.add(row), Progress.NONE);
    }
    return rows;
  }
}
