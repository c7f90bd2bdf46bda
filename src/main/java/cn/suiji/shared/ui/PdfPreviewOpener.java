package cn.suiji.shared.ui;

import cn.suiji.shared.print.PrintableDocument;

/**
 * Opens the print preview of a document, so a ViewModel can ask for one without touching a
 * window; tests pass a fake that keeps the document.
 */
@FunctionalInterface
public interface PdfPreviewOpener {
  void open(PrintableDocument document);
}
