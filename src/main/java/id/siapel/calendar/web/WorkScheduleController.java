package id.siapel.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import id.siapel.calendar.HoursRule;
import id.siapel.calendar.RamadanPeriodView;
import id.siapel.calendar.WorkScheduleSettings;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

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
 * The administrator's working-hours settings: hours per weekday with an effective date,
 * Ramadan periods, and the cut-offs of the apel sheets.
 */
@Controller
@RequestMapping("/calendar/settings")
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
class WorkScheduleController {

	static final String PAGE = "calendar/settings";

	static final String HOURS_FORM = "calendar/hours-form";

	static final String RAMADAN_FORM = "calendar/ramadan-form";

	private final WorkScheduleSettings settings;

	private final Clock clock;

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "settings");
	}

	@GetMapping
	String page(Model model) {
		return showPage(new RamadanForm(), model);
	}

	@GetMapping("/hours/new")
	String newHours(Model model) {
		List<HoursRule> rules = this.settings.rules();
		HoursRule latest = rules.isEmpty() ? HoursRule.defaults(LocalDate.now(this.clock))
				: rules.get(rules.size() - 1);
		HoursForm form = HoursForm.of(latest);
		form.setEffectiveFrom(null);
		form.setVersion(0);
		return showHours(form, null, model);
	}

	@PostMapping("/hours/new")
	String createHours(@ModelAttribute("form") HoursForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var input = form.toInput(result);
		if (result.hasErrors()) {
			return showHours(form, null, model);
		}
		try {
			this.settings.createRule(input);
		}
		catch (RuleViolationException ex) {
			ex.rejectInto(result);
			return showHours(form, null, model);
		}
		redirect.addFlashAttribute("success", "calendar.hours.saved");
		return "redirect:/calendar/settings";
	}

	@GetMapping("/hours/{id}/edit")
	String editHours(@PathVariable long id, Model model) {
		HoursRule rule = this.settings.rule(id);
		return showHours(HoursForm.of(rule), rule, model);
	}

	@PostMapping("/hours/{id}/edit")
	String updateHours(@PathVariable long id, @ModelAttribute("form") HoursForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		HoursRule rule = this.settings.rule(id);
		var input = form.toInput(result);
		if (result.hasErrors()) {
			return showHours(form, rule, model);
		}
		try {
			this.settings.changeRule(id, input, form.getVersion());
		}
		catch (RuleViolationException ex) {
			ex.rejectInto(result);
			return showHours(form, rule, model);
		}
		redirect.addFlashAttribute("success", "calendar.hours.saved");
		return "redirect:/calendar/settings";
	}

	@PostMapping("/hours/{id}/delete")
	String deleteHours(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.settings.deleteRule(id, version);
			redirect.addFlashAttribute("success", "calendar.hours.deleted");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("warning", ex.messageKey());
		}
		return "redirect:/calendar/settings";
	}

	@PostMapping("/ramadan")
	String addRamadan(@ModelAttribute("ramadanForm") RamadanForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showPage(form, model);
		}
		try {
			this.settings.addRamadan(form.getName(), form.getStartDate(), form.getEndDate());
		}
		catch (RuleViolationException ex) {
			ex.rejectInto(result);
			return showPage(form, model);
		}
		redirect.addFlashAttribute("success", "calendar.ramadan.saved");
		return "redirect:/calendar/settings";
	}

	@GetMapping("/ramadan/{id}/edit")
	String editRamadan(@PathVariable long id, Model model) {
		RamadanPeriodView period = this.settings.ramadanPeriod(id);
		model.addAttribute("ramadanForm", RamadanForm.of(period));
		model.addAttribute("period", period);
		return RAMADAN_FORM;
	}

	@PostMapping("/ramadan/{id}/edit")
	String updateRamadan(@PathVariable long id, @ModelAttribute("ramadanForm") RamadanForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		RamadanPeriodView period = this.settings.ramadanPeriod(id);
		model.addAttribute("period", period);
		if (result.hasErrors()) {
			return RAMADAN_FORM;
		}
		try {
			this.settings.changeRamadan(id, form.getName(), form.getStartDate(), form.getEndDate(), form.getVersion());
		}
		catch (RuleViolationException ex) {
			ex.rejectInto(result);
			return RAMADAN_FORM;
		}
		redirect.addFlashAttribute("success", "calendar.ramadan.saved");
		return "redirect:/calendar/settings";
	}

	@PostMapping("/ramadan/{id}/delete")
	String deleteRamadan(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		this.settings.deleteRamadan(id, version);
		redirect.addFlashAttribute("success", "calendar.ramadan.deleted");
		return "redirect:/calendar/settings";
	}

	private String showPage(RamadanForm ramadanForm, Model model) {
		model.addAttribute("rules", this.settings.rules());
		model.addAttribute("ramadanPeriods", this.settings.ramadanPeriods());
		model.addAttribute("ramadanForm", ramadanForm);
		model.addAttribute("weekdays", HoursRule.WEEKDAYS);
		return PAGE;
	}

	private String showHours(HoursForm form, HoursRule rule, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("rule", rule);
		return HOURS_FORM;
	}

}
