package cn.suiji.shared.print;

import cn.suiji.shared.SuijiException;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.Orientation;
import org.apache.pdfbox.printing.PDFPageable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link PdfPrinting} on the operating system's print services: PDFBox lays out each page
 * ({@link PDFPageable}, actual size, orientation from the page) and AWT's {@link PrinterJob}
 * sends it. No AWT dialog is shown: the JavaFX preview chooses the printer by name.
 */
final class SystemPdfPrinting implements PdfPrinting {
  private static final Logger LOG = LoggerFactory.getLogger(SystemPdfPrinting.class);

  @Override
  public List<String> printers() {
    PrintService[] services = PrinterJob.lookupPrintServices();
    List<String> names = new ArrayList<>();
    PrintService preferred = PrintServiceLookup.lookupDefaultPrintService();
    if (preferred != null) {
      names.add(preferred.getName());
    }
    Arrays.stream(services).map(PrintService::getName).filter(n -> !names.contains(n)).forEach(names::add);
    return names;
  }

  @Override
  public void print(byte[] pdf, String jobName, @Nullable String printer) {
    PrintService[] services = PrinterJob.lookupPrintServices();
    if (services.length == 0) {
      throw new SuijiException("print.error.noPrinter");
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PrinterJob job = PrinterJob.getPrinterJob();
      job.setJobName(jobName);
      if (printer != null) {
        PrintService service = Arrays.stream(services).filter(s -> s.getName().equals(printer)).findFirst()
            .orElseThrow(() -> new SuijiException("print.error.noSuchPrinter", printer));
        job.setPrintService(service);
      }
      job.setPageable(new PDFPageable(document, Orientation.AUTO, false, 0));
      job.print();
      LOG.info("Printed {} ({} pages) on {}", jobName, document.getNumberOfPages(), job.getPrintService().getName());
    } catch (IOException | PrinterException e) {
      LOG.warn("Printing {} failed", jobName, e);
      throw new SuijiException(e, "print.error.failed", jobName, String.valueOf(e.getMessage()));
    }
  }
}
