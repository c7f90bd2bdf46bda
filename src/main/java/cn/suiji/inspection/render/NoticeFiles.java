package cn.suiji.inspection.render;

import cn.suiji.inspection.domain.Announcement;
import cn.suiji.inspection.domain.InspectionNotice;
import cn.suiji.inspection.domain.RecordSheet;
import cn.suiji.inspection.domain.ResultAnnouncement;
import cn.suiji.inspection.domain.TemplateKind;
import cn.suiji.shared.Progress;
import cn.suiji.shared.SuijiException;
import cn.suiji.shared.docx.pdf.WordPdf;
import cn.suiji.shared.docx.template.DocxBatchWriter;
import cn.suiji.shared.docx.template.DocxTemplate;
import cn.suiji.shared.docx.template.TemplateProblem;
import cn.suiji.shared.docx.template.TemplateValues;
import cn.suiji.shared.pdf.CjkFontLocator;
import cn.suiji.shared.print.DocumentFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jspecify.annotations.Nullable;

/**
 * Writes the documents of a task — the 抽查任务公告, the 检查通知书 and the 检查记录表 before the
 * visit, the 检查结果公告 after — as one .docx or one PDF (chosen by the file's extension), whole or not at all,
 * from the county's templates (or the defaults shipped in the application). For the command
 * line and the screens.
 *
 * <p>Both formats come from the same filled template: the .docx is written as a stream
 * ({@link DocxBatchWriter}), the PDF is laid out from the same filled text ({@link WordPdf}),
 * document by document, so a batch of a thousand notices and sheets stays well inside a small
 * heap. A voided notice carries a red 作废 line and a diagonal 作废 watermark.
 */
public final class NoticeFiles {
  /** The PDF keeps this much of its page content in memory, the rest in a scratch file. */
  private static final long PDF_MEMORY = 8L << 20;
  private static final Map<TemplateKind, String> TAGS = Map.of(TemplateKind.ANNOUNCEMENT, "a", TemplateKind.NOTICE, "n",
      TemplateKind.SHEET, "s", TemplateKind.RESULTS, "r");

  private final TemplateSource county;
  private final CjkFontLocator fonts;

  /** With the default templates only and the fonts {@link CjkFontLocator#standard} finds. */
  public NoticeFiles() {
    this(TemplateSource.DEFAULTS, CjkFontLocator.standard(null));
  }

  public NoticeFiles(TemplateSource county, CjkFontLocator fonts) {
    this.county = county;
    this.fonts = fonts;
  }

  /** Writes the announcement into {@code out} (.docx or .pdf). */
  public void announcement(Announcement announcement, Path out, Progress progress) {
    DocxTemplate template = template(TemplateKind.ANNOUNCEMENT);
    write(out, progress, List.of(template), List.of(new Doc(template, NoticePlaceholders.values(announcement), "")),
        "抽查任务公告");
  }

  /** Writes the task's 检查结果公告 into {@code out} (.docx or .pdf). */
  public void resultAnnouncement(ResultAnnouncement announcement, Path out, Progress progress) {
    DocxTemplate template = template(TemplateKind.RESULTS);
    write(out, progress, List.of(template), List.of(new Doc(template, NoticePlaceholders.values(announcement), "")),
        announcement.title());
  }

