package id.siapel.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The second step of a login with the second factor on (issue 14). A right password of
 * such a user leaves the session with an {@link AwaitingCode}: no role, only the
 * {@code FACTOR_PASSWORD} authority, and every page but {@value #PAGE} (and logging out)
 * sends them there ({@link TotpGate}). {@code POST /login/code} is handled here, like
 * Spring Security handles {@code POST /login}: a valid code (this 30-second step or the
 * next to it, never one already used) replaces it with the full login (the roles,
 * {@code FACTOR_PASSWORD} and {@value #FACTOR}) under a new session id and CSRF token,
 * writes {@code LOGIN}, and goes on as a password login would: the password change an
 * administrator requires, then the page first asked for. A wrong code publishes the same
 * failure event as a wrong password, so the account lock, the per-address throttle and
 * the audit line ({@code LOGIN_FAILED}, reason {@code WRONG_CODE}) apply; a locked
 * account, or a second factor removed meanwhile, starts again from the password.
 */
public final class TotpLogin extends AbstractAuthenticationProcessingFilter {

	/** The page that asks for the code. */
	public static final String PAGE = "/login/code";

	/** The authority a valid code adds to the login. */
	public static final String FACTOR = "FACTOR_TOTP";

	/**
	 * Authenticated, and not a password still waiting for its code: what every page but
	 * the login pages needs (a second line behind {@link TotpGate}).
	 */
	static final AuthorizationManager<RequestAuthorizationContext> FULL_LOGIN = TotpLogin::fullLogin;

	private final SecurityContextRepository contexts;

	TotpLogin(SecondFactors secondFactors, ApplicationEventPublisher events, SecurityContextRepository contexts,
			SessionAuthenticationStrategy sessionStrategy, AuthenticationSuccessHandler success) {
		super(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, PAGE));
		this.contexts = contexts;
		var manager = new ProviderManager(new CodeProvider(secondFactors));
		var eventPublisher = new DefaultAuthenticationEventPublisher(events);
		eventPublisher.setAdditionalExceptionMappings(
				Map.of(WrongCodeException.class, AuthenticationFailureBadCredentialsEvent.class));
		manager.setAuthenticationEventPublisher(eventPublisher);
		setAuthenticationManager(manager);
		setApplicationEventPublisher(events);
		setSecurityContextRepository(contexts);
		setSessionAuthenticationStrategy(sessionStrategy);
		setAuthenticationSuccessHandler(success);
		setAuthenticationFailureHandler(this::failed);
	}

	/**
	 * Whether this is a right password of a user with the second factor on that still
	 * waits for its code: the password's own authentication (which must not count as a
	 * login yet) or the session's {@link AwaitingCode}.
	 */
	public static boolean awaitsCode(Authentication authentication) {
		if (authentication instanceof AwaitingCode) {
			return true;
		}
		return authentication != null && authentication.getPrincipal() instanceof SiapelUser user && user.totpEnabled()
				&& authentication.getAuthorities()
					.stream()
					.noneMatch((authority) -> FACTOR.equals(authority.getAuthority()));
	}

	@Override
	public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
		if (!(current instanceof AwaitingCode awaiting)) {
			throw new NoCodeAwaitedException();
		}
		CodeAuthenticationRequest code = CodeAuthenticationRequest.of(awaiting, request.getParameter("code"));
		code.setDetails(this.authenticationDetailsSource.buildDetails(request));
		return getAuthenticationManager().authenticate(code);
	}

	private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException, ServletException {
		if (ex instanceof WrongCodeException) {
			response.sendRedirect(request.getContextPath() + PAGE + "?error");
			return;
		}
		if (ex instanceof NoCodeAwaitedException) {
			// The form sent twice (the first one logged in), or no password given yet:
			// the
			// session stays as it is, and the home page (or the login page) answers.
			response.sendRedirect(request.getContextPath() + "/");
			return;
		}
		// Locked meanwhile, disabled, second factor removed: the password again.
		SecurityContext empty = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
		this.contexts.saveContext(empty, request, response);
		String target = (ex instanceof DisabledException) ? "/login?disabled"
				: (ex instanceof LockedException) ? "/login?error" : "/login";
		response.sendRedirect(request.getContextPath() + target);
	}

	private static AuthorizationResult fullLogin(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		Authentication current = authentication.get();
		return new AuthorizationDecision(current != null && current.isAuthenticated()
				&& !(current instanceof AnonymousAuthenticationToken) && !awaitsCode(current));
	}

	/** A code sent while no password login waits for one. */
	private static final class NoCodeAwaitedException extends InsufficientAuthenticationException {

		private static final long serialVersionUID = 1L;

		NoCodeAwaitedException() {
			super("No login waits for a verification code");
		}

	}

	/** Checks the code of a {@link CodeAuthenticationRequest}. */
	private record CodeProvider(SecondFactors secondFactors) implements AuthenticationProvider {

		@Override
		public Authentication authenticate(Authentication authentication) {
			CodeAuthenticationRequest request = (CodeAuthenticationRequest) authentication;
			SiapelUser user = request.getPrincipal();
			return switch (this.secondFactors.checkLoginCode(user.getUsername(), (String) request.getCredentials())) {
				case ACCEPTED -> fullLogin(request, user);
				case WRONG -> throw new WrongCodeException();
				case LOCKED -> throw new LockedException("Account locked while the code was asked for");
				case DISABLED -> throw new DisabledException("Account disabled while the code was asked for");
				case UNAVAILABLE ->
					throw new InsufficientAuthenticationException("The second factor was removed meanwhile");
			};
		}

		private static Authentication fullLogin(CodeAuthenticationRequest request, SiapelUser user) {
			List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
			authorities.addAll(request.getAuthorities());
			authorities.add(FactorGrantedAuthority.fromAuthority(FACTOR));
			var login = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
			login.setDetails(request.getDetails());
			return login;
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return CodeAuthenticationRequest.class.isAssignableFrom(authentication);
		}

	}

}
