package id.siapel.system.database;

import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import id.siapel.shared.StatementTimeouts;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Statement and idle-transaction timeouts of every pooled connection (issue 14).
 * <p>
 * The web limit and {@code idle_in_transaction_session_timeout} are sent as the PgJDBC
 * {@code options} connection property ({@code -c statement_timeout=…}), so they are the
 * session's own defaults from the moment PostgreSQL opens it: an operator's
 * {@code SPRING_DATASOURCE_URL} needs no change, a {@code RESET} goes back to them, and
 * reports and jobs lengthen the limit only for their transaction (
 * {@link id.siapel.shared.LongerStatements}, {@code SET LOCAL}). A transaction left idle
 * longer than the idle limit is ended by PostgreSQL, releasing its locks; the pool then
 * drops that connection.
 * <p>
 * Flyway migrates through the same pool: its connections get the job limit, and are
 * evicted from the pool once the migration is done, so no connection keeps it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StatementTimeouts.class)
class DatabaseTimeoutsConfiguration {

	static final String IDLE_IN_TRANSACTION = "siapel.database.idle-in-transaction-timeout";

	@Bean
	static BeanPostProcessor sessionTimeouts(Environment environment) {
		return new SessionTimeouts(environment);
	}

	@Bean
	FlywayConfigurationCustomizer migrationsWithTheJobLimit(StatementTimeouts timeouts) {
		return (configuration) -> configuration.initSql("set statement_timeout = " + timeouts.job().toMillis());
	}

	@Bean
	FlywayMigrationStrategy migrateThenRenewConnections(DataSource dataSource) {
		return (flyway) -> {
			flyway.migrate();
			try {
				if (dataSource.isWrapperFor(HikariDataSource.class)) {
					dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not renew the pooled connections after the migration", ex);
			}
		};
	}

	/**
	 * Adds the timeouts to the {@code options} of the Hikari pool's connections after
	 * {@code spring.datasource.hikari.*} are bound and before the first connection opens;
	 * an {@code options} value configured there is kept.
	 */
	static final class SessionTimeouts implements BeanPostProcessor, Ordered {

		private final Environment environment;

		SessionTimeouts(Environment environment) {
			this.environment = environment;
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

		@Override
		public Object postProcessBeforeInitialization(Object bean, String beanName) {
			if (bean instanceof HikariDataSource pool) {
				Binder binder = Binder.get(this.environment);
				StatementTimeouts timeouts = binder.bind("siapel.database.statement-timeout", StatementTimeouts.class)
					.orElse(StatementTimeouts.defaults());
				Duration idle = binder.bind(IDLE_IN_TRANSACTION, Duration.class).orElse(Duration.ofSeconds(60));
				String configured = pool.getDataSourceProperties().getProperty("options");
				pool.addDataSourceProperty("options", options(configured, timeouts.web(), idle));
			}
			return bean;
		}

		static String options(String configured, Duration statement, Duration idleInTransaction) {
			String ours = "-c statement_timeout=" + statement.toMillis() + " -c idle_in_transaction_session_timeout="
					+ idleInTransaction.toMillis();
			return StringUtils.hasText(configured) ? configured + " " + ours : ours;
		}

	}

}
