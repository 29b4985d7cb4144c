package id.siapel.discipline.cases.web;

import java.time.Clock;
import java.time.LocalDate;

import id.siapel.discipline.cases.CaseFilter;
import id.siapel.discipline.cases.CaseStatus;
import id.siapel.discipline.cases.CaseView;
import id.siapel.discipline.cases.SanctionCaseService;
import id.siapel.discipline.rules.SanctionLevel;
import id.siapel.organization.Units;
import id.siapel.shared.RuleViolationException;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import lombok.RequiredArgsConstructor;

import org.springframework.context.support.DefaultMessageSourceResolvable;
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
 * Sanction case pages for BKPSDM, the Sekda and the administrator: the list with filters,
 * one case with its timeline and the forms of the allowed next steps, opening a case from
 * a recommendation (one click) or by hand, and an employee's cases for the profile.
 */
@Controller
@RequestMapping("/cases")
@RequiredArgsConstructor
@PreAuthorize("hasAnyRole('HR', 'SECRETARY', 'ADMIN')")
class CaseController {

	static final int PAGE_SIZE = 25;

	private static final String CASE = "discipline/cases/case";

	private static final String NEW = "discipline/cases/new";

	private final SanctionCaseService cases;

	private final Units units;

	private final Clock clock;

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "cases");
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String unit,
			@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) SanctionLevel level,
			@RequestParam(defaultValue = "0") int page, Model model) {
		String unitCode = (unit == null || unit.isBlank()) ? null : unit;
		model.addAttribute("results",
				this.cases.search(new CaseFilter(year, unitCode, status, level, null), page, PAGE_SIZE));
		model.addAttribute("year", year);
		model.addAttribute("unit", unitCode);
		model.addAttribute("status", status);
		model.addAttribute("level", level);
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("levels", SanctionLevel.values());
		model.addAttribute("units", this.units.visibleTree());
		return "discipline/cases/list";
	}

	@PostMapping("/from-recommendation")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	String fromRecommendation(@RequestParam String nip, @RequestParam(required = false) Integer year,
			RedirectAttributes redirect) {
		try {
			CaseView opened = this.cases.openFromRecommendation(nip, year);
			redirect.addFlashAttribute("success", "case.opened");
			return "redirect:/cases/" + opened.id();
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("warning", ex.messageKey());
			redirect.addFlashAttribute("warningArgs", ex.arguments());
			return "redirect:/discipline/employees/" + nip + ((year != null) ? "?year=" + year : "");
		}
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	String newForm(@RequestParam(required = false) String nip, Model model) {
		OpenCaseForm form = new OpenCaseForm();
		form.setNip(nip);
		form.setYear(LocalDate.now(this.clock).getYear());
		form.setDate(LocalDate.now(this.clock));
		model.addAttribute("form", form);
		return newPage(model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	String open(@ModelAttribute("form") OpenCaseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return newPage(model);
		}
		if (form.getViolation() != null && form.getViolation().strip().equals("UNEXCUSED_ABSENCE")) {
			result.rejectValue("violation", "case.violation.required");
			return newPage(model);
		}
		try {
			CaseView opened = this.cases.open(form.toCommand());
			redirect.addFlashAttribute("success", "case.opened");
			return "redirect:/cases/" + opened.id();
		}
		catch (RuleViolationException ex) {
			ex.rejectInto(result);
			return newPage(model);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		CaseView c = this.cases.get(id);
		CaseStepForm form = new CaseStepForm();
		form.setVersion(c.version());
		form.setDate(LocalDate.now(this.clock));
		form.setSanction(c.sanction());
		model.addAttribute("form", form);
		return casePage(c, model);
	}

	@PostMapping("/{id}/transitions")
	String transition(@PathVariable long id, @ModelAttribute("form") CaseStepForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		this.cases.requireMayMoveTo(form.getTo());
		if (!result.hasErrors()) {
			requirePageFields(form, result);
		}
		if (result.hasErrors()) {
			return casePage(this.cases.get(id), model);
		}
		try {
			this.cases.transition(id, form.toTransition());
		}
		catch (RuleViolationException ex) {
			ex.rejectInto(result);
			return casePage(this.cases.get(id), model);
		}
		redirect.addFlashAttribute("success", "case.moved");
		// The state's name in the reader's language, resolved when the banner is shown.
		redirect.addFlashAttribute("successArgs",
				new Object[] { new DefaultMessageSourceResolvable(new String[] { "case.status." + form.getTo().name() },
						form.getTo().name()) });
		return "redirect:/cases/" + id;
	}

	/** An employee's cases, for the profile (an htmx request gets the list alone). */
	@GetMapping("/employees/{nip}")
	String ofEmployee(@PathVariable String nip, Model model, HtmxRequest htmx) {
		model.addAttribute("cases", this.cases.ofEmployee(nip));
		model.addAttribute("nip", nip);
		return htmx.isHtmxRequest() ? "discipline/cases/employee :: cases" : "discipline/cases/employee";
	}

	/**
	 * On the page, a summons names its letter and the examination date, and an
	 * examination its examiner (the API leaves them optional).
	 */
	private static void requirePageFields(CaseStepForm form, BindingResult result) {
		if (form.getTo() == CaseStatus.SUMMONED) {
			if (form.getSummonsNumber() == null || form.getSummonsNumber().isBlank()) {
				result.rejectValue("summonsNumber", "case.summonsNumber.required");
			}
			if (form.getExaminationDate() == null) {
				result.rejectValue("examinationDate", "case.examinationDate.required");
			}
		}
		if (form.getTo() == CaseStatus.EXAMINED && (form.getExaminer() == null || form.getExaminer().isBlank())) {
			result.rejectValue("examiner", "case.examiner.required");
		}
	}

	private String casePage(CaseView c, Model model) {
		model.addAttribute("c", c);
		model.addAttribute("sanctions", this.cases.sanctionOptions(c.nip()));
		return CASE;
	}

	private String newPage(Model model) {
		model.addAttribute("sanctions", this.cases.sanctionOptions());
		return NEW;
	}

}
