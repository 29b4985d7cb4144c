package id.siapel.system;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Pemda-wide technical settings under {@code siapel.*}.
 *
 * @param zone the Pemda's time zone (WIB {@code Asia/Jakarta}, WITA
 * {@code Asia/Makassar}, WIT {@code Asia/Jayapura}); every "today" and "now" in SiApel is
 * taken in this zone
 */
@ConfigurationProperties("siapel")
public record SiapelProperties(@DefaultValue("Asia/Jakarta") ZoneId zone) {
}
