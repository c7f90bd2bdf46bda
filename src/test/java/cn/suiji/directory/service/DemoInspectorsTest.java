package cn.suiji.directory.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.directory.domain.CertState;
import cn.suiji.directory.domain.Inspector;
import cn.suiji.directory.domain.InspectorCheck;
import cn.suiji.directory.domain.InspectorFilter;
import cn.suiji.shared.Progress;
import cn.suiji.shared.imports.ImportKind;
import cn.suiji.shared.imports.ImportRequest;
import cn.suiji.shared.imports.ImportSummary;
import cn.suiji.shared.l10n.Messages;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo county's inspectors pass the directory's own checks and survive an export and re-import unchanged. */
class DemoInspectorsTest {
  @TempDir
  Path dir;

  @Test
  void theDemoDirectoryExportsAndImportsBackUnchanged() {
    try (Services services = Services.open(dir.resolve("demo"))) {
      services.demo().create(false, Progress.NONE);
      List<Inspector> before = services.inspectors().list(InspectorFilter.all());
      assertThat(before).hasSizeGreaterThan(40);
      assertThat(before).extracting(Inspector::idNumber).as("ID numbers are unique").doesNotHaveDuplicates();
      InspectorCheck.Context context = services.inspectors().context();
      for (Inspector i : before) {
        assertThat(InspectorCheck.check(1, f -> InspectorCheck.textOf(i, f), context).problem()).as(i.key()).isNull();
      }
      assertThat(before).extracting(i -> i.certState(cn.suiji.demo.domain.DemoGenerator.REFERENCE_DATE))
          .contains(CertState.VALID, CertState.EXPIRING, CertState.EXPIRED);

      Path file = dir.resolve("demo-inspectors.xlsx");
      services.inspectors().export(InspectorFilter.all(), file, Messages.current(), Progress.NONE);
      ImportSummary s = services.importer(ImportKind.INSPECTORS).commit(ImportRequest.of(file), Progress.NONE);
      assertThat(s.rejectedRows()).isEmpty();
      assertThat(List.of(s.updated(), s.unchanged())).as(s.changedRows().toString()).containsExactly(0, before.size());
      assertThat(services.inspectors().list(InspectorFilter.all())).isEqualTo(before);
    }
  }
}
