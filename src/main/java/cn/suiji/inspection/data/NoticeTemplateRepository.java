package cn.suiji.inspection.data;

import static cn.suiji.shared.db.generated.Tables.NOTICE_TEMPLATE;

import cn.suiji.inspection.domain.CountyTemplate;
import cn.suiji.inspection.domain.TemplateKind;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The county's document templates (NOTICE_TEMPLATE): one .docx per kind, with its SHA-256 and who loaded it when. */
public final class NoticeTemplateRepository {

  /** The stored template's bytes. */
  public Optional<byte[]> docx(DSLContext tx, TemplateKind kind) {
    return tx.select(NOTICE_TEMPLATE.DOCX).from(NOTICE_TEMPLATE).where(NOTICE_TEMPLATE.KIND.eq(kind.name()))
        .fetchOptional(NOTICE_TEMPLATE.DOCX);
  }

  /** What is stored for {@code kind}, without the bytes. */
  public Optional<CountyTemplate> find(DSLContext tx, TemplateKind kind) {
    return tx.select(NOTICE_TEMPLATE.KIND, NOTICE_TEMPLATE.FILE_NAME, NOTICE_TEMPLATE.SHA256, NOTICE_TEMPLATE.LOADED_AT,
            NOTICE_TEMPLATE.LOADED_BY)
        .from(NOTICE_TEMPLATE).where(NOTICE_TEMPLATE.KIND.eq(kind.name()))
        .fetchOptional(NoticeTemplateRepository::info);
  }

  /** Every stored template, by kind, without the bytes. */
  public List<CountyTemplate> all(DSLContext tx) {
    return tx.select(NOTICE_TEMPLATE.KIND, NOTICE_TEMPLATE.FILE_NAME, NOTICE_TEMPLATE.SHA256, NOTICE_TEMPLATE.LOADED_AT,
            NOTICE_TEMPLATE.LOADED_BY)
        .from(NOTICE_TEMPLATE).orderBy(NOTICE_TEMPLATE.KIND).fetch(NoticeTemplateRepository::info);
  }

  /** Stores (or replaces) the template of {@code kind}. */
  public void put(DSLContext tx, TemplateKind kind, byte[] docx, String sha256, String fileName,
      OffsetDateTime loadedAt, String loadedBy) {
    tx.insertInto(NOTICE_TEMPLATE)
        .set(NOTICE_TEMPLATE.KIND, kind.name())
        .set(NOTICE_TEMPLATE.DOCX, docx)
        .set(NOTICE_TEMPLATE.SHA256, sha256)
        .set(NOTICE_TEMPLATE.FILE_NAME, fileName)
        .set(NOTICE_TEMPLATE.LOADED_AT, loadedAt)
        .set(NOTICE_TEMPLATE.LOADED_BY, loadedBy)
        .onDuplicateKeyUpdate()
        .set(NOTICE_TEMPLATE.DOCX, docx)
        .set(NOTICE_TEMPLATE.SHA256, sha256)
        .set(NOTICE_TEMPLATE.FILE_NAME, fileName)
        .set(NOTICE_TEMPLATE.LOADED_AT, loadedAt)
        .set(NOTICE_TEMPLATE.LOADED_BY, loadedBy)
        .execute();
  }

  /** Removes the template of {@code kind}; whether there was one. */
  public boolean delete(DSLContext tx, TemplateKind kind) {
    return tx.deleteFrom(NOTICE_TEMPLATE).where(NOTICE_TEMPLATE.KIND.eq(kind.name())).execute() > 0;
  }

  private static CountyTemplate info(Record r) {
    return new CountyTemplate(TemplateKind.valueOf(r.get(NOTICE_TEMPLATE.KIND)), r.get(NOTICE_TEMPLATE.FILE_NAME),
        r.get(NOTICE_TEMPLATE.SHA256), r.get(NOTICE_TEMPLATE.LOADED_AT), r.get(NOTICE_TEMPLATE.LOADED_BY));
  }
}
