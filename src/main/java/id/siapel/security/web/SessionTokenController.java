package id.siapel.security.web;

import java.util.Map;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The CSRF token of the current session, for a page that stayed open while its session
 * ended: after the user logs in again (in another tab), the page fetches the new
 * session's token and sends what it kept (the roll-call sheet's marks) without a reload.
 * Only for a logged-in user; without a session the login redirect answers.
 */
@Controller
class SessionTokenController {

	@GetMapping("/session/csrf")
	@ResponseBody
	Map<String, String> csrf(CsrfToken token) {
		return Map.of("headerName", token.getHeaderName(), "parameterName", token.getParameterName(), "token",
				token.getToken());
	}

}
