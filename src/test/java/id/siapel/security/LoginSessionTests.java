package id.siapel.security;

import id.siapel.testsupport.HttpUser;
import id.siapel.testsupport.SiapelServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** Session handling of the form login, through a real servlet container. */
@SiapelServerTest
class LoginSessionTests {

	@LocalServerPort
	int port;

	@Test
	void loggingInGivesANewSessionIdSoAPlantedOneIsUseless() throws Exception {
		HttpUser browser = new HttpUser("http://localhost:" + this.port);
		browser.get("/login");
		String before = browser.sessionId();
		assertThat(before).isNotNull();

		assertThat(browser.loginWithForm("bkpsdm", DEMO_PASSWORD)).isEqualTo("/");

		assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void afterLoginTheUserReturnsToThePageFirstAskedFor() throws Exception {
		HttpUser browser = new HttpUser("http://localhost:" + this.port);
		assertThat(browser.get("/account/password").headers().firstValue("Location").orElse("")).endsWith("/login");
		assertThat(browser.loginWithForm("bkpsdm", DEMO_PASSWORD)).isEqualTo("/account/password");
	}

}
