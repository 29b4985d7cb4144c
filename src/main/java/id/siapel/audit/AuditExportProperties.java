package id.siapel.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit trail's CSV export ({@code siapel.audit.*}, README "Configuration").
 *
 * @param inlineExportLines the most lines an export builds in the request; more are
 * queued as a background job (100,000 lines took about 12 s on the 2-core reference
 * machine under load, so 10,000 stay around a second)
 */
@ConfigurationProperties("siapel.audit")
public record AuditExportProperties(@DefaultValue("10000") int inlineExportLines) {
}
