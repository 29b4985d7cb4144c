package id.siapel.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import id.siapel.audit.AuditLog.AuditLine;
import id.siapel.security.UnitLookup;
import id.siapel.shared.ExportGate;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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

	private final AuditLog log;

	private final AuditTexts texts;

	private final UnitLookup units;

	private final Clock clock;

	private final ExportGate gate;

	private final AuditCsv csv;

	private final AuditExportJobs exportJobs;

	private final AuditExportProperties properties;

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
	 * The matching lines (at most {@value AuditLog#EXPORT_LIMIT}) as CSV. A filter with
	 * errors goes back to the page, which shows them. Up to
	 * {@code siapel.audit.inline-export-lines} lines are built into a temporary file (one
	 * of at most {@code siapel.limits.concurrent-exports} exports at a time) and sent;
	 * more are queued as an {@link AuditExportJob} and the browser sent to the job's page
	 * (303), the download written to the trail now, by the administrator who asked.
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
		int threshold = this.properties.inlineExportLines();
		int lines = this.log.countUpTo(filter.query(), threshold + 1);
		if (lines > threshold) {
			long job = this.exportJobs.queue(filter.query(), fileName, locale);
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + "/jobs/" + job);
			return;
		}
		Path file = this.gate.run(() -> this.csv.write(filter.query(), fileName, locale).file());
		try {
			response.setContentType(AuditCsv.TYPE);
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
