package id.siapel.discipline.web;

import java.time.LocalDate;

import id.siapel.attendance.Session;
import id.siapel.discipline.Inspections;
import id.siapel.discipline.Inspections.InspectorKind;
import id.siapel.discipline.Inspections.Roster;
import id.siapel.organization.UnitTree;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Inspections (sidak) for BKPSDM: the list by date and OPD, and the form that records one
 * with the people found absent picked from the OPD's roster of that day (the roster
 * refreshes with htmx as the OPD, day, session or search change; without JavaScript a
 * button posts the form back with it, keeping what was typed). Both send the form by
 * POST, so the CSRF token never lands in a URL, a log or the browser's history.
 */
@Controller
@RequestMapping("/inspections")
@RequiredArgsConstructor
class InspectionController {

	private static final String LIST = "discipline/inspections";

	private static final String FORM = "discipline/inspection-form";

	static final int PAGE_SIZE = 20;

	/** The most people the roster shows at once; a search narrows it. */
	static final int ROSTER_LIMIT = 150;

	private final Inspections inspections;

	private final Units units;

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "inspections");
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('HR', 'SECRETARY', 'ADMIN')")
	String list(@RequestParam(required = false) String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		if (page < 0) {
			throw new RuleViolationException("page", "paging.page.invalid");
		}
		String unitCode = (unit != null && !unit.isBlank()) ? unit.strip() : null;
		model.addAttribute("result", this.inspections.search(from, to, unitCode, page, PAGE_SIZE));
		model.addAttribute("unit", unitCode);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("opds", opds());
		return LIST;
	}

	/** The form; any field may come prefilled (also how the roster loads without JS). */
	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	String form(@ModelAttribute("form") InspectionForm form, BindingResult result, Model model) {
		if (form.getDay() == null && !result.hasFieldErrors("day")) {
			form.setDay(this.inspections.today());
		}
		if (form.getSession() == null && !result.hasFieldErrors("session")) {
			form.setSession(Session.MORNING);
		}
		return formPage(form, model);
	}

	/** The roster fragment (htmx; GET for links of before it was posted). */
	@RequestMapping(path = "/roster", method = { RequestMethod.GET, RequestMethod.POST })
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	String roster(@ModelAttribute("form") InspectionForm form, BindingResult result, Model model) {
		model.addAttribute("roster", roster(form, result));
		return FORM + " :: roster";
	}

	/** "Tampilkan daftar pegawai" without JavaScript: the same form with the roster. */
	@PostMapping(path = "/new", params = "showRoster")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	String showRoster(@ModelAttribute("form") InspectionForm form, BindingResult result, Model model) {
		return formPage(form, model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	String record(@ModelAttribute("form") InspectionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long id = this.inspections.record(form.toCommand());
				var saved = this.inspections.find(id);
				redirect.addFlashAttribute("success", "inspection.saved");
				redirect.addFlashAttribute("successArgs",
						new Object[] { saved.unitName(), saved.absentees().size(), saved.mismatches() });
				return "redirect:/inspections";
			}
			catch (RuleViolationException ex) {
				for (RuleViolationException.Problem problem : ex.problems()) {
					String field = problem.field();
					if (field != null && field.startsWith("absentNips")) {
						result.rejectValue("absentNips", problem.messageKey(), problem.arguments(), null);
					}
					else if (field != null && result.getFieldType(field) != null) {
						result.rejectValue(field, problem.messageKey(), problem.arguments(), null);
					}
					else {
						result.reject(problem.messageKey(), problem.arguments(), null);
					}
				}
			}
		}
		return formPage(form, model);
	}

	private String formPage(InspectionForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("opds", opds());
		model.addAttribute("sessions", Session.values());
		model.addAttribute("inspectorKinds", InspectorKind.values());
		model.addAttribute("evidenceMaxMb", InspectionDetailController.EVIDENCE_MAX_MB);
		model.addAttribute("roster", this.inspections.roster(form.getUnitCode(), form.getDay(), form.getSession(),
				form.getQ(), form.allNips(), ROSTER_LIMIT));
		return FORM;
	}

	private Roster roster(InspectionForm form, BindingResult result) {
		if (result.hasFieldErrors("day") || result.hasFieldErrors("session")) {
			return this.inspections.roster(null, null, null, null, null, ROSTER_LIMIT);
		}
		return this.inspections.roster(form.getUnitCode(), form.getDay(), form.getSession(), form.getQ(),
				form.allNips(), ROSTER_LIMIT);
	}

	private java.util.List<UnitTree.Node> opds() {
		return this.units.visibleTree();
	}

}
