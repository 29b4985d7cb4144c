package id.siapel.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import id.siapel.testsupport.HttpUser;
import id.siapel.testsupport.SiapelServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: anonymous requests create no session, so a flood of them cannot fill the
 * memory; the login form's session lives 10 minutes until its user logs in, then the
 * normal 8 hours. Through a real servlet container; the sessions are counted where they
 * are kept, in PostgreSQL (Spring Session, issue 15).
 */
@SiapelServerTest
class AnonymousSessionTests {

	@LocalServerPort
	int port;

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anonymousPagesFilesRedirectsAndErrorsCreateNoSession() throws Exception {
		HttpUser anonymous = new HttpUser("http://localhost:" + this.port);
		long before = this.jdbc.queryForObject("select coalesce(max(creation_time), 0) from spring_session",
				Long.class);

		assertNoSession(anonymous.get("/verify/SNK-0000-TIDAK-ADA"));
		assertNoSession(anonymous.get("/verify/SNK-0000-TIDAK-ADA", "Accept", "text/html"));
		assertNoSession(anonymous.get("/css/app.css"));
		assertNoSession(anonymous.get("/css/tidak-ada.css"), 404);
		assertNoSession(anonymous.get("/actuator/health"), 200);
		assertNoSession(anonymous.get("/", "Accept", "text/html"), 302);
		assertNoSession(anonymous.get("/halaman-yang-tidak-ada", "Accept", "text/html"), 302);
		assertNoSession(anonymous.get("/reports/board", "HX-Request", "true"));

		assertThat(anonymous.sessionId()).isNull();
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where creation_time > ?", Long.class,
				before))
			.as("sessions created")
			.isZero();
	}

	@Test
	void theLoginFormsSessionIsShortUntilLoginThenLong() throws Exception {
		HttpUser browser = new HttpUser("http://localhost:" + this.port);
		HttpResponse<String> loginPage = browser.get("/login");
		assertThat(loginPage.headers().allValues("Set-Cookie")).anyMatch((cookie) -> cookie.startsWith("JSESSIONID="));
		assertThat(session(browser.sessionId()).getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(10));

		assertThat(browser.loginWithForm("bkpsdm", DEMO_PASSWORD)).isEqualTo("/");
		assertThat(session(browser.sessionId()).getMaxInactiveInterval()).isEqualTo(Duration.ofHours(8));
	}

	@Test
	void afterLoginTheUserStillReturnsToThePageFirstAskedForWithoutASessionBefore() throws Exception {
		HttpUser browser = new HttpUser("http://localhost:" + this.port);
		HttpResponse<String> asked = browser.get("/reports/recap?month=2026-03", "Accept", "text/html");
		assertThat(asked.headers().firstValue("Location").orElse("")).endsWith("/login");
		assertThat(browser.sessionId()).isNull();

		assertThat(browser.loginWithForm("bkpsdm", DEMO_PASSWORD)).isEqualTo("/reports/recap?month=2026-03");
		assertThat(browser.get("/reports/recap?month=2026-03").statusCode()).isEqualTo(200);
	}

	/**
	 * A session cookie SiApel did not set (Tomcat's own id, an expired one, garbage such
	 * as {@code AAAA}, which is NUL bytes in Base64) is an unknown session: the login
	 * page, never a server error.
	 */
	@Test
	void aSessionCookieSiapelDidNotSetIsAnUnknownSession() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		for (String value : List.of("AAAA", "0123456789ABCDEF0123456789ABCDEF", "%00%00", "bm90LWEtc2Vzc2lvbg==")) {
			HttpResponse<String> page = client
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
					.header("Cookie", "JSESSIONID=" + value)
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).as("login page with JSESSIONID=" + value).isEqualTo(200);
			HttpResponse<String> home = client
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/"))
					.header("Cookie", "JSESSIONID=" + value)
					.header("Accept", "text/html")
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(home.statusCode()).as("home with JSESSIONID=" + value).isEqualTo(302);
			assertThat(home.headers().firstValue("Location").orElse("")).endsWith("/login");
		}
	}

	private static void assertNoSession(HttpResponse<String> response) {
		assertThat(response.headers().allValues("Set-Cookie")).as(response.uri() + " cookies")
			.noneMatch((cookie) -> cookie.startsWith("JSESSIONID="));
	}

	private static void assertNoSession(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.uri() + " status").isEqualTo(status);
		assertNoSession(response);
	}

	/** The stored session of a session cookie (its value is the session id). */
	private Session session(String id) {
		assertThat(id).as("session cookie").isNotNull();
		Session session = this.sessions.findById(id);
		assertThat(session).as("session " + id).isNotNull();
		return session;
	}

}
