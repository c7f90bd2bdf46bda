package cn.suiji.shared.ui;

import cn.suiji.shared.l10n.Messages;
import cn.suiji.shared.print.DocumentFiles;
import cn.suiji.shared.print.PdfPages;
import cn.suiji.shared.print.PdfPrinting;
import cn.suiji.shared.print.PrintableDocument;
import cn.suiji.shared.ui.concurrent.BackgroundTask;
import cn.suiji.shared.ui.concurrent.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.jspecify.annotations.Nullable;

/**
 * The print preview of one PDF document (a draw record of 40-odd pages, say): pages rendered
 * one at a time in the background as the clerk pages through, 第N页 共M页, print on a chosen
 * printer — or, where the computer has none, the advice to save the PDF and print it elsewhere
 * — and saving as PDF or Word with progress and cancel.
 */
public final class PdfPreviewViewModel {
  /** Rendering resolution: sharp on screen when fitted, small enough to render a page quickly. */
  static final float DPI = 120;
  /** Screen pixels per PDF point at 100 %. */
  public static final double SCREEN_SCALE = 96.0 / DPI;
  private static final int CACHED_PAGES = 4;

  private final PrintableDocument document;
  private final PdfPrinting printing;
  private final TaskExecutor executor;
  private final DialogService dialogs;
  private final Messages messages;
  private final ProgressJob job;

  private final IntegerProperty pageCount = new SimpleIntegerProperty(0);
  private final IntegerProperty pageIndex = new SimpleIntegerProperty(0);
  private final StringProperty pageLabel = new SimpleStringProperty("");
  private final ObjectProperty<@Nullable Image> image = new SimpleObjectProperty<>();
  private final BooleanProperty rendering = new SimpleBooleanProperty(false);
  private final BooleanProperty fit = new SimpleBooleanProperty(true);
  private final ObservableList<String> printers = FXCollections.observableArrayList();
  private final ObjectProperty<@Nullable String> printer = new SimpleObjectProperty<>();
  private final BooleanProperty printerAvailable = new SimpleBooleanProperty(false);
  private final StringProperty printerNote = new SimpleStringProperty("");
  private final StringProperty status = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final Map<Integer, Image> cache = new LinkedHashMap<>(8, 0.75f, true);
  private @Nullable PdfPages pages;
  private int wanted;
  private boolean closed;

  public PdfPreviewViewModel(PrintableDocument document, PdfPrinting printing, TaskExecutor executor,
      DialogService dialogs, Messages messages) {
    this.document = document;
    this.printing = printing;
    this.executor = executor;
    this.dialogs = dialogs;
    this.messages = messages;
    this.job = new ProgressJob(executor);
    pageIndex.addListener((obs, old, i) -> showLabel());
    pageCount.addListener((obs, old, n) -> showLabel());
    rendering.set(true);
  }

  /** Reads the document and the printers in the background, then shows the first page. */
  public void open() {
    executor.execute(BackgroundTask.of(p -> new Opened(PdfPages.open(document.pdf()), printersOrNone()))
        .onSuccess(o -> {
          if (closed) {
            release(o.pages());
            return;
          }
          pages = o.pages();
          printers.setAll(o.printers());
          printer.set(o.printers().isEmpty() ? null : o.printers().get(0));
          printerAvailable.set(!o.printers().isEmpty());
          printerNote.set(o.printers().isEmpty() ? messages.get("print.preview.noPrinter") : "");
          pageCount.set(o.pages().count());
          rendering.set(false);
          go(0);
        })
        .onFailure(e -> {
          rendering.set(false);
          fail(e);
        }));
  }

  private List<String> printersOrNone() {
    try {
      return printing.printers();
    } catch (RuntimeException e) {
      // a broken print system is the same, for the clerk, as none: save the PDF instead
      return List.of();
    }
  }

  private record Opened(PdfPages pages, List<String> printers) {}

  public void next() {
    go(pageIndex.get() + 1);
  }

  public void previous() {
    go(pageIndex.get() - 1);
  }

  public void first() {
    go(0);
  }

  public void last() {
    go(pageCount.get() - 1);
  }

  /** Shows page {@code index} (0-based), rendering it in the background unless it is at hand. */
  public void go(int index) {
    if (pageCount.get() == 0) {
      return;
    }
    int page = Math.max(0, Math.min(index, pageCount.get() - 1));
    pageIndex.set(page);
    wanted = page;
    render();
  }

