package id.siapel.security.web;

import id.siapel.security.CurrentUser;
import id.siapel.security.SecondFactors;
import id.siapel.security.SecondFactors.Enrolment;
import id.siapel.shared.RuleViolationException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import lombok.RequiredArgsConstructor;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Verifikasi dua langkah" on the user's own account pages (issue 14): an ADMIN or HR
 * user scans a new secret (QR code, or the secret typed by hand) and confirms it with a
 * current code; the secret waits in the session, not the database, until then. The second
 * factor is turned off with a current code too. The page is never cached: it shows the
 * secret.
 */
@Controller
@RequestMapping("/account/two-step")
@RequiredArgsConstructor
class SecondFactorController {

	static final String VIEW = "security/two-step";

	/** The session attribute holding the secret shown but not yet confirmed. */
	static final String PENDING_SECRET = "siapel.totp.pendingEnrolment";

	private final SecondFactors secondFactors;

	private final CurrentUser currentUser;

	@GetMapping
	String page(Model model, HttpSession session, HttpServletResponse response) {
		return show(model, session, response, null);
	}

	@PostMapping("/enable")
	@PreAuthorize("hasAnyRole('ADMIN', 'HR')")
	String enable(@RequestParam(defaultValue = "") String code, Model model, HttpSession session,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!(session.getAttribute(PENDING_SECRET) instanceof Enrolment enrolment)) {
			return "redirect:/account/two-step";
		}
		try {
			this.secondFactors.enable(enrolment.secret(), code);
		}
		catch (RuleViolationException ex) {
			return show(model, session, response, ex);
		}
		session.removeAttribute(PENDING_SECRET);
		redirect.addFlashAttribute("success", "account.totp.enabled");
		return "redirect:/account/two-step";
	}

	@PostMapping("/disable")
	String disable(@RequestParam(defaultValue = "") String code, Model model, HttpSession session,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!this.secondFactors.disable(code)) {
			return show(model, session, response, new RuleViolationException("code", "account.totp.codeWrong"));
		}
		redirect.addFlashAttribute("success", "account.totp.disabled");
		return "redirect:/account/two-step";
	}

	private String show(Model model, HttpSession session, HttpServletResponse response, RuleViolationException error) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		String username = this.currentUser.require().getUsername();
		var enabledAt = this.secondFactors.enabledAt(username).orElse(null);
		model.addAttribute("enabledAt", enabledAt);
		model.addAttribute("mayEnrol", this.secondFactors.mayEnrol());
		if (enabledAt == null && this.secondFactors.mayEnrol()) {
			Enrolment enrolment = (session.getAttribute(PENDING_SECRET) instanceof Enrolment pending) ? pending
					: this.secondFactors.newEnrolment();
			session.setAttribute(PENDING_SECRET, enrolment);
			model.addAttribute("enrolment", enrolment);
		}
		if (error != null) {
			model.addAttribute("codeError", error.messageKey());
		}
		return VIEW;
	}

}
