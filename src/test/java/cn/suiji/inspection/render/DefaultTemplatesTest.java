package cn.suiji.inspection.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.inspection.domain.TemplateKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The default templates shipped in the jar are what {@link DefaultTemplateGenerator} writes
 * (part by part, the document properties with their dates aside), and each passes its own
 * check. {@code -Dsuiji.templates.write=true} writes them afresh into src/main/resources.
 */
class DefaultTemplatesTest {
  private static final Path SHIPPED = Path.of("src/main/resources/cn/suiji/inspection/render");

  @Test
  void shippedTemplatesAreWhatTheGeneratorWrites() throws IOException {
    if (Boolean.getBoolean("suiji.templates.write")) {
      DefaultTemplateGenerator.writeAll(SHIPPED);
    }
    for (TemplateKind kind : TemplateKind.values()) {
      assertThat(parts(NoticeFiles.defaultTemplate(kind))).as(kind.name())
          .isEqualTo(parts(DefaultTemplateGenerator.build(kind)));
    }
  }

  @Test
  void everyDefaultTemplatePassesItsCheck() {
    for (TemplateKind kind : TemplateKind.values()) {
      assertThat(NoticeFiles.check(kind, NoticeFiles.defaultTemplate(kind))).as(kind.name()).isEmpty();
    }
  }

  @Test
  void everyDefaultTemplateStillLoadsWithItsPlaceholdersSplitAcrossRuns() throws IOException {
    for (TemplateKind kind : TemplateKind.values()) {
      byte[] split = DocxEdit.splitPlaceholders(NoticeFiles.defaultTemplate(kind));
      assertThat(new String(split, java.nio.charset.StandardCharsets.ISO_8859_1)).isNotEmpty();
      assertThat(parts(split).get("word/document.xml")).as("the edit really splits them").doesNotContain("{{文号}}")
          .doesNotContain("{{对象名称}}");
      assertThat(NoticeFiles.check(kind, split)).as(kind.name()).isEmpty();
    }
  }

  private static Map<String, String> parts(byte[] docx) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (!e.getName().startsWith("docProps/")) {
          out.put(e.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }
}
