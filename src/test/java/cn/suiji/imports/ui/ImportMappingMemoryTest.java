package cn.suiji.imports.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.shared.imports.ImportKind;
import cn.suiji.shared.xlsx.ColumnSpec;
import cn.suiji.shared.xlsx.HeaderMapping;
import cn.suiji.shared.xlsx.HeaderMatcher;
import cn.suiji.shared.xlsx.Row;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The remembered column choices: what is kept, how it is applied, and that a broken setting is ignored. */
class ImportMappingMemoryTest {
  private static final List<ColumnSpec> SPECS = List.of(ColumnSpec.required("code", "执法证号"),
      ColumnSpec.required("name", "姓名"), ColumnSpec.optional("phone", "联系电话", "电话"));
  private final Map<String, String> settings = new HashMap<>();
  private final ImportMappingMemory memory = new ImportMappingMemory(k -> Optional.ofNullable(settings.get(k)), settings::put);

  private static HeaderMapping header(String... texts) {
    return HeaderMatcher.match("s", new Row(1, List.of(texts)), SPECS);
  }

  @Test
  void onlyTheClerksDeparturesAreKeptUnderTheirNormalisedHeader() {
    HeaderMapping auto = header("执法证号", "人员姓名 ", "电话");
    HeaderMapping confirmed = auto.with("name", 1).without("phone");
    assertThat(memory.remember(ImportKind.INSPECTORS, auto, confirmed)).isTrue();
    assertThat(settings).containsOnlyKeys("import.mapping.inspectors");
    assertThat(memory.recall(ImportKind.INSPECTORS)).containsExactlyInAnyOrderEntriesOf(Map.of("人员姓名", "name", "电话", ""));
    assertThat(memory.remember(ImportKind.INSPECTORS, auto, confirmed)).as("nothing new: no write").isFalse();
    assertThat(memory.recall(ImportKind.TARGETS)).isEmpty();
  }

  @Test
  void rememberedChoicesApplyWhereverTheHeaderStandsAndUnknownFieldsAreIgnored() {
    Map<String, String> remembered = Map.of("人员姓名", "name", "电话", "", "备注", "noSuchField");
    HeaderMapping auto = header("电话", "备注", "＊人员姓名（必填）", "执法证号");
    assertThat(auto.missingRequired()).containsExactly("name");
    HeaderMapping applied = ImportMappingMemory.apply(auto, remembered, SPECS);
    assertThat(applied.columns()).containsExactlyInAnyOrderEntriesOf(Map.of("code", 3, "name", 2));
    assertThat(applied.missingRequired()).isEmpty();
    assertThat(applied.unmapped()).containsExactly("电话", "备注");
    assertThat(applied.headerTexts()).isEqualTo(auto.headerTexts());
  }

  @Test
  void anUnreadableSettingIsIgnored() {
    settings.put("import.mapping.inspectors", "{not json");
    assertThat(memory.recall(ImportKind.INSPECTORS)).isEmpty();
    assertThat(memory.remember(ImportKind.INSPECTORS, header("执法证号", "姓名"), header("执法证号", "姓名").without("name")))
        .isTrue();
    assertThat(memory.recall(ImportKind.INSPECTORS)).containsExactly(Map.entry("姓名", ""));
  }
}
