package cn.suiji.shared.docx.template;

import static cn.suiji.shared.docx.template.DocxTemplate.BLANK_FOOTER;
import static cn.suiji.shared.docx.template.DocxTemplate.BLANK_HEADER;
import static cn.suiji.shared.docx.template.DocxTemplate.DOC_PR;
import static cn.suiji.shared.docx.template.DocxTemplate.MARKER;
import static cn.suiji.shared.docx.template.DocxTemplate.PARA_IDS;
import static cn.suiji.shared.docx.template.DocxTemplate.PLACEHOLDER;
import static cn.suiji.shared.docx.template.DocxTemplate.REL_ATTR;
import static cn.suiji.shared.docx.template.DocxTemplate.text;

import cn.suiji.shared.docx.template.DocxTemplate.DocPrId;
import cn.suiji.shared.docx.template.DocxTemplate.Lit;
import cn.suiji.shared.docx.template.DocxTemplate.Node;
import cn.suiji.shared.docx.template.DocxTemplate.Ph;
import cn.suiji.shared.docx.template.DocxTemplate.Repeat;
import cn.suiji.shared.docx.template.DocxTemplate.Section;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;

/**
 * Compiles a template's body for {@link DocxTemplate}: each top-level paragraph, table row or
 * other element serialised with the standard prefixes, its placeholders cut out, the paragraphs
 * and rows naming a list's fields marked to repeat, the sections between {@code {{#列表}}} and
 * {@code {{/列表}}} marked; and each section's properties prepared for a batch (new page, pages
 * numbered from 1, an empty header or footer where the template has none). Collects the
 * problems and the placeholders used.
 */
final class TemplateCompiler {
  private final Vocabulary vocabulary;
  private final String tag;
  private final XmlOptions save;
  private final List<TemplateProblem> problems;
  final Set<String> used = new LinkedHashSet<>();
  final List<Node> root = new ArrayList<>();
  String sectPr = "";
  @Nullable List<Node> lastWithSection;

  TemplateCompiler(Vocabulary vocabulary, String tag, Map<String, String> namespaces, List<TemplateProblem> problems) {
    this.vocabulary = vocabulary;
    this.tag = tag;
    this.problems = problems;
    this.save = new XmlOptions();
    save.setSaveOuter();
    save.setSaveImplicitNamespaces(namespaces);
  }

  void compile(CTBody body) {
    boolean restartSet = false;
    Deque<Section> open = new ArrayDeque<>();
    Deque<List<Node>> targets = new ArrayDeque<>();
    targets.push(root);
    CTP lastPlain = null;
    int lastPlainAt = 0;
    try (XmlCursor c = body.newCursor()) {
      boolean more = c.toFirstChild();
      while (more) {
        XmlObject element = c.getObject();
        more = c.toNextSibling();
        if (element instanceof CTSectPr) {
          continue;
        }
        lastPlain = null;
        if (element instanceof CTP p) {
          Matcher marker = MARKER.matcher(text(p).strip());
          if (marker.matches()) {
            marker(marker.group(1), marker.group(2).strip(), open, targets);
            continue;
          }
          if (p.isSetPPr() && p.getPPr().isSetSectPr()) {
            prepare(p.getPPr().getSectPr(), !restartSet);
            restartSet = true;
          }
          String xml = serialise(p);
          String list = oneList(xml);
          if (list != null) {
            targets.peek().add(new Repeat(list, nodes(xml, true)));
          } else {
            if (targets.size() == 1) {
              lastPlain = p;
              lastPlainAt = root.size();
            }
            targets.peek().addAll(nodes(xml, true));
          }
        } else if (element instanceof CTTbl table) {
          targets.peek().addAll(table(table));
        } else {
          String xml = serialise(element);
          if (!lists(xml).isEmpty()) {
            problems.add(new TemplateProblem(TemplateProblem.Kind.LIST_PLACE, firstList(xml)));
          }
          targets.peek().addAll(nodes(xml, true));
        }
      }
    }
    for (Section s : open) {
      problems.add(new TemplateProblem(TemplateProblem.Kind.MARKER, "{{#" + s.list() + "}}"));
    }
    CTSectPr last = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    prepare(last, !restartSet);
    sectPr = tagged(last.xmlText(save));
    if (lastPlain != null) {
      CTPPr pPr = lastPlain.isSetPPr() ? lastPlain.getPPr() : lastPlain.addNewPPr();
      pPr.setSectPr(last);
      List<Node> withSection = new ArrayList<>(root.subList(0, lastPlainAt));
      withSection.addAll(nodes(serialise(lastPlain), false));
      lastWithSection = withSection;
    }
  }

  /** A section marker {{#列表}} opens, {{/列表}} closes the section of the list. */
  private void marker(String sign, String list, Deque<Section> open, Deque<List<Node>> targets) {
    if (!vocabulary.isList(list)) {
      problems.add(new TemplateProblem(TemplateProblem.Kind.UNKNOWN, "{{" + sign + list + "}}"));
    } else if (sign.equals("#")) {
      Section s = new Section(list, new ArrayList<>());
      targets.peek().add(s);
      open.push(s);
      targets.push(s.body());
    } else if (open.isEmpty() || !open.peek().list().equals(list)) {
      problems.add(new TemplateProblem(TemplateProblem.Kind.MARKER, "{{/" + list + "}}"));
    } else {
      open.pop();
      targets.pop();
    }
  }

