package id.siapel.system.production;

import java.util.Map;

import id.siapel.security.SecurityProperties;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The {@code prod} profile refuses development settings, all reported at once (issue 14).
 */
class ProductionGuardsTests {

	private final ProductionGuards guards = new ProductionGuards();

	private final SpringApplication application = new SpringApplication();

	@Test
	void productionWithDevelopmentSettingsNamesEveryProblem() {
		MockEnvironment environment = production().withProperty("siapel.demo.enabled", "true")
			.withProperty("siapel.public-url", "")
			.withProperty("siapel.documents.secret", "")
			.withProperty("siapel.security.totp-key", "")
			.withProperty("spring.datasource.password", "siapel-dev-only");

		UnsafeProductionSettingsException refused = catchThrowableOfType(UnsafeProductionSettingsException.class,
				() -> this.guards.postProcessEnvironment(environment, this.application));

		assertThat(refused.problems()).hasSize(5);
		assertThat(refused.getMessage()).contains("SIAPEL_DEMO_ENABLED")
			.contains("SIAPEL_PUBLIC_URL is not set")
			.contains("SIAPEL_DOCUMENTS_SECRET is not set")
			.contains("SIAPEL_SECURITY_TOTP_KEY is not set")
			.contains("SPRING_DATASOURCE_PASSWORD is a sample password");
	}

	@Test
	void aPublicAddressMustBeAWebAddressAndTheKeyLongEnough() {
		MockEnvironment environment = production().withProperty("siapel.public-url", "siapel.sukamajukab.go.id")
			.withProperty("siapel.documents.secret", "short-secret")
			.withProperty("siapel.security.totp-key", "t0tp-k3y-of-32-characters-at-least")
			.withProperty("spring.datasource.password", "a-real-password");

		UnsafeProductionSettingsException refused = catchThrowableOfType(UnsafeProductionSettingsException.class,
				() -> this.guards.postProcessEnvironment(environment, this.application));

		assertThat(refused.problems()).hasSize(2);
		assertThat(refused.getMessage()).contains("not an http(s) address ('siapel.sukamajukab.go.id')")
			.contains("shorter than 32 characters");
	}

	@Test
	void productionWithItsOwnSettingsStarts() {
		MockEnvironment environment = production().withProperty("siapel.public-url", "https://siapel.sukamajukab.go.id")
			.withProperty("siapel.documents.secret", "k2v3Jx9mQ4pR8sT1uW5yZ7aB0cD6eF2gH4iJ")
			.withProperty("siapel.security.totp-key", "t0tp-k3y-of-32-characters-at-least")
			.withProperty("spring.datasource.password", "a-real-password")
			.withProperty("siapel.demo.enabled", "false");

		assertThatNoException().isThrownBy(() -> this.guards.postProcessEnvironment(environment, this.application));
	}

	@Test
	void developmentIsNotChecked() {
		MockEnvironment environment = new MockEnvironment().withProperty("siapel.demo.enabled", "true")
			.withProperty("spring.datasource.password", "siapel-dev-only");

		assertThatNoException().isThrownBy(() -> this.guards.postProcessEnvironment(environment, this.application));
	}

	/**
	 * The keys come from environment variables as the README writes them
	 * ({@code SIAPEL_SECURITY_TOTP_KEY} for {@code siapel.security.totp-key}): the guard
	 * and the settings the application binds both see them.
	 */
	@Test
	void productionReadsItsKeysFromTheEnvironmentVariablesTheReadmeNames() {
		String totpKey = "t0tp-k3y-of-32-characters-at-least";
		StandardEnvironment environment = new StandardEnvironment();
		environment.setActiveProfiles("prod");
		environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource("test-environment",
					Map.of("SIAPEL_SECURITY_TOTP_KEY", totpKey, "SIAPEL_DOCUMENTS_SECRET",
							"k2v3Jx9mQ4pR8sT1uW5yZ7aB0cD6eF2gH4iJ", "SIAPEL_PUBLIC_URL",
							"https://siapel.sukamajukab.go.id", "SPRING_DATASOURCE_PASSWORD", "a-real-password")));

		assertThatNoException().isThrownBy(() -> this.guards.postProcessEnvironment(environment, this.application));
		assertThat(Binder.get(environment).bind("siapel.security", SecurityProperties.class).get().totpKey())
			.isEqualTo(totpKey);
	}

	private static MockEnvironment production() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod");
		return environment;
	}

}
