package id.siapel.calendar.web;

import java.util.List;

import id.siapel.calendar.MonitoringKind;
import id.siapel.calendar.MonitoringPeriodView;
import id.siapel.calendar.MonitoringPeriods;
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
 * Monitoring periods (masa pemantauan): the list for everyone; create, edit, delete
 * (after a confirmation page) and the election templates for HR and ADMIN.
 */
@Controller
@RequestMapping("/monitoring-periods")
@RequiredArgsConstructor
class MonitoringPeriodController {

	static final String LIST = "calendar/monitoring-periods";

	static final String FORM = "calendar/monitoring-form";

	static final String DELETE = "calendar/monitoring-delete";

	private final MonitoringPeriods periods;

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "monitoring");
		model.addAttribute("monitoringKinds", MonitoringKind.values());
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("periods", this.periods.all());
		model.addAttribute("templates", this.periods.templates());
		model.addAttribute("templateForm", new MonitoringPeriodForm());
		return LIST;
	}

	@PostMapping("/template/{templateId}")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	String fromTemplate(@PathVariable String templateId, @ModelAttribute("templateForm") MonitoringPeriodForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("warning", "monitoring.template.invalidDate");
			return "redirect:/monitoring-periods";
		}
		List<MonitoringPeriodView> created = this.periods.createFromTemplate(templateId,
				(form.getCircularNumber() != null && !form.getCircularNumber().isBlank()) ? form.getCircularNumber()
						: null,
				form.getCircularDate());
		redirect.addFlashAttribute("success", "monitoring.template.created");
		redirect.addFlashAttribute("successArgs", new Object[] { created.size() });
		return "redirect:/monitoring-periods";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	String createForm(Model model) {
		return showForm(new MonitoringPeriodForm(), null, model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	String create(@ModelAttribute("form") MonitoringPeriodForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(form, null, model);
		}
		try {
			this.periods.create(form.toInput());
		}
		catch (RuleViolationException ex) {
			ex.rejectInto(result);
			return showForm(form, null, model);
		}
		redirect.addFlashAttribute("success", "monitoring.created");
		return "redirect:/monitoring-periods";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	String editForm(@PathVariable long id, Model model) {
		MonitoringPeriods.Editable editable = this.periods.get(id);
		return showForm(MonitoringPeriodForm.of(editable), editable.period(), model);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	String update(@PathVariable long id, @ModelAttribute("form") MonitoringPeriodForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		MonitoringPeriodView period = this.periods.get(id).period();
		if (result.hasErrors()) {
			return showForm(form, period, model);
		}
		try {
			this.periods.change(id, form.toInput(), form.getVersion());
		}
		catch (RuleViolationException ex) {
			ex.rejectInto(result);
			return showForm(form, period, model);
		}
		redirect.addFlashAttribute("success", "monitoring.saved");
		return "redirect:/monitoring-periods";
	}

	/**
	 * The confirmation step of a delete: a page, no script (the CSP forbids inline ones).
	 */
	@GetMapping("/{id}/delete")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	String confirmDelete(@PathVariable long id, Model model) {
		MonitoringPeriods.Editable editable = this.periods.get(id);
		model.addAttribute("period", editable.period());
		model.addAttribute("version", editable.version());
		return DELETE;
	}

	/**
	 * Deletes only when sent from the confirmation page ({@code confirmed=true});
	 * otherwise shows that page.
	 */
	@PostMapping("/{id}/delete")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	String delete(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
		if (!confirmed) {
			return "redirect:/monitoring-periods/" + id + "/delete";
		}
		this.periods.delete(id, version);
		redirect.addFlashAttribute("success", "monitoring.deleted");
		return "redirect:/monitoring-periods";
	}

	private String showForm(MonitoringPeriodForm form, MonitoringPeriodView period, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("period", period);
		return FORM;
	}

}
