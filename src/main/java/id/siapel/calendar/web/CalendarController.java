package id.siapel.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import id.siapel.calendar.CalendarViews;
import id.siapel.calendar.DayKind;
import id.siapel.organization.Units;
import id.siapel.shared.NotFoundException;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The year view (everyone, within their unit scope): twelve month grids, Pemda-wide or
 * for one unit with its work pattern and the days restricted to it.
 */
@Controller
@RequestMapping("/calendar")
@RequiredArgsConstructor
class CalendarController {

	static final String YEAR = "calendar/year";

	private final CalendarViews views;

	private final Units units;

	private final MessageSource messages;

	private final Clock clock;

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "calendar");
		model.addAttribute("kinds", DayKind.values());
	}

	@GetMapping
	String thisYear() {
		return "redirect:/calendar/" + LocalDate.now(this.clock).getYear();
	}

	@GetMapping("/{year:[0-9]+}")
	String year(@PathVariable int year, @RequestParam(required = false) String unit, Model model, Locale locale) {
		if (year < 2000 || year > 2100) {
			throw new NotFoundException("calendar.year.notFound", year);
		}
		CalendarViews.Scoped scoped = this.views.forUnitCode(unit);
		model.addAttribute("view", YearView.of(year, scoped, LocalDate.now(this.clock), locale, this.messages));
		model.addAttribute("unitOptions", this.units.visibleTree());
		return YEAR;
	}

}
