package id.siapel.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled load the demo regency into an empty database (env
 * {@code SIAPEL_DEMO_ENABLED})
 * @param password password of every demo user (README, "Demo users")
 * @param employees number of employees of the demo regency (env
 * {@code SIAPEL_DEMO_EMPLOYEES}); 15,000 makes a large regency for benchmarks
 * @param history load the roll calls from 1 January to today, with standings and flags
 * (env {@code SIAPEL_DEMO_HISTORY})
 */
@ConfigurationProperties("siapel.demo")
public record DemoProperties(@DefaultValue("false") boolean enabled, @DefaultValue("siapel-demo") String password,
		@DefaultValue("3000") int employees, @DefaultValue("true") boolean history) {
}
