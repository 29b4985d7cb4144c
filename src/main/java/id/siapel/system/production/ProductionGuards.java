package id.siapel.system.production;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * Refuses to start the {@code prod} profile with a setting that is only safe on a
 * developer's machine (issue 14). Each of them would otherwise fail quietly later: demo
 * users with a published password, QR links that follow whatever Host header the printing
 * browser sent, a document key kept in the database it is meant to protect, the database
 * password from the sample docker-compose file. All problems are reported at once, before
 * any connection is opened.
 */
public class ProductionGuards implements EnvironmentPostProcessor, Ordered {

	/** After the database discovery, whose missing-URL report comes first. */
	static final int ORDER = ConfigDataEnvironmentPostProcessor.ORDER + 20;

	/** Passwords shipped in this repository's samples, never acceptable in production. */
	static final Set<String> SAMPLE_PASSWORDS = Set.of("siapel-dev-only", "siapel-demo");

	static final int MINIMUM_SECRET_LENGTH = 32;

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.acceptsProfiles(Profiles.of("prod"))) {
			return;
		}
		List<String> problems = problems(environment);
		if (!problems.isEmpty()) {
			throw new UnsafeProductionSettingsException(problems);
		}
	}

	static List<String> problems(ConfigurableEnvironment environment) {
		List<String> problems = new ArrayList<>();
		if (environment.getProperty("siapel.demo.enabled", Boolean.class, false)) {
			problems.add("SIAPEL_DEMO_ENABLED is true: the demo creates users whose password is published. "
					+ "Remove it (production never loads the demo).");
		}
		String publicUrl = environment.getProperty("siapel.public-url", "");
		if (!isAbsoluteWebAddress(publicUrl)) {
			problems.add("SIAPEL_PUBLIC_URL is "
					+ (StringUtils.hasText(publicUrl) ? "not an http(s) address ('" + publicUrl + "')" : "not set")
					+ ": the QR code on printed documents would link to whatever address the printing "
					+ "browser used. Set it to the address the public reaches SiApel at, e.g. "
					+ "https://siapel.sukamajukab.go.id.");
		}
		String secret = environment.getProperty("siapel.documents.secret", "");
		if (secret.length() < MINIMUM_SECRET_LENGTH) {
			problems.add("SIAPEL_DOCUMENTS_SECRET is "
					+ (secret.isEmpty() ? "not set" : "shorter than " + MINIMUM_SECRET_LENGTH + " characters")
					+ ": the key that signs printed documents would exist only inside the database; choose "
					+ "your own and keep it in your secrets store too, so that documents still verify after "
					+ "the database is rebuilt. Set it, e.g. to the output of `openssl rand -base64 48`.");
		}
		String totpKey = environment.getProperty("siapel.security.totp-key", "");
		if (totpKey.length() < MINIMUM_SECRET_LENGTH) {
			problems.add("SIAPEL_SECURITY_TOTP_KEY is "
					+ (totpKey.isEmpty() ? "not set" : "shorter than " + MINIMUM_SECRET_LENGTH + " characters")
					+ ": the two-step verification secrets of administrators and BKPSDM staff would be encrypted "
					+ "with the development key published in this repository. Set it, e.g. to the output of "
					+ "`openssl rand -base64 48`, and keep it: secrets stored under it cannot be read without it.");
		}
		String databasePassword = environment.getProperty("spring.datasource.password", "");
		if (SAMPLE_PASSWORDS.contains(databasePassword)) {
			problems.add("SPRING_DATASOURCE_PASSWORD is a sample password from this repository. "
					+ "Give the database user its own password (SIAPEL_DB_PASSWORD with docker-compose).");
		}
		return problems;
	}

	private static boolean isAbsoluteWebAddress(String address) {
		if (!StringUtils.hasText(address)) {
			return false;
		}
		try {
			URI uri = URI.create(address.trim());
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
