package id.siapel.report.sanctions;

import java.net.URI;
import java.time.LocalDate;

import id.siapel.organization.Units;
import id.siapel.report.sanctions.SanctionDocuments.SanctionListQuery;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Sekda's sanction list as a printable page and as a PDF, and the statement of no
 * sanction from an employee's profile (HR, SECRETARY, ADMIN).
 */
@Controller
@RequiredArgsConstructor
@PreAuthorize("hasAnyRole('HR', 'SECRETARY', 'ADMIN')")
class SanctionListController {

	private final SanctionDocuments documents;

	private final Units units;

	private final PublicUrl publicUrl;

	private final SanctionListQueue queue;

	private final KeptDocuments kept;

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "sanctionList");
	}

	@GetMapping("/reports/sanctions")
	String page(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String level, Model model) {
		SanctionListQuery query = new SanctionListQuery(year, from, to, blank(unit), blank(level));
		var list = this.documents.list(query);
		model.addAttribute("list", list);
		model.addAttribute("year", (year != null || from != null) ? year : list.from().getYear());
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("unit", blank(unit));
		model.addAttribute("level", blank(level));
		model.addAttribute("levels", java.util.List.of("LIGHT", "MODERATE", "SEVERE"));
		model.addAttribute("units", this.units.visibleTree());
		return "report/sanctions";
	}

	/**
	 * The list as a PDF: rendered in the request up to
	 * {@code siapel.reports.inline-pdf-rows} rows, otherwise made by a background job
	 * whose page the browser is sent to (303), where it is downloaded once made.
	 */
	@GetMapping("/reports/sanctions.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String level) {
		SanctionListQuery query = new SanctionListQuery(year, from, to, blank(unit), blank(level));
		String base = this.publicUrl.base();
		SanctionListQueue.Printed printed = this.queue.print(query, base);
		if (printed.job().isPresent()) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.location(URI.create("/jobs/" + printed.job().getAsLong()))
				.build();
		}
		return pdfResponse(this.kept.list(printed.list().snapshot(), printed.list().code(), base),
				SanctionListPdfJob.FILE_NAME);
	}

	@GetMapping("/reports/statements/{nip}.pdf")
	Object statement(@PathVariable String nip, RedirectAttributes redirect) {
		try {
			return pdfResponse(this.documents.statementPdf(nip, this.publicUrl.base()),
					"surat-pernyataan-" + nip.replaceAll("[^0-9A-Za-z.-]", "") + ".pdf");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("warning", ex.messageKey());
			redirect.addFlashAttribute("warningArgs", ex.arguments());
			return "redirect:/employees/" + nip;
		}
	}

	static ResponseEntity<byte[]> pdfResponse(byte[] pdf, String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(pdf);
	}

	private static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
