package id.siapel.attendance.web;

import java.time.YearMonth;

import id.siapel.attendance.MonthOverview;
import id.siapel.attendance.RollCallHistory;
import id.siapel.attendance.RollCalls;
import id.siapel.organization.Units;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A unit's past sheets: the month calendar and the monthly recap grid (rekap bulanan).
 */
@Controller
@RequestMapping("/roll-calls")
@RequiredArgsConstructor
class RollCallHistoryController {

	static final int GRID_PAGE_SIZE = 50;

	private final RollCallHistory history;

	private final RollCalls rollCalls;

	private final Units units;

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "rollCalls");
	}

	@GetMapping("/{unit}/month/{month}")
	String month(@PathVariable String unit, @PathVariable YearMonth month, Model model) {
		model.addAttribute("overview", this.history.month(unit, month));
		model.addAttribute("states", MonthOverview.SessionState.values());
		model.addAttribute("today", this.rollCalls.today());
		model.addAttribute("units", this.units.visibleTree());
		return "attendance/month";
	}

	/** The unit chooser of the month page (a plain GET form). */
	@GetMapping("/go-month")
	String goToMonth(@RequestParam String unit, @RequestParam YearMonth month) {
		return "redirect:/roll-calls/" + this.units.visible(unit).code() + "/month/" + month;
	}

	@GetMapping("/{unit}/recap/{month}")
	String recap(@PathVariable String unit, @PathVariable YearMonth month, @RequestParam(defaultValue = "0") int page,
			Model model) {
		if (page < 0) {
			throw new RuleViolationException("page", "paging.page.invalid");
		}
		model.addAttribute("grid", this.history.grid(unit, month, page, GRID_PAGE_SIZE));
		model.addAttribute("units", this.units.visibleTree());
		return "attendance/recap";
	}

}
