package id.siapel.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real HTTP port (for browser tests and for what only a
 * servlet container does, such as error pages), on the run's PostgreSQL database with the
 * demo loaded. All classes carrying it share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "siapel.demo.enabled=true", SiapelIntegrationTest.NO_LOGIN_THROTTLE,
				"siapel.demo.employees=" + SiapelIntegrationTest.DEMO_EMPLOYEES,
				"siapel.discipline.missing-roll-call-cron=-", SiapelIntegrationTest.JOBS_ON_DEMAND })
@Import({ FailingEndpoints.class, Fixtures.class, TestBeans.class })
public @interface SiapelServerTest {

}
