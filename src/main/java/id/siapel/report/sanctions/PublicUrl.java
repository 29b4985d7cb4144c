package id.siapel.report.sanctions;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where SiApel is reached from outside, for the links in QR codes:
 * {@code siapel.public-url} (e.g. {@code https://siapel.sukamajukab.go.id}), or the
 * address of the current request when it is not set.
 */
@Component
class PublicUrl {

	private final String configured;

	PublicUrl(@Value("${siapel.public-url:}") String configured) {
		this.configured = configured;
	}

	String base() {
		if (this.configured != null && !this.configured.isBlank()) {
			return this.configured.strip().replaceAll("/+$", "");
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