  /** The table's start, its rows (those naming a list's fields repeated), its end. */
  private List<Node> table(CTTbl table) {
    List<Node> rows = new ArrayList<>();
    for (CTRow row : table.getTrArray()) {
      String xml = serialise(row);
      String list = oneList(xml);
      if (list != null) {
        rows.add(new Repeat(list, nodes(xml, true)));
      } else {
        rows.addAll(nodes(xml, true));
      }
    }
    while (table.sizeOfTrArray() > 0) {
      table.removeTr(0);
    }
    String outer = serialise(table);
    if (outer.endsWith("/>")) {
      outer = outer.substring(0, outer.length() - 2) + "></w:tbl>";
    }
    int end = outer.lastIndexOf("</");
    List<Node> out = new ArrayList<>(nodes(outer.substring(0, end), true));
    out.addAll(rows);
    out.add(new Lit(outer.substring(end)));
    return out;
  }

  /** The one list whose fields {@code xml} names, null for none; two lists are a problem. */
  private @Nullable String oneList(String xml) {
    Set<String> lists = lists(xml);
    if (lists.size() > 1) {
      problems.add(new TemplateProblem(TemplateProblem.Kind.TWO_LISTS, String.join("、", lists)));
    }
    return lists.isEmpty() ? null : lists.iterator().next();
  }

  private static Set<String> lists(String xml) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(xml);
    while (m.find()) {
      String name = m.group(1);
      int dot = name.indexOf('.');
      if (dot > 0 && !name.startsWith("#") && !name.startsWith("/")) {
        out.add(name.substring(0, dot));
      }
    }
    return out;
  }

  private static String firstList(String xml) {
    Matcher m = PLACEHOLDER.matcher(xml);
    while (m.find()) {
      if (m.group(1).indexOf('.') > 0) {
        return "{{" + m.group(1) + "}}";
      }
    }
    return "";
  }

  /** Cuts the placeholders and drawing ids out of serialised XML. */
  private List<Node> nodes(String xml, boolean report) {
    List<Node> out = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(xml);
    Matcher d = DOC_PR.matcher(xml);
    int at = 0;
    boolean moreP = m.find();
    boolean moreD = d.find();
    while (moreP || moreD) {
      if (moreP && (!moreD || m.start() < d.start())) {
        String name = m.group(1);
        // report false: the same text compiled a second time, its problems already counted
        if (report && (name.startsWith("#") || name.startsWith("/"))) {
          problems.add(new TemplateProblem(TemplateProblem.Kind.MARKER, m.group()));
        } else if (report && !vocabulary.knows(name)) {
          problems.add(new TemplateProblem(TemplateProblem.Kind.UNKNOWN, m.group()));
        }
        used.add(name);
        out.add(new Lit(xml.substring(at, m.start())));
        out.add(new Ph(name, inText(xml, m.start())));
        at = m.end();
        moreP = m.find();
      } else {
        out.add(new Lit(xml.substring(at, d.end(1))));
        out.add(new DocPrId());
        at = d.start(3);
        moreD = d.find();
      }
    }
    out.add(new Lit(xml.substring(at)));
    return out;
  }

  private static boolean inText(String xml, int at) {
    int tag = xml.lastIndexOf('<', at);
    return tag >= 0 && xml.startsWith("<w:t", tag) && (xml.charAt(tag + 4) == '>' || xml.charAt(tag + 4) == ' ');
  }

  private String serialise(XmlObject x) {
    return tagged(PARA_IDS.matcher(x.xmlText(save)).replaceAll(""));
  }

  /** Relationship ids get the template's tag, so templates can share a file. */
  private String tagged(String xml) {
    return REL_ATTR.matcher(xml).replaceAll(r -> "r:" + r.group(1) + "=\"" + tag + r.group(2) + "\"");
  }

  /**
   * A section of a filled document starts a new page; the first numbers its pages from 1; a
   * header or footer type it lacks points to an empty one (else it would show the previous
   * document's).
   */
  private static void prepare(CTSectPr s, boolean first) {
    if (s.isSetType()) {
      s.unsetType();
    }
    if (first) {
      (s.isSetPgNumType() ? s.getPgNumType() : s.addNewPgNumType()).setStart(BigInteger.ONE);
    }
    List<STHdrFtr.Enum> types = new ArrayList<>(List.of(STHdrFtr.DEFAULT, STHdrFtr.EVEN));
    if (s.isSetTitlePg()) {
      types.add(STHdrFtr.FIRST);
    }
    for (STHdrFtr.Enum type : types) {
      if (s.getHeaderReferenceList().stream().noneMatch(r -> r.getType() == type)) {
        CTHdrFtrRef ref = s.addNewHeaderReference();
        ref.setType(type);
        ref.setId(BLANK_HEADER);
      }
      if (s.getFooterReferenceList().stream().noneMatch(r -> r.getType() == type)) {
        CTHdrFtrRef ref = s.addNewFooterReference();
        ref.setType(type);
        ref.setId(BLANK_FOOTER);
      }
    }
  }
}
