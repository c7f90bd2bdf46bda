package cn.suiji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.cli.SuijiCommand.Result;
import cn.suiji.directory.domain.Department;
import cn.suiji.shared.db.DataLocation;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad input file ends every command with a Chinese message naming the file and the cause, and nothing saved. */
class BadFileMessagesCommandTest {
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

  private int targetCount() {
    try (Services services = Services.open(DataLocation.resolve(db()))) {
      return services.database().dsl().fetchCount(cn.suiji.shared.db.generated.Tables.TARGET);
    }
  }

  /** A minimal workbook whose sheet is {@code sheetData}, written by hand as Excel would, with any cell length. */
  private Path workbook(String name, String sheetData) throws Exception {
    Path file = dir.resolve(name);
    String ns = "http://schemas.openxmlformats.org/";
    String[][] parts = {
      {"[Content_Types].xml", "<Types xmlns=\"" + ns + "package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          + "</Types>"},
      {"_rels/.rels", "<Relationships xmlns=\"" + ns + "package/2006/relationships\"><Relationship Id=\"rId1\" "
          + "Type=\"" + ns + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
      {"xl/workbook.xml", "<workbook xmlns=\"" + ns + "spreadsheetml/2006/main\" xmlns:r=\"" + ns
          + "officeDocument/2006/relationships\"><sheets><sheet name=\"名录\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + ns + "package/2006/relationships\"><Relationship Id=\"rId1\" "
          + "Type=\"" + ns + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
      {"xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + ns + "spreadsheetml/2006/main\"><sheetData>" + sheetData
          + "</sheetData></worksheet>"},
    };
    try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(raw)) {
      for (String[] part : parts) {
        zip.putNextEntry(new ZipEntry(part[0]));
        zip.write(part[1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }

  private static String cell(String ref, String text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  @Test
  void aCellOf40000CharactersIsNamedByRowAndColumnAndNothingIsSaved() throws Exception {
    Path file = workbook("long.xlsx", "<row r=\"1\">" + cell("A1", "统一社会信用代码") + cell("B1", "企业名称") + "</row>"
        + "<row r=\"2\">" + cell("A2", "91620102MA74L5WX0X") + cell("B2", "兴隆商贸") + "</row>"
        + "<row r=\"3\">" + cell("A3", "91620102MA74L5WX0X") + cell("B3", "甲".repeat(40_000)) + "</row>");
    Result r = SuijiCommand.run("import", "targets", file.toString(), "--db", db());
    assertThat(r.exitCode()).as(r.out()).isEqualTo(2);
    assertThat(r.err()).contains("long.xlsx").contains("第3行 B 列").contains("32767").doesNotContain("bomb");
    assertThat(targetCount()).isZero();
  }

  @Test
  void aCsvWithAnUnclosedQuoteSaysSoWithTheRowAndSavesNothing() throws Exception {
    Path file = Files.writeString(dir.resolve("quote.csv"),
        "统一社会信用代码,企业名称\n91620102MA74L5WX0X,兴隆商贸\n91620102MA74L5WX0X,\"乙商行\n", StandardCharsets.UTF_8);
    Result r = SuijiCommand.run("import", "targets", file.toString(), "--db", db());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("quote.csv").contains("第3行").contains("引号未闭合");
    assertThat(targetCount()).isZero();
  }

  @Test
  void aFolderGivenAsTheFileToImportIsNamedAsAFolder() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("名录.csv"));
    Result r = SuijiCommand.run("import", "targets", folder.toString(), "--db", db());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("名录.csv").contains("文件夹").doesNotContain("Is a directory");
    Result calendar = SuijiCommand.run("calendar", "import", folder.toString(), "--db", db());
    assertThat(calendar.exitCode()).isEqualTo(2);
    assertThat(calendar.err()).contains("名录.csv").contains("文件夹").doesNotContain("Is a directory");
  }

  @Test
  void aUtf16CalendarFileIsRefusedAsNotUtf8() throws Exception {
    byte[] text = "日期,类型,名称\n2027,覆盖年度,x\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] file = new byte[text.length + 2];
    file[0] = (byte) 0xFF;
    file[1] = (byte) 0xFE;
    System.arraycopy(text, 0, file, 2, text.length);
    Path csv = Files.write(dir.resolve("2027.csv"), file);
    Result r = SuijiCommand.run("calendar", "import", csv.toString(), "--db", db());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("2027.csv").contains("不是 UTF-8 编码");
  }

  @Test
  void h2InputOutputAndCorruptionErrorsAreExplainedInChinese() {
    Failures.Explained io = Failures.explain(new RuntimeException(new SQLException("IO Exception", "HY000", 90028)));
    assertThat(io.exception().key()).isEqualTo("cli.error.dbIo");
    assertThat(io.foreseen()).isTrue();
    Failures.Explained corrupt = Failures.explain(new RuntimeException(new SQLException("File corrupted", "HY000", 90030)));
    assertThat(corrupt.exception().key()).isEqualTo("cli.error.dbCorrupt");
    Failures.Explained other = Failures.explain(new IllegalStateException("boom"));
    assertThat(other.exception().key()).isEqualTo("cli.error.unexpected");
    assertThat(other.foreseen()).isFalse();
  }
}
