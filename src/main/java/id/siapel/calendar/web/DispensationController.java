package id.siapel.calendar.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import id.siapel.calendar.CalendarDays;
import id.siapel.calendar.DayKind;
import id.siapel.calendar.SpecialDay;
import id.siapel.organization.UnitTree;
import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import lombok.RequiredArgsConstructor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Dispensations (REMOTE_WORK days: WFH, WFA, flexible work), listed as runs of days with
 * their instrument and units. Everyone reads; HR and ADMIN add (through the day form) and
 * delete.
 */
@Controller
@RequestMapping("/calendar/dispensations")
@RequiredArgsConstructor
class DispensationController {

	private final CalendarDays days;

	private final Units units;

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "calendar");
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("runs", runs(this.days.ofKind(DayKind.REMOTE_WORK), this.units.tree()));
		return "calendar/dispensations";
	}

	@PostMapping("/delete")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	String delete(@RequestParam List<Long> ids, RedirectAttributes redirect) {
		int deleted = this.days.deleteAll(ids);
		redirect.addFlashAttribute("success", "calendar.dispensation.deleted");
		redirect.addFlashAttribute("successArgs", new Object[] { deleted });
		return "redirect:/calendar/dispensations";
	}

	/**
	 * Consecutive days with the same name, instrument and units form one run (a gap of a
	 * weekend does not break it); the latest run first.
	 */
	static List<Run> runs(List<SpecialDay> days, UnitTree tree) {
		List<SpecialDay> sorted = new ArrayList<>(days);
		sorted.sort(Comparator.comparing(DispensationController::key).thenComparing(SpecialDay::date));
		List<Run> runs = new ArrayList<>();
		List<SpecialDay> current = new ArrayList<>();
		for (SpecialDay day : sorted) {
			if (!current.isEmpty()) {
				SpecialDay last = current.get(current.size() - 1);
				if (!key(last).equals(key(day)) || last.date().plusDays(3).isBefore(day.date())) {
					runs.add(Run.of(current, tree));
					current = new ArrayList<>();
				}
			}
			current.add(day);
		}
		if (!current.isEmpty()) {
			runs.add(Run.of(current, tree));
		}
		runs.sort(Comparator.comparing(Run::first).reversed());
		return runs;
	}

	private static String key(SpecialDay day) {
		return day.name() + "|" + Objects.toString(day.instrument(), "") + "|" + day.instrumentDate() + "|"
				+ day.unitIds().stream().sorted().toList();
	}

	/** A run of dispensation days. */
	record Run(LocalDate first, LocalDate last, int days, String name, String instrument, LocalDate instrumentDate,
			List<String> unitCodes, List<Long> ids) {

		static Run of(List<SpecialDay> days, UnitTree tree) {
			SpecialDay first = days.get(0);
			Set<Long> unitIds = first.unitIds();
			return new Run(first.date(), days.get(days.size() - 1).date(), days.size(), first.name(),
					first.instrument(), first.instrumentDate(),
					unitIds.stream().map((id) -> tree.byId(id).map(UnitView::code).orElse("#" + id)).sorted().toList(),
					days.stream().map(SpecialDay::id).toList());
		}

	}

}
