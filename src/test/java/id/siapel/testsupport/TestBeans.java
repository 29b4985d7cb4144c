package id.siapel.testsupport;

import java.time.ZoneId;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Beans every application test context gets: a clock tests can fix, a statement counter,
 * a password-check counter.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestBeans {

	@Bean
	@Primary
	TestClock testClock(@Value("${siapel.zone}") ZoneId zone) {
		return new TestClock(zone);
	}

	@Bean
	InitializingBean closeBeforeTheDatabaseIsDropped(ConfigurableApplicationContext context) {
		return () -> TestDatabase.closeBeforeDropping(context);
	}

	@Bean
	static StatementCounter statementCounter() {
		return new StatementCounter();
	}

	@Bean
	SpringSessionMockMvc springSessionMockMvc(SessionRepository<? extends Session> sessions) {
		return new SpringSessionMockMvc(sessions);
	}

	@Bean
	static PasswordChecks passwordChecks() {
		return new PasswordChecks();
	}

}
