package id.siapel.security;

import java.io.IOException;
import java.util.List;

import id.siapel.shared.ProblemJson;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Two filter chains: {@code /api/**} is stateless HTTP Basic without CSRF (errors as
 * problem+json); everything else is a form-login session with CSRF on every form. A user
 * with the second factor on (issue 14) logs in to the pages in two steps, password then
 * verification code ({@link TotpLogin}), and is refused by the API ({@link TotpGate}).
 * Both send the same security headers, including a Content-Security-Policy that allows
 * only SiApel's own scripts and styles.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({ SecurityProperties.class, AdminProperties.class })
class SecurityConfiguration {

	/** No inline script or style anywhere: templates load /js and /css files only. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * Request attribute set when a page request was refused because its session ended.
	 */
	public static final String SESSION_ENDED = "siapel.sessionEnded";

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today; stored hashes carry their {id}, so a stronger default later needs
		// no migration.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Knows every open session, so that changing or disabling a user ends theirs at once.
	 * Sessions live in PostgreSQL (Spring Session JDBC, issue 15), indexed by user name:
	 * a session ended through one application node is ended for every node, and each
	 * request's check ({@code ConcurrentSessionFilter}) reads the session's state from
	 * the database.
	 */
	@Bean
	SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
	}

	/**
	 * The session cookie carries the session id as it is, not Base64-encoded (Spring
	 * Session's default): a cookie SiApel did not set (a servlet container's own
	 * {@code JSESSIONID}, an old one, a forged one) is then simply an unknown session.
	 * Decoded as Base64 it became bytes such as NUL that PostgreSQL refuses, and the
	 * request ended in a 500 instead of the login page.
	 */
	@Bean
	DefaultCookieSerializerCustomizer plainSessionIds() {
		return (serializer) -> serializer.setUseBase64Encoding(false);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, UserAccounts accounts, LoginThrottle throttle) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> {
			if (ex instanceof InternalAuthenticationServiceException && ex.getCause() instanceof DataAccessException) {
				// The user could not be looked up because the database is gone: not a
				// wrong password (issue 14).
				response.setHeader("Retry-After", "5");
				ProblemJson.write(response, HttpStatus.SERVICE_UNAVAILABLE, "DATABASE_UNAVAILABLE",
						"The database cannot be reached right now; nothing was saved. Try again in a few seconds.",
						request.getRequestURI());
				return;
			}
			response.setHeader("WWW-Authenticate", "Basic realm=\"SiApel\"");
			ProblemJson.write(response, HttpStatus.UNAUTHORIZED,
					"Authentication required: HTTP Basic with a SiApel user.", request.getRequestURI());
		};
		AccessDeniedHandler forbidden = (request, response, ex) -> ProblemJson.write(response, HttpStatus.FORBIDDEN,
				"Your roles or unit scope do not allow this request.", request.getRequestURI());
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((authorize) -> authorize.anyRequest().authenticated())
			.httpBasic((basic) -> basic.realmName("SiApel").authenticationEntryPoint(unauthorized))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable())
			.addFilterBefore(LoginThrottleFilter.forApi(throttle), BasicAuthenticationFilter.class)
			.addFilterAfter(TotpGate.forApi(), BasicAuthenticationFilter.class)
			.addFilterAfter(PasswordChangeGate.forApi(accounts), AuthorizationFilter.class);
		securityHeaders(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http, SessionRegistry sessionRegistry, UserAccounts accounts,
			LoginThrottle throttle, LoginSessions loginSessions, SecondFactors secondFactors,
			ApplicationEventPublisher events) throws Exception {
		// Wrong password, unknown user, locked and disabled all get "/login?error", after
		// one password-hash check each (PasswordLogin): a different answer would tell
		// which user names exist and what state they are in. The audit trail keeps the
		// real reason.
		var loginFailure = new SimpleUrlAuthenticationFailureHandler("/login?error");

		// An htmx request after the session expired gets "HX-Refresh" so the whole page
		// goes to the
		// login form instead of the login form landing inside a table cell.
		var entryPoints = new DelegatingAuthenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"),
				new RequestMatcherEntry<>(new RequestHeaderRequestMatcher("HX-Request", "true"),
						new HxRefreshHeaderAuthenticationEntryPoint()));

		// After login, return to the page first asked for. The page is remembered in a
		// cookie (its path only), not in a session: an anonymous request must not create
		// a session (issue 14). Only page navigations are remembered, not htmx, script
		// or JSON requests, whose URL is no page to return to.
		var requestCache = new CookieRequestCache();
		requestCache.setRequestMatcher(SecurityConfiguration::isPageNavigation);
		requestCache.setCookieCustomizer((cookie) -> cookie.setAttribute("SameSite", "Lax"));
		// The same store of the session's login for the password step, the code step and
		// the rest of the chain (Spring Security's default, made explicit to be shared).
		var contexts = new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
		var loginSuccess = new LoginSuccessHandler(requestCache, contexts, loginSessions);
		// The code step gets a new session id and CSRF token, as the password step does.
		var codeSession = new CompositeSessionAuthenticationStrategy(
				List.of(new ChangeSessionIdAuthenticationStrategy(),
						new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository())));
		var codeLogin = new TotpLogin(secondFactors, events, contexts, codeSession, loginSuccess);

		http.authorizeHttpRequests((authorize) -> authorize
			.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**", "/vendor/**",
					"/favicon.ico", "/sw.js", "/manifest*.webmanifest")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			// The page a printed document's QR code opens: readable by anyone holding the
			// paper.
			.requestMatchers("/verify/**")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole(Role.ADMIN.name())
			// A right password waiting for its verification code (issue 14) reaches the
			// code page only (TotpGate sends it there first).
			.requestMatchers(TotpLogin.PAGE)
			.authenticated()
			.anyRequest()
			.access(TotpLogin.FULL_LOGIN))
			.formLogin((form) -> form.loginPage("/login").failureHandler(loginFailure).successHandler(loginSuccess))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoints)
				.accessDeniedHandler(SecurityConfiguration::pageAccessDenied))
			.requestCache((cache) -> cache.requestCache(requestCache))
			.securityContext((context) -> context.securityContextRepository(contexts))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId())
				.maximumSessions(-1)
				.sessionRegistry(sessionRegistry)
				.expiredUrl("/login?expired"))
			.addFilterBefore(LoginThrottleFilter.forPages(throttle), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(codeLogin, UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(TotpGate.forPages(), AuthorizationFilter.class)
			.addFilterAfter(PasswordChangeGate.forPages(accounts), AuthorizationFilter.class);
		securityHeaders(http);
		return http.build();
	}

	/**
	 * A GET a browser makes to show a page: worth returning to after login.
	 */
	static boolean isPageNavigation(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || "true".equals(request.getHeader("HX-Request"))
				|| "XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
			return false;
		}
		String accept = request.getHeader("Accept");
		return accept == null || accept.contains("text/html") || accept.contains("*/*");
	}

	/**
	 * A refused page request. A missing or stale CSRF token almost always means the
	 * session ended while the page stayed open: the answer says so (header
	 * {@code X-Siapel-Denied: session}, or problem+json with code {@code SESSION} for a
	 * page's JSON request), so the page can ask the user to log in again instead of
	 * claiming a lack of rights; what the user entered stays on the page.
	 */
	static void pageAccessDenied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException, ServletException {
		boolean session = ex instanceof CsrfException;
		if (session) {
			response.setHeader("X-Siapel-Denied", "session");
			request.setAttribute(SESSION_ENDED, Boolean.TRUE);
		}
		String accept = request.getHeader("Accept");
		if (accept != null && accept.contains("application/json")) {
			ProblemJson.write(response, HttpStatus.FORBIDDEN, session ? "SESSION" : "FORBIDDEN",
					session ? "The session has ended or the page is too old: log in again and send again."
							: "Your roles or unit scope do not allow this request.",
					request.getRequestURI());
			return;
		}
		new AccessDeniedHandlerImpl().handle(request, response, ex);
	}

	private static void securityHeaders(HttpSecurity http) throws Exception {
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions((frame) -> frame.deny())
			.addHeaderWriter(
					new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=()")));
	}

}
