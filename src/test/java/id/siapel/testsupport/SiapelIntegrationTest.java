package id.siapel.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on the run's PostgreSQL database with the demo loaded (a small
 * regency, so the suite stays fast), driven through MockMvc. All classes carrying it
 * share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "siapel.demo.enabled=true",
		"siapel.demo.employees=" + SiapelIntegrationTest.DEMO_EMPLOYEES, "siapel.discipline.missing-roll-call-cron=-" })
@AutoConfigureMockMvc
@Import({ Fixtures.class, TestBeans.class })
public @interface SiapelIntegrationTest {

	/** The password of every demo user (README, "Demo users"). */
	String DEMO_PASSWORD = "siapel-demo";

	/** Employees of the demo regency in tests: every unit staffed, a few seconds less. */
	String DEMO_EMPLOYEES = "400";

}
