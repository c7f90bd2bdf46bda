package cn.suiji.inspection.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.inspection.data.ResultCodeRepository;
import cn.suiji.inspection.domain.ResultCode;
import cn.suiji.inspection.domain.ResultKind;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEntry;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.audit.data.AuditRepository;
import cn.suiji.shared.db.Database;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The county's result-code list: DOMAIN §4's defaults, stable codes, editable labels, audited. */
class ResultCodeServiceTest {
  private final Database db = Database.inMemory("codes-" + UUID.randomUUID());
  private final Auditor auditor = new Auditor(new AuditRepository(), Clock.systemUTC(), () -> "张办事员");
  private final ResultCodeService service = new ResultCodeService(db.dsl(), new ResultCodeRepository(), auditor);

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theDefaultsAreTheProvincialSetInItsOrderWithItsStructure() {
    List<ResultCode> all = service.all();
    assertThat(all).extracting(ResultCode::code)
        .containsExactly("1", "A", "2", "B", "C", "6", "D", "3", "4", "5", "E", "F", "7", "8", "9", "10", "11", "12");
    assertThat(all).filteredOn(c -> "A".equals(c.parentCode())).extracting(ResultCode::code)
        .containsExactly("2", "3", "4", "5");
    assertThat(all).filteredOn(c -> "2".equals(c.parentCode())).extracting(ResultCode::code)
        .containsExactly("B", "C", "6", "D");
    assertThat(all).filteredOn(ResultCode::abnormalList).extracting(ResultCode::code).containsExactly("C", "6");
    assertThat(all).filteredOn(c -> c.kind() == ResultKind.NO_PROBLEM).extracting(ResultCode::code).containsExactly("1");
    assertThat(all).filteredOn(c -> c.kind() == ResultKind.NOT_CHECKED).extracting(ResultCode::code)
        .containsExactly("F", "7", "9", "10", "11", "12");
    assertThat(all.get(0).label()).isEqualTo("未发现问题");
    assertThat(all).filteredOn(c -> c.code().equals("6")).singleElement()
        .extracting(ResultCode::label).isEqualTo("通过登记的住所（经营场所）无法联系");
  }

  @Test
  void theRecordSheetGetsTheLabelsInListOrder() {
    List<String> labels = service.optionLabels();
    assertThat(labels).hasSize(18);
    assertThat(labels.get(0)).isEqualTo("1 未发现问题");
    assertThat(labels.get(1)).isEqualTo("A 发现问题待后续处理");
    assertThat(labels.get(17)).isEqualTo("12 迁出");
  }

  @Test
  void aLabelIsEditedTheCodeStaysAndTheChangeIsAudited() {
    service.edit("f", "未发现开展本次抽查涉及的经营活动（已停业）", ResultKind.NOT_CHECKED, false, false);

    assertThat(service.all()).filteredOn(c -> c.code().equals("F")).singleElement().satisfies(c -> {
      assertThat(c.label()).isEqualTo("未发现开展本次抽查涉及的经营活动（已停业）");
      assertThat(c.sortOrder()).isEqualTo(120);
    });
    List<AuditEntry> entries = auditor.entriesFor(db.dsl(), "resultCode", "F");
    assertThat(entries).singleElement().satisfies(e -> {
      assertThat(e.action()).isEqualTo("resultCode.edit");
      assertThat(e.detail()).contains("→ 未发现开展本次抽查涉及的经营活动（已停业）");
    });
  }

  @Test
  void aCodeIsAddedAtTheEndButNeverTwiceNorUnderAnUnknownParent() {
    ResultCode added = service.add("g", "2", "违反广告管理规定", ResultKind.PROBLEM, true, false);
    assertThat(service.all()).last().isEqualTo(added);
    assertThat(added.code()).isEqualTo("G");

    assertThatThrownBy(() -> service.add("C", null, "重复", ResultKind.PROBLEM, true, false))
        .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("inspection.resultCode.taken"));
    assertThatThrownBy(() -> service.add("H", "Z", "无上级", ResultKind.PROBLEM, true, false))
        .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("inspection.resultCode.unknown"));
    assertThatThrownBy(() -> service.edit("Q", "不存在", ResultKind.PROBLEM, false, false))
        .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("inspection.resultCode.unknown"));
    assertThatThrownBy(() -> service.edit("1", " ", ResultKind.NO_PROBLEM, false, false))
        .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("inspection.resultCode.badLabel"));
  }
}
