package id.siapel.discipline;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.RollCallMarking;
import id.siapel.attendance.Session;
import id.siapel.attendance.SubmitRollCall;
import id.siapel.organization.UnitView;
import id.siapel.security.NewUser;
import id.siapel.security.Role;
import id.siapel.security.UserAccounts;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inspection pages as BKPSDM uses them without JavaScript and with htmx: the roster
 * of the OPD on that day with what the sheet says, form errors in Indonesian (future day,
 * day off, someone of another OPD, an unknown NIP), the redirect to the list after
 * saving, the list filtered by OPD; a unit head gets 403.
 */
@SiapelIntegrationTest
class InspectionPageTests {

	static final LocalDate DAY = LocalDate.of(2025, 2, 4);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	RollCallMarking marking;

	@Autowired
	UserAccounts accounts;

	UnitView opd;

	String present;

	String absent;

	MockHttpSession hr;

	@BeforeEach
	void bkpsdmLoggedIn() throws Exception {
		this.clock.set(DAY.atTime(9, 0));
		this.opd = this.fixtures.opd("Dinas Halaman Sidak");
		this.present = this.fixtures.employee(this.opd.code(), "Eka Lestari", LocalDate.of(2015, 1, 2));
		this.absent = this.fixtures.employee(this.opd.code(), "Fikri Haikal", LocalDate.of(2015, 1, 2));
		this.fixtures.as("bkpsdm",
				() -> this.marking.submit(new SubmitRollCall(this.opd.code(), DAY, Session.MORNING, null, null,
						List.of(new SubmitRollCall.Mark(this.absent, AttendanceStatus.UNEXCUSED, null, null, null)))));
		this.clock.set(DAY.atTime(10, 0));
		this.hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void theRosterShowsWhatTheSheetSaysAndHtmxGetsOnlyTheFragment() throws Exception {
		this.mvc
			.perform(get("/inspections/new").param("unitCode", this.opd.code())
				.param("day", DAY.toString())
				.param("session", "MORNING")
				.session(this.hr))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Catat sidak"), containsString("Eka Lestari"),
					containsString(this.present), containsString("Tanpa keterangan"), containsString("Hadir"))));
		this.mvc
			.perform(get("/inspections/roster").param("unitCode", this.opd.code())
				.param("day", DAY.toString())
				.param("session", "MORNING")
				.param("q", "fikri")
				.header("HX-Request", "true")
				.session(this.hr))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Fikri Haikal"), not(containsString("Eka Lestari")),
					not(containsString("data-layout-marker")))));
		this.mvc
			.perform(get("/inspections/roster").param("unitCode", this.opd.code())
				.param("day", "2025-02-01")
				.param("session", "MORNING")
				.header("HX-Request", "true")
				.session(this.hr))
			.andExpect(content().string(containsString("bukan hari kerja")));
	}

	@Test
	void badInputIsShownOnTheFormInIndonesian() throws Exception {
		UnitView elsewhere = this.fixtures.opd("Dinas Halaman Sidak Lain");
		String stranger = this.fixtures.employee(elsewhere.code(), "Gilang Ramadhan", LocalDate.of(2015, 1, 2));
		this.mvc
			.perform(post("/inspections/new").param("unitCode", this.opd.code())
				.param("day", "2025-02-05")
				.param("session", "MORNING")
				.param("inspectorKind", "INSPECTORATE")
				.param("inspector", "Inspektur Daerah")
				.with(csrf())
				.session(this.hr))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tanggal sidak tidak boleh di masa depan.")));
		this.mvc
			.perform(post("/inspections/new").param("unitCode", this.opd.code())
				.param("day", "2025-01-29")
				.param("session", "MORNING")
				.param("inspectorKind", "INSPECTORATE")
				.param("inspector", "Inspektur Daerah")
				.with(csrf())
				.session(this.hr))
			.andExpect(content().string(containsString("bukan hari kerja OPD ini")));
		this.mvc
			.perform(post("/inspections/new").param("unitCode", this.opd.code())
				.param("day", DAY.toString())
				.param("session", "MORNING")
				.param("inspectorKind", "INSPECTORATE")
				.param("inspector", "")
				.param("absentNips", this.present)
				.param("typedNips", stranger + ", 199001012015011999")
				.with(csrf())
				.session(this.hr))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Isikan nama dan jabatan pelaksana sidak"),
					containsString("Pegawai " + stranger + " bukan pegawai Dinas Halaman Sidak pada tanggal sidak."),
					containsString("NIP 199001012015011999 tidak terdaftar."))));
		this.mvc.perform(post("/inspections/new").param("day", "kemarin").with(csrf()).session(this.hr))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tanggal tidak valid.")));
	}

	@Test
	void aSavedInspectionRedirectsToTheListWhichFiltersByOpd() throws Exception {
		this.mvc
			.perform(post("/inspections/new").param("unitCode", this.opd.code())
				.param("day", DAY.toString())
				.param("time", "08:15")
				.param("session", "MORNING")
				.param("inspectorKind", "HR")
				.param("inspector", "Tim BKPSDM")
				.param("absentNips", this.present, this.absent)
				.with(csrf())
				.session(this.hr))
			.andExpect(redirectedUrl("/inspections"))
			.andExpect(flash().attribute("success", "inspection.saved"));
		this.mvc.perform(get("/inspections").param("unit", this.opd.code()).session(this.hr))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tim BKPSDM"), containsString("Eka Lestari"),
					containsString("ditandai"), containsString("Selasa, 4 Februari 2025"))));
		this.mvc
			.perform(get("/inspections").param("unit", this.opd.code()).param("from", "2025-02-05").session(this.hr))
			.andExpect(content().string(containsString("Belum ada sidak dengan saringan ini.")));
		this.mvc.perform(get("/").session(this.hr)).andExpect(content().string(containsString("/inspections")));
	}

	@Test
	void aUnitHeadGets403() throws Exception {
		String username = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(username, "kepala-sidak-halaman", "Kepala Dinas Halaman Sidak",
				Set.of(Role.UNIT_HEAD), this.opd.code()));
		MockHttpSession head = Logins.login(this.mvc, username, "kepala-sidak-halaman");
		this.mvc.perform(get("/inspections").session(head)).andExpect(status().isForbidden());
		this.mvc.perform(get("/inspections/new").session(head)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/inspections/new").param("unitCode", this.opd.code())
				.param("day", DAY.toString())
				.param("session", "MORNING")
				.param("inspectorKind", "HR")
				.param("inspector", "Saya")
				.with(csrf())
				.session(head))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/").session(head)).andExpect(content().string(not(containsString("nav-inspections"))));
	}

}
