package id.siapel.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled load the demo regency into an empty database (env
 * {@code SIAPEL_DEMO_ENABLED})
 * @param password password of every demo user (README, "Demo users")
 */
@ConfigurationProperties("siapel.demo")
public record DemoProperties(@DefaultValue("false") boolean enabled, @DefaultValue("siapel-demo") String password) {
}