  /**
   * Writes the notices and the record sheets into one file, each on its own pages, target by
   * target (a target's notice, then its sheet); either list may be empty, and when both are given
   * they are in the same order. Progress counts documents; cancel leaves no file.
   */
  public void notices(List<InspectionNotice> notices, List<RecordSheet> sheets, Path out, Progress progress) {
    if (notices.isEmpty() && sheets.isEmpty()) {
      throw new SuijiException("inspection.render.nothing");
    }
    List<DocxTemplate> templates = new ArrayList<>();
    @Nullable DocxTemplate notice = notices.isEmpty() ? null : template(TemplateKind.NOTICE);
    @Nullable DocxTemplate sheet = sheets.isEmpty() ? null : template(TemplateKind.SHEET);
    if (notice != null) {
      templates.add(notice);
    }
    if (sheet != null) {
      templates.add(sheet);
    }
    // a target's sheet follows its (last) notice, matched by inspection; sheets without a notice come last
    Map<Long, List<RecordSheet>> byInspection = new LinkedHashMap<>();
    for (RecordSheet s : sheets) {
      byInspection.computeIfAbsent(s.inspectionId(), k -> new ArrayList<>()).add(s);
    }
    Map<Long, Integer> lastNotice = new HashMap<>();
    for (int i = 0; i < notices.size(); i++) {
      lastNotice.put(notices.get(i).inspectionId(), i);
    }
    List<Doc> docs = new ArrayList<>(notices.size() + sheets.size());
    for (int i = 0; i < notices.size(); i++) {
      InspectionNotice n = notices.get(i);
      docs.add(new Doc(notice, null, n.voided() ? VoidMark.XML : "", n, null));
      if (lastNotice.get(n.inspectionId()) == i) {
        for (RecordSheet s : byInspection.getOrDefault(n.inspectionId(), List.of())) {
          docs.add(new Doc(sheet, null, "", null, s));
        }
        byInspection.remove(n.inspectionId());
      }
    }
    byInspection.values().forEach(rest -> rest.forEach(s -> docs.add(new Doc(sheet, null, "", null, s))));
    write(out, progress, templates, docs, notice != null ? "检查通知书" : "检查记录表");
  }

  /** The template {@code kind} prints with: the county's when it loaded one, else the default. */
  public DocxTemplate template(TemplateKind kind) {
    Optional<byte[]> own = county.county(kind);
    if (own.isPresent()) {
      return DocxTemplate.compile(own.get(), NoticePlaceholders.of(kind), TAGS.get(kind), "本县的" + label(kind));
    }
    return DocxTemplate.compile(defaultTemplate(kind), NoticePlaceholders.of(kind), TAGS.get(kind), label(kind));
  }

  /** What keeps {@code docx} from serving as the template of {@code kind}; empty when it can. */
  public static List<TemplateProblem> check(TemplateKind kind, byte[] docx) {
    return DocxTemplate.check(docx, NoticePlaceholders.of(kind));
  }

  /** The default template of {@code kind}, as shipped in the application. */
  public static byte[] defaultTemplate(TemplateKind kind) {
    String name = switch (kind) {
      case ANNOUNCEMENT -> "announcement.docx";
      case NOTICE -> "notice.docx";
      case SHEET -> "sheet.docx";
      case RESULTS -> "results.docx";
    };
    try (InputStream in = NoticeFiles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("default template missing: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String label(TemplateKind kind) {
    return switch (kind) {
      case ANNOUNCEMENT -> "抽查任务公告";
      case NOTICE -> "检查通知书";
      case SHEET -> "检查记录表";
      case RESULTS -> "检查结果公告";
    };
  }

  // ---- writing ----

  /** One document to write: its template and what fills it (built when it is written, not before). */
  private record Doc(DocxTemplate template, @Nullable TemplateValues given, String leading,
      @Nullable InspectionNotice notice, @Nullable RecordSheet sheet) {
    Doc(DocxTemplate template, TemplateValues values, String leading) {
      this(template, values, leading, null, null);
    }

    TemplateValues values() {
      if (given != null) {
        return given;
      }
      if (notice != null) {
        return NoticePlaceholders.values(notice);
      }
      return NoticePlaceholders.values(java.util.Objects.requireNonNull(sheet));
    }
  }

  private void write(Path out, Progress progress, List<DocxTemplate> templates, List<Doc> docs, String title) {
    String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".docx")) {
      DocumentFiles.write(out, progress, file -> docx(file, progress, templates, docs));
    } else if (name.endsWith(".pdf")) {
      DocumentFiles.write(out, progress, file -> pdf(file, progress, templates, docs, title));
    } else {
      throw new SuijiException("inspection.render.format", out);
    }
  }

