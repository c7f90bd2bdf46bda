package cn.suiji.draw.ui;

import cn.suiji.draw.render.DrawRecordDocx;
import cn.suiji.draw.render.DrawRecordPdf;
import cn.suiji.draw.render.DrawRecordSheet;
import cn.suiji.draw.service.DrawService;
import cn.suiji.shared.Progress;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.print.DocumentFiles;
import cn.suiji.shared.print.PrintableDocument;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;

/**
 * The printed draw record (抽取记录) of a confirmed or voided draw for the draw screens: as a
 * document for the print preview, or written straight to a .pdf or .docx. Runs in the
 * background; each step checks cancel, and files appear only complete.
 */
final class DrawPrints {
  private static final int STEPS = 3;

  private final DrawService service;
  private final Messages messages;

  DrawPrints(DrawService service, Messages messages) {
    this.service = service;
    this.messages = messages;
  }

  /** The record as PDF in memory, with its Word version for 存为Word. */
  PrintableDocument document(long drawId, Progress progress) {
    DrawRecordSheet sheet = sheet(drawId, progress);
    byte[] pdf = pdf(sheet);
    progress.checkCancelled();
    progress.update(STEPS, STEPS);
    return new PrintableDocument(title(sheet), fileName(sheet), pdf, (file, p) -> new DrawRecordDocx().write(sheet, file));
  }

  void writePdf(long drawId, Path file, Progress progress) {
    DrawRecordSheet sheet = sheet(drawId, progress);
    DocumentFiles.write(file, progress, f -> {
      new DrawRecordPdf().write(sheet, f);
      progress.update(2, STEPS);
    });
    progress.update(STEPS, STEPS);
  }

  void writeWord(long drawId, Path file, Progress progress) {
    DrawRecordSheet sheet = sheet(drawId, progress);
    DocumentFiles.write(file, progress, f -> {
      new DrawRecordDocx().write(sheet, f);
      progress.update(2, STEPS);
    });
    progress.update(STEPS, STEPS);
  }

  /** The file name offered when saving: 抽取记录-task-第n次. */
  String fileName(String task, String attempt) {
    return messages.get("draws.print.fileName", task, attempt);
  }

  private DrawRecordSheet sheet(long drawId, Progress progress) {
    progress.update(0, STEPS);
    DrawRecordSheet sheet = service.sheet(drawId);
    progress.checkCancelled();
    progress.update(1, STEPS);
    return sheet;
  }

  private static byte[] pdf(DrawRecordSheet sheet) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    new DrawRecordPdf().write(sheet, out);
    return out.toByteArray();
  }

  private String title(DrawRecordSheet sheet) {
    return messages.get("draws.print.documentTitle", sheet.taskCode(), sheet.attempt());
  }

  private String fileName(DrawRecordSheet sheet) {
    return fileName(sheet.taskCode(), Integer.toString(sheet.attempt()));
  }
}
