package id.siapel.system.production;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
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
			.withProperty("spring.datasource.password", "siapel-dev-only");

		UnsafeProductionSettingsException refused = catchThrowableOfType(UnsafeProductionSettingsException.class,
				() -> this.guards.postProcessEnvironment(environment, this.application));

		assertThat(refused.problems()).hasSize(4);
		assertThat(refused.getMessage()).contains("SIAPEL_DEMO_ENABLED")
			.contains("SIAPEL_PUBLIC_URL is not set")
			.contains("SIAPEL_DOCUMENTS_SECRET is not set")
			.contains("SPRING_DATASOURCE_PASSWORD is a sample password");
	}

	@Test
	void aPublicAddressMustBeAWebAddressAndTheKeyLongEnough() {
		MockEnvironment environment = production().withProperty("siapel.public-url", "siapel.sukamajukab.go.id")
			.withProperty("siapel.documents.secret", "short-secret")
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

	private static MockEnvironment production() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod");
		return environment;
	}

}
