package id.siapel.employee.web;

import java.util.List;

import id.siapel.employee.EmployeeDirectory;
import id.siapel.employee.EmployeeService;
import id.siapel.employee.EmployeeStatus;
import id.siapel.organization.Units;
import id.siapel.shared.RuleViolationException;
import id.siapel.shared.RuleViolationException.Problem;
import lombok.RequiredArgsConstructor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Transfers (one employee, or many under one decree) and departures. HR and ADMIN only.
 */
@Controller
@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
@RequiredArgsConstructor
class TransferController {

	private static final String TRANSFER = "employee/transfer";

	private static final String DEPARTURE = "employee/departure";

	private static final String MASS = "employee/mass-transfer";

	private final EmployeeDirectory directory;

	private final EmployeeService employees;

	private final Units units;

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "employees");
	}

	@GetMapping("/employees/{nip}/transfer")
	String transferForm(@PathVariable String nip, Model model) {
		return transferPage(nip, new TransferForms.Transfer(), model);
	}

	@PostMapping("/employees/{nip}/transfer")
	String transfer(@PathVariable String nip, @ModelAttribute("form") TransferForms.Transfer form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.employees.transfer(nip, form.toCommand());
				redirect.addFlashAttribute("success", "transfer.saved");
				return "redirect:/employees/" + nip;
			}
			catch (RuleViolationException ex) {
				ex.rejectInto(result);
			}
		}
		return transferPage(nip, form, model);
	}

	@GetMapping("/employees/{nip}/departure")
	String departureForm(@PathVariable String nip, Model model) {
		return departurePage(nip, new TransferForms.Departure(), model);
	}

	@PostMapping("/employees/{nip}/departure")
	String depart(@PathVariable String nip, @ModelAttribute("form") TransferForms.Departure form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.employees.changeStatus(nip, form.toCommand());
				redirect.addFlashAttribute("success", "departure.saved");
				return "redirect:/employees/" + nip;
			}
			catch (RuleViolationException ex) {
				ex.rejectInto(result);
			}
		}
		return departurePage(nip, form, model);
	}

	@GetMapping("/transfers/new")
	String massForm(Model model) {
		return massPage(new TransferForms.Mass(), model);
	}

	@PostMapping("/transfers/new")
	String massTransfer(@ModelAttribute("form") TransferForms.Mass form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		List<Problem> malformed = form.malformedLines();
		if (!malformed.isEmpty()) {
			// Not handed to the service: a line without a unit code would be reported as
			// an unknown NIP.
			new RuleViolationException(malformed).rejectInto(result);
			model.addAttribute("lineProblems", malformed);
		}
		else if (!result.hasErrors()) {
			try {
				int moved = this.employees.massTransfer(form.toCommand());
				redirect.addFlashAttribute("success", "transfer.mass.saved");
				redirect.addFlashAttribute("successArgs", new Object[] { moved, form.getDecreeNumber() });
				return "redirect:/employees";
			}
			catch (RuleViolationException ex) {
				ex.rejectInto(result);
				model.addAttribute("lineProblems",
						ex.problems().stream().filter((p) -> p.line() != null).map(form::onTextLine).toList());
			}
		}
		return massPage(form, model);
	}

	private String transferPage(String nip, TransferForms.Transfer form, Model model) {
		model.addAttribute("employee", this.directory.profile(nip));
		model.addAttribute("form", form);
		model.addAttribute("unitOptions", this.units.visibleTree());
		return TRANSFER;
	}

	private String departurePage(String nip, TransferForms.Departure form, Model model) {
		model.addAttribute("employee", this.directory.profile(nip));
		model.addAttribute("form", form);
		model.addAttribute("departureStatuses",
				java.util.Arrays.stream(EmployeeStatus.values()).filter((s) -> s != EmployeeStatus.ACTIVE).toList());
		return DEPARTURE;
	}

	private String massPage(TransferForms.Mass form, Model model) {
		model.addAttribute("form", form);
		return MASS;
	}

}
