package id.siapel.report.board;

import java.time.LocalDate;

import id.siapel.shared.RuleViolationException;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The charts of unexcused absence: a date range (default the current year up to today),
 * three charts, each drawn by Chart.js from a table that is always in the page.
 */
@Controller
@RequestMapping("/reports/charts")
@RequiredArgsConstructor
@PreAuthorize("hasAnyRole('HR', 'SECRETARY', 'ADMIN', 'UNIT_HEAD')")
class ChartsController {

	static final String VIEW = "report/charts";

	private final UnexcusedCharts charts;

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "board");
	}

	@GetMapping
	String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model,
			HttpServletResponse response) {
		LocalDate today = this.charts.today();
		LocalDate start = (from != null) ? from : today.withDayOfYear(1);
		LocalDate end = (to != null) ? to : today;
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		try {
			model.addAttribute("charts", this.charts.charts(start, end));
		}
		catch (RuleViolationException ex) {
			model.addAttribute("error", ex.messageKey());
			response.setStatus(422);
		}
		return VIEW;
	}

}
