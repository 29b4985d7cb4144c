package id.siapel.security.web;

import id.siapel.security.NewUser;
import id.siapel.security.Role;
import id.siapel.security.SecondFactors;
import id.siapel.security.UnitLookup;
import id.siapel.security.UserAccounts;
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

/** Users and roles, for administrators only. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
class UserAdminController {

	private static final String LIST = "security/users";

	private static final String FORM = "security/user-form";

	private final UserAccounts accounts;

	private final UnitLookup units;

	private final SecondFactors secondFactors;

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("unitOptions", this.units.options());
		model.addAttribute("activeMenu", "users");
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", this.accounts.list());
		return LIST;
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", new UserForm());
		model.addAttribute("creating", true);
		return FORM;
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			this.accounts.createByAdministrator(new NewUser(form.getUsername(), form.getPassword(), form.getFullName(),
					form.getRoles(), UserForm.blankToNull(form.getUnitCode())));
		}
		catch (RuleViolationException ex) {
			ex.rejectInto(result);
			model.addAttribute("creating", true);
			return FORM;
		}
		redirect.addFlashAttribute("success", "user.created");
		return "redirect:/admin/users";
	}

	@GetMapping("/{username}")
	String editForm(@PathVariable String username, Model model) {
		model.addAttribute("form", UserForm.of(this.accounts.get(username)));
		model.addAttribute("totpEnabledAt", this.secondFactors.enabledAt(username).orElse(null));
		model.addAttribute("creating", false);
		return FORM;
	}

	@PostMapping("/{username}")
	String update(@PathVariable String username, @ModelAttribute("form") UserForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		form.setUsername(username);
		try {
			this.accounts.update(username, form.changes(), form.getVersion());
		}
		catch (RuleViolationException ex) {
			ex.rejectInto(result);
			model.addAttribute("creating", false);
			model.addAttribute("totpEnabledAt", this.secondFactors.enabledAt(username).orElse(null));
			return FORM;
		}
		redirect.addFlashAttribute("success", "user.updated");
		return "redirect:/admin/users";
	}

	@PostMapping("/{username}/password")
	String resetPassword(@PathVariable String username, @RequestParam String password, Model model,
			RedirectAttributes redirect) {
		try {
			this.accounts.resetPassword(username, password);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("warning", ex.messageKey());
			redirect.addFlashAttribute("warningArgs", ex.arguments());
			return "redirect:/admin/users/" + username;
		}
		redirect.addFlashAttribute("success", "user.passwordReset");
		return "redirect:/admin/users";
	}

	/**
	 * Removes a user's second factor, e.g. after they lost their phone (issue 14);
	 * audited as TOTP_RESET.
	 */
	@PostMapping("/{username}/second-factor/reset")
	String resetSecondFactor(@PathVariable String username, RedirectAttributes redirect) {
		this.secondFactors.reset(username);
		redirect.addFlashAttribute("success", "user.totp.reset");
		return "redirect:/admin/users/" + username;
	}

}
