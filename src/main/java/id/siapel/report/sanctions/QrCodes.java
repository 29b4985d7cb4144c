package id.siapel.report.sanctions;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** QR codes as PNG {@code data:} URIs for the PDF templates. */
final class QrCodes {

	private static final int SCALE = 6;

	private QrCodes() {
	}

	static String dataUri(String text) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
			int size = matrix.getWidth() * SCALE;
			BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
			for (int y = 0; y < size; y++) {
				for (int x = 0; x < size; x++) {
					image.setRGB(x, y, matrix.get(x / SCALE, y / SCALE) ? 0x000000 : 0xFFFFFF);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode a QR code for " + text, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
