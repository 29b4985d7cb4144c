package id.siapel.attendance.web;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import id.siapel.attendance.LeaveType;
import id.siapel.attendance.Leaves;
import id.siapel.attendance.RollCalls;
import id.siapel.employee.EmployeeDirectory;
import id.siapel.employee.RosterEntry;
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

/** Registering leave, travel, study, permission and sickness, and the list of them. */
@Controller
@RequestMapping("/leaves")
@RequiredArgsConstructor
class LeaveController {

	private static final String LIST = "attendance/leaves";

	private static final String FORM = "attendance/leave-form";

	static final int PAGE_SIZE = 50;

	private final Leaves leaves;

	private final RollCalls rollCalls;

	private final EmployeeDirectory employees;

	private final Units units;

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "leaves");
	}

	@GetMapping
	String list(@RequestParam(required = false) String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		if (page < 0) {
			throw new RuleViolationException("page", "paging.page.invalid");
		}
		LocalDate today = this.rollCalls.today();
		LocalDate start = (from != null) ? from : today.minusDays(30);
		LocalDate end = (to != null) ? to : today.plusDays(90);
		if (end.isBefore(start)) {
			throw new RuleViolationException("to", "leave.range.reversed");
		}
		var found = this.leaves.list(unit, start, end, page, PAGE_SIZE);
		model.addAttribute("leaves", found.subList(0, Math.min(found.size(), PAGE_SIZE)));
		model.addAttribute("page", page);
		model.addAttribute("hasNext", found.size() > PAGE_SIZE);
		model.addAttribute("unit", unit);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("units", this.units.visibleTree());
		return LIST;
	}

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN', 'UNIT_HEAD')")
	String form(@RequestParam(required = false) String nip, Model model) {
		LeaveForm form = new LeaveForm();
		form.setNip(nip);
		form.setStartDate(this.rollCalls.today());
		form.setEndDate(this.rollCalls.today());
		return formPage(form, headsForm(), model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN', 'UNIT_HEAD')")
	String register(@ModelAttribute("form") LeaveForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		HeadsForm heads = headsForm();
		if (!result.hasErrors()) {
			try {
				var saved = this.leaves.register(form.toCommand((heads != null) ? heads.staff() : List.of()));
				redirect.addFlashAttribute("success", "leave.saved");
				redirect.addFlashAttribute("successArgs",
						new Object[] { saved.employeeName(), saved.recordsUpdated() });
				return "redirect:/leaves";
			}
			catch (RuleViolationException ex) {
				ex.rejectInto(result);
			}
		}
		return formPage(form, heads, model);
	}

	@PostMapping("/{id}/cancel")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	String cancel(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.leaves.cancel(id, version);
			redirect.addFlashAttribute("success", "leave.cancelled");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("warning", ex.messageKey());
		}
		return "redirect:/leaves";
	}

	private String formPage(LeaveForm form, HeadsForm heads, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("types", LeaveType.values());
		model.addAttribute("heads", heads);
		return FORM;
	}

	/**
	 * A unit head (not HR or ADMIN) picks one of their own staff (the roster of their
	 * unit and the units below it today) and is told the longest leave they may register;
	 * {@code null} for HR and ADMIN, who type a NIP.
	 */
	private HeadsForm headsForm() {
		LocalDate today = this.rollCalls.today();
		OptionalInt limit = this.leaves.headLimitOn(today);
		if (limit.isEmpty()) {
			return null;
		}
		List<RosterEntry> staff = this.rollCalls.ownUnit()
			.map((unit) -> this.employees.roster(this.units.tree().subtreeIds(unit.id()), today))
			.orElse(List.of());
		return new HeadsForm(staff, limit.getAsInt());
	}

	/**
	 * What a unit head's form offers.
	 *
	 * @param staff the head's staff today, by name
	 * @param maxDays the longest leave they may register, in calendar days
	 */
	public record HeadsForm(List<RosterEntry> staff, int maxDays) {

		/** The staff as the list offers them: "Name (NIP)". */
		public List<String> choices() {
			return this.staff.stream().map(LeaveForm::choice).toList();
		}

	}

}
