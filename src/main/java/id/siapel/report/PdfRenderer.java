package id.siapel.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders a Thymeleaf template under {@code templates/report/pdf/} to a PDF: well-formed
 * XHTML, table layout, {@code @page} CSS (openhtmltopdf is not a browser: no flex, no
 * JavaScript). DejaVu Sans is embedded, so the letters of Indonesian names and the en
 * dash print everywhere; images come in as {@code data:} URIs.
 * <p>
 * The fonts are read once, without their glyph substitution table (GSUB): PDFBox applies
 * its Latin rules to every piece of text it writes, compiling regular expressions each
 * time, which took a tenth of the time of a 1,000-row sanction list (issue 15). The
 * layout never used them (openhtmltopdf measures the glyphs without substitution), so the
 * text prints as it was measured.
 */
@Component
public class PdfRenderer {

	/** The font family the PDF templates use. */
	public static final String FONT = "DejaVu Sans";

	/** Where {@code pdf.css} and other relative resources of the templates are found. */
	private static final String BASE_URI = baseUri();

	private static final byte[] REGULAR = withoutGlyphSubstitution(fontBytes("DejaVuSans.ttf"));

	private static final byte[] BOLD = withoutGlyphSubstitution(fontBytes("DejaVuSans-Bold.ttf"));

	private final ITemplateEngine templates;

	private final ApplicationContext applicationContext;

	public PdfRenderer(ITemplateEngine templates, ApplicationContext applicationContext) {
		this.templates = templates;
		this.applicationContext = applicationContext;
	}

	/** The HTML of the template, as the printable page in the browser shows it too. */
	public String html(String template, Map<String, Object> variables, Locale locale) {
		Map<String, Object> all = new HashMap<>(variables);
		// Lets templates call beans such as @fmt, as web pages do.
		all.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.applicationContext, null));
		return this.templates.process(template, new Context(locale, all));
	}

	public byte[] render(String template, Map<String, Object> variables, Locale locale) {
		return pdf(html(template, variables, locale));
	}

	/** The PDF of an HTML document made by {@link #html}. */
	public byte[] pdf(String html) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			builder(html, out).run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The configured openhtmltopdf builder for the HTML (public so that the benchmark can
	 * time layout and writing apart).
	 */
	public PdfRendererBuilder builder(String html, OutputStream out) {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT, 700, FontStyle.NORMAL, true);
		builder.withHtmlContent(html, BASE_URI);
		builder.toStream(out);
		return builder;
	}

	private static String baseUri() {
		java.net.URL css = PdfRenderer.class.getResource("/templates/report/pdf/pdf.css");
		if (css == null) {
			throw new IllegalStateException("templates/report/pdf/pdf.css is missing from the application");
		}
		String uri = css.toExternalForm();
		return uri.substring(0, uri.lastIndexOf('/') + 1);
	}

	private static byte[] fontBytes(String file) {
		try (InputStream stream = PdfRenderer.class.getResourceAsStream("/fonts/" + file)) {
			if (stream == null) {
				throw new IllegalStateException("Font /fonts/" + file + " is missing from the application");
			}
			return stream.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The TrueType font with its GSUB table renamed in the table directory, so that
	 * readers no longer find it (the offsets of all tables stay as they are).
	 */
	static byte[] withoutGlyphSubstitution(byte[] font) {
		byte[] copy = font.clone();
		int tables = ((copy[4] & 0xFF) << 8) | (copy[5] & 0xFF);
		byte[] gsub = "GSUB".getBytes(StandardCharsets.US_ASCII);
		for (int i = 0; i < tables; i++) {
			int record = 12 + 16 * i;
			if (Arrays.equals(copy, record, record + 4, gsub, 0, 4)) {
				copy[record] = 'x';
			}
		}
		return copy;
	}

}
