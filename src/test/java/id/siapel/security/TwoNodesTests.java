package id.siapel.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.siapel.SiapelApplication;
import id.siapel.testsupport.TestDatabase;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one database, as behind a proxy without sticky sessions (issue
 * 15): a browser logs in through one node and continues through the other (pages, forms
 * with their CSRF token, a second-factor enrolment in progress, a flash message); an
 * administrator disabling a user on one node ends that user's session on the other; a
 * node stops and the other keeps serving its sessions; a scheduled task runs on one node
 * only.
 */
class TwoNodesTests {

	static final String ADMIN_PASSWORD = "two-nodes-admin-secret";

	static final String PASSWORD = "kata-sandi-dua-node";

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	static final Pattern SECRET = Pattern.compile("data-testid=\"totp-secret\">([A-Z2-7 ]+)<");

	@Test
	void aSessionStartedOnOneNodeContinuesOnTheOtherAndEndsOnBoth() throws Exception {
		String database = TestDatabase.createFresh("twonodes");
		ConfigurableApplicationContext first = start(database);
		ConfigurableApplicationContext second = start(database);
		try {
			String one = baseUrl(first);
			String two = baseUrl(second);
			UserAccounts accounts = first.getBean(UserAccounts.class);
			accounts.create(new NewUser("pegawai-satu", PASSWORD, "Pegawai Satu", Set.of(Role.HR)));
			accounts.create(new NewUser("pegawai-dua", PASSWORD, "Pegawai Dua", Set.of(Role.SECRETARY)));

			// The session cookie keeps its name and attributes.
			assertThat(new Browser().get(one, "/login").headers().allValues("Set-Cookie"))
				.anyMatch((cookie) -> cookie.startsWith("JSESSIONID=") && cookie.contains("HttpOnly")
						&& cookie.contains("SameSite=Lax"));

			// Logged in through node 1, the session goes on through node 2.
			Browser user = new Browser();
			assertThat(user.login(one, "pegawai-satu", PASSWORD)).isEqualTo("/");
			HttpResponse<String> home = user.get(two, "/");
			assertThat(home.statusCode()).isEqualTo(200);
			assertThat(home.body()).contains("Pegawai Satu");

			// A second-factor enrolment begun on node 2 shows the same secret on node 1,
			// and its form, posted to node 2 with the token of node 1's page, is taken.
			String secret = secretOn(user.get(two, "/account/two-step").body());
			String page = user.get(one, "/account/two-step").body();
			assertThat(secretOn(page)).isEqualTo(secret);
			HttpResponse<String> wrongCode = user.post(two, "/account/two-step/enable",
					"code=000000&_csrf=" + encode(csrfOn(page)));
			assertThat(wrongCode.statusCode()).isEqualTo(200);
			assertThat(wrongCode.body()).contains("Kode salah").contains(spaced(secret));
			assertThat(user.post(two, "/account/two-step/enable", "code=000000").statusCode())
				.as("the same form without its CSRF token")
				.isEqualTo(403);

			Browser other = new Browser();
			assertThat(other.login(one, "pegawai-dua", PASSWORD)).isEqualTo("/");

			// The administrator, logged in through node 1, disables the user on node 2.
			Browser admin = new Browser();
			assertThat(admin.login(one, "admin", ADMIN_PASSWORD)).isEqualTo("/");
			String form = admin.get(two, "/admin/users/pegawai-satu").body();
			HttpResponse<String> disabled = admin.post(two, "/admin/users/pegawai-satu",
					"fullName=" + encode("Pegawai Satu") + "&roles=HR&_enabled=on&version=" + versionOn(form)
							+ "&_csrf=" + encode(csrfOn(form)));
			assertThat(disabled.headers().firstValue("Location").orElse("")).endsWith("/admin/users");
			assertThat(admin.get(one, "/admin/users").body()).as("the flash message, shown by the other node")
				.contains("Pengguna telah disimpan");

			HttpResponse<String> afterDisabling = user.get(one, "/");
			assertThat(afterDisabling.statusCode()).isEqualTo(302);
			assertThat(afterDisabling.headers().firstValue("Location").orElse("")).endsWith("/login?expired");
			assertThat(user.get(two, "/").headers().firstValue("Location").orElse("")).endsWith("/login");

			// Node 1 stops: node 2 serves the session opened through node 1.
			first.close();
			HttpResponse<String> stillIn = other.get(two, "/");
			assertThat(stillIn.statusCode()).isEqualTo(200);
			assertThat(stillIn.body()).contains("Pegawai Dua");
		}
		finally {
			first.close();
			second.close();
		}
	}

