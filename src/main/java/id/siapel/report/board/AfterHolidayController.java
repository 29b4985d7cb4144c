package id.siapel.report.board;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.siapel.report.PdfRenderer;
import id.siapel.report.PemdaProfiles;
import id.siapel.report.PersonalDataExports;
import id.siapel.report.board.HolidayBlocks.Block;
import id.siapel.security.CurrentUser;
import id.siapel.shared.RuleViolationException;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The after-holiday report: choose a year and one of its holiday blocks; the page prints
 * on paper as it is (print CSS), and the same numbers come as an A4 PDF with the Pemda's
 * letterhead.
 */
@Controller
@RequestMapping("/reports/after-holiday")
@RequiredArgsConstructor
@PreAuthorize("hasAnyRole('HR', 'SECRETARY', 'ADMIN', 'UNIT_HEAD')")
class AfterHolidayController {

	static final String VIEW = "report/after-holiday";

	static final String PDF = "report/pdf/after-holiday";

	private final AfterHolidayReport reports;

	private final PemdaProfiles profiles;

	private final PdfRenderer renderer;

	private final CurrentUser currentUser;

	private final PersonalDataExports exports;

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "board");
	}

	@GetMapping
	String page(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate block, Model model,
			HttpServletResponse response) {
		LocalDate today = this.reports.today();
		int chosenYear = (year != null) ? year : today.getYear();
		model.addAttribute("year", chosenYear);
		model.addAttribute("today", today);
		List<Block> blocks;
		try {
			blocks = this.reports.blocks(chosenYear);
		}
		catch (RuleViolationException ex) {
			return refused(ex, List.of(), model, response);
		}
		model.addAttribute("blocks", blocks);
		LocalDate chosen = (block != null) ? block : latestPast(blocks, today);
		model.addAttribute("chosen", chosen);
		if (chosen != null) {
			try {
				model.addAttribute("report", this.reports.report(chosenYear, chosen));
			}
			catch (RuleViolationException ex) {
				return refused(ex, blocks, model, response);
			}
		}
		return VIEW;
	}

	@GetMapping("/pdf")
	ResponseEntity<byte[]> pdf(@RequestParam int year,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate block) {
		AfterHolidayView report = this.reports.report(year, block);
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, Object> variables = new HashMap<>();
		variables.put("report", report);
		variables.put("profile", this.profiles.current());
		variables.put("logo", this.profiles.logoDataUri().orElse(null));
		variables.put("printedBy", this.currentUser.require().fullName());
		variables.put("printedOn", this.reports.today());
		byte[] pdf = this.renderer.render(PDF, variables, locale);
		String fileName = "kehadiran-setelah-libur-" + report.day() + ".pdf";
		// The absentees are listed by name and NIP.
		this.exports.record(fileName, "unit: all in scope; period: " + report.day() + " (after the holiday from "
				+ block + "); rows: " + report.absentees().size(), null);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(pdf);
	}

	private static String refused(RuleViolationException ex, List<Block> blocks, Model model,
			HttpServletResponse response) {
		model.addAttribute("blocks", blocks);
		model.addAttribute("error", ex.messageKey());
		model.addAttribute("errorArgs", ex.arguments());
		response.setStatus(422);
		return VIEW;
	}

	/** The most recent block whose first working day has come. */
	private static LocalDate latestPast(List<Block> blocks, LocalDate today) {
		LocalDate latest = null;
		for (Block block : blocks) {
			if (!block.firstWorkingDay().isAfter(today)) {
				latest = block.first();
			}
		}
		return latest;
	}

}
