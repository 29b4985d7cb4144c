package id.siapel.system.production;

import java.io.IOException;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind the Pemda's reverse proxy, {@code X-Forwarded-For} names the client whose failed
 * logins are counted and locked (issue 14). Tomcat's default trusts every private range,
 * so any machine in the Pemda's network could claim to be any client: {@code prod} trusts
 * only a proxy on the same host unless {@code SIAPEL_TRUSTED_PROXIES} names another.
 */
class TrustedProxiesTests {

	@Test
	void productionTrustsOnlyTheLocalProxyByDefault() throws IOException {
		Pattern trusted = Pattern.compile(internalProxies(new StandardEnvironment()));

		assertThat(trusted.matcher("127.0.0.1").matches()).isTrue();
		assertThat(trusted.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
		assertThat(trusted.matcher("10.20.30.40").matches()).isFalse();
		assertThat(trusted.matcher("172.17.0.1").matches()).isFalse();
		assertThat(trusted.matcher("192.168.1.10").matches()).isFalse();
		assertThat(trusted.matcher("127.0.0.10").matches()).isFalse();
	}

	@Test
	void theAdministratorNamesTheirProxy() throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getSystemProperties().put("SIAPEL_TRUSTED_PROXIES", "172\\.17\\.0\\.1");
		Pattern trusted = Pattern.compile(internalProxies(environment));

		assertThat(trusted.matcher("172.17.0.1").matches()).isTrue();
		assertThat(trusted.matcher("172.17.0.2").matches()).isFalse();
		assertThat(trusted.matcher("127.0.0.1").matches()).isFalse();
	}

	/** The value {@code prod} gives Tomcat, as Spring Boot resolves it. */
	private static String internalProxies(StandardEnvironment environment) throws IOException {
		new PropertiesPropertySourceLoader().load("prod", new ClassPathResource("application-prod.properties"))
			.forEach(environment.getPropertySources()::addLast);
		String value = environment.getProperty("server.tomcat.remoteip.internal-proxies");
		assertThat(value).as("server.tomcat.remoteip.internal-proxies in application-prod.properties").isNotNull();
		return value;
	}

}
