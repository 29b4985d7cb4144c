package id.siapel.system;

import java.time.Clock;

import id.siapel.shared.InputLimits;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The single source of "now": a clock in the Pemda's zone. Code asks this bean instead of
 * calling {@code LocalDate.now()}, so that tests can fix the date and the server's own
 * zone never matters.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SiapelProperties.class, InputLimits.class })
class ClockConfiguration {

	@Bean
	Clock clock(SiapelProperties properties) {
		return Clock.system(properties.zone());
	}

}
