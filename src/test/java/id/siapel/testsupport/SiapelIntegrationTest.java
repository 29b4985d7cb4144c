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
@SpringBootTest(properties = { "siapel.demo.enabled=true", SiapelIntegrationTest.NO_LOGIN_THROTTLE,
		"siapel.demo.employees=" + SiapelIntegrationTest.DEMO_EMPLOYEES, "siapel.discipline.missing-roll-call-cron=-",
		SiapelIntegrationTest.JOBS_ON_DEMAND })
@AutoConfigureMockMvc
@Import({ Fixtures.class, TestBeans.class })
public @interface SiapelIntegrationTest {

	/**
	 * Every test logs in from the same address: the per-address limit on failed logins
	 * (issue 14) is tested on its own in {@code LoginThrottleTests}.
	 */
	String NO_LOGIN_THROTTLE = "siapel.security.client-failed-logins=1000000";

	/**
	 * No node polls for background jobs: a test runs the queued ones when it needs their
	 * result, with {@code Jobs.runPendingNow()}, instead of waiting for a poller.
	 */
	String JOBS_ON_DEMAND = "siapel.jobs.enabled=false";

	/** The password of every demo user (README, "Demo users"). */
	String DEMO_PASSWORD = "siapel-demo";

	/** Employees of the demo regency in tests: every unit staffed, a few seconds less. */
	String DEMO_EMPLOYEES = "400";

}