  private void render() {
    PdfPages source = pages;
    if (source == null || rendering.get() || closed) {
      return;
    }
    int page = wanted;
    Image cached = cache.get(page);
    if (cached != null) {
      image.set(cached);
      return;
    }
    rendering.set(true);
    executor.execute(BackgroundTask.of(p -> source.render(page, DPI))
        .onSuccess(img -> {
          rendering.set(false);
          cache.put(page, img);
          if (cache.size() > CACHED_PAGES) {
            cache.remove(cache.keySet().iterator().next());
          }
          if (wanted == page) {
            image.set(img);
          } else {
            render();
          }
        })
        .onFailure(e -> {
          rendering.set(false);
          fail(e);
        }));
  }

  /** Prints on the chosen printer; without one, says so and offers to save the PDF. */
  public void print() {
    error.set("");
    if (!printerAvailable.get()) {
      if (dialogs.confirm(messages.get("print.preview.printTitle"), messages.get("print.preview.offerPdf"))) {
        savePdf();
      }
      error.set(messages.get("print.preview.noPrinter"));
      return;
    }
    String on = printer.get();
    job.run(p -> {
      printing.print(document.pdf(), document.title(), on);
      return on == null ? "" : on;
    }, name -> status.set(messages.get("print.preview.printed", name, pageCount.get())), this::fail, this::cancelled);
  }

  /** Saves the PDF to a file the clerk chooses. */
  public void savePdf() {
    error.set("");
    dialogs.chooseFileToSave(messages.get("print.preview.savePdfTitle"), document.fileName() + ".pdf",
        messages.get("print.preview.pdfFilter"), "*.pdf").ifPresent(file -> job.run(p -> {
          p.update(0, 1);
          DocumentFiles.write(file, p, f -> Files.write(f, document.pdf()));
          p.update(1, 1);
          return file;
        }, this::saved, this::fail, this::cancelled));
  }

  /** Saves the Word version to a file the clerk chooses (when the document has one). */
  public void saveWord() {
    PrintableDocument.WordWriter word = document.word();
    if (word == null) {
      return;
    }
    error.set("");
    dialogs.chooseFileToSave(messages.get("print.preview.saveWordTitle"), document.fileName() + ".docx",
        messages.get("print.preview.wordFilter"), "*.docx").ifPresent(file -> job.run(p -> {
          p.update(0, 1);
          DocumentFiles.write(file, p, f -> word.write(f, p));
          p.update(1, 1);
          return file;
        }, this::saved, this::fail, this::cancelled));
  }

  public void cancel() {
    job.cancel();
  }

  /** Releases the pages; called when the window closes. */
  public void close() {
    closed = true;
    cache.clear();
    image.set(null);
    PdfPages source = pages;
    pages = null;
    if (source != null) {
      release(source);
    }
  }

  private void release(PdfPages source) {
    // waits for a page still rendering, so off the FX thread
    executor.execute(BackgroundTask.of(p -> {
      source.close();
      return Boolean.TRUE;
    }));
  }

  private void saved(Path file) {
    status.set(messages.get("print.preview.saved", file));
  }

  private void cancelled() {
    status.set(messages.get("print.preview.cancelled"));
  }

  private void fail(Throwable e) {
    String text = messages.describeFailure(e);
    error.set(text);
    dialogs.showError(messages.get("print.preview.printTitle"), text);
  }

  private void showLabel() {
    pageLabel.set(pageCount.get() == 0 ? "" : messages.get("print.preview.page", pageIndex.get() + 1, pageCount.get()));
  }

  public PrintableDocument document() {
    return document;
  }

  public boolean hasWord() {
    return document.word() != null;
  }

  public ReadOnlyIntegerProperty pageCountProperty() {
    return pageCount;
  }

  /** 0-based. */
  public ReadOnlyIntegerProperty pageIndexProperty() {
    return pageIndex;
  }

  public ReadOnlyStringProperty pageLabelProperty() {
    return pageLabel;
  }

  public ReadOnlyObjectProperty<@Nullable Image> imageProperty() {
    return image;
  }

  public ReadOnlyBooleanProperty renderingProperty() {
    return rendering;
  }

  /** True: the page fits the window; false: 100 %. */
  public BooleanProperty fitProperty() {
    return fit;
  }

  public ObservableList<String> printers() {
    return printers;
  }

  public ObjectProperty<@Nullable String> printerProperty() {
    return printer;
  }

  public ReadOnlyBooleanProperty printerAvailableProperty() {
    return printerAvailable;
  }

  /** 未找到打印机… when there is none, else empty. */
  public ReadOnlyStringProperty printerNoteProperty() {
    return printerNote;
  }

  public ReadOnlyStringProperty statusProperty() {
    return status;
  }

  public ReadOnlyStringProperty errorProperty() {
    return error;
  }

  public ProgressJob job() {
    return job;
  }
}
