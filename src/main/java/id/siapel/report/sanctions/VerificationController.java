package id.siapel.report.sanctions;

import id.siapel.security.CurrentUser;
import id.siapel.security.Role;
import id.siapel.security.SiapelUser;
import id.siapel.shared.RuleViolationException;
import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public page a printed document's QR code opens (no login): whether the document is
 * genuine, revoked, forged or unknown, with only what proves it (title, when and by which
 * office it was printed, how many rows, the content hash). The rows themselves, names and
 * NIPs, only for HR, the Sekda's office and administrators (issue 14); HR and
 * administrators may revoke the document here.
 */
@Controller
@RequiredArgsConstructor
class VerificationController {

	private static final String VIEW = "report/verify";

	private final PrintedDocuments documents;

	private final CurrentUser currentUser;

	@GetMapping("/verify/{code}")
	ModelAndView verify(@PathVariable String code) {
		PrintedDocuments.Verification verification = this.documents.verify(code);
		ModelAndView page = new ModelAndView(VIEW);
		page.addObject("verification", verification);
		page.addObject("code", code);
		page.addObject("showContent", allowed(Role.HR, Role.SECRETARY, Role.ADMIN));
		page.addObject("mayRevoke",
				verification.outcome() == PrintedDocuments.Verification.Outcome.VALID && allowed(Role.HR, Role.ADMIN));
		page.setStatus(switch (verification.outcome()) {
			case VALID -> HttpStatus.OK;
			case REVOKED -> HttpStatus.GONE;
			case FORGED, UNKNOWN -> HttpStatus.NOT_FOUND;
		});
		return page;
	}

	@PostMapping("/verify/{code}/revoke")
	@PreAuthorize("hasAnyRole('HR', 'ADMIN')")
	String revoke(@PathVariable String code, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		try {
			this.documents.revoke(code, reason);
			redirect.addFlashAttribute("success", "verify.revoke.done");
			redirect.addFlashAttribute("successArgs", new Object[0]);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("warning", ex.messageKey());
			redirect.addFlashAttribute("warningArgs", ex.arguments());
		}
		redirect.addAttribute("code", code);
		return "redirect:/verify/{code}";
	}

	/** A logged-in user with one of the roles who has no password change pending. */
	private boolean allowed(Role... roles) {
		return this.currentUser.get()
			.filter((user) -> !user.passwordChangeRequired())
			.map((SiapelUser user) -> user.hasAnyRole(roles))
			.orElse(false);
	}

}
