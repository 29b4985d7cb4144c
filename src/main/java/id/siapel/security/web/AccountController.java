package id.siapel.security.web;

import id.siapel.security.CurrentUser;
import id.siapel.security.UserAccounts;
import id.siapel.shared.RuleViolationException;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every user can change their own password. A user whose password an administrator chose
 * is sent here after logging in and kept here until they have changed it (see
 * {@code PasswordChangeGate}); the page tells them why.
 */
@Controller
@RequestMapping("/account/password")
@RequiredArgsConstructor
class AccountController {

	private static final String VIEW = "security/password";

	private final UserAccounts accounts;

	private final CurrentUser currentUser;

	@ModelAttribute("mustChange")
	boolean mustChange() {
		return this.currentUser.get()
			.map((user) -> this.accounts.passwordChangeRequired(user.getUsername()))
			.orElse(false);
	}

	@GetMapping
	String form(@ModelAttribute("form") PasswordForm form) {
		return VIEW;
	}

	@PostMapping
	String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, RedirectAttributes redirect,
			HttpSession session) {
		if (!result.hasFieldErrors("newPassword") && !form.getNewPassword().equals(form.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "account.password.mismatch");
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			this.accounts.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword(), session.getId());
		}
		catch (RuleViolationException ex) {
			ex.rejectInto(result);
			return VIEW;
		}
		redirect.addFlashAttribute("success", "account.password.changed");
		return "redirect:/";
	}

}
