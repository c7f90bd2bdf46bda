package cn.suiji.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.shared.db.Database;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.time.SpecialDay;
import cn.suiji.shared.ui.concurrent.SameThreadTaskExecutor;
import cn.suiji.testing.FakeDialogService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarViewModelTest {
  @TempDir
  Path dir;
  private Services services;
  private FakeDialogService dialogs;
  private CalendarViewModel vm;

  @BeforeEach
  void open() {
    services = new Services(Database.inMemory("cal-" + System.nanoTime()), Clock.systemDefaultZone());
    dialogs = new FakeDialogService();
    vm = new CalendarViewModel(services.calendar(), new SameThreadTaskExecutor(), dialogs, Messages.current());
    vm.refresh();
  }

  @AfterEach
  void close() {
    services.close();
  }

  @Test
  void showsTheShippedYearsAndTheLatestYearsDays() {
    assertThat(vm.years()).containsExactly(2025, 2026);
    assertThat(vm.yearProperty().get()).isEqualTo(2026);
    assertThat(vm.days()).anySatisfy(d -> {
      assertThat(d.date()).isEqualTo(LocalDate.of(2026, 2, 14));
      assertThat(d.kind()).isEqualTo("调休上班");
    });
  }

  @Test
  void computesTheSpecExampleDeadline() {
    vm.fromProperty().set(LocalDate.of(2026, 2, 10));
    vm.workdaysProperty().set(20);
    vm.computeDeadline();
    assertThat(vm.deadlineProperty().get()).contains("2026-03-16").doesNotContain("暂定");
  }

  @Test
  void addingAHolidayMovesTheDeadlineAndIsAudited() {
    vm.editDateProperty().set(LocalDate.of(2026, 3, 16));
    vm.editKindProperty().set(SpecialDay.Kind.HOLIDAY);
    vm.editNameProperty().set("测试假日");
    vm.saveDay();
    vm.fromProperty().set(LocalDate.of(2026, 2, 10));
    vm.computeDeadline();
    assertThat(vm.deadlineProperty().get()).contains("2026-03-17");
    assertThat(services.auditor().latest(services.database().dsl(), 1).get(0).action()).isEqualTo("calendar.setDay");
  }

  @Test
  void aMakeUpWorkdayOnAWeekdayIsRefusedWithAMessage() {
    vm.editDateProperty().set(LocalDate.of(2026, 3, 18));
    vm.editKindProperty().set(SpecialDay.Kind.WORKDAY);
    vm.saveDay();
    assertThat(vm.errorProperty().get()).contains("2026-03-18").contains("星期六或星期日");
  }

  @Test
  void brokenImportFileNamesItsLine() throws Exception {
    dialogs.nextFile = dir.resolve("bad.csv");
    Files.writeString(dialogs.nextFile, "日期,类型,名称\n2027,覆盖年度,x\n2027-02-31,休,坏\n", StandardCharsets.UTF_8);
    vm.importFile();
    assertThat(dialogs.errors).singleElement().asString().contains("第3行");
    assertThat(vm.years()).containsExactly(2025, 2026);
  }

  @Test
  void exportWritesTheFile() throws Exception {
    dialogs.nextFile = dir.resolve("out.csv");
    vm.exportFile();
    assertThat(Files.readString(dialogs.nextFile, StandardCharsets.UTF_8)).contains("2026-10-10,班");
    assertThat(dialogs.infos).hasSize(1);
  }
}
