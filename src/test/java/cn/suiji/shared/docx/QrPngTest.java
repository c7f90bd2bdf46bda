package cn.suiji.shared.docx;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The hand-written PNG of the QR code: a valid PNG (ImageIO reads it) that a QR reader decodes. */
class QrPngTest {
  private static final String CONTENT = "suiji-draw-1;task=2026-SCJGJ-04;code=ab12-cd34-ef56-7890";

  @Test
  void imageIoReadsItPixelForPixelAsTheModules() throws Exception {
    BitMatrix matrix = QrPng.matrix(CONTENT);
    int scale = 3;
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrPng.png(matrix, scale)));
    int side = (matrix.getWidth() + 2 * QrPng.QUIET) * scale;
    assertThat(image.getWidth()).isEqualTo(side);
    assertThat(image.getHeight()).isEqualTo(side);
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        int mx = x / scale - QrPng.QUIET;
        int my = y / scale - QrPng.QUIET;
        boolean dark = mx >= 0 && my >= 0 && mx < matrix.getWidth() && my < matrix.getHeight() && matrix.get(mx, my);
        int rgb = image.getRGB(x, y) & 0xffffff;
        assertThat(rgb).as("pixel %d,%d", x, y).isEqualTo(dark ? 0x000000 : 0xffffff);
      }
    }
  }

  @Test
  void aQrReaderDecodesTheContent() throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrPng.png(CONTENT, 8)));
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
    String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    assertThat(decoded).isEqualTo(CONTENT);
  }

  @Test
  void everyChunkCarriesItsCrc() {
    byte[] png = QrPng.png(CONTENT, 2);
    ByteBuffer in = ByteBuffer.wrap(png, 8, png.length - 8);
    int chunks = 0;
    String last = "";
    while (in.hasRemaining()) {
      int length = in.getInt();
      byte[] typeAndData = new byte[4 + length];
      in.get(typeAndData);
      CRC32 crc = new CRC32();
      crc.update(typeAndData);
      last = new String(typeAndData, 0, 4, StandardCharsets.US_ASCII);
      assertThat(in.getInt()).as(last).isEqualTo((int) crc.getValue());
      chunks++;
    }
    assertThat(chunks).isEqualTo(3);
    assertThat(last).isEqualTo("IEND");
  }
}
