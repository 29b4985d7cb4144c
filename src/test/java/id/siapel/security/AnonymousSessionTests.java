package id.siapel.security;

import java.io.IOException;
import java.net.http.HttpResponse;

import id.siapel.testsupport.HttpUser;
import id.siapel.testsupport.SiapelServerTest;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: anonymous requests create no session, so a flood of them cannot fill the
 * memory; the login form's session lives 10 minutes until its user logs in, then the
 * normal 8 hours. Through a real servlet container, whose sessions are counted.
 */
@SiapelServerTest
class AnonymousSessionTests {

	@LocalServerPort
	int port;

	@Autowired
	WebServerApplicationContext context;

	@Test
	void anonymousPagesFilesRedirectsAndErrorsCreateNoSession() throws Exception {
		HttpUser anonymous = new HttpUser("http://localhost:" + this.port);
		long sessionsBefore = sessions().getSessionCounter();

		assertNoSession(anonymous.get("/verify/SNK-0000-TIDAK-ADA"));
		assertNoSession(anonymous.get("/verify/SNK-0000-TIDAK-ADA", "Accept", "text/html"));
		assertNoSession(anonymous.get("/css/app.css"));
		assertNoSession(anonymous.get("/css/tidak-ada.css"), 404);
		assertNoSession(anonymous.get("/actuator/health"), 200);
		assertNoSession(anonymous.get("/", "Accept", "text/html"), 302);
		assertNoSession(anonymous.get("/halaman-yang-tidak-ada", "Accept", "text/html"), 302);
		assertNoSession(anonymous.get("/reports/board", "HX-Request", "true"));

		assertThat(anonymous.sessionId()).isNull();
		assertThat(sessions().getSessionCounter()).as("sessions created").isEqualTo(sessionsBefore);
	}

	@Test
	void theLoginFormsSessionIsShortUntilLoginThenLong() throws Exception {
		HttpUser browser = new HttpUser("http://localhost:" + this.port);
		HttpResponse<String> loginPage = browser.get("/login");
		assertThat(loginPage.headers().allValues("Set-Cookie")).anyMatch((cookie) -> cookie.startsWith("JSESSIONID="));
		assertThat(session(browser.sessionId()).getMaxInactiveInterval()).isEqualTo(600);

		assertThat(browser.loginWithForm("bkpsdm", DEMO_PASSWORD)).isEqualTo("/");
		assertThat(session(browser.sessionId()).getMaxInactiveInterval()).isEqualTo(8 * 3600);
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

	private static void assertNoSession(HttpResponse<String> response) {
		assertThat(response.headers().allValues("Set-Cookie")).as(response.uri() + " cookies")
			.noneMatch((cookie) -> cookie.startsWith("JSESSIONID="));
	}

	private static void assertNoSession(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.uri() + " status").isEqualTo(status);
		assertNoSession(response);
	}

	private Session session(String id) throws IOException {
		assertThat(id).as("session cookie").isNotNull();
		Session session = sessions().findSession(id);
		assertThat(session).as("session " + id).isNotNull();
		return session;
	}

	private Manager sessions() {
		var tomcat = ((TomcatWebServer) this.context.getWebServer()).getTomcat();
		return ((Context) tomcat.getHost().findChildren()[0]).getManager();
	}

}
