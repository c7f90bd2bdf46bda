package cn.suiji.shared.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** For the .docx renderers (draw record, working rules): a run in a Chinese and a Latin font, and the A4 page. */
public final class Docx {
  /** The Latin font of every run. */
  public static final String LATIN_FONT = "Times New Roman";
  private static final long A4_WIDTH = 11906;
  private static final long A4_HEIGHT = 16838;
  private static final long HEADER_FOOTER = 567;

  private Docx() {}

  /** A run in {@code eastAsia} for Chinese and {@link #LATIN_FONT} for Latin text; empty text adds no text. */
  public static XWPFRun run(XWPFParagraph p, String text, String eastAsia, double size, boolean bold) {
    XWPFRun run = p.createRun();
    run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
    run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
    run.setFontFamily(eastAsia, XWPFRun.FontCharRange.eastAsia);
    run.setFontSize(size);
    run.setBold(bold);
    if (!text.isEmpty()) {
      run.setText(text);
    }
    return run;
  }

  /** Makes the document's page A4 portrait with these margins (twips) and 1 cm header and footer. */
  public static void a4(XWPFDocument doc, long top, long bottom, long left, long right) {
    CTSectPr section = doc.getDocument().getBody().isSetSectPr()
        ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
    size.setW(BigInteger.valueOf(A4_WIDTH));
    size.setH(BigInteger.valueOf(A4_HEIGHT));
    CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(top));
    margins.setBottom(BigInteger.valueOf(bottom));
    margins.setLeft(BigInteger.valueOf(left));
    margins.setRight(BigInteger.valueOf(right));
    margins.setHeader(BigInteger.valueOf(HEADER_FOOTER));
    margins.setFooter(BigInteger.valueOf(HEADER_FOOTER));
  }
}
