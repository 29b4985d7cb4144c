package id.siapel.audit;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import id.siapel.audit.AuditLog.AuditLine;
import id.siapel.security.UnitLookup;
import id.siapel.shared.ExportGate;
import id.siapel.shared.SpreadsheetCells;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for administrators: who did what, when and to which object, filtered by
 * person, unit, date range and kind (GET parameters, so a view can be bookmarked), one
 * page at a time or as a CSV file of all matching lines.
 */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
class AuditController {

	private static final String VIEW = "audit/list";

	/** Semicolons and a byte order mark: Excel in an Indonesian locale opens it as is. */
	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

	private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final AuditLog log;

	private final AuditTexts texts;

	private final UnitLookup units;

	private final MessageSource messages;

	private final Clock clock;

	private final ExportGate gate;

	@GetMapping
	String list(@ModelAttribute("filter") AuditFilterForm filter, BindingResult result,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		validate(filter, result);
		Page<AuditLine> lines = result.hasErrors() ? Page.empty() : this.log.page(filter.query(), page);
		model.addAttribute("lines", lines.map((line) -> row(line, locale)));
		model.addAttribute("filterErrors", result.hasErrors());
		model.addAttribute("kinds",
				AuditKinds.ALL.stream()
					.map((kind) -> new KindOption(kind, this.texts.kindName(kind, locale)))
					.toList());
		model.addAttribute("unitOptions", this.units.options());
		model.addAttribute("pagePath", filter.link("/admin/audit"));
		model.addAttribute("exportPath", filter.link("/admin/audit/export.csv"));
		return VIEW;
	}

	/**
	 * The matching lines (at most {@value AuditLog#EXPORT_LIMIT}) as CSV, built into a
	 * temporary file (one of at most {@code siapel.limits.concurrent-exports} exports at
	 * a time) and then sent; a filter with errors goes back to the page, which shows
	 * them.
	 */
	@GetMapping("/export.csv")
	void export(@ModelAttribute("filter") AuditFilterForm filter, BindingResult result, Locale locale,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		validate(filter, result);
		if (result.hasErrors()) {
			response.sendRedirect(request.getContextPath() + "/admin/audit?" + nullToEmpty(request.getQueryString()));
			return;
		}
		String fileName = "log-audit-" + this.clock.instant().atZone(this.clock.getZone()).toLocalDate() + ".csv";
		Path file = this.gate.run(() -> write(filter, fileName, locale));
		try {
			response.setContentType("text/csv;charset=UTF-8");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString());
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			response.setContentLengthLong(Files.size(file));
			Files.copy(file, response.getOutputStream());
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/**
	 * The CSV in a temporary file, written while the cursor of the export's transaction
	 * reads the lines; the download then holds no connection (issue 14).
	 */
	private Path write(AuditFilterForm filter, String fileName, Locale locale) {
		Path file = null;
		try {
			file = Files.createTempFile("siapel-audit-", ".csv");
			try (Writer writer = new OutputStreamWriter(new BufferedOutputStream(Files.newOutputStream(file)),
					StandardCharsets.UTF_8)) {
				writer.write('\uFEFF');
				CSVPrinter printer = new CSVPrinter(writer, CSV);
				printer
					.printRecord(List.of("time", "actor", "description", "kind", "unit", "subject", "detail", "address")
						.stream()
						.map((column) -> this.messages.getMessage("audit.csv." + column, null, locale))
						.toList());
				this.log.export(filter.query(), fileName, (line) -> print(printer, line, locale));
				printer.flush();
			}
			return file;
		}
		catch (IOException | RuntimeException ex) {
			deleteQuietly(file);
			throw (ex instanceof IOException io) ? new UncheckedIOException(io) : (RuntimeException) ex;
		}
	}

	private void print(CSVPrinter printer, AuditLine line, Locale locale) {
		AuditRow row = row(line, locale);
		try {
			// A user name typed at the login form ends up here: no formula may survive.
			printer.printRecord(SpreadsheetCells
				.neutralised(List.of(CSV_TIME.format(line.occurredAt().atZone(this.clock.getZone())),
						(line.actor() != null) ? line.actor() : "", row.description(), line.action(),
						nullToEmpty(line.unitCode()), nullToEmpty(line.subject()), nullToEmpty(row.detail()),
						nullToEmpty(line.remoteAddress()))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				file.toFile().deleteOnExit();
			}
		}
	}

	private static void validate(AuditFilterForm filter, BindingResult result) {
		if (filter.getFrom() != null && filter.getTo() != null && filter.getTo().isBefore(filter.getFrom())) {
			result.rejectValue("to", "audit.filter.toBeforeFrom");
		}
		String action = filter.query().action();
		if (action != null && !AuditKinds.ALL.contains(action)) {
			result.rejectValue("action", "audit.filter.unknownKind");
		}
	}

	private AuditRow row(AuditLine line, Locale locale) {
		return new AuditRow(line.occurredAt(), line.actor(), this.texts.describe(line, locale), line.action(),
				line.unitCode(), line.subject(), this.texts.detail(line), line.remoteAddress());
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	record KindOption(String kind, String name) {
	}

	/**
	 * A line as the page shows it; {@code detail} is null when there is nothing to read.
	 */
	record AuditRow(Instant occurredAt, String actor, String description, String kind, String unitCode, String subject,
			String detail, String remoteAddress) {
	}

}
