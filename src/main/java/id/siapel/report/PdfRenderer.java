package id.siapel.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
 */
@Component
public class PdfRenderer {

	/** The font family the PDF templates use. */
	public static final String FONT = "DejaVu Sans";

	/** Where {@code pdf.css} and other relative resources of the templates are found. */
	private static final String BASE_URI = baseUri();

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
		builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
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

	private static InputStream font(String file) {
		InputStream stream = PdfRenderer.class.getResourceAsStream("/fonts/" + file);
		if (stream == null) {
			throw new IllegalStateException("Font /fonts/" + file + " is missing from the application");
		}
		return stream;
	}

}