  private static void docx(Path file, Progress progress, List<DocxTemplate> templates, List<Doc> docs)
      throws IOException {
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        DocxBatchWriter writer = new DocxBatchWriter(os, templates)) {
      for (int i = 0; i < docs.size(); i++) {
        progress.checkCancelled();
        Doc d = docs.get(i);
        writer.add(d.template(), d.values(), d.leading(), i < docs.size() - 1);
        progress.update(i + 1, docs.size());
      }
    }
  }

  private void pdf(Path file, Progress progress, List<DocxTemplate> templates, List<Doc> docs, String title)
      throws IOException {
    try (PDDocument pdf = new PDDocument(MemoryUsageSetting.setupMixed(PDF_MEMORY).streamCache);
        CjkFontLocator.Fonts loaded = fonts.load(pdf)) {
      PDDocumentInformation info = pdf.getDocumentInformation();
      info.setTitle(title);
      info.setCreator("suiji");
      WordPdf layout = new WordPdf(pdf, loaded.text(), templates);
      int[] drawings = {0};
      for (int i = 0; i < docs.size(); i++) {
        progress.checkCancelled();
        Doc d = docs.get(i);
        layout.add(d.template(), d.template().fill(d.values(), false, d.leading(), drawings));
        progress.update(i + 1, docs.size());
      }
      progress.checkCancelled();
      pdf.save(file.toFile());
    }
  }

  /** The mark a voided notice carries: a red line at its top and Word's diagonal watermark shape. */
  static final class VoidMark {
    static final String XML = "<w:p><w:pPr><w:jc w:val=\"center\"/>"
        + "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"579\" w:lineRule=\"exact\"/></w:pPr>"
        + "<w:r><w:rPr><w:rFonts w:ascii=\"黑体\" w:hAnsi=\"黑体\" w:eastAsia=\"黑体\"/><w:b/><w:color w:val=\"FF0000\"/>"
        + "<w:sz w:val=\"32\"/></w:rPr><w:t>作废（本通知书已作废，文号保留不再使用）</w:t></w:r>"
        + "<w:r><w:pict>"
        + "<v:shapetype id=\"_x0000_t136\" coordsize=\"21600,21600\" o:spt=\"136\" adj=\"10800\""
        + " path=\"m@7,l@8,m@5,21600l@6,21600e\"><v:formulas><v:f eqn=\"sum #0 0 10800\"/><v:f eqn=\"prod #0 2 1\"/>"
        + "<v:f eqn=\"sum 21600 0 @1\"/><v:f eqn=\"sum 0 0 @2\"/><v:f eqn=\"sum 21600 0 @3\"/><v:f eqn=\"if @0 @3 0\"/>"
        + "<v:f eqn=\"if @0 21600 @1\"/><v:f eqn=\"if @0 0 @2\"/><v:f eqn=\"if @0 @4 21600\"/><v:f eqn=\"mid @5 @6\"/>"
        + "<v:f eqn=\"mid @8 @5\"/><v:f eqn=\"mid @7 @8\"/><v:f eqn=\"mid @6 @7\"/><v:f eqn=\"sum @6 0 @5\"/>"
        + "</v:formulas><v:path textpathok=\"t\" o:connecttype=\"custom\""
        + " o:connectlocs=\"@9,0;@10,10800;@11,21600;@12,10800\" o:connectangles=\"270,180,90,0\"/>"
        + "<v:textpath on=\"t\" fitshape=\"t\"/><v:handles><v:h position=\"#0,bottomRight\" xrange=\"6629,14971\"/>"
        + "</v:handles><o:lock v:ext=\"edit\" text=\"t\" shapetype=\"t\"/></v:shapetype>"
        + "<v:shape id=\"SuijiVoidMark\" o:spid=\"_x0000_s1025\" type=\"#_x0000_t136\""
        + " style=\"position:absolute;margin-left:0;margin-top:0;width:400pt;height:160pt;rotation:315;"
        + "z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
        + "mso-position-vertical:center;mso-position-vertical-relative:margin\" o:allowincell=\"f\""
        + " fillcolor=\"red\" stroked=\"f\"><v:fill opacity=\".35\"/>"
        + "<v:textpath style=\"font-family:&quot;黑体&quot;;font-size:1pt\" string=\"作废\"/></v:shape>"
        + "</w:pict></w:r></w:p>";

    private VoidMark() {}
  }

}
