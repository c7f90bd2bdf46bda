package cn.suiji.shared.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.suiji.shared.SuijiException;
import java.awt.print.PrinterJob;
import org.junit.jupiter.api.Test;

/**
 * The system printing adapter where no printer is installed (the headless build machine):
 * reported as not available, and printing refused with the message that says to save a PDF.
 * Nothing is ever really printed here.
 */
class SystemPdfPrintingTest {
  private final PdfPrinting printing = PdfPrinting.system();

  @Test
  void availabilityFollowsThePrintServicesOfTheSystem() {
    boolean any = PrinterJob.lookupPrintServices().length > 0;
    assertThat(printing.printerAvailable()).isEqualTo(any);
    assertThat(printing.printers().isEmpty()).isEqualTo(!any);
  }

  @Test
  void withoutAPrinterNothingIsAvailableAndPrintingIsRefused() {
    assumeTrue(PrinterJob.lookupPrintServices().length == 0, "this machine has a printer: never print from a test");
    assertThat(printing.printerAvailable()).isFalse();
    assertThat(printing.printers()).isEmpty();
    assertThatThrownBy(() -> printing.print(TestPdfs.pages(1), "test", null))
        .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("print.error.noPrinter"));
  }
}
