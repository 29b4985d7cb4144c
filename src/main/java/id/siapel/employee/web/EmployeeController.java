package id.siapel.employee.web;

import id.siapel.employee.Echelon;
import id.siapel.employee.EmployeeDirectory;
import id.siapel.employee.EmployeeFilter;
import id.siapel.employee.EmployeeProfile;
import id.siapel.employee.EmployeeService;
import id.siapel.employee.EmployeeStatus;
import id.siapel.employee.EmploymentType;
import id.siapel.employee.PositionKind;
import id.siapel.employee.Sex;
import id.siapel.organization.Units;
import id.siapel.shared.RuleViolationException;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
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
 * The employee list (search by name or NIP, filters; everyone within scope), the profile,
 * and the create and edit forms (HR, ADMIN). The list answers htmx requests with just the
 * results.
 */
@Controller
@RequestMapping("/employees")
@RequiredArgsConstructor
class EmployeeController {

	static final int PAGE_SIZE = 25;

	private static final String LIST = "employee/list";

	private static final String PROFILE = "employee/profile";

	private static final String FORM = "employee/form";

	private final EmployeeDirectory directory;

	private final EmployeeService employees;

	private final Units units;

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("activeMenu", "employees");
		model.addAttribute("types", EmploymentType.values());
		model.addAttribute("statuses", EmployeeStatus.values());
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String unit,
			@RequestParam(required = false) EmploymentType type, @RequestParam(required = false) EmployeeStatus status,
			@RequestParam(defaultValue = "0") int page, Model model, HtmxRequest htmx) {
		EmployeeFilter filter = new EmployeeFilter(q, unit, type, status);
		model.addAttribute("filter", filter);
		model.addAttribute("results", this.directory.search(filter, Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("unitOptions", this.units.visibleTree());
		return htmx.isHtmxRequest() ? LIST + " :: results" : LIST;
	}

	@GetMapping("/{nip}")
	String profile(@PathVariable String nip, Model model) {
		model.addAttribute("employee", this.directory.profile(nip));
		return PROFILE;
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	String createForm(@RequestParam(required = false) String unit, Model model) {
		EmployeeForm form = new EmployeeForm();
		form.setUnitCode(unit);
		return form(form, true, model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	String create(@ModelAttribute("form") EmployeeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(form, true, model);
		}
		try {
			String nip = this.employees.create(form.toInput());
			redirect.addFlashAttribute("success", "employee.created");
			return "redirect:/employees/" + nip;
		}
		catch (RuleViolationException ex) {
			ex.rejectInto(result);
			return form(form, true, model);
		}
	}

	@GetMapping("/{nip}/edit")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	String editForm(@PathVariable String nip, Model model) {
		return form(EmployeeForm.of(this.directory.profile(nip)), false, model);
	}

	@PostMapping("/{nip}/edit")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	String update(@PathVariable String nip, @ModelAttribute("form") EmployeeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		EmployeeProfile current = this.directory.profile(nip);
		form.setNip(current.nip());
		if (result.hasErrors()) {
			return form(form, false, model);
		}
		try {
			this.employees.update(nip, form.toInput(), form.getVersion());
		}
		catch (RuleViolationException ex) {
			ex.rejectInto(result);
			return form(form, false, model);
		}
		redirect.addFlashAttribute("success", "employee.updated");
		return "redirect:/employees/" + current.nip();
	}

	private String form(EmployeeForm form, boolean creating, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("creating", creating);
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("positionKinds", PositionKind.values());
		model.addAttribute("echelons", Echelon.values());
		model.addAttribute("unitOptions", this.units.visibleTree());
		return FORM;
	}

}
