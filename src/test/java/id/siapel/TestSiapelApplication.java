package id.siapel;

import org.springframework.boot.SpringApplication;

/**
 * Runs SiApel with the demo on a throw-away PostgreSQL container:
 * {@code ./mvnw spring-boot:test-run} (needs Docker).
 */
public class TestSiapelApplication {

	public static void main(String[] args) {
		SpringApplication.from(SiapelApplication::main)
			.with(TestcontainersConfiguration.class)
			.withAdditionalProfiles("dev")
			.run(args);
	}

}
