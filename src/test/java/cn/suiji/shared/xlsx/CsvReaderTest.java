package cn.suiji.shared.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.shared.SuijiException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV files as offices send them: UTF-8 with or without BOM, GBK from Excel, quoted fields. */
class CsvReaderTest {
  private static final String TEXT = "某某县目录\r\n统一社会信用代码,企业名称,住所\r\n"
      + "91620102MA74L5WX0X,\"兴隆商贸, 有限公司\",\"城关镇\n人民路1号\"\r\n\r\n"
      + "91620102MA74L5WX0X,\"他说\"\"好\"\"\",𠀀街\r\n";

  @TempDir
  Path dir;

  @Test
  void utf8WithBomIsReadAndTheBomIsNotPartOfTheFirstCell() throws Exception {
    Path file = dir.resolve("bom.csv");
    Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8)));
    assertTargets(file);
  }

  @Test
  void utf8WithoutBomIsRead() throws Exception {
    assertTargets(Files.writeString(dir.resolve("plain.csv"), TEXT, StandardCharsets.UTF_8));
  }

  @Test
  void gbkFromExcelIsDetectedAndRead() throws Exception {
    String gbkText = TEXT.replace("𠀀", "东");
    Path file = Files.write(dir.resolve("gbk.csv"), gbkText.getBytes(Charset.forName("GBK")));
    List<Row> rows = Sheets.rows(file);
    assertThat(rows.get(0).cell(0)).isEqualTo("某某县目录");
    assertThat(rows.get(3).cells()).containsExactly("91620102MA74L5WX0X", "他说\"好\"", "东街");
    try (TableReader table = TableReader.open(file)) {
      assertThat(((CsvTableReader) table).charset().name()).isEqualTo("GB18030");
    }
  }

  @Test
  void rowNumbersCountRecordsAsASpreadsheetShowsThem() throws Exception {
    Path file = Files.writeString(dir.resolve("numbers.csv"), TEXT, StandardCharsets.UTF_8);
    assertThat(Sheets.rows(file)).extracting(Row::excelRowNumber).containsExactly(1, 2, 3, 5);
  }

  @Test
  void tabSeparatedTextIsSplitAtTabs() throws Exception {
    Path file = Files.writeString(dir.resolve("tabs.txt"), "名称\t电话\n甲\t13993312345\n", StandardCharsets.UTF_8);
    assertThat(Sheets.rows(file).get(1).cells()).containsExactly("甲", "13993312345");
  }

  @Test
  void theHeaderIsFoundInACsvToo() throws Exception {
    Path file = Files.writeString(dir.resolve("targets.csv"), TEXT, StandardCharsets.UTF_8);
    try (TableReader table = TableReader.open(file)) {
      HeaderMapping header = table.findHeader(Sheets.TARGET_SPECS);
      assertThat(header.sheet()).isEqualTo("targets.csv");
      assertThat(header.headerRow()).isEqualTo(2);
      assertThat(Sheets.data(table, header)).extracting(r -> header.get(r, "name"))
          .containsExactly("兴隆商贸, 有限公司", "他说\"好\"");
    }
  }

  @Test
  void aCellLongerThanTheLimitIsRefusedNamingItsRowAndColumn() throws Exception {
    Path file = Files.writeString(dir.resolve("long.csv"), "名称,住所\na," + "x".repeat(40_000) + "\n", StandardCharsets.UTF_8);
    SuijiException e = refusal(file);
    assertThat(e.key()).isEqualTo("xlsx.error.cellTooLong");
    assertThat(e.args()).containsExactly("long.csv", 2, "B", 32_767);
  }

  @Test
  void aRecordWithMoreFieldsThanExcelHasColumnsIsRefusedNamingTheRow() throws Exception {
    Path file = Files.writeString(dir.resolve("wide.csv"), "a\n" + ",".repeat(20_000) + "\n", StandardCharsets.UTF_8);
    SuijiException e = refusal(file);
    assertThat(e.key()).isEqualTo("xlsx.error.tooManyColumns");
    assertThat(e.args()).containsExactly("wide.csv", 2, 16_384);
  }

  @Test
  void anUnclosedQuoteIsRefusedNamingTheRowWhereItOpened() throws Exception {
    Path file = Files.writeString(dir.resolve("quote.csv"),
        "统一社会信用代码,企业名称\n91620102MA74L5WX0X,甲\n91620102MA74L5WX0X,\"乙\n91620102MA74L5WX0X,丙\n", StandardCharsets.UTF_8);
    SuijiException e = refusal(file);
    assertThat(e.key()).isEqualTo("xlsx.error.unclosedQuote");
    assertThat(e.args()).containsExactly("quote.csv", 3, "B");
    assertThat(cn.suiji.shared.l10n.Messages.current().describe(e)).contains("第3行").contains("引号未闭合");
  }

  @Test
  void utf16WithAByteOrderMarkIsReadLikeUtf8() throws Exception {
    for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      Path file = dir.resolve("utf16-" + charset.name() + ".csv");
      Files.write(file, concat(bom(charset), TEXT.getBytes(charset)));
      assertTargets(file);
    }
  }

  @Test
  void excelUnicodeTextIsUtf16TabSeparatedAndRead() throws Exception {
    Path file = dir.resolve("unicode.txt");
    Files.write(file, concat(bom(StandardCharsets.UTF_16LE), "统一社会信用代码\t企业名称\r\n91620102MA74L5WX0X\t兴隆商贸\r\n"
        .getBytes(StandardCharsets.UTF_16LE)));
    assertThat(Sheets.rows(file)).extracting(Row::cells)
        .containsExactly(List.of("统一社会信用代码", "企业名称"), List.of("91620102MA74L5WX0X", "兴隆商贸"));
  }

  @Test
  void utf16WithoutAByteOrderMarkIsRefusedAsUtf16NotAsNoSpreadsheet() throws Exception {
    Path file = Files.write(dir.resolve("nobom.csv"), TEXT.getBytes(StandardCharsets.UTF_16LE));
    SuijiException e = refusal(file);
    assertThat(e.key()).isEqualTo("xlsx.error.utf16");
    assertThat(cn.suiji.shared.l10n.Messages.current().describe(e)).contains("UTF-16 编码，请另存为 UTF-8 或 GBK");
  }

  private static SuijiException refusal(Path file) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> Sheets.rows(file));
    assertThat(thrown).isInstanceOf(SuijiException.class);
    return (SuijiException) thrown;
  }

  private static byte[] bom(Charset charset) {
    return charset.equals(StandardCharsets.UTF_16LE) ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
  }

  private static void assertTargets(Path file) {
    List<Row> rows = Sheets.rows(file);
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).cells()).containsExactly("某某县目录");
    assertThat(rows.get(1).cells()).containsExactly("统一社会信用代码", "企业名称", "住所");
    assertThat(rows.get(2).cells()).containsExactly("91620102MA74L5WX0X", "兴隆商贸, 有限公司", "城关镇\n人民路1号");
    assertThat(rows.get(3).cells()).containsExactly("91620102MA74L5WX0X", "他说\"好\"", "𠀀街");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
