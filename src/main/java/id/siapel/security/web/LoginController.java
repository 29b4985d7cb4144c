package id.siapel.security.web;

import id.siapel.security.LoginThrottle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Indonesian login page; Spring Security itself processes the POST. A login refused
 * because its address failed too often lands here with status 429 and the wait.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model) {
		if (request.getAttribute(LoginThrottle.RETRY_AFTER) instanceof Long seconds) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("retryAfterSeconds", seconds);
			return "security/login";
		}
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated()) {
			return "redirect:/";
		}
		return "security/login";
	}

}
