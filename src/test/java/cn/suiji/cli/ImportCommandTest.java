package cn.suiji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.cli.SuijiCommand.Result;
import cn.suiji.directory.domain.Department;
import cn.suiji.shared.db.DataLocation;
import cn.suiji.shared.ids.Uscc;
import cn.suiji.shared.xlsx.TableReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  @TempDir
  Path dir;

  private String db() {
    return dir.resolve("db").toString();
  }

  @BeforeEach
  void department() {
    try (Services services = Services.open(DataLocation.resolve(db()))) {
      services.database().dsl().transaction(trx -> services.departments().createAll(trx.dsl(),
          List.of(Department.draft("SCJGJ", "县市场监督管理局", "崇市监", 1))));
    }
  }

  private static String uscc(int n) {
    String first17 = String.format("91620102M%08d", n);
    return first17 + Uscc.checkChar(first17);
  }

  /** Title in row 1, header in row 2, then: a good row (3), a bad code (4), a blank row (5), a repeat (6), no name (7). */
  private Path sample() throws Exception {
    Path file = dir.resolve("targets.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet s = wb.createSheet("名录");
      s.createRow(0).createCell(0).setCellValue("某某县市场主体名录");
      String[][] rows = {
        {"统一社会信用代码", "企业名称"},
        {uscc(1), "甲\"商行\""},
        {uscc(2).substring(0, 17) + "0", "乙商行"},
        null,
        {uscc(1), "甲商行"},
        {uscc(3), ""},
      };
      for (int r = 0; r < rows.length; r++) {
        if (rows[r] != null) {
          var row = s.createRow(r + 1);
          for (int c = 0; c < rows[r].length; c++) {
            row.createCell(c).setCellValue(rows[r][c]);
          }
        }
      }
      wb.write(out);
    }
    return file;
  }

  private int targetCount() {
    try (Services services = Services.open(DataLocation.resolve(db()))) {
      return services.database().dsl().fetchCount(cn.suiji.shared.db.generated.Tables.TARGET);
    }
  }

  @Test
  void jsonIsOneLineWithTheExcelRowNumbersOfRejectedRows() throws Exception {
    Result r = SuijiCommand.run("import", "targets", sample().toString(), "--json", "--db", db());
    assertThat(r.exitCode()).as(r.err()).isZero();
    String expected = "{\"read\":4,\"created\":1,\"updated\":0,\"unchanged\":0,\"duplicates\":1,\"rejected\":2,\"rejectedRows\":[{\"row\":4,\"reason\":\"统一社会信用代码“"
        + uscc(2).substring(0, 17) + "0”校验不符：按前17位计算，第18位应为“" + uscc(2).charAt(17)
        + "”，实为“0”。多为某一位输错，请对照营业执照核对。\"},{\"row\":7,\"reason\":\"企业名称为空，请填写检查对象的名称。\"}],\"updatedRows\":[]}";
    assertThat(r.out()).isEqualTo(expected + System.lineSeparator());
    assertThat(targetCount()).isEqualTo(1);
  }

  @Test
  void plainOutputSummarisesAndListsRejectedRows() throws Exception {
    Result r = SuijiCommand.run("import", "targets", sample().toString(), "--db", db());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("已读取 4 行：新增 1，更新 0，未变 0，重复 1，拒绝 2").contains("第4行").contains("第7行");
  }

  @Test
  void dryRunWritesNothing() throws Exception {
    Result r = SuijiCommand.run("import", "targets", sample().toString(), "--dry-run", "--json", "--db", db());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("{\"read\":4,\"created\":1,");
    assertThat(targetCount()).isZero();
    Result again = SuijiCommand.run("import", "targets", sample().toString(), "--json", "--db", db());
    assertThat(again.out()).startsWith("{\"read\":4,\"created\":1,");
  }

  @Test
  void reportIsWritten() throws Exception {
    Path report = dir.resolve("r.xlsx");
    Result r = SuijiCommand.run("import", "targets", sample().toString(), "--report", report.toString(), "--db", db());
    assertThat(r.exitCode()).isZero();
    try (TableReader table = TableReader.open(report)) {
      List<cn.suiji.shared.xlsx.Row> rows = new java.util.ArrayList<>();
      table.read(table.sheetNames().get(0), rows::add, cn.suiji.shared.Progress.NONE);
      assertThat(rows).extracting(x -> x.cell(0)).containsExactly("行号", "3", "4", "6", "7");
      assertThat(rows.get(3).cell(1)).isEqualTo("重复");
    }
  }

  @Test
  void aTextFileNamedXlsxIsExitTwoWithTheReason() throws Exception {
    Path fake = Files.writeString(dir.resolve("fake.xlsx"), "统一社会信用代码,企业名称\n", StandardCharsets.UTF_8);
    Result r = SuijiCommand.run("import", "targets", fake.toString(), "--json", "--db", db());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("fake.xlsx").contains("不是电子表格");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anEncryptedFileIsExitTwo() throws Exception {
    Path file = dir.resolve("secret.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("123456");
      try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = encryptor.getDataStream(fs)) {
        wb.createSheet("s").createRow(0).createCell(0).setCellValue("企业名称");
        wb.write(out);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    Result r = SuijiCommand.run("import", "targets", file.toString(), "--db", db());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("密码");
  }

  @Test
  void benchImportRunsOnASmallFile() {
    Result r = SuijiCommand.run("bench", "import", "--rows", "300", "--dir", dir.resolve("bench").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("首次载入：导入空的对象库（-Xmx256m）|").contains("导入已有对象的库（同一事务，索引在位，-Xmx256m）|")
        .contains("仅解析扫描").contains("POI XSSFWorkbook").contains("倍");
    assertThat(r.out()).as("the first load beside the one-transaction import, and that beside the floor")
        .containsPattern("首次载入比同一文件的单事务导入快 [\\d.]+ 倍").containsPattern("数据库自身写入下限的 [\\d.]+ 倍");
    assertThat(r.out()).as("the database's own write floor, 300 targets").contains("H2 自行写入同样多的合成对象")
        .containsPattern("H2 自行写入同样多[^|]*\\|[\\d.]+\\|\\d+\\|").contains("仅数据库写入已是解析下限的");
    assertThat(r.out()).as("the floor for the file's very rows, measured and compared")
        .containsPattern("H2 自行写入这个文件的同一批行[^|]*\\|[\\d.]+\\|\\d+\\|[^|]*\\|完成")
        .containsPattern("数据库自行写入同一批行的 [\\d.]+ 倍");
    assertThat(r.out()).doesNotContain("失败");
  }
}
