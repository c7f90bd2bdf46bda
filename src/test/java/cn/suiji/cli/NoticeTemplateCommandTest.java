package cn.suiji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suiji.app.Services;
import cn.suiji.cli.SuijiCommand.Result;
import cn.suiji.inspection.domain.TemplateKind;
import cn.suiji.inspection.render.DocxEdit;
import cn.suiji.inspection.render.NoticeFiles;
import cn.suiji.shared.db.DataLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code suiji notice template export|load|reset}: the round trip a clerk makes, and a refused file. */
class NoticeTemplateCommandTest {
  @TempDir
  Path dir;
  String db;

  @BeforeEach
  void emptyCounty() {
    db = dir.resolve("county").toString();
    try (Services services = Services.open(DataLocation.resolve(db))) {
      services.noticeTemplates().loaded();
    }
  }

  @Test
  void exportEditLoadAndResetAWholeRoundTrip() throws IOException {
    Path exported = dir.resolve("通知书模板.docx");
    Result export = SuijiCommand.run("notice", "template", "export", "--kind", "NOTICE", "--out", exported.toString(),
        "--db", db);
    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(export.out()).contains("检查通知书模板已导出").contains("默认模板");
    assertThat(Files.readAllBytes(exported)).isEqualTo(NoticeFiles.defaultTemplate(TemplateKind.NOTICE));

    Path edited = dir.resolve("改过的.docx");
    Files.write(edited, DocxEdit.splitPlaceholders(DocxEdit.appendParagraph(Files.readAllBytes(exported), "本县说明。")));
    Result load = SuijiCommand.run("notice", "template", "load", "--kind", "NOTICE", edited.toString(), "--db", db);
    assertThat(load.exitCode()).as(load.err()).isZero();
    assertThat(load.out()).contains("检查通知书模板已载入").contains("改过的.docx").contains("SHA-256");
    Result again = SuijiCommand.run("notice", "template", "load", "--kind", "NOTICE", edited.toString(), "--db", db);
    assertThat(again.out()).contains("完全相同");

    Result exportAgain = SuijiCommand.run("notice", "template", "export", "--kind", "NOTICE", "--out",
        dir.resolve("back.docx").toString(), "--db", db);
    assertThat(exportAgain.out()).contains("本县载入的模板：改过的.docx");
    assertThat(Files.readAllBytes(dir.resolve("back.docx"))).isEqualTo(Files.readAllBytes(edited));

    Result reset = SuijiCommand.run("notice", "template", "reset", "--kind", "NOTICE", "--db", db);
    assertThat(reset.exitCode()).isZero();
    assertThat(reset.out()).contains("检查通知书已恢复为默认模板");
    assertThat(SuijiCommand.run("notice", "template", "reset", "--kind", "NOTICE", "--db", db).out())
        .contains("本来就是默认模板");
  }

  @Test
  void aTemplateWithAnUnknownPlaceholderIsRefusedWithExitTwoNamingIt() throws IOException {
    Path bad = dir.resolve("bad.docx");
    Files.write(bad, DocxEdit.appendParagraph(NoticeFiles.defaultTemplate(TemplateKind.SHEET), "{{检查地点}}"));
    Result r = SuijiCommand.run("notice", "template", "load", "--kind", "SHEET", bad.toString(), "--db", db);
    assertThat(r.exitCode()).isEqualTo(SuijiCommand.BAD_INPUT);
    assertThat(r.err()).contains("bad.docx").contains("无法识别的占位符 {{检查地点}}");
  }

  @Test
  void anUnknownKindIsAUsageError() {
    Result r = SuijiCommand.run("notice", "template", "export", "--kind", "LETTER", "--out",
        dir.resolve("x.docx").toString(), "--db", db);
    assertThat(r.exitCode()).isEqualTo(SuijiCommand.BAD_INPUT);
    assertThat(r.err()).contains("--kind").contains("LETTER");
  }
}