	@Test
	void aScheduledTaskRunsOnOneNodeOnly() throws Exception {
		String database = TestDatabase.createFresh("twonodeslock");
		try (ConfigurableApplicationContext first = start(database, EverySecond.class);
				ConfigurableApplicationContext second = start(database, EverySecond.class)) {
			// Both nodes try every second; whichever runs first holds the lock for ten
			// minutes.
			int seconds = 0;
			while (EverySecond.runs.get() == 0 && seconds++ < 30) {
				Thread.sleep(1000);
			}
			Thread.sleep(3000);
			assertThat(EverySecond.runs.get()).as("runs in the seconds both nodes tried").isEqualTo(1);
			assertThat(new JdbcTemplate(second.getBean(javax.sql.DataSource.class))
				.queryForObject("select count(*) from shedlock where name = 'two-nodes-every-second'", Integer.class))
				.isEqualTo(1);
		}
	}

	static ConfigurableApplicationContext start(String database, Class<?>... more) {
		var server = TestDatabase.server();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(SiapelApplication.class).sources(more)
			.properties("siapel.test.own-database=true", "spring.datasource.url=" + server.jdbcUrl(database),
					"spring.datasource.username=" + server.username(),
					"spring.datasource.password=" + server.password(), "siapel.demo.enabled=false", "server.port=0",
					"siapel.admin.password=" + ADMIN_PASSWORD, "siapel.discipline.missing-roll-call-cron=-")
			.run();
		TestDatabase.closeBeforeDropping(context);
		return context;
	}

	static String baseUrl(ConfigurableApplicationContext app) {
		return "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	private static String csrfOn(String page) {
		return find(CSRF, page, "CSRF token");
	}

	private static String versionOn(String page) {
		return find(VERSION, page, "version");
	}

	private static String secretOn(String page) {
		return find(SECRET, page, "second-factor secret").replace(" ", "");
	}

	private static String find(Pattern pattern, String page, String what) {
		Matcher matcher = pattern.matcher(page);
		assertThat(matcher.find()).as(what + " on the page").isTrue();
		return matcher.group(1);
	}

	private static String spaced(String secret) {
		return secret.replaceAll("(.{4})(?!$)", "$1 ");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * A browser behind a proxy without sticky sessions: one cookie store (cookies belong
	 * to the host, whatever the port), requests to either node.
	 */
	static final class Browser {

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		HttpResponse<String> get(String node, String path) throws IOException, InterruptedException {
			return this.client.send(
					HttpRequest.newBuilder(URI.create(node + path)).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String node, String path, String form) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(URI.create(node + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		/** Logs in with the login form of the node; returns where it sent the browser. */
		String login(String node, String username, String password) throws IOException, InterruptedException {
			String token = csrfOn(get(node, "/login").body());
			HttpResponse<String> response = post(node, "/login",
					"username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token));
			String location = response.headers().firstValue("Location").orElse("");
			return location.startsWith(node) ? location.substring(node.length()) : location;
		}

	}

	/** A scheduled task under ShedLock, as the application's own, tried every second. */
	@Configuration(proxyBeanMethods = false)
	static class EverySecond {

		static final AtomicInteger runs = new AtomicInteger();

		@Bean
		Task everySecondTask() {
			return new Task();
		}

		public static class Task {

			@Scheduled(cron = "* * * * * *")
			@SchedulerLock(name = "two-nodes-every-second", lockAtLeastFor = "PT10M", lockAtMostFor = "PT10M")
			public void run() {
				runs.incrementAndGet();
			}

		}

	}

}
