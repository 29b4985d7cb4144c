package id.siapel.attendance.web;

import java.util.List;

import id.siapel.attendance.PolicySettings;
import id.siapel.attendance.PolicyVersion;
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
 * The administrator's roll-call policy: the OPD head's edit window and when a session
 * opens, as versions with an effective date.
 */
@Controller
@RequestMapping("/attendance/policy")
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
class PolicyController {

	static final String PAGE = "attendance/policy";

	static final String FORM = "attendance/policy-form";

	private final PolicySettings settings;

	@ModelAttribute
	void menu(Model model) {
		model.addAttribute("activeMenu", "settings");
	}

	@GetMapping
	String page(Model model) {
		List<PolicyVersion> versions = new java.util.ArrayList<>(this.settings.versions());
		java.util.Collections.reverse(versions);
		model.addAttribute("versions", versions);
		return PAGE;
	}

	@GetMapping("/new")
	String newVersion(Model model) {
		List<PolicyVersion> versions = this.settings.versions();
		PolicyForm form = PolicyForm.of(versions.get(versions.size() - 1));
		form.setEffectiveFrom(null);
		form.setNote(null);
		form.setVersion(0);
		return show(form, null, model);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") PolicyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(form, null, model);
		}
		try {
			this.settings.create(form.toInput());
		}
		catch (RuleViolationException ex) {
			ex.rejectInto(result);
			return show(form, null, model);
		}
		redirect.addFlashAttribute("success", "attendance.policy.saved");
		return "redirect:/attendance/policy";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		PolicyVersion policy = this.settings.version(id);
		return show(PolicyForm.of(policy), policy, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute("form") PolicyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PolicyVersion policy = this.settings.version(id);
		if (result.hasErrors()) {
			return show(form, policy, model);
		}
		try {
			this.settings.change(id, form.toInput(), form.getVersion());
		}
		catch (RuleViolationException ex) {
			ex.rejectInto(result);
			return show(form, policy, model);
		}
		redirect.addFlashAttribute("success", "attendance.policy.saved");
		return "redirect:/attendance/policy";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.settings.delete(id, version);
			redirect.addFlashAttribute("success", "attendance.policy.deleted");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("warning", ex.messageKey());
			redirect.addFlashAttribute("warningArgs", ex.arguments());
		}
		return "redirect:/attendance/policy";
	}

	private String show(PolicyForm form, PolicyVersion policy, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("policy", policy);
		return FORM;
	}

}
