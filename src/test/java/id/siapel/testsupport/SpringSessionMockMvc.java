package id.siapel.testsupport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcConfigurer;
import org.springframework.web.context.WebApplicationContext;

/**
 * Lets MockMvc tests keep holding a login as a {@link MockHttpSession} while the
 * application keeps its sessions in PostgreSQL (Spring Session, issue 15), which finds a
 * session by its cookie only. A request given such a session carries the session cookie
 * the application set for it last; after each request the mock session learns the
 * (possibly changed) session id and mirrors the stored session's attributes, so a test
 * can still read them. A request without a session stays without one: nothing is created
 * unless the application set a session cookie.
 */
class SpringSessionMockMvc implements MockMvcBuilderCustomizer {

	/**
	 * The session cookie's names: {@code JSESSIONID} as configured for the embedded
	 * server; Spring Session's default under MockMvc, where Spring Boot leaves its cookie
	 * unconfigured (no embedded server).
	 */
	static final List<String> COOKIES = List.of("JSESSIONID", "SESSION");

	/** Attribute of the mock session holding the id of the application's session. */
	static final String SESSION_ID = SpringSessionMockMvc.class.getName() + ".id";

	private final SessionRepository<? extends Session> sessions;

	SpringSessionMockMvc(SessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	@Override
	public void customize(ConfigurableMockMvcBuilder<?> builder) {
		builder.apply(new MockMvcConfigurer() {
			@Override
			public RequestPostProcessor beforeMockMvcCreated(ConfigurableMockMvcBuilder<?> builder,
					WebApplicationContext context) {
				return SpringSessionMockMvc::sendCookie;
			}
		});
		builder.alwaysDo(this::learn);
	}

	private static MockHttpServletRequest sendCookie(MockHttpServletRequest request) {
		if (request.getSession(false) instanceof MockHttpSession session && !session.isInvalid()
				&& session.getAttribute(SESSION_ID) instanceof String id) {
			List<Cookie> cookies = new ArrayList<>();
			if (request.getCookies() != null) {
				Collections.addAll(cookies, request.getCookies());
			}
			cookies.removeIf((cookie) -> COOKIES.contains(cookie.getName()));
			for (String name : COOKIES) {
				cookies.add(new Cookie(name, id));
			}
			request.setCookies(cookies.toArray(Cookie[]::new));
		}
		return request;
	}

	private void learn(MvcResult result) {
		Cookie cookie = COOKIES.stream()
			.map(result.getResponse()::getCookie)
			.filter((found) -> found != null)
			.findFirst()
			.orElse(null);
		MockHttpServletRequest request = result.getRequest();
		if (cookie == null) {
			if (request.getSession(false) instanceof MockHttpSession session && !session.isInvalid()
					&& session.getAttribute(SESSION_ID) instanceof String id) {
				mirror(session, id);
			}
			return;
		}
		boolean ended = cookie.getMaxAge() == 0 || cookie.getValue().isEmpty();
		if (ended) {
			if (request.getSession(false) instanceof MockHttpSession session && !session.isInvalid()) {
				session.clearAttributes();
			}
			return;
		}
		String id = cookie.getValue();
		if (request.getSession(true) instanceof MockHttpSession session) {
			if (session.isInvalid()) {
				return;
			}
			mirror(session, id);
		}
	}

	private void mirror(MockHttpSession session, String id) {
		session.clearAttributes();
		Session stored = this.sessions.findById(id);
		if (stored == null) {
			return;
		}
		for (String name : stored.getAttributeNames()) {
			session.setAttribute(name, stored.getAttribute(name));
		}
		session.setAttribute(SESSION_ID, id);
	}

}
