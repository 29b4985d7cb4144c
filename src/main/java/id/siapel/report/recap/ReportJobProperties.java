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
 * @param inlinePdfRows the longest sanction list PDF, in rows, made from its page in the
 * request; a longer one is made by a background job. A 1,000-row list took 2.4–3.1 s in
 * the request on the reference machine, so 500 rows answer in about 1.5 s. The API
 * ({@code /api/v1/reports/sanctions.pdf}) always answers with the PDF itself.
 * @param maxPdfEmployees the most employees one monthly recap PDF may list: the job
 * renders the whole document in memory, and the regency's root unit (15,000 employees)
 * ran the 512 MB heap out of memory while a 1,962-person OPD rendered fine. A bigger unit
 * is refused with a message naming its size, never cut short.
 */
@ConfigurationProperties("siapel.reports")
public record ReportJobProperties(@DefaultValue("300") int inlinePdfEmployees, @DefaultValue("500") int inlinePdfRows,
		@DefaultValue("3000") int maxPdfEmployees) {
}
