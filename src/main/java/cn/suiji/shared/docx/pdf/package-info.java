/**
 * WordprocessingML to PDF, for documents filled from the county's .docx templates: the PDF is
 * laid out from the same filled text the .docx stores — paragraphs (text, alignment, size, bold,
 * colour, indentation, spacing, the document grid), tables (cells, spans, borders, shading),
 * page and section breaks, headers and footers with page numbers — with PDFBox and the Chinese
 * font {@link cn.suiji.shared.pdf.CjkFontLocator} finds. Not printed: pictures, text boxes,
 * automatic numbering; see docs/decisions/0019-notice-templates.md.
 */
@NullMarked
package cn.suiji.shared.docx.pdf;

import org.jspecify.annotations.NullMarked;
