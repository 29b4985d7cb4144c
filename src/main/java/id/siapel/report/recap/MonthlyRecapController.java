package id.siapel.report.recap;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.report.PdfRenderer;
import id.siapel.report.PersonalDataExports;
import id.siapel.security.CurrentUser;
import id.siapel.shared.RuleViolationException;
import id.siapel.security.SiapelUser;
import lombok.RequiredArgsConstructor;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The classic rekap bulanan of one OPD (or any unit with its sub-units): employees by
 * days with the codes of both roll calls and the month's totals, on A4 landscape with the
 * Pemda's letterhead; the same template as a printable page for checking.
 * <p>
 * The PDF (issue 15): a past month's document still valid in the cache is sent at once,
 * whatever its size; otherwise a unit of up to
 * {@code siapel.reports.inline-pdf-employees} employees is rendered in the request, and a
 * bigger one is queued as a {@link MonthlyRecapPdfJob} and the browser sent to the job's
 * page (303), where its progress shows and the file is downloaded once made. The unit
 * scope is checked before any of these, and each of them records the download in the
 * audit trail.
 */
@Controller
@RequiredArgsConstructor
class MonthlyRecapController {

	static final String TEMPLATE = MonthlyRecapPdfs.TEMPLATE;

	private final MonthlyRecapPdfs pdfs;

	private final PdfRenderer renderer;

	private final Units units;

	private final CurrentUser currentUser;

	private final PersonalDataExports exports;

	private final ReportJobProperties properties;

	private final MonthlyRecapQueue queue;

	@GetMapping(path = "/reports/recap/monthly", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String page(@RequestParam String unit, @RequestParam YearMonth month) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.renderer.html(TEMPLATE,
				this.pdfs.variables(this.units.visible(unit), month, this.currentUser.require().fullName(), locale),
				locale);
	}

	@GetMapping("/reports/recap/monthly.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam String unit, @RequestParam YearMonth month) {
		UnitView target = this.units.visible(unit);
		SiapelUser user = this.currentUser.require();
		Locale locale = LocaleContextHolder.getLocale();
		Optional<MonthlyRecapPdfs.Document> cached = this.pdfs.cached(target, month, locale);
		if (cached.isPresent()) {
			return send(target, month, cached.get());
		}
		long size = this.pdfs.size(target, month);
		if (size > this.properties.maxPdfEmployees()) {
			throw new RuleViolationException("unit", "recap.monthly.tooMany", target.name(), size,
					this.properties.maxPdfEmployees());
		}
		if (size > this.properties.inlinePdfEmployees()) {
			long job = this.queue.queue(target, month, locale, user, size);
			return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/jobs/" + job)).build();
		}
		return send(target, month, this.pdfs.make(target, month, user.fullName(), locale));
	}

	private ResponseEntity<byte[]> send(UnitView unit, YearMonth month, MonthlyRecapPdfs.Document document) {
		record(unit, month, document.fileName(), document.rows(), document.cached() ? "; kept copy" : "");
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(document.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(document.content());
	}

	/**
	 * {@code PERSONAL_DATA_EXPORTED}, always in the request (the job runs without the
	 * user): when the file is sent, or when its job is queued
	 * ({@link MonthlyRecapQueue}).
	 */
	private void record(UnitView unit, YearMonth month, String fileName, long rows, String how) {
		this.exports.record(fileName, "unit: " + unit.code() + "; period: " + month + "; rows: " + rows + how,
				unit.code());
	}

}
