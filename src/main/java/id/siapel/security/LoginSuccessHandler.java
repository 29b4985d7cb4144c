package id.siapel.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Where a login goes once a step of it succeeded, in this order: a right password of a
 * user with the second factor on waits for the code ({@link TotpLogin}: the session then
 * holds an {@link AwaitingCode} only, and the page first asked for stays remembered); a
 * password an administrator chose is replaced next ({@link PasswordChangeGate}); then the
 * page first asked for, or the home page.
 */
final class LoginSuccessHandler implements AuthenticationSuccessHandler {

	private final RequestCache requestCache;

	private final SecurityContextRepository contexts;

	private final SavedRequestAwareAuthenticationSuccessHandler savedRequest = new SavedRequestAwareAuthenticationSuccessHandler();

	private final LoginSessions loginSessions;

	LoginSuccessHandler(RequestCache requestCache, SecurityContextRepository contexts, LoginSessions loginSessions) {
		this.requestCache = requestCache;
		this.contexts = contexts;
		this.loginSessions = loginSessions;
		this.savedRequest.setRequestCache(requestCache);
		this.savedRequest.setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (authentication.getPrincipal() instanceof SiapelUser user) {
			if (TotpLogin.awaitsCode(authentication)) {
				SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
				context.setAuthentication(AwaitingCode.after(authentication, user));
				SecurityContextHolder.getContextHolderStrategy().setContext(context);
				this.contexts.saveContext(context, request, response);
				response.sendRedirect(request.getContextPath() + TotpLogin.PAGE);
				return;
			}
			// Logged in for good: the session gets its full idle timeout.
			this.loginSessions.loggedIn(request);
			// A password an administrator chose is replaced before anything else.
			if (user.passwordChangeRequired()) {
				this.requestCache.removeRequest(request, response);
				response.sendRedirect(request.getContextPath() + PasswordChangeGate.PAGE);
				return;
			}
		}
		this.savedRequest.onAuthenticationSuccess(request, response, authentication);
	}

}
