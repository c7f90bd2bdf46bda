package cn.suiji.directory.service;

import static cn.suiji.shared.db.generated.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.app.Services;
import cn.suiji.directory.domain.Department;
import cn.suiji.directory.domain.InspectionItem;
import cn.suiji.directory.domain.ItemClass;
import cn.suiji.directory.domain.TargetKind;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.db.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DepartmentServiceTest {
  @TempDir
  Path dir;
  private Services services;
  private DepartmentService departments;

  @BeforeEach
  void open() {
    services = new Services(Database.openFile(dir.resolve("d")), Clock.systemDefaultZone());
    departments = services.departments();
  }

  @AfterEach
  void close() {
    services.close();
  }

  private int audited(String action) {
    return services.database().dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq(action));
  }

  @Test
  void addEditDeactivateAndDeleteAreAudited() {
    Department scj = departments.save(new Department(null, "scjgj", "县市场监督管理局", "崇市监", 1));
    assertThat(scj.id()).isNotNull();
    assertThat(scj.code()).isEqualTo("SCJGJ");
    Department renamed = departments.save(new Department(scj.id(), "SCJGJ", "崇信县市场监督管理局", "崇市监", 2));
    assertThat(departments.all()).singleElement().isEqualTo(renamed);
    Department off = departments.setActive(scj.id(), false);
    assertThat(off.active()).isFalse();
    assertThat(departments.all().get(0).active()).isFalse();
    departments.setActive(scj.id(), true);
    departments.delete(scj.id());
    assertThat(departments.all()).isEmpty();
    assertThat(audited("department.create")).isEqualTo(1);
    assertThat(audited("department.update")).isEqualTo(1);
    assertThat(audited("department.deactivate")).isEqualTo(1);
    assertThat(audited("department.activate")).isEqualTo(1);
    assertThat(audited("department.delete")).isEqualTo(1);
  }

  @Test
  void codesAndNamesStayUniqueAndBadFieldsAreRefused() {
    departments.save(new Department(null, "SCJGJ", "县市场监督管理局", "崇市监", 1));
    Department wjj = departments.save(new Department(null, "WJJ", "县卫生健康局", "崇卫健", 2));
    assertThatThrownBy(() -> departments.save(new Department(null, "scjgj", "另一个局", "崇另", 3)))
        .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("directory.department.codeTaken"));
    assertThatThrownBy(() -> departments.save(new Department(wjj.id(), "WJJ", "县市场监督管理局", "崇卫健", 2)))
        .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("directory.department.nameTaken"));
    assertThatThrownBy(() -> departments.save(new Department(null, "NEW", "新局", "", 3)))
        .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("directory.department.badPrefix"));
    assertThat(departments.all()).hasSize(2);
  }

  @Test
  void aDepartmentWithDataCannotBeDeletedOnlyDeactivated() {
    Department scj = departments.save(new Department(null, "SCJGJ", "县市场监督管理局", "崇市监", 1));
    services.items().save(new InspectionItem(null, scj.id(), "A-1", "某检查", null, "某法", null, TargetKind.ENTERPRISE,
        null, "实地检查", null, null, null, ItemClass.GENERAL, null, null, LocalDate.of(2026, 1, 1), null));
    assertThatThrownBy(() -> departments.delete(scj.id())).isInstanceOfSatisfying(SuijiException.class, e -> {
      assertThat(e.key()).isEqualTo("directory.department.hasData");
      assertThat(e.args()).containsExactly("县市场监督管理局");
    });
    assertThat(departments.all()).hasSize(1);
    assertThat(departments.setActive(scj.id(), false).active()).isFalse();
  }
}
