package id.siapel.discipline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.tika.Tika;

/**
 * The type of an inspection's evidence from its content, never from its name or the type
 * the browser claims: Tika's magic bytes, then a look at the structure (an image whose
 * header an image reader accepts, a PDF with its end marker), so that a few bytes that
 * merely start like a PNG are refused.
 */
final class EvidenceTypes {

	static final String JPEG = "image/jpeg";

	static final String PNG = "image/png";

	static final String PDF = "application/pdf";

	static final Set<String> ALLOWED = Set.of(JPEG, PNG, PDF);

	private static final Tika TIKA = new Tika();

	private EvidenceTypes() {
	}

	/** JPEG, PNG or PDF, or empty for anything else (or a broken file). */
	static Optional<String> detect(byte[] content) {
		if (content == null || content.length == 0) {
			return Optional.empty();
		}
		String type = TIKA.detect(content);
		if (!ALLOWED.contains(type)) {
			return Optional.empty();
		}
		boolean whole = type.equals(PDF) ? isPdf(content) : isImage(content, type);
		return whole ? Optional.of(type) : Optional.empty();
	}

	/** The usual file name extension of the type. */
	static String extension(String type) {
		return switch (type) {
			case JPEG -> "jpg";
			case PNG -> "png";
			default -> "pdf";
		};
	}

	private static boolean isImage(byte[] content, String type) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
			if (in == null || !readers.hasNext()) {
				return false;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				return reader.getWidth(0) > 0 && reader.getHeight(0) > 0;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	private static boolean isPdf(byte[] content) {
		int tail = Math.min(content.length, 2048);
		String end = new String(content, content.length - tail, tail, StandardCharsets.ISO_8859_1);
		return content.length > 64 && end.contains("%%EOF");
	}

}
