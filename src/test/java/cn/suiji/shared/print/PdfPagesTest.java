package cn.suiji.shared.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suiji.shared.SuijiException;
import java.nio.charset.StandardCharsets;
import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;

/** Preview pages of a PDF in memory: counted at once, rendered one by one. */
class PdfPagesTest {
  @Test
  void countsThePagesAndRendersOneAtTheAskedResolution() {
    try (PdfPages pages = PdfPages.open(TestPdfs.pages(3))) {
      assertThat(pages.count()).isEqualTo(3);
      Image page = pages.render(2, 72);
      // A4 is 595 × 842 points: one pixel a point at 72 dpi
      assertThat(page.getWidth()).isBetween(594.0, 596.0);
      assertThat(page.getHeight()).isBetween(841.0, 843.0);
      assertThat(page.getPixelReader().getArgb(10, 10)).as("white paper").isEqualTo(0xffffffff);
      assertThat(pages.render(0, 144).getWidth()).isBetween(1189.0, 1192.0);
    }
  }

  @Test
  void somethingThatIsNotAPdfIsRefusedInWords() {
    assertThatThrownBy(() -> PdfPages.open("not a pdf".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOfSatisfying(SuijiException.class, e -> assertThat(e.key()).isEqualTo("print.error.notPdf"));
  }

  @Test
  void aPageOutsideTheDocumentIsAnError() {
    try (PdfPages pages = PdfPages.open(TestPdfs.pages(1))) {
      assertThatThrownBy(() -> pages.render(1, 72)).isInstanceOf(IndexOutOfBoundsException.class);
    }
  }
}
