package id.siapel.system.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Bahasa Indonesia by default; English on request ({@code ?lang=en}), remembered in a
 * cookie.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("siapel_lang");
		resolver.setDefaultLocale(INDONESIAN);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/**
	 * The installable app's manifest (issue 12) is served with its registered type, which
	 * browsers expect; the servlet container does not know the extension.
	 */
	@Bean
	WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> manifestMimeType() {
		return (factory) -> {
			MimeMappings mappings = new MimeMappings(MimeMappings.DEFAULT);
			mappings.add("webmanifest", "application/manifest+json");
			factory.setMimeMappings(mappings);
		};
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new SupportedLanguageChangeInterceptor());
	}

	/**
	 * Accepts only the languages SiApel has bundles for; anything else falls back to
	 * Indonesian.
	 */
	static class SupportedLanguageChangeInterceptor extends LocaleChangeInterceptor {

		SupportedLanguageChangeInterceptor() {
			setParamName("lang");
			setIgnoreInvalidLocale(true);
		}

		@Override
		protected Locale parseLocaleValue(String value) {
			return "en".equalsIgnoreCase(value) ? Locale.ENGLISH : INDONESIAN;
		}

	}

}
