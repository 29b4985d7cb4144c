package id.siapel.report.board;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.RollCallMarking;
import id.siapel.attendance.Session;
import id.siapel.attendance.SubmitRollCall;
import id.siapel.attendance.SubmitRollCall.Mark;
import id.siapel.organization.UnitView;
import id.siapel.report.board.AfterHolidayView.Absentee;
import id.siapel.report.board.AfterHolidayView.OpdLine;
import id.siapel.security.NewUser;
import id.siapel.security.Role;
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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report after Lebaran 2025 (Idul Fitri 1446 H: cuti bersama from Friday 28 March,
 * Nyepi, Idul Fitri 31 March – 1 April, cuti bersama to Monday 7 April; Tuesday 8 April
 * the first working day), read on 22 April: an OPD of four where one was unexcused all
 * day and one sick, compared with an ordinary Tuesday on which everyone came; the PDF
 * read back; a unit head sees their own OPD only; bad choices get a message, not a 500.
 */
@SiapelIntegrationTest
class AfterHolidayTests {

	static final LocalDate LEBARAN_START = LocalDate.of(2025, 3, 28);

	static final LocalDate BACK = LocalDate.of(2025, 4, 8);

	static final String HEAD_PASSWORD = "kepala-lebaran-uji";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	AfterHolidayReport reports;

	@Autowired
	RollCallMarking marking;

	@Autowired
	UserAccounts accounts;

	UnitView opd;

	UnitView other;

	List<String> staff;

	String elsewhere;

	String head;

	@BeforeEach
	void lebaran2025() {
		LocalDate since = LocalDate.of(2018, 7, 1);
		this.opd = this.fixtures.opd("Dinas Setelah Lebaran");
		this.staff = List.of(this.fixtures.employee(this.opd.code(), "Lukman Hakim", since),
				this.fixtures.employee(this.opd.code(), "Maya Anggraeni", since),
				this.fixtures.employee(this.opd.code(), "Nanda Pratama", since),
				this.fixtures.employee(this.opd.code(), "Oki Setiawan", since));
		this.other = this.fixtures.opd("Dinas Lain Setelah Lebaran");
		this.elsewhere = this.fixtures.employee(this.other.code(), "Putri Rahayu", since);

		this.clock.set(LocalDateTime.of(2025, 4, 8, 9, 0));
		submit(this.opd, BACK, Session.MORNING, List.of(mark(0, AttendanceStatus.UNEXCUSED, "tidak ada kabar"),
				mark(1, AttendanceStatus.SICK, "surat dokter")));
		submit(this.other, BACK, Session.MORNING,
				List.of(new Mark(this.elsewhere, AttendanceStatus.UNEXCUSED, null, null, null)));
		this.clock.set(LocalDateTime.of(2025, 4, 8, 16, 30));
		submit(this.opd, BACK, Session.EVENING,
				List.of(mark(0, AttendanceStatus.UNEXCUSED, null), mark(1, AttendanceStatus.SICK, null)));
		this.clock.set(LocalDateTime.of(2025, 4, 15, 9, 0));
		submit(this.opd, LocalDate.of(2025, 4, 15), Session.MORNING, List.of());
		this.clock.set(LocalDateTime.of(2025, 4, 22, 18, 0));

		this.head = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(this.head, HEAD_PASSWORD, "Kepala Dinas Setelah Lebaran",
				Set.of(Role.UNIT_HEAD), this.opd.code()));
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void lebaranIsABlockOf2025AndTuesdayTheDayBack() {
		var blocks = this.fixtures.as("bkpsdm", () -> this.reports.blocks(2025));
		var lebaran = blocks.stream().filter((b) -> b.first().equals(LEBARAN_START)).findFirst().orElseThrow();
		assertThat(lebaran.last()).isEqualTo(LocalDate.of(2025, 4, 7));
		assertThat(lebaran.firstWorkingDay()).isEqualTo(BACK);
		assertThat(lebaran.length()).isEqualTo(11);
		assertThat(lebaran.names()).contains("Idul Fitri 1446 H").contains("Nyepi");
		// Plain weekends are no holiday blocks.
		assertThat(blocks).noneMatch((b) -> b.first().equals(LocalDate.of(2025, 4, 12)));
	}

