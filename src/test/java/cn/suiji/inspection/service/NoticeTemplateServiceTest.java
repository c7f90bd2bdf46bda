package cn.suiji.inspection.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.inspection.data.NoticeTemplateRepository;
import cn.suiji.inspection.domain.CountyTemplate;
import cn.suiji.inspection.domain.TemplateKind;
import cn.suiji.inspection.render.DocxEdit;
import cn.suiji.inspection.render.NoticeFiles;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEntry;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.audit.data.AuditRepository;
import cn.suiji.shared.db.Database;
import cn.suiji.shared.l10n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export, load (checked, audited, stored with its SHA-256), refuse, reset — on an in-memory database. */
class NoticeTemplateServiceTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:30:00Z"), ZoneId.of("Asia/Shanghai"));

  @TempDir
  Path dir;
  private final Database db = Database.inMemory("templates-" + UUID.randomUUID());
  private final Auditor auditor = new Auditor(new AuditRepository(), CLOCK, () -> "张办事员");
  private final NoticeTemplateService service = new NoticeTemplateService(db.dsl(), new NoticeTemplateRepository(),
      auditor, CLOCK, () -> "张办事员");

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void withoutALoadedTemplateTheDefaultIsExported() throws IOException {
    Path out = dir.resolve("notice.docx");
    service.export(TemplateKind.NOTICE, out);
    assertThat(Files.readAllBytes(out)).isEqualTo(NoticeFiles.defaultTemplate(TemplateKind.NOTICE));
    assertThat(service.county(TemplateKind.NOTICE)).isEmpty();
  }

  @Test
  void anEditedTemplateWithSplitPlaceholdersLoadsIsAuditedAndExportedBack() throws IOException {
    byte[] edited = DocxEdit.splitPlaceholders(DocxEdit.appendParagraph(
        NoticeFiles.defaultTemplate(TemplateKind.NOTICE), "本县补充说明：请提前预约。"));
    Path file = dir.resolve("本县通知书.docx");
    Files.write(file, edited);
    CountyTemplate stored = service.load(TemplateKind.NOTICE, file);
    assertThat(stored.fileName()).isEqualTo("本县通知书.docx");
    assertThat(stored.sha256()).isEqualTo(NoticeTemplateService.sha256(edited)).hasSize(64);
    assertThat(stored.loadedBy()).isEqualTo("张办事员");
    assertThat(service.county(TemplateKind.NOTICE)).hasValueSatisfying(b -> assertThat(b).isEqualTo(edited));
    assertThat(service.export(TemplateKind.NOTICE)).isEqualTo(edited);
    List<AuditEntry> log = auditor.entriesFor(db.dsl(), NoticeTemplateService.ENTITY, "NOTICE");
    assertThat(log).extracting(AuditEntry::action).containsExactly("noticeTemplate.load");

    // the same file again changes nothing and writes no entry
    service.load(TemplateKind.NOTICE, file);
    assertThat(auditor.entriesFor(db.dsl(), NoticeTemplateService.ENTITY, "NOTICE")).hasSize(1);

    assertThat(service.reset(TemplateKind.NOTICE)).isTrue();
    assertThat(service.county(TemplateKind.NOTICE)).isEmpty();
    assertThat(service.reset(TemplateKind.NOTICE)).isFalse();
    assertThat(auditor.entriesFor(db.dsl(), NoticeTemplateService.ENTITY, "NOTICE")).extracting(AuditEntry::action)
        .containsExactlyInAnyOrder("noticeTemplate.load", "noticeTemplate.reset");
  }

  @Test
  void aTemplateWithAnUnknownPlaceholderIsRefusedNamingItAndNothingIsStored() throws IOException {
    byte[] edited = DocxEdit.appendParagraph(NoticeFiles.defaultTemplate(TemplateKind.NOTICE), "请携带{{营业执照编号}}。");
    Path file = dir.resolve("bad.docx");
    Files.write(file, edited);
    assertThatThrownBy(() -> service.load(TemplateKind.NOTICE, file))
        .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(Messages.current().describe(e))
            .contains("bad.docx").contains("检查通知书").contains("无法识别的占位符 {{营业执照编号}}"));
    assertThat(service.county(TemplateKind.NOTICE)).isEmpty();
    assertThat(auditor.entriesFor(db.dsl(), NoticeTemplateService.ENTITY, "NOTICE")).isEmpty();
  }

  @Test
  void aTemplateOfTheWrongKindIsRefusedForWhatItLacks() throws IOException {
    Path file = dir.resolve("sheet-as-notice.docx");
    Files.write(file, NoticeFiles.defaultTemplate(TemplateKind.SHEET));
    assertThatThrownBy(() -> service.load(TemplateKind.NOTICE, file))
        .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(Messages.current().describe(e))
            .contains("缺少必需的占位符 {{文号}}").contains("无法识别的占位符 {{通知书文号}}"));
  }
}
