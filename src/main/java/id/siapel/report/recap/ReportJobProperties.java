package id.siapel.report.recap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a report leaves the request for a background job ({@code siapel.reports.*}, README
 * "Configuration"; issue 15).
 *
 * @param inlinePdfEmployees the largest monthly recap PDF, in employees, made in the
 * request; a bigger one is queued as a job. openhtmltopdf needs about 6.5 ms per employee
 * on the reference machine (2 cores), so 300 employees answer in about 2 s. (The recap
 * exports stay in the request: a whole year of 15,000 employees took 1.4 s.)
 */
@ConfigurationProperties("siapel.reports")
public record ReportJobProperties(@DefaultValue("300") int inlinePdfEmployees) {
}
