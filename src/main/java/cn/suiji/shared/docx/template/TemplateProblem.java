package cn.suiji.shared.docx.template;

import cn.suiji.shared.l10n.Messages;

/**
 * Why a template cannot be used, with the placeholder (or the text) concerned: the clerk is
 * told every problem at once, each naming what to fix.
 */
public record TemplateProblem(Kind kind, String subject) {

  /** The kinds of problem; each has its sentence {@code docx.template.problem.<name>}. */
  public enum Kind {
    /** The file is not a Word document that can be read. */
    NOT_DOCX,
    /** A placeholder whose name the document kind does not know. */
    UNKNOWN,
    /** A required placeholder (or all its alternatives) is absent. */
    MISSING,
    /** Braces that do not make a whole placeholder (a tab or a picture inside, one brace missing…). */
    BROKEN,
    /** A paragraph or table row naming fields of two different lists. */
    TWO_LISTS,
    /** A list's field outside a paragraph or a table row of the body (in a content control, a text box…). */
    LIST_PLACE,
    /** A section marker {{#列表}} or {{/列表}} not alone in a paragraph of the body, or without its pair. */
    MARKER,
    /** A placeholder in a header or footer (shared by every document of a batch). */
    HEADER_FOOTER
  }

  /** The clerk's sentence for this problem. */
  public String describe() {
    String key = switch (kind) {
      case NOT_DOCX -> "docx.template.problem.notDocx";
      case UNKNOWN -> "docx.template.problem.unknown";
      case MISSING -> "docx.template.problem.missing";
      case BROKEN -> "docx.template.problem.broken";
      case TWO_LISTS -> "docx.template.problem.twoLists";
      case LIST_PLACE -> "docx.template.problem.listPlace";
      case MARKER -> "docx.template.problem.marker";
      case HEADER_FOOTER -> "docx.template.problem.headerFooter";
    };
    return Messages.msg(key, subject);
  }
}
