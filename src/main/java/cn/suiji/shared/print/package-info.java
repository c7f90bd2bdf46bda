/**
 * Printing and previewing PDF documents (docs/decisions/0011-printing.md). The one place allowed
 * to touch AWT: {@code java.awt.print.PrinterJob} is the only Java API that sends a PDF to a
 * printer page by page (PDFBox's {@code PDFPageable}), and PDFBox renders pages only to
 * {@code java.awt.image.BufferedImage}. Nothing AWT leaves this package: callers see bytes,
 * printer names and JavaFX images.
 */
@NullMarked
package cn.suiji.shared.print;

import org.jspecify.annotations.NullMarked;
