package id.siapel.security.web;

import id.siapel.security.LoginThrottle;
import id.siapel.security.TotpLogin;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Kode verifikasi": the second step of a login with the second factor on (issue 14);
 * {@link TotpLogin} processes the POST. Only a login waiting for its code sees the page,
 * any other is sent home (the login page asks anonymous users first). A code refused
 * because its address failed too often lands here with status 429 and the wait.
 */
@Controller
class LoginCodeController {

	@GetMapping(TotpLogin.PAGE)
	String codeForm(Authentication authentication, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		if (!TotpLogin.awaitsCode(authentication)) {
			return "redirect:/";
		}
		if (request.getAttribute(LoginThrottle.RETRY_AFTER) instanceof Long seconds) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("retryAfterSeconds", seconds);
		}
		model.addAttribute("wrongCode", request.getParameter("error") != null);
		return "security/login-code";
	}

}
