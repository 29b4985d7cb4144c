package id.siapel.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import id.siapel.shared.ExportGate;
import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every download of a file with names or NIPs is written to the audit trail as
 * {@code PERSONAL_DATA_EXPORTED}, with the file, its filters, its row count and its unit
 * (issue 14); and no more than {@code siapel.limits.concurrent-exports} exports are built
 * at once: one more is told to come back shortly.
 */
@SiapelIntegrationTest
class PersonalDataExportTests {

	static final String KIND = "PERSONAL_DATA_EXPORTED";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ExportGate gate;

	@Test
	void everyDownloadWithNamesOrNipsIsInTheAuditTrail() throws Exception {
		MockHttpSession hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
		for (String extension : List.of("csv", "xlsx")) {
			Map<String, Object> entry = downloaded(hr,
					get("/reports/recap/employees." + extension).param("unit", "DINKES")
						.param("from", "2025-04-01")
						.param("to", "2025-04-30"));
			assertThat(entry).containsEntry("actor", "bkpsdm")
				.containsEntry("subject", "rekap-pegawai_DINKES_2025-04-01_2025-04-30." + extension)
				.containsEntry("unit_code", "DINKES");
			assertThat((String) entry.get("detail")).contains("unit: DINKES", "period: 2025-04-01 – 2025-04-30")
				.containsPattern("rows: [1-9][0-9]*");
		}

		Map<String, Object> monthly = downloaded(hr,
				get("/reports/recap/monthly.pdf").param("unit", "DINKES").param("month", "2025-04"));
		assertThat(monthly).containsEntry("subject", "rekap-bulanan_DINKES_2025-04.pdf")
			.containsEntry("unit_code", "DINKES");
		assertThat((String) monthly.get("detail")).contains("period: 2025-04").containsPattern("rows: [1-9][0-9]*");

		Map<String, Object> afterHoliday = downloaded(hr,
				get("/reports/after-holiday/pdf").param("year", "2025").param("block", "2025-03-28"));
		assertThat((String) afterHoliday.get("subject")).startsWith("kehadiran-setelah-libur-2025-");

		MockHttpSession admin = Logins.loginAsDemo(this.mvc, "admin");
		Map<String, Object> audit = downloaded(admin,
				get("/admin/audit/export.csv").param("unit", "DINKES").param("from", "2020-01-01"));
		assertThat(audit).containsEntry("actor", "admin").containsEntry("unit_code", "DINKES");
		assertThat((String) audit.get("subject")).startsWith("log-audit-").endsWith(".csv");
		assertThat((String) audit.get("detail")).contains("unit: DINKES", "period: 2020-01-01 – …")
			.containsPattern("rows: [0-9]+");
		assertThat(this.mvc.perform(get("/admin/audit").param("action", KIND).session(admin))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Berkas berisi data pribadi diunduh: log-audit-");
	}

	@Test
	void theRecapByOpdHoldsNoNamesAndIsNotAPersonalDataExport() throws Exception {
		long before = lastId();
		this.mvc
			.perform(get("/reports/recap.csv").param("from", "2025-04-01")
				.param("to", "2025-04-30")
				.session(Logins.loginAsDemo(this.mvc, "bkpsdm")))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where id > ? and action = ? and subject like 'rekap-opd%'",
				Integer.class, before, KIND))
			.isZero();
	}

	@Test
	void overTheConcurrentExportLimitADownloadIsAskedToComeBackLater() throws Exception {
		MockHttpSession hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
		int permits = this.gate.available();
		CountDownLatch holding = new CountDownLatch(permits);
		CountDownLatch release = new CountDownLatch(1);
		List<Thread> exports = new ArrayList<>();
		for (int i = 0; i < permits; i++) {
			Thread export = new Thread(() -> this.gate.run(() -> {
				holding.countDown();
				try {
					return release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return false;
				}
			}));
			export.start();
			exports.add(export);
		}
		try {
			assertThat(holding.await(10, TimeUnit.SECONDS)).as("every permit taken").isTrue();
			long before = lastId();
			this.mvc
				.perform(get("/reports/recap/employees.csv").param("from", "2025-04-01")
					.param("to", "2025-04-30")
					.session(hr))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "30"))
				.andExpect(content().string(containsString("Terlalu banyak unduhan laporan")));
			assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where id > ? and action = ?",
					Integer.class, before, KIND))
				.as("nothing was exported")
				.isZero();
		}
		finally {
			release.countDown();
			for (Thread export : exports) {
				export.join();
			}
		}
		this.mvc.perform(
				get("/reports/recap/employees.csv").param("from", "2025-04-01").param("to", "2025-04-30").session(hr))
			.andExpect(status().isOk());
	}

	/** Downloads and returns the audit entry the download wrote. */
	private Map<String, Object> downloaded(MockHttpSession session, MockHttpServletRequestBuilder request)
			throws Exception {
		long before = lastId();
		this.mvc.perform(request.session(session)).andExpect(status().isOk());
		List<Map<String, Object>> entries = this.jdbc.queryForList(
				"select actor, subject, detail, unit_code from audit_entry where id > ? and action = ?", before, KIND);
		assertThat(entries).hasSize(1);
		return entries.get(0);
	}

	private long lastId() {
		return this.jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
	}

}
