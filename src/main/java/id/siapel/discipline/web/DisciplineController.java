package id.siapel.discipline.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import id.siapel.discipline.FlagFilter;
import id.siapel.discipline.Flags;
import id.siapel.discipline.RecapRow;
import id.siapel.discipline.Standings;
import id.siapel.discipline.cases.SanctionCaseService;
import id.siapel.organization.Units;
import id.siapel.shared.RuleViolationException;
import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Discipline standings: the list of a year (regency-wide for BKPSDM and the Sekda, their
 * own staff for a unit head) and one employee's year with the recommendation, a calendar
 * of day outcomes and the flags.
 */
@Controller
@RequestMapping("/discipline")
@RequiredArgsConstructor
class DisciplineController {

	static final int PAGE_SIZE = 50;

	private final Standings standings;

	private final Flags flags;

	private final Units units;

	private final SanctionCaseService cases;

	private final Clock clock;

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "discipline");
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String unit,
			@RequestParam(defaultValue = "1") int minDays, @RequestParam(defaultValue = "0") int page, Model model) {
		int chosen = (year != null) ? year : LocalDate.now(this.clock).getYear();
		if (page < 0) {
			throw new RuleViolationException("page", "paging.page.invalid");
		}
		List<RecapRow> rows = this.standings.recap(chosen, unit, minDays);
		int from = Math.min(page * PAGE_SIZE, rows.size());
		model.addAttribute("rows", rows.subList(from, Math.min(from + PAGE_SIZE, rows.size())));
		model.addAttribute("total", rows.size());
		model.addAttribute("page", page);
		model.addAttribute("pages", (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		model.addAttribute("year", chosen);
		model.addAttribute("unit", unit);
		model.addAttribute("minDays", minDays);
		model.addAttribute("units", this.units.visibleTree());
		return "discipline/list";
	}

	@GetMapping("/employees/{nip}")
	String standing(@PathVariable String nip, @RequestParam(required = false) Integer year, Model model,
			HttpServletRequest request) {
		int chosen = (year != null) ? year : LocalDate.now(this.clock).getYear();
		var standing = this.standings.standing(nip, chosen);
		if (request.isUserInRole("HR") || request.isUserInRole("SECRETARY") || request.isUserInRole("ADMIN")) {
			// Those who open cases see the one that already deals with the year's absence
			// instead of a button the rule of one sanction per violation would refuse.
			model.addAttribute("absenceCase", this.cases.absenceCaseOf(standing.nip(), chosen).orElse(null));
		}
		model.addAttribute("standing", standing);
		model.addAttribute("calendar", this.standings.yearCalendar(nip, chosen));
		model.addAttribute("outcomes", id.siapel.discipline.YearCalendar.Outcome.values());
		model.addAttribute("flags",
				this.flags
					.search(new FlagFilter(LocalDate.of(chosen, 1, 1), LocalDate.of(chosen, 12, 31), null, null, null,
							standing.nip(), false), 0, 100)
					.items());
		return "discipline/standing";
	}

}
