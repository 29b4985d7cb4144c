package id.siapel.calendar.web;

import java.time.LocalDate;
import java.util.List;

import id.siapel.calendar.CalendarDays;
import id.siapel.calendar.DayKind;
import id.siapel.calendar.SpecialDay;
import id.siapel.organization.Units;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding, changing and deleting typed days (HR, ADMIN): holidays, cuti bersama, regional
 * holidays, dispensations. After saving, the year view of the day opens.
 */
@Controller
@RequestMapping("/calendar/days")
@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
@RequiredArgsConstructor
class CalendarDayController {

	static final String FORM = "calendar/day-form";

	private final CalendarDays days;

	private final Units units;

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "calendar");
	}

	@GetMapping("/new")
	String createForm(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) DayKind kind, @RequestParam(required = false) String unit, Model model) {
		DayForm form = new DayForm();
		form.setDate(date);
		form.setKind(kind);
		if (unit != null && !unit.isBlank()) {
			form.getUnitCodes().add(unit.strip());
		}
		return showForm(form, null, model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") DayForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(form, null, model);
		}
		try {
			List<SpecialDay> added = this.days.add(form.toInput());
			redirect.addFlashAttribute("success", "calendar.day.added");
			redirect.addFlashAttribute("successArgs", new Object[] { added.size() });
			return toYear(added.get(0).date(), form, redirect);
		}
		catch (RuleViolationException ex) {
			ex.rejectInto(result);
			return showForm(form, null, model);
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		SpecialDay day = this.days.get(id);
		return showForm(DayForm.of(day, this.units.tree()), day, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("form") DayForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		SpecialDay day = this.days.get(id);
		form.setUntil(null);
		if (result.hasErrors()) {
			return showForm(form, day, model);
		}
		try {
			SpecialDay saved = this.days.change(id, form.toInput(), form.getVersion());
			redirect.addFlashAttribute("success", "calendar.day.saved");
			return toYear(saved.date(), form, redirect);
		}
		catch (RuleViolationException ex) {
			ex.rejectInto(result);
			return showForm(form, day, model);
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		SpecialDay day = this.days.get(id);
		this.days.delete(id, version);
		redirect.addFlashAttribute("success", "calendar.day.deleted");
		return "redirect:/calendar/" + day.date().getYear();
	}

	private static String toYear(LocalDate date, DayForm form, RedirectAttributes redirect) {
		if (form.getUnitCodes().size() == 1) {
			redirect.addAttribute("unit", form.getUnitCodes().get(0));
		}
		return "redirect:/calendar/" + date.getYear();
	}

	private String showForm(DayForm form, SpecialDay day, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("day", day);
		model.addAttribute("kinds", DayKind.values());
		model.addAttribute("unitOptions", this.units.visibleTree());
		return FORM;
	}

}
