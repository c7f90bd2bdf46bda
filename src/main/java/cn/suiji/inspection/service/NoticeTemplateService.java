package cn.suiji.inspection.service;

import cn.suiji.inspection.data.NoticeTemplateRepository;
import cn.suiji.inspection.domain.CountyTemplate;
import cn.suiji.inspection.domain.TemplateKind;
import cn.suiji.inspection.render.NoticeFiles;
import cn.suiji.inspection.render.TemplateSource;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.audit.AuditEvent;
import cn.suiji.shared.audit.Auditor;
import cn.suiji.shared.docx.template.DocxTemplate;
import cn.suiji.shared.docx.template.TemplateProblem;
import cn.suiji.shared.print.DocumentFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The county's own wording of the 抽查任务公告, the 检查通知书 and the 检查记录表: the clerk exports
 * a template (the county's, else the default), edits it in Word or WPS and loads it back; loading
 * checks every placeholder (split ones included) and refuses the file naming what is wrong;
 * reset goes back to the default. Loaded templates live in the data file (NOTICE_TEMPLATE), so
 * they travel with it; loads and resets are audited with the file's SHA-256. Also the
 * {@link TemplateSource} the renderers print with.
 */
public final class NoticeTemplateService implements TemplateSource {
  private static final Logger LOG = LoggerFactory.getLogger(NoticeTemplateService.class);
  /** The audit log's entity for a template. */
  public static final String ENTITY = "noticeTemplate";
  /** A template larger than this is refused: a letter's template is tens of kilobytes. */
  static final long MAX_BYTES = 20L << 20;

  private final DSLContext dsl;
  private final NoticeTemplateRepository templates;
  private final Auditor auditor;
  private final Clock clock;
  private final Supplier<String> operator;

  public NoticeTemplateService(DSLContext dsl, NoticeTemplateRepository templates, Auditor auditor, Clock clock,
      Supplier<String> operator) {
    this.dsl = dsl;
    this.templates = templates;
    this.auditor = auditor;
    this.clock = clock;
    this.operator = operator;
  }

  /** The county's template of {@code kind}, if it loaded one. */
  @Override
  public Optional<byte[]> county(TemplateKind kind) {
    return templates.docx(dsl, kind);
  }

  /** What the county loaded, kind by kind (kinds printing with the default are absent). */
  public List<CountyTemplate> loaded() {
    return templates.all(dsl);
  }

  /** The loaded template of {@code kind}, if any, without its bytes. */
  public Optional<CountyTemplate> loaded(TemplateKind kind) {
    return templates.find(dsl, kind);
  }

  /** The template {@code kind} prints with, as a .docx: the county's, else the default. */
  public byte[] export(TemplateKind kind) {
    return county(kind).orElseGet(() -> NoticeFiles.defaultTemplate(kind));
  }

  /** Writes {@link #export(TemplateKind)} to {@code out}, whole or not at all. */
  public void export(TemplateKind kind, Path out) {
    byte[] docx = export(kind);
    DocumentFiles.write(out, Progress.NONE, file -> Files.write(file, docx));
  }

  /**
   * Checks the .docx at {@code file} as a template of {@code kind} and stores it (one
   * transaction, audited). Loading the very file already loaded changes nothing.
   *
   * @return what is stored now
   * @throws SuijiException {@code docx.template.refused} naming every problem,
   *     {@code inspection.template.unreadable}, {@code inspection.template.tooLarge}
   */
  public CountyTemplate load(TemplateKind kind, Path file) {
    byte[] docx;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new SuijiException("inspection.template.tooLarge", file, size >> 20, MAX_BYTES >> 20);
      }
      docx = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new SuijiException(e, "inspection.template.missingFile", file);
    } catch (IOException e) {
      throw new SuijiException(e, "inspection.template.unreadable", file, String.valueOf(e.getMessage()));
    }
    return load(kind, String.valueOf(file.getFileName()), docx);
  }

  /** As {@link #load(TemplateKind, Path)}, for bytes read elsewhere (the screen's file chooser). */
  public CountyTemplate load(TemplateKind kind, String fileName, byte[] docx) {
    List<TemplateProblem> problems = NoticeFiles.check(kind, docx);
    if (!problems.isEmpty()) {
      throw DocxTemplate.refused(fileName + "（" + label(kind) + "）", problems);
    }
    String sha = sha256(docx);
    String name = fileName.length() > 255 ? fileName.substring(fileName.length() - 255) : fileName;
    CountyTemplate stored = dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      Optional<CountyTemplate> before = templates.find(tx, kind);
      if (before.isPresent() && before.get().sha256().equals(sha)) {
        return before.get();
      }
      OffsetDateTime now = OffsetDateTime.now(clock);
      templates.put(tx, kind, docx, sha, name, now, operator.get());
      auditor.record(tx, new AuditEvent("noticeTemplate.load", "noticeTemplate", kind.name(),
          before.map(CountyTemplate::sha256).orElse(null), sha, name));
      return templates.find(tx, kind).orElseThrow();
    });
    LOG.info("Template {} loaded from {} ({})", kind, name, sha);
    return stored;
  }

  /**
   * Goes back to the default template of {@code kind} (one transaction, audited).
   *
   * @return whether the county had loaded one
   */
  public boolean reset(TemplateKind kind) {
    boolean had = dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      Optional<CountyTemplate> before = templates.find(tx, kind);
      if (before.isEmpty()) {
        return false;
      }
      templates.delete(tx, kind);
      auditor.record(tx, new AuditEvent("noticeTemplate.reset", "noticeTemplate", kind.name(), before.get().sha256(), null,
          before.get().fileName()));
      return true;
    });
    if (had) {
      LOG.info("Template {} reset to the default", kind);
    }
    return had;
  }

  /** The SHA-256 of {@code bytes}, lower-case hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String label(TemplateKind kind) {
    return cn.suiji.shared.l10n.Messages.current().label(kind);
  }
}
