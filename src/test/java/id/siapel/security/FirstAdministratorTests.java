package id.siapel.security;

import java.net.http.HttpResponse;

import id.siapel.SiapelApplication;
import id.siapel.testsupport.HttpUser;
import id.siapel.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A fresh installation: the application started on an empty database, as an operator
 * starts it for the first time, without the demo.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTests {

	@Test
	void emptyDatabaseWithAdminPasswordCreatesAdminWhoCanLogIn() throws Exception {
		try (ConfigurableApplicationContext app = start(TestDatabase.createFresh("firstadmin"), "",
				"siapel.admin.password=first-start-secret")) {
			HttpUser http = new HttpUser(baseUrl(app));

			HttpResponse<String> me = http.getWithBasic("/api/v1/users/me", "admin", "first-start-secret");
			assertThat(me.statusCode()).isEqualTo(200);
			assertThat(me.body()).contains("\"username\":\"admin\"").contains("\"roles\":[\"ADMIN\"]");

			assertThat(http.loginWithForm("admin", "first-start-secret")).isEqualTo("/");
			assertThat(http.get("/").body()).contains("Administrator SiApel");

			UserAccounts accounts = app.getBean(UserAccounts.class);
			assertThat(accounts.exists("bkpsdm")).as("no demo users without the demo").isFalse();
		}
	}

	/**
	 * The password from the environment was not chosen through SiApel: a common one is
	 * not refused (nobody could log in otherwise), but the log says to change it.
	 */
	@Test
	void aCommonAdminPasswordIsAcceptedWithAWarning(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext app = start(TestDatabase.createFresh("commonpw"), "",
				"siapel.admin.password=password123")) {
			HttpUser http = new HttpUser(baseUrl(app));
			assertThat(http.getWithBasic("/api/v1/users/me", "admin", "password123").statusCode()).isEqualTo(200);
			assertThat(output.getOut()).contains("SIAPEL_ADMIN_PASSWORD is a common or easily guessed password");
		}
	}

	@Test
	void productionRefusesToStartWithNoUserAndNoAdminPassword() {
		String database = TestDatabase.createFresh("nouser");
		assertThatThrownBy(() -> start(database, "prod", "siapel.public-url=https://siapel.sukamajukab.go.id",
				"siapel.documents.secret=k2v3Jx9mQ4pR8sT1uW5yZ7aB0cD6eF2gH4iJ",
				"siapel.security.totp-key=t0tp-k3y-of-32-characters-at-least")
			.close()).hasRootCauseInstanceOf(InitialAdministrator.NoUserException.class)
			.rootCause()
			.hasMessageContaining("SIAPEL_ADMIN_PASSWORD is not set");
	}

	@Test
	void adminPasswordShorterThanTheMinimumIsRefused() {
		String database = TestDatabase.createFresh("shortpw");
		assertThatThrownBy(() -> start(database, "", "siapel.admin.password=short").close())
			.hasRootCauseInstanceOf(InitialAdministrator.NoUserException.class)
			.rootCause()
			.hasMessageContaining("at least 10 characters");
	}

	@Test
	void aPasswordGivenLaterDoesNotTouchExistingUsers() throws Exception {
		String database = TestDatabase.createFresh("laterpw");
		start(database, "", "siapel.admin.password=the-first-password").close();
		try (ConfigurableApplicationContext app = start(database, "", "siapel.admin.password=another-password")) {
			HttpUser http = new HttpUser(baseUrl(app));
			assertThat(http.getWithBasic("/api/v1/users/me", "admin", "the-first-password").statusCode())
				.isEqualTo(200);
			assertThat(http.getWithBasic("/api/v1/users/me", "admin", "another-password").statusCode()).isEqualTo(401);
		}
	}

	static ConfigurableApplicationContext start(String database, String profile, String... properties) {
		var server = TestDatabase.server();
		return new SpringApplicationBuilder(SiapelApplication.class)
			.profiles(profile.isEmpty() ? new String[0] : new String[] { profile })
			.properties("siapel.test.own-database=true", "spring.datasource.url=" + server.jdbcUrl(database),
					"spring.datasource.username=" + server.username(),
					"spring.datasource.password=" + server.password(), "siapel.demo.enabled=false", "server.port=0")
			.properties(properties)
			.run();
	}

	static String baseUrl(ConfigurableApplicationContext app) {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		return "http://localhost:" + port;
	}

}
