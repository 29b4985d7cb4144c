package id.siapel.report.recap;

import id.siapel.employee.EmploymentType;
import id.siapel.organization.Units;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The recap pages: by OPD, by employee (optionally of one OPD), and one employee's days.
 * Bad input shows as form errors on the page, never as a failed request.
 */
@Controller
@RequestMapping("/reports/recap")
@RequiredArgsConstructor
class RecapController {

	private final Recaps recaps;

	private final EmployeeDays days;

	private final Units units;

	@ModelAttribute
	void common(Model model) {
		model.addAttribute("activeMenu", "recap");
		model.addAttribute("units", this.units.visibleTree());
		model.addAttribute("types", EmploymentType.values());
	}

	@GetMapping
	String byOpd(@ModelAttribute("filter") RecapForm form, BindingResult binding, Model model) {
		return show(RecapLevel.OPD, form, binding, model, "report/recap-opd");
	}

	@GetMapping("/employees")
	String byEmployee(@ModelAttribute("filter") RecapForm form, BindingResult binding, Model model) {
		return show(RecapLevel.EMPLOYEE, form, binding, model, "report/recap-employees");
	}

	@GetMapping("/employees/{nip}")
	String employeeDays(@PathVariable String nip, @ModelAttribute("filter") RecapForm form, BindingResult binding,
			Model model) {
		RecapCriteria criteria = checked(RecapLevel.EMPLOYEE, form, binding);
		if (criteria == null) {
			criteria = this.recaps.fallback(RecapLevel.EMPLOYEE);
		}
		fill(form, criteria);
		model.addAttribute("criteria", criteria);
		model.addAttribute("view", this.days.days(nip, criteria));
		return "report/recap-days";
	}

	private String show(RecapLevel level, RecapForm form, BindingResult binding, Model model, String view) {
		RecapCriteria criteria = checked(level, form, binding);
		model.addAttribute("columns", RecapColumn.of(level));
		model.addAttribute("criteria", (criteria != null) ? criteria : this.recaps.fallback(level));
		if (criteria != null) {
			fill(form, criteria);
			model.addAttribute("result", this.recaps.page(criteria));
		}
		return view;
	}

	/** Shows the filter as applied, defaults included. */
	private static void fill(RecapForm form, RecapCriteria criteria) {
		form.setFrom(criteria.from());
		form.setTo(criteria.to());
		form.setUnit(criteria.unitCode());
		form.setType((criteria.type() != null) ? criteria.type().name() : null);
		form.setSort(criteria.sort().name());
		form.setDir(criteria.dir());
	}

	/** The checked filter, or {@code null} with the problems put on the form. */
	private RecapCriteria checked(RecapLevel level, RecapForm form, BindingResult binding) {
		if (binding.hasErrors()) {
			return null;
		}
		try {
			return this.recaps.criteria(form, level);
		}
		catch (RuleViolationException ex) {
			ex.rejectInto(binding);
			return null;
		}
	}

}
