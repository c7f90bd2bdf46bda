package cn.suiji.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.shared.SuijiException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DepartmentCheckTest {
  @Test
  void aGoodDepartmentIsTrimmedAndItsCodeRaised() {
    DepartmentCheck.Result r = DepartmentCheck.check(" scjgj ", " 县市场监督管理局 ", "崇市监", 3, true);
    assertThat(r.problems()).isEmpty();
    assertThat(r.department()).isEqualTo(new Department(null, "SCJGJ", "县市场监督管理局", "崇市监", 3, true));
  }

  @Test
  void everyBadFieldIsReported() {
    DepartmentCheck.Result r = DepartmentCheck.check("市场局", "", "崇市监".repeat(7), 0, true);
    assertThat(r.department()).isNull();
    assertThat(r.problems()).extracting(FieldProblem::field).containsExactly(DepartmentCheck.Field.CODE,
        DepartmentCheck.Field.NAME, DepartmentCheck.Field.DOC_PREFIX);
    assertThat(DepartmentCheck.check("S".repeat(33), "x", "y", 0, true).ok()).isFalse();
    assertThat(DepartmentCheck.check("S".repeat(32), "x", "y", 0, true).ok()).isTrue();
    assertThat(DepartmentCheck.check("A1", "名".repeat(101), "y", 0, true).problems())
        .extracting(FieldProblem::field).containsExactly(DepartmentCheck.Field.NAME);
    assertThatThrownBy(() -> Department.draft("1ABC", "x", "y", 0)).isInstanceOfSatisfying(SuijiException.class,
        e -> assertThat(e.key()).isEqualTo("directory.department.badCode"));
  }

  @Test
  void codeAndNameClashWithOtherDepartmentsButNotWithItself() {
    Department scj = new Department(1L, "SCJGJ", "县市场监督管理局", "崇市监", 1, true);
    Department wjj = new Department(2L, "WJJ", "县卫生健康局", "崇卫健", 2, true);
    List<Department> all = List.of(scj, wjj);
    assertThat(scj.clashesWith(all)).isEmpty();
    Department copy = new Department(null, "WJJ", "县市场监督管理局", "x", 3, true);
    assertThat(copy.clashesWith(all)).extracting(FieldProblem::key)
        .containsExactlyInAnyOrder("directory.department.codeTaken", "directory.department.nameTaken");
    assertThatThrownBy(() -> copy.requireNoClash(all)).isInstanceOf(SuijiException.class);
  }
}
