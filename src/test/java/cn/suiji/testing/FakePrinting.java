package cn.suiji.testing;

import cn.suiji.shared.SuijiException;
import cn.suiji.shared.print.PdfPrinting;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Printers that only record what they were sent; none by default, like the build machine. */
public final class FakePrinting implements PdfPrinting {
  /** One print job: the printer named (or null), the job name and the PDF's size. */
  public record Job(@Nullable String printer, String name, int bytes) {}

  private final List<String> printers;
  public final List<Job> jobs = new ArrayList<>();

  public FakePrinting(String... printers) {
    this.printers = List.of(printers);
  }

  @Override
  public List<String> printers() {
    return printers;
  }

  @Override
  public void print(byte[] pdf, String jobName, @Nullable String printer) {
    if (printers.isEmpty()) {
      throw new SuijiException("print.error.noPrinter");
    }
    jobs.add(new Job(printer, jobName, pdf.length));
  }
}
