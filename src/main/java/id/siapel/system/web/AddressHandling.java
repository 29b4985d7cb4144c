package id.siapel.system.web;

import lombok.extern.slf4j.Slf4j;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Addresses SiApel cannot use, such as {@code /verify/abc%2Fdef}, get SiApel's own 400
 * page (or problem+json on the API) that says the address is at fault. Tomcat would
 * refuse an encoded slash itself, with its own English page, before SiApel sees the
 * request; it passes such paths on unchanged instead, and Spring Security's firewall
 * refuses them.
 */
@Slf4j
@Configuration(proxyBeanMethods = false)
class AddressHandling {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesToTheFirewall() {
		return (factory) -> factory.addConnectorCustomizers((connector) -> {
			connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
			connector.setEncodedReverseSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
		});
	}

	@Bean
	RequestRejectedHandler unusableAddressIsABadRequest() {
		return (request, response, ex) -> {
			log.debug("Refused request address {}: {}", request.getRequestURI(), ex.getMessage());
			request.setAttribute(ErrorPagesController.UNUSABLE_ADDRESS, Boolean.TRUE);
			response.sendError(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
		};
	}

}
