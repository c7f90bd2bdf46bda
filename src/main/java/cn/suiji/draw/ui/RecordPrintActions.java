package cn.suiji.draw.ui;

import cn.suiji.draw.service.DrawService;
import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.ui.DialogService;
import cn.suiji.shared.ui.PdfPreviewOpener;
import cn.suiji.shared.ui.ProgressJob;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The print buttons of the draw screens (the wizard's last step and the records list) for a
 * closed draw's record: preview, save as PDF, save as Word. Each runs in the background on the
 * screen's progress job, with cancel; what became of it goes back to the screen.
 */
final class RecordPrintActions {
  private final DrawPrints prints;
  private final ProgressJob job;
  private final DialogService dialogs;
  private final Messages messages;
  private final PdfPreviewOpener previews;
  private final Consumer<String> outcome;
  private final Consumer<Throwable> fail;

  /**
   * @param outcome told the line to show when a file is written or the work was cancelled
   * @param fail told what went wrong
   */
  RecordPrintActions(DrawService service, TaskExecutor executor, DialogService dialogs, Messages messages,
      PdfPreviewOpener previews, Consumer<String> outcome, Consumer<Throwable> fail) {
    this.prints = new DrawPrints(service, messages);
    this.job = new ProgressJob(executor);
    this.dialogs = dialogs;
    this.messages = messages;
    this.previews = previews;
    this.outcome = outcome;
    this.fail = fail;
  }

  /** The running print job: progress and cancel for the screen. */
  ProgressJob job() {
    return job;
  }

  /** Opens the print preview of the draw's record (built in the background). */
  void preview(long drawId) {
    job.run(p -> prints.document(drawId, p), previews::open, fail, this::cancelled);
  }

  /** Writes the record as PDF to a file the clerk chooses. */
  void savePdf(long drawId, String task, String attempt) {
    dialogs.chooseFileToSave(messages.get("draws.print.savePdfTitle"), prints.fileName(task, attempt) + ".pdf",
        messages.get("draws.print.pdfFilter"), "*.pdf").ifPresent(file -> job.run(p -> {
          prints.writePdf(drawId, file, p);
          return file;
        }, this::saved, fail, this::cancelled));
  }

  /** Writes the record as Word (.docx) to a file the clerk chooses. */
  void saveWord(long drawId, String task, String attempt) {
    dialogs.chooseFileToSave(messages.get("draws.print.saveWordTitle"), prints.fileName(task, attempt) + ".docx",
        messages.get("draws.print.wordFilter"), "*.docx").ifPresent(file -> job.run(p -> {
          prints.writeWord(drawId, file, p);
          return file;
        }, this::saved, fail, this::cancelled));
  }

  /** Stops writing a file; nothing is left half written. */
  void cancel() {
    job.cancel();
  }

  private void saved(Path file) {
    outcome.accept(messages.get("draws.print.saved", file));
  }

  private void cancelled() {
    outcome.accept(messages.get("draws.print.cancelled"));
  }
}
