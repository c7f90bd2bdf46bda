package cn.suiji.shared.docx;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The QR code of a printed record as a PNG picture, for the .docx (Word cannot draw one). The
 * PNG is written here — a black-and-white (1-bit grey) image, one IDAT compressed with
 * {@link Deflater}, chunk CRCs from {@link CRC32} — because ImageIO would need AWT's
 * BufferedImage, which the UI code does not use (docs/decisions/0011-printing.md).
 */
public final class QrPng {
  /** Light modules around the code, as the QR standard asks. */
  public static final int QUIET = 4;
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private QrPng() {}

  /** The code's modules (no quiet zone), with the hints the PDF uses: level M, UTF-8. */
  public static BitMatrix matrix(String content) {
    try {
      return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
          Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
              EncodeHintType.CHARACTER_SET, "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalStateException("a short ASCII text always fits a QR code", e);
    }
  }

  /** The QR code of {@code content}, each module {@code scale} pixels square, quiet zone included. */
  public static byte[] png(String content, int scale) {
    return png(matrix(content), scale);
  }

  /** {@code matrix} as a PNG: dark modules black, the rest and the quiet zone white. */
  public static byte[] png(BitMatrix matrix, int scale) {
    if (scale < 1) {
      throw new IllegalArgumentException("scale " + scale);
    }
    int modules = matrix.getWidth() + 2 * QUIET;
    int side = modules * scale;
    int rowBytes = (side + 7) / 8;
    byte[] raw = new byte[side * (rowBytes + 1)];
    for (int y = 0; y < side; y++) {
      int offset = y * (rowBytes + 1);
      raw[offset] = 0; // filter: none
      int my = y / scale - QUIET;
      for (int x = 0; x < side; x++) {
        int mx = x / scale - QUIET;
        boolean dark = mx >= 0 && my >= 0 && mx < matrix.getWidth() && my < matrix.getHeight() && matrix.get(mx, my);
        if (!dark) {
          raw[offset + 1 + x / 8] |= (byte) (0x80 >>> (x % 8)); // 1 = white in 1-bit grey
        }
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(SIGNATURE);
    chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(side).putInt(side)
        .put((byte) 1).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0).array());
    chunk(out, "IDAT", deflate(raw));
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  /** length, type, data, CRC-32 of type and data. */
  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(name);
    out.writeBytes(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
