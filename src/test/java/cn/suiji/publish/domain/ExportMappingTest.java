package cn.suiji.publish.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.shared.SuijiException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportMappingTest {
  @Test
  void theDefaultIsThePlatformsElevenColumnsWithoutInspectorsOrIdNumbers() {
    assertThat(ExportMapping.DEFAULT.headers()).containsExactly("抽查计划编号", "抽查计划名称", "抽查任务编号", "抽查任务名称",
        "抽查类型", "检查实施机关", "市场主体名称", "统一社会信用代码/注册号", "检查完成日期", "检查结果", "备注");
    assertThat(List.of(ExportField.values())).extracting(ExportField::term)
        .noneMatch(t -> t.contains("人员") || t.contains("身份证") || t.contains("执法证"));
  }

  @Test
  void aMappingRenamesReordersAndDropsColumnsAndReadsBackItsOwnText() {
    ExportMapping m = ExportMapping.parse("# 本县公示平台的列\n企业名称＝市场主体名称\n\n统一社会信用代码/注册号\n"
        + "检查日期 = 检查完成日期\r\n检查结果\nISSUER\n");
    assertThat(m.headers()).containsExactly("企业名称", "统一社会信用代码/注册号", "检查日期", "检查结果", "公示机关");
    assertThat(m.columns()).extracting(ExportMapping.Column::field).containsExactly(ExportField.TARGET_NAME,
        ExportField.TARGET_CODE, ExportField.RESULT_DATE, ExportField.RESULT, ExportField.ISSUER);
    assertThat(ExportMapping.parse(m.text())).isEqualTo(m);
    assertThat(ExportMapping.parse(ExportMapping.DEFAULT.text())).isEqualTo(ExportMapping.DEFAULT);
  }

  @Test
  void aBadLineIsRefusedByItsNumber() {
    refused("市场主体名称\n姓名=检查人员\n", "publish.mapping.unknownField", 2);
    refused("=市场主体名称\n", "publish.mapping.badHeader", 1);
    refused("名称=市场主体名称\n名称=备注\n", "publish.mapping.twice", 2);
    assertThatThrownBy(() -> ExportMapping.parse("# nothing\n\n")).isInstanceOfSatisfying(SuijiException.class,
        e -> assertThat(e.key()).isEqualTo("publish.mapping.empty"));
  }

  private static void refused(String text, String key, int line) {
    assertThatThrownBy(() -> ExportMapping.parse(text)).isInstanceOfSatisfying(SuijiException.class, e -> {
      assertThat(e.key()).isEqualTo(key);
      assertThat(e.args()[0]).isEqualTo(line);
    });
  }
}
