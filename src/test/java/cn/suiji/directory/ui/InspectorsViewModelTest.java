package cn.suiji.directory.ui;

import static cn.suiji.directory.InspectorFixtures.idNumber;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.directory.InspectorFixtures;
import cn.suiji.directory.domain.CertState;
import cn.suiji.directory.domain.Inspector;
import cn.suiji.directory.domain.InspectorField;
import cn.suiji.directory.domain.InspectorFilter;
import cn.suiji.directory.domain.InspectorStatus;
import cn.suiji.shared.Progress;
import cn.suiji.shared.audit.AuditEntry;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.TableSnapshot;
import cn.suiji.shared.ui.concurrent.SameThreadTaskExecutor;
import cn.suiji.shared.xlsx.Row;
import cn.suiji.shared.xlsx.TableReader;
import cn.suiji.testing.FakeDialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectorsViewModelTest {
  @TempDir
  Path dir;
  private Services services;
  private final FakeDialogService dialogs = new FakeDialogService();
  private InspectorsViewModel vm;
  private InspectorEditor editor;

  @BeforeEach
  void open() {
    services = InspectorFixtures.county(dir.resolve("county"));
    save("SCJGJ-001", "李明", idNumber(1, true), "SCJGJ", "62082301001", "2028-01-01", "在岗");
    save("SCJGJ-002", "赵丽", idNumber(2, false), "SCJGJ", "62082301002", "2026-06-29", "在岗");
    save("WJJ-001", "孙强", idNumber(3, true), "WJJ", "62082302001", "2026-07-30", "休假");
    vm = new InspectorsViewModel(services.inspectors(), new SameThreadTaskExecutor(), dialogs,
        new Messages(Locale.SIMPLIFIED_CHINESE));
    editor = vm.editor();
    vm.load();
  }

  @AfterEach
  void close() {
    services.close();
  }

  private void save(String key, String name, String id, String dept, String certNo, String expiry, String status) {
    Map<InspectorField, String> form = new EnumMap<>(InspectorField.class);
    form.put(InspectorField.KEY, key);
    form.put(InspectorField.NAME, name);
    form.put(InspectorField.ID_NUMBER, id);
    form.put(InspectorField.DEPARTMENT, dept);
    form.put(InspectorField.CERT_NO, certNo);
    form.put(InspectorField.CERT_EXPIRY, expiry);
    form.put(InspectorField.STATUS, status);
    services.inspectors().save(null, f -> form.getOrDefault(f, ""));
  }

  private List<String> shownNames() {
    return vm.rows().stream().map(InspectorsViewModel.Row::name).toList();
  }

  private List<AuditEntry> audit() {
    return services.auditor().latest(services.database().dsl(), 50);
  }

  @Test
  void theTableShowsMaskedIdNumbersAndTheCertificateState() {
    assertThat(shownNames()).containsExactly("李明", "赵丽", "孙强");
    assertThat(vm.countTextProperty().get()).isEqualTo("显示 3 人，共 3 人");
    InspectorsViewModel.Row zhao = vm.rows().get(1);
    assertThat(zhao.idNumber()).isEqualTo(Inspector.mask(idNumber(2, false))).startsWith("**************");
    assertThat(zhao.expiry()).isEqualTo("2026-06-29（已过期）");
    assertThat(zhao.certState()).isEqualTo(CertState.EXPIRED);
    assertThat(vm.rows().get(2).expiry()).isEqualTo("2026-07-30（30天内到期）");
    assertThat(vm.rows().get(0).expiry()).isEqualTo("2028-01-01");
    assertThat(vm.rows().get(2).status()).isEqualTo("休假");
    assertThat(vm.rows().get(2).department()).isEqualTo("县卫生健康局");
  }

  @Test
  void filtersApplyAsTheyChange() {
    vm.departmentProperty().set(vm.departments().stream().filter(c -> "SCJGJ".equals(c.value())).findFirst().orElseThrow());
    assertThat(shownNames()).containsExactly("李明", "赵丽");
    vm.certStateProperty().set(vm.certStates().stream().filter(c -> c.value() == CertState.EXPIRED).findFirst().orElseThrow());
    assertThat(shownNames()).containsExactly("赵丽");
    vm.clearFilters();
    vm.statusProperty().set(vm.statuses().stream().filter(c -> c.value() == InspectorStatus.ON_LEAVE).findFirst().orElseThrow());
    assertThat(shownNames()).containsExactly("孙强");
    vm.clearFilters();
    vm.searchTextProperty().set("6208230100");
    assertThat(shownNames()).containsExactly("李明", "赵丽");
    vm.searchTextProperty().set("明");
    assertThat(shownNames()).containsExactly("李明");
    assertThat(vm.countTextProperty().get()).isEqualTo("显示 1 人，共 3 人");
  }

  @Test
  void theEditorChecksAsYouTypeAndRefusesToSaveWhileInvalid() {
    vm.add();
    assertThat(editor.openProperty().get()).isTrue();
    assertThat(editor.validProperty().get()).as("empty form").isFalse();
    for (InspectorField f : InspectorField.values()) {
      assertThat(editor.error(f).get()).as("untouched %s", f).isEmpty();
    }
    int audited = audit().size();
    assertThat(editor.save()).as("save on the empty form").isFalse();
    assertThat(editor.error(InspectorField.NAME).get()).isEqualTo("请填写“姓名”。");
    assertThat(services.inspectors().list(InspectorFilter.all())).hasSize(3);
    assertThat(audit()).hasSize(audited);

    vm.add();
    assertThat(editor.error(InspectorField.NAME).get()).as("a fresh form is quiet again").isEmpty();
    editor.value(InspectorField.NAME).set("王");
    editor.value(InspectorField.NAME).set("");
    assertThat(editor.error(InspectorField.NAME).get()).as("edited, then emptied").isEqualTo("请填写“姓名”。");

    editor.value(InspectorField.NAME).set("王五");
    assertThat(editor.error(InspectorField.NAME).get()).isEmpty();
    editor.value(InspectorField.CERT_NO).set("62082301003");
    editor.value(InspectorField.CERT_EXPIRY).set("2028-12-31");
    editor.value(InspectorField.ID_NUMBER).set("110105194912310021");
    assertThat(editor.error(InspectorField.ID_NUMBER).get()).contains("校验不符", "**************0021");
    assertThat(editor.validProperty().get()).isFalse();
    assertThat(editor.save()).isFalse();
    assertThat(services.inspectors().list(InspectorFilter.all())).hasSize(3);
    assertThat(audit()).hasSize(audited);

    editor.value(InspectorField.ID_NUMBER).set("11010519490231002X");
    assertThat(editor.error(InspectorField.ID_NUMBER).get()).contains("出生日期");
    editor.value(InspectorField.ID_NUMBER).set("11010519491231002x");
    assertThat(editor.error(InspectorField.ID_NUMBER).get()).isEmpty();
    editor.value(InspectorField.CERT_EXPIRY).set("2028年2月30日");
    assertThat(editor.error(InspectorField.CERT_EXPIRY).get()).contains("证件有效期");
    assertThat(editor.validProperty().get()).isFalse();
    editor.value(InspectorField.CERT_EXPIRY).set("2028年12月31日");
    assertThat(editor.validProperty().get()).isTrue();
  }

  @Test
  void savingANewInspectorPersistsItAuditsItAndShowsItInTheTable() {
    vm.add();
    editor.value(InspectorField.NAME).set("王五");
    editor.value(InspectorField.ID_NUMBER).set("11010519491231002X");
    editor.value(InspectorField.CERT_NO).set("62082301003");
    editor.value(InspectorField.CERT_EXPIRY).set("2028-12-31");
    assertThat(editor.items()).extracting(c -> c.item().code()).containsExactly("SX-SCJGJ-01", "SX-SCJGJ-02", "SX-SCJGJ-03");
    editor.items().get(1).chosen().set(true);
    assertThat(editor.save()).isTrue();

    assertThat(editor.openProperty().get()).isFalse();
    assertThat(dialogs.errors).isEmpty();
    assertThat(dialogs.infos).containsExactly("已保存执法人员 王五（人员编号 SCJGJ-003）。");
    Inspector saved = services.inspectors().list(InspectorFilter.all()).stream().filter(i -> i.name().equals("王五"))
        .findFirst().orElseThrow();
    assertThat(saved.key()).isEqualTo("SCJGJ-003");
    assertThat(saved.idNumber()).isEqualTo("11010519491231002X");
    assertThat(saved.itemCodes()).containsExactly("SX-SCJGJ-02");
    assertThat(shownNames()).contains("王五");
    AuditEntry last = audit().get(0);
    assertThat(last.action()).isEqualTo("inspector.create");
    assertThat(last.entityId()).isEqualTo("SCJGJ-003");
    assertThat(last.detail()).doesNotContain("11010519491231002X").contains("**************002X");
  }

  @Test
  void editingKeepsTheKeyAndSavesTheNewStatus() {
    vm.selectedProperty().set(vm.rows().get(0));
    vm.editSelected();
    assertThat(editor.existingProperty().get()).isTrue();
    assertThat(editor.value(InspectorField.ID_NUMBER).get()).isEqualTo(idNumber(1, true));
    assertThat(editor.validProperty().get()).isTrue();
    editor.statusProperty().set(editor.statuses().stream().filter(c -> c.value() == InspectorStatus.SECONDED).findFirst().orElseThrow());
    editor.value(InspectorField.PHONE).set("0931-8123456");
    assertThat(editor.save()).isTrue();
    Inspector li = services.inspectors().list(InspectorFilter.all()).get(0);
    assertThat(li.key()).isEqualTo("SCJGJ-001");
    assertThat(li.status()).isEqualTo(InspectorStatus.SECONDED);
    assertThat(li.phone()).isEqualTo("0931-8123456");
    assertThat(audit().get(0).action()).isEqualTo("inspector.update");
    assertThat(vm.rows().get(0).status()).isEqualTo("借调");
  }

  @Test
  void aCertificateNumberOfAnotherInspectorIsShownUnderItsFieldAsYouTypeAndBlocksSave() {
    vm.add();
    editor.value(InspectorField.NAME).set("王五");
    editor.value(InspectorField.CERT_EXPIRY).set("2028-12-31");
    editor.value(InspectorField.CERT_NO).set("6208 2301 001");
    assertThat(editor.error(InspectorField.CERT_NO).get()).isEqualTo("执法证号62082301001已属于李明（人员编号SCJGJ-001）。");
    assertThat(editor.validProperty().get()).isFalse();
    assertThat(editor.save()).isFalse();
    assertThat(dialogs.errors).isEmpty();
    assertThat(editor.openProperty().get()).as("the form stays for a correction").isTrue();

    editor.value(InspectorField.CERT_NO).set("62082301003");
    assertThat(editor.error(InspectorField.CERT_NO).get()).isEmpty();
    assertThat(editor.validProperty().get()).isTrue();
    assertThat(services.inspectors().list(InspectorFilter.all())).hasSize(3);
  }

  @Test
  void anIdNumberOfAnotherInspectorIsShownMaskedUnderItsFieldNamingThatInspector() {
    vm.add();
    editor.value(InspectorField.NAME).set("王五");
    editor.value(InspectorField.CERT_NO).set("62082301003");
    editor.value(InspectorField.CERT_EXPIRY).set("2028-12-31");
    String zhao = idNumber(2, false);
    editor.value(InspectorField.ID_NUMBER).set(" " + zhao.toLowerCase(Locale.ROOT) + " ");
    String shown = editor.error(InspectorField.ID_NUMBER).get();
    assertThat(shown).isEqualTo("身份证号码" + Inspector.mask(zhao) + "已属于赵丽（人员编号SCJGJ-002）。")
        .doesNotContain(zhao.substring(0, 14));
    assertThat(editor.validProperty().get()).isFalse();
    assertThat(editor.save()).isFalse();

    editor.value(InspectorField.ID_NUMBER).set("11010519491231002X");
    assertThat(editor.error(InspectorField.ID_NUMBER).get()).isEmpty();
    assertThat(editor.save()).isTrue();
    assertThat(dialogs.errors).isEmpty();
    assertThat(services.inspectors().list(InspectorFilter.all())).hasSize(4);
  }

  @Test
  void editingAnInspectorDoesNotClashWithItsOwnNumbers() {
    vm.selectedProperty().set(vm.rows().get(0));
    vm.editSelected();
    assertThat(editor.error(InspectorField.CERT_NO).get()).isEmpty();
    assertThat(editor.error(InspectorField.ID_NUMBER).get()).isEmpty();
    assertThat(editor.validProperty().get()).isTrue();
    editor.value(InspectorField.ID_NUMBER).set(idNumber(3, true));
    assertThat(editor.error(InspectorField.ID_NUMBER).get()).contains("孙强");
  }

  @Test
  void aNumberTakenAfterTheCheckIsRefusedOnSaveAndShownUnderItsField() {
    vm.add();
    editor.value(InspectorField.NAME).set("王五");
    editor.value(InspectorField.CERT_NO).set("62082301003");
    editor.value(InspectorField.CERT_EXPIRY).set("2028-12-31");
    editor.value(InspectorField.ID_NUMBER).set("11010519491231002X");
    assertThat(editor.validProperty().get()).isTrue();
    save("WJJ-002", "周红", "11010519491231002X", "WJJ", "62082302002", "2028-01-01", "在岗");

    assertThat(editor.save()).isTrue();
    assertThat(dialogs.errors).isEmpty();
    assertThat(editor.error(InspectorField.ID_NUMBER).get()).contains("周红", "**************002X");
    assertThat(editor.validProperty().get()).isFalse();
    assertThat(editor.openProperty().get()).isTrue();
    assertThat(services.inspectors().list(InspectorFilter.all())).hasSize(4);
  }

  @Test
  void theCurrentViewIsExportedAsShown() throws Exception {
    dialogs.nextFile = dir.resolve("view.xlsx");
    List<List<Object>> rows = new ArrayList<>();
    for (InspectorsViewModel.Row r : vm.rows()) {
      rows.add(List.of(r.name(), r.idNumber(), r.expiry()));
    }
    vm.export(new TableSnapshot(List.of("姓名", "身份证号", "证件有效期"), rows));
    assertThat(dialogs.infos).hasSize(1);
    List<List<String>> lines = new ArrayList<>();
    try (TableReader t = TableReader.open(dialogs.nextFile)) {
      t.read(t.sheetNames().get(0), (Row r) -> lines.add(r.cells()), Progress.NONE);
    }
    assertThat(lines).hasSize(4);
    assertThat(lines.get(2)).containsExactly("赵丽", Inspector.mask(idNumber(2, false)), "2026-06-29（已过期）");
    assertThat(lines.toString()).doesNotContain(idNumber(1, true));
  }

  @Test
  void theServiceChangesStatusAndItemsWithAnAuditEntryEach() {
    services.inspectors().setStatus("SCJGJ-001", InspectorStatus.DISABLED);
    services.inspectors().setItems("SCJGJ-001", List.of("SX-SCJGJ-03", "SX-SCJGJ-01"));
    Inspector li = services.inspectors().list(InspectorFilter.all()).get(0);
    assertThat(li.status()).isEqualTo(InspectorStatus.DISABLED);
    assertThat(li.itemCodes()).containsExactly("SX-SCJGJ-01", "SX-SCJGJ-03");
    assertThat(audit()).extracting(AuditEntry::action).startsWith("inspector.items", "inspector.status");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> services.inspectors().setItems("SCJGJ-001", List.of("SX-WJJ-01")))
        .isInstanceOf(cn.suiji.shared.SuijiException.class);
  }
}
