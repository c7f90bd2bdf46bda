package cn.suiji.shared.docx.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * Joins each placeholder of a paragraph into one run. Word splits typed text into runs at will
 * (a spelling mark, an edit session, a change of input method), so {@code {{对象名称}}} may be
 * stored as {@code {{} {对象} {名称}}}: the placeholder moves whole into the run where it starts
 * (keeping that run's formatting), the text after it stays in the run where it ended, and runs
 * left empty are removed. Full-width braces ({@code ｛｛对象名称｝｝}, as a Chinese input method
 * types them) and spaces inside the braces are normalised to {@code {{对象名称}}}. Only plain text
 * runs (text and formatting) are joined: a tab, a break or a picture inside ends a placeholder,
 * which is then reported as broken.
 */
final class RunMerger {
  /** A placeholder in the text of consecutive runs; a NUL character stands for a run that is not plain text. */
  static final Pattern LOOSE = Pattern.compile("[{｛]\\s*[{｛]([^{}｛｝\u0000]*?)[}｝]\\s*[}｝]");
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final QName T = new QName(W, "t");
  private static final QName RPR = new QName(W, "rPr");
  private static final QName RENDERED_BREAK = new QName(W, "lastRenderedPageBreak");

  private RunMerger() {}

  /** Joins the placeholders of {@code p}'s own runs; returns whether anything changed. */
  static boolean merge(CTP p) {
    CTR[] runs = p.getRArray();
    if (runs.length == 0) {
      return false;
    }
    String[] texts = new String[runs.length];
    int[] starts = new int[runs.length];
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < runs.length; i++) {
      starts[i] = all.length();
      texts[i] = plainText(runs[i]);
      all.append(texts[i] == null ? "\u0000" : texts[i]);
    }
    if (all.indexOf("{") < 0 && all.indexOf("｛") < 0) {
      return false;
    }
    String joined = all.toString();
    List<int[]> spans = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Matcher m = LOOSE.matcher(joined);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
      names.add(m.group(1).strip().replace("\u3000", ""));
    }
    boolean[] changed = new boolean[runs.length];
    boolean[] emptied = new boolean[runs.length];
    // last to first: a change never moves the offsets of an earlier placeholder
    for (int k = spans.size() - 1; k >= 0; k--) {
      int s = spans.get(k)[0];
      int e = spans.get(k)[1];
      String canonical = "{{" + names.get(k) + "}}";
      int a = runAt(starts, s);
      int b = runAt(starts, e - 1);
      if (a == b && joined.substring(s, e).equals(canonical)) {
        continue;
      }
      String head = texts[a].substring(0, s - starts[a]);
      String tail = texts[b].substring(e - starts[b]);
      if (a == b) {
        texts[a] = head + canonical + tail;
      } else {
        texts[a] = head + canonical;
        for (int i = a + 1; i < b; i++) {
          texts[i] = "";
          changed[i] = true;
          emptied[i] = true;
        }
        texts[b] = tail;
        changed[b] = true;
        emptied[b] = tail.isEmpty();
      }
      changed[a] = true;
    }
    boolean any = false;
    for (int i = runs.length - 1; i >= 0; i--) {
      if (!changed[i]) {
        continue;
      }
      any = true;
      if (emptied[i]) {
        p.removeR(i);
      } else {
        setText(runs[i], texts[i]);
      }
    }
    return any;
  }

  private static int runAt(int[] starts, int offset) {
    int i = 0;
    while (i + 1 < starts.length && starts[i + 1] <= offset) {
      i++;
    }
    return i;
  }

  /** The run's text when it holds only text (and formatting); null for a tab, a break, a picture, a field… */
  private static String plainText(CTR run) {
    StringBuilder text = new StringBuilder();
    try (XmlCursor c = run.newCursor()) {
      if (c.toFirstChild()) {
        do {
          QName name = c.getName();
          if (name.equals(T)) {
            text.append(c.getTextValue());
          } else if (!name.equals(RPR) && !name.equals(RENDERED_BREAK)) {
            return null;
          }
        } while (c.toNextSibling());
      }
    }
    return text.toString();
  }

  private static void setText(CTR run, String text) {
    while (run.sizeOfTArray() > 0) {
      run.removeT(0);
    }
    CTText t = run.addNewT();
    t.setStringValue(text);
    t.setSpace(SpaceAttribute.Space.PRESERVE);
  }
}
