package cn.suiji.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.shared.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** "Export the current view": what the clerk sees (visible columns, sorted rows) lands in the .xlsx, read back with POI. */
class TableSnapshotTest {
  @TempDir
  Path dir;

  record Item(String name, int amount, String note) {}

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @Test
  void theVisibleColumnsInTheShownOrderAreWrittenWithTypesAndFormulasAsText() throws Exception {
    TableSnapshot snapshot = WaitForAsyncUtils.asyncFx(() -> {
      TableView<Item> table = new TableView<>(FXCollections.observableArrayList(
          new Item("甲", 5, "一"), new Item("=cmd|' /C calc'!A0", 30, "二"), new Item("丙", 12, "三")));
      TableColumn<Item, String> name = column("名称", Item::name);
      TableColumn<Item, Integer> amount = new TableColumn<>("数量");
      amount.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().amount()));
      TableColumn<Item, String> note = column("备注", Item::note);
      table.getColumns().setAll(List.of(name, amount, note));
      note.setVisible(false);
      // the clerk dragged 数量 to the front and sorted it, largest first
      table.getColumns().setAll(List.of(amount, name, note));
      amount.setSortType(TableColumn.SortType.DESCENDING);
      table.getSortOrder().setAll(List.of(amount));
      table.sort();
      return TableSnapshot.of(table);
    }).get(30, TimeUnit.SECONDS);

    assertThat(snapshot.header()).containsExactly("数量", "名称");
    Path file = dir.resolve("view.xlsx");
    snapshot.write(file, "名录", Progress.NONE);

    try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
      Sheet sheet = wb.getSheet("名录");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("数量");
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("名称");
      assertThat(sheet.getRow(0).getLastCellNum()).as("the hidden 备注 column is left out").isEqualTo((short) 2);
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
      double[] amounts = new double[3];
      for (int r = 1; r <= 3; r++) {
        Row row = sheet.getRow(r);
        assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
        amounts[r - 1] = row.getCell(0).getNumericCellValue();
      }
      assertThat(amounts).containsExactly(30, 12, 5);
      Row evil = sheet.getRow(1);
      assertThat(evil.getCell(1).getCellType()).as("never a formula").isEqualTo(CellType.STRING);
      assertThat(evil.getCell(1).getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
      assertThat(evil.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("丙");
    }
  }

  @Test
  void cancelStopsTheWriteAndLeavesNoFile() throws Exception {
    TableSnapshot big = new TableSnapshot(List.of("序号"),
        java.util.stream.IntStream.range(0, 5000).mapToObj(i -> List.<Object>of(i)).toList());
    Path file = dir.resolve("big.xlsx");
    Progress cancelled = new Progress() {
      @Override
      public void update(long done, long total) {}

      @Override
      public boolean isCancelled() {
        return true;
      }
    };
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> big.write(file, "名录", cancelled))
        .isInstanceOf(Progress.CancelledException.class);
    assertThat(file).doesNotExist();
  }

  private static TableColumn<Item, String> column(String title, java.util.function.Function<Item, String> value) {
    TableColumn<Item, String> c = new TableColumn<>(title);
    Columns.text(c, value);
    return c;
  }
}
