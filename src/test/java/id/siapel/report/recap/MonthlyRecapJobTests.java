package id.siapel.report.recap;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import id.siapel.job.Jobs;
import id.siapel.organization.UnitView;
import id.siapel.report.PemdaProfileView;
import id.siapel.report.PemdaProfiles;
import id.siapel.security.UserAccounts;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.TestClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The monthly recap PDF off the request path (issue 15): a unit of more than
 * {@code siapel.reports.inline-pdf-employees} (5 here) employees is queued as a job whose
 * file holds every employee; the unit scope is checked when the job is queued and the
 * file goes to its owner only. A past month's PDF is kept and served again until a sheet
 * of that month or the letterhead changes; the current month is never kept.
 */
@SiapelIntegrationTest
@TestPropertySource(properties = { "siapel.reports.inline-pdf-employees=5", "siapel.audit.inline-export-lines=5",
		"siapel.reports.inline-pdf-rows=20", "siapel.reports.max-pdf-employees=20" })
class MonthlyRecapJobTests {

	static final String APRIL = "2025-04";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Jobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PemdaProfiles pemda;

	RecapDataSet data;

	MockHttpSession hr;

	@BeforeEach
	void aHandMadeWeek() throws Exception {
		this.data = new RecapDataSet(this.mvc, this.fixtures, this.clock, this.accounts);
		this.hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	/**
	 * A unit too big for one document (20 here, 3,000 by default: the regency's 15,000
	 * ran a 512 MB heap out of memory and the job was taken up again and again) is
	 * refused with its size named, and no job is queued.
	 */
	@Test
	void aUnitTooBigForOneDocumentIsRefusedWithItsSizeAndNoJob() throws Exception {
		UnitView huge = this.fixtures.opd("Dinas Rekap Terlalu Besar");
		this.fixtures.employees(huge.code(), 21, LocalDate.of(2020, 1, 2));
		long before = this.jdbc.sql("select count(*) from background_job").query(Long.class).single();
		this.mvc
			.perform(get("/reports/recap/monthly.pdf").param("unit", huge.code())
				.param("month", APRIL.toString())
				.session(this.hr))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("21 pegawai")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("paling banyak memuat 20")));
		assertThat(this.jdbc.sql("select count(*) from background_job").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aBigUnitsPdfIsQueuedAsAJobWhoseFileHoldsEveryEmployee() throws Exception {
		UnitView big = this.fixtures.opd("Dinas Rekap Besar");
		List<String> nips = this.fixtures.employees(big.code(), 12, LocalDate.of(2020, 1, 2));
		long job = queued(this.hr, big, APRIL);
		assertThat(state(job)).as("nothing rendered in the request").isEqualTo("QUEUED");
		assertThat(kept(big)).isZero();
		assertThat(this.jobs.runPendingNow()).isPositive();
		assertThat(state(job)).isEqualTo("DONE");
		MvcResult file = this.mvc.perform(get("/jobs/" + job + "/download").session(this.hr))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn();
		String text = text(file.getResponse().getContentAsByteArray());
		assertThat(text).contains("Dinas Rekap Besar", "April 2025");
		for (String nip : nips) {
			assertThat(text).contains(nip);
		}
		// A past month: the job kept its document, and the next print is served from it.
		assertThat(kept(big)).isOne();
		this.mvc
			.perform(get("/reports/recap/monthly.pdf").session(this.hr).param("unit", big.code()).param("month", APRIL))
			.andExpect(status().isOk());
		assertThat(this.jobs.runPendingNow()).as("no second job").isZero();
		// The job page shows it with its download link.
		String page = this.mvc.perform(get("/jobs/" + job).session(this.hr))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Rekap bulanan PDF", "/jobs/" + job + "/download");
	}

	@Test
	void aUnitHeadCannotQueueAnotherUnitsPdfNorDownloadAnotherUsersJobFile() throws Exception {
		UnitView big = this.fixtures.opd("Dinas Rekap Besar Lain");
		this.fixtures.employees(big.code(), 8, LocalDate.of(2020, 1, 2));
		MockHttpSession head = Logins.login(this.mvc, this.data.headOfA, RecapDataSet.HEAD_PASSWORD);
		long before = this.jdbc.sql("select count(*) from background_job").query(Long.class).single();
		this.mvc
			.perform(get("/reports/recap/monthly.pdf").session(head).param("unit", big.code()).param("month", APRIL))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from background_job").query(Long.class).single()).isEqualTo(before);
		long job = queued(this.hr, big, APRIL);
		this.jobs.runPendingNow();
		this.mvc.perform(get("/jobs/" + job + "/download").session(head)).andExpect(status().isNotFound());
		this.mvc.perform(get("/jobs/" + job).session(head)).andExpect(status().isNotFound());
	}

	@Test
	void aPastMonthIsKeptUntilASheetOfThatMonthOrTheLetterheadChanges() throws Exception {
		String unit = this.data.opdA.code();
		byte[] first = print(unit, APRIL);
		assertThat(kept(this.data.opdA)).isOne();
		assertThat(text(first)).contains("Dibuat 2 Mei 2025 10.00").doesNotContain("Dicetak 2 Mei");

		// A day later: the same document, made on 2 May.
		this.clock.set(LocalDateTime.of(2025, 5, 3, 10, 0));
		assertThat(print(unit, APRIL)).isEqualTo(first);

		// A sheet of May (another month) leaves April's document alone.
		sheet(unit, LocalDate.of(2025, 5, 2), "MORNING", null, "PRESENT");
		assertThat(print(unit, APRIL)).isEqualTo(first);

		// A correction of an April sheet makes the next print new.
		sheet(unit, LocalDate.of(2025, 4, 10), "MORNING", "Koreksi: salah ketik", "SICK");
		byte[] corrected = print(unit, APRIL);
		assertThat(corrected).isNotEqualTo(first);
		assertThat(text(corrected)).contains("Dibuat 3 Mei 2025 10.00");
		assertThat(print(unit, APRIL)).isEqualTo(corrected);

		// So does a change of the letterhead.
		PemdaProfileView before = this.pemda.current();
		try {
			update(before, before.address() + " (baru)");
			byte[] letterhead = print(unit, APRIL);
			assertThat(letterhead).isNotEqualTo(corrected);
			assertThat(text(letterhead)).contains(before.address() + " (baru)");
		}
		finally {
			update(before, before.address());
		}
		assertThat(kept(this.data.opdA)).isOne();
	}

	@Test
	void theCurrentMonthIsNeverKept() throws Exception {
		this.clock.set(LocalDateTime.of(2025, 4, 30, 17, 0));
		byte[] first = print(this.data.opdA.code(), APRIL);
		assertThat(text(first)).contains("Dicetak 30 April 2025 17.00");
		assertThat(kept(this.data.opdA)).isZero();
	}

	private long queued(MockHttpSession session, UnitView unit, String month) throws Exception {
		String location = this.mvc
			.perform(
					get("/reports/recap/monthly.pdf").session(session).param("unit", unit.code()).param("month", month))
			.andExpect(status().isSeeOther())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		assertThat(location).matches("/jobs/[0-9]+");
		return Long.parseLong(location.substring("/jobs/".length()));
	}

	private byte[] print(String unit, String month) throws Exception {
		return this.mvc
			.perform(get("/reports/recap/monthly.pdf").session(this.hr).param("unit", unit).param("month", month))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private void sheet(String unit, LocalDate day, String session, String reason, String status) throws Exception {
		String body = "{" + ((reason != null) ? "\"reason\": \"" + reason + "\", " : "")
				+ "\"records\": [{\"nip\": \"%s\", \"status\": \"%s\"}]}".formatted(this.data.a2, status);
		LocalDateTime now = this.clock.instant().atZone(this.clock.getZone()).toLocalDateTime();
		if (reason == null) {
			this.clock.set(day.atTime(17, 0));
		}
		try {
			this.mvc
				.perform(put("/api/v1/roll-calls/%s/%s/%s".formatted(unit, day, session))
					.with(httpBasic("bkpsdm", DEMO_PASSWORD))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andExpect(status().isOk());
		}
		finally {
			this.clock.set(now);
		}
	}

	private void update(PemdaProfileView values, String address) {
		this.fixtures.as("admin", () -> {
			this.pemda.update(new PemdaProfileView(values.regionName(), values.officeName(), address, values.contact(),
					values.city(), values.regentTitle(), values.secretaryName(), values.secretaryNip(),
					values.secretaryTitle(), values.secretaryDesignation(), values.secretaryRank(), false,
					this.pemda.current().version()));
			return null;
		});
	}

	private String state(long job) {
		return this.jdbc.sql("select state from background_job where id = :id")
			.param("id", job)
			.query(String.class)
			.single();
	}

	private long kept(UnitView unit) {
		return this.jdbc.sql("select count(*) from report_cache where unit_id = :unit")
			.param("unit", unit.id())
			.query(Long.class)
			.single();
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
