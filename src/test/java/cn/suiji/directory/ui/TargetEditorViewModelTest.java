package cn.suiji.directory.ui;

import static cn.suiji.shared.db.generated.Tables.TARGET;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.directory.TestTargets;
import cn.suiji.directory.data.DepartmentRepository;
import cn.suiji.directory.data.TargetSearchRepository;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.TargetField;
import cn.suiji.directory.domain.TargetStatus;
import cn.suiji.directory.service.TargetQueryService;
import cn.suiji.shared.db.Database;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.concurrent.SameThreadTaskExecutor;
import cn.suiji.testing.FakeDialogService;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The target form on the targets screen: checked as the clerk types, saved only when valid. */
class TargetEditorViewModelTest {
  private Database db;
  private TargetsViewModel screen;
  private TargetEditorViewModel form;

  @BeforeEach
  void screen() {
    db = Database.inMemory("edit-" + UUID.randomUUID());
    new DepartmentRepository().insert(db.dsl(), Department.draft("SCJGJ", "县市场监督管理局", "崇市监", 1));
    TestTargets.insert(db.dsl(), "崇信县华鑫商贸有限公司", TestTargets.uscc("91620823MA71A2B3C"), null, "王建国", "城关镇",
        "F5211", "ENTERPRISE", "OPERATING", "", "A");
    screen = new TargetsViewModel(new TargetQueryService(db.dsl(), new TargetSearchRepository()),
        TestTargets.editService(db.dsl()), new SameThreadTaskExecutor(), new FakeDialogService(),
        new Messages(Locale.SIMPLIFIED_CHINESE));
    screen.load();
    form = screen.editor();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aBadCreditCodeIsNamedUnderItsFieldAsTypedAndSaveStaysOff() {
    screen.editSelected();
    assertThat(form.editingProperty().get()).isTrue();
    assertThat(form.validProperty().get()).isTrue();
    form.text(TargetField.USCC).set("91620823MA71A2B3C0X");
    assertThat(form.validProperty().get()).isFalse();
    assertThat(form.problemFieldProperty().get()).isEqualTo(TargetField.USCC);
    assertThat(form.problemProperty().get()).contains("统一社会信用代码");
    form.save();
    assertThat(form.editingProperty().get()).isTrue();
    assertThat(db.dsl().select(TARGET.USCC).from(TARGET).fetchOne(TARGET.USCC)).isEqualTo(TestTargets.uscc("91620823MA71A2B3C"));

    form.text(TargetField.USCC).set(TestTargets.uscc("91620823MA71A2B3C").toLowerCase(Locale.ROOT));
    assertThat(form.validProperty().get()).isTrue();
    form.text(TargetField.NAME).set("　");
    assertThat(form.problemFieldProperty().get()).isEqualTo(TargetField.NAME);
    assertThat(form.validProperty().get()).isFalse();
  }

  @Test
  void savingAStatusChangeClosesTheFormAndTheTargetStaysInTheDirectory() {
    screen.editSelected();
    form.statusProperty().set(TargetStatus.MOVED_OUT);
    form.text(TargetField.FOUNDED).set("2019年3月5日");
    assertThat(form.validProperty().get()).isTrue();
    form.save();
    assertThat(form.editingProperty().get()).isFalse();
    assertThat(db.dsl().select(TARGET.STATUS).from(TARGET).fetchOne(TARGET.STATUS)).isEqualTo("MOVED_OUT");
    assertThat(db.dsl().select(TARGET.FOUNDED_DATE).from(TARGET).fetchOne(TARGET.FOUNDED_DATE)).hasToString("2019-03-05");
    assertThat(screen.rows()).hasSize(1);
    assertThat(screen.rows().get(0).status()).isEqualTo("迁出");
  }

  @Test
  void aNewTargetWithACodeAlreadyTakenIsRefusedOnSaveWithTheOtherName() {
    screen.addNew();
    assertThat(form.addingProperty().get()).isTrue();
    assertThat(form.validProperty().get()).isFalse();
    form.text(TargetField.NAME).set("另一家商行");
    form.text(TargetField.USCC).set(TestTargets.uscc("91620823MA71A2B3C"));
    assertThat(form.validProperty().get()).isTrue();
    form.save();
    assertThat(form.editingProperty().get()).isTrue();
    assertThat(form.problemProperty().get()).contains("崇信县华鑫商贸有限公司");
    assertThat(db.dsl().fetchCount(TARGET)).isEqualTo(1);
  }

  @Test
  void theDetailPaneSaysWhenATargetHasNoInspections() {
    assertThat(screen.history()).containsExactly("尚无检查记录。");
  }
}