	@Test
	void countsTheDayBackPerOpdAndPerEmployee() {
		AfterHolidayView report = this.fixtures.as("bkpsdm", () -> this.reports.report(2025, LEBARAN_START));
		assertThat(report.day()).isEqualTo(BACK);
		OpdLine line = line(report, this.opd);
		assertThat(line.day()).isEqualTo(BACK);
		assertThat(line.counts().total()).isEqualTo(4);
		assertThat(line.counts().recorded()).isEqualTo(4);
		assertThat(line.counts().present()).isEqualTo(2);
		assertThat(line.counts().unexcused()).isEqualTo(1);
		assertThat(line.counts().fullDayUnexcused()).isEqualTo(1);
		assertThat(line.counts().sick()).isEqualTo(1);
		assertThat(line.counts().permission()).isZero();
		assertThat(line.counts().leave()).isZero();
		assertThat(line.counts().rate()).isEqualTo(50.0);
		assertThat(line.ordinary().recorded()).isEqualTo(4);
		assertThat(line.ordinary().rate()).isEqualTo(100.0);
		assertThat(report.comparisonDays()).contains(LocalDate.of(2025, 4, 15), LocalDate.of(2025, 3, 25),
				LocalDate.of(2025, 4, 22));

		OpdLine otherLine = line(report, this.other);
		assertThat(otherLine.counts().total()).isEqualTo(1);
		assertThat(otherLine.counts().unexcused()).isEqualTo(1);
		assertThat(otherLine.counts().fullDayUnexcused()).isZero();

		List<Absentee> ours = report.absentees().stream().filter((a) -> a.opd().id() == this.opd.id()).toList();
		assertThat(ours).extracting(Absentee::nip).containsExactly(this.staff.get(0), this.staff.get(1));
		assertThat(ours.get(0).morning()).isEqualTo(AttendanceStatus.UNEXCUSED);
		assertThat(ours.get(0).evening()).isEqualTo(AttendanceStatus.UNEXCUSED);
		assertThat(ours.get(0).note()).isEqualTo("tidak ada kabar");
		assertThat(ours.get(1).morning()).isEqualTo(AttendanceStatus.SICK);
	}

	@Test
	void thePdfHasTheLetterheadTheDayAndTheNames() throws Exception {
		MockHttpSession session = Logins.login(this.mvc, "bkpsdm", DEMO_PASSWORD);
		byte[] pdf = this.mvc.perform(
				get("/reports/after-holiday/pdf").param("year", "2025").param("block", "2025-03-28").session(session))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Files.createDirectories(Path.of("target/test-documents"));
		Files.write(Path.of("target/test-documents/after-holiday.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Selasa, 8 April 2025")
				.contains("Dinas Setelah Lebaran")
				.contains("Lukman Hakim")
				.contains("Maya Anggraeni")
				.contains("Putri Rahayu")
				.contains(this.staff.get(0))
				.doesNotContain("Nanda Pratama");
		}
		this.mvc
			.perform(get("/reports/after-holiday").param("year", "2025").param("block", "2025-03-28").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Selasa, 8 April 2025")))
			.andExpect(content().string(containsString("Lukman Hakim")))
			.andExpect(content().string(containsString("TK – Tanpa keterangan")));
	}

	@Test
	void aUnitHeadSeesOnlyTheirOwnOpd() throws Exception {
		AfterHolidayView report = this.fixtures.as(this.head, () -> this.reports.report(2025, LEBARAN_START));
		assertThat(report.opds()).extracting((l) -> l.unit().code()).containsExactly(this.opd.code());
		assertThat(report.absentees()).extracting(Absentee::nip).doesNotContain(this.elsewhere);
		MockHttpSession session = Logins.login(this.mvc, this.head, HEAD_PASSWORD);
		byte[] pdf = this.mvc.perform(
				get("/reports/after-holiday/pdf").param("year", "2025").param("block", "2025-03-28").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Lukman Hakim")
				.doesNotContain("Putri Rahayu")
				.doesNotContain("Dinas Lain Setelah Lebaran");
		}
		this.mvc
			.perform(get("/reports/after-holiday").param("year", "2025").param("block", "2025-03-28").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Putri Rahayu"))));
	}

	@Test
	void badChoicesGetAMessage() throws Exception {
		MockHttpSession session = Logins.login(this.mvc, "bkpsdm", DEMO_PASSWORD);
		this.mvc
			.perform(get("/reports/after-holiday").param("year", "2025").param("block", "2025-03-29").session(session))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("tidak ada dalam kalender")));
		this.mvc.perform(get("/reports/after-holiday").param("year", "1800").session(session))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Tahun harus antara 2000 dan 2100")));
		this.mvc.perform(get("/reports/after-holiday").param("year", "2025").param("block", "kemarin").session(session))
			.andExpect(status().isBadRequest());
		this.mvc.perform(
				get("/reports/after-holiday/pdf").param("year", "2025").param("block", "2025-12-25").session(session))
			.andExpect(status().isUnprocessableContent());
	}

	private Mark mark(int index, AttendanceStatus status, String note) {
		return new Mark(this.staff.get(index), status, null, note, null);
	}

	private void submit(UnitView unit, LocalDate day, Session session, List<Mark> marks) {
		this.fixtures.as("bkpsdm",
				() -> this.marking.submit(new SubmitRollCall(unit.code(), day, session, null, null, marks)));
	}

	private static OpdLine line(AfterHolidayView report, UnitView unit) {
		return report.opds()
			.stream()
			.filter((l) -> l.unit().id() == unit.id())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no line for " + unit.code()));
	}

}
