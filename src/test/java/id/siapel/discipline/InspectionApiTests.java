package id.siapel.discipline;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Inspections (sidak) through {@code /api/v1/inspections} on PostgreSQL: someone found
 * absent whom the sheet marks present raises {@code INSPECTION_MISMATCH} (and one marked
 * TK does not); correcting the sheet to TK withdraws it as other flags are withdrawn; a
 * sheet submitted after the inspection is compared too; bad input is a 422 listing every
 * problem; only BKPSDM and administrators record, a unit head gets 403.
 */
@SiapelIntegrationTest
class InspectionApiTests {

	static final String HEAD_PASSWORD = "kepala-sidak-uji";

	/** Tuesday 4 February 2025, a working day. */
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

	String unexcused;

	String other;

	String head;

	@BeforeEach
	void anOpdWhoseApelPagiMarksOnePresentAndOneUnexcused() {
		this.clock.set(DAY.atTime(9, 0));
		this.opd = this.fixtures.opd("Dinas Sidak Uji");
		this.present = this.fixtures.employee(this.opd.code(), "Agus Salim", LocalDate.of(2015, 1, 2));
		this.unexcused = this.fixtures.employee(this.opd.code(), "Bella Safira", LocalDate.of(2015, 1, 2));
		this.other = this.fixtures.employee(this.opd.code(), "Cahyo Utomo", LocalDate.of(2015, 1, 2));
		this.head = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(
				new NewUser(this.head, HEAD_PASSWORD, "Kepala Dinas Sidak", Set.of(Role.UNIT_HEAD), this.opd.code()));
		submit(Session.MORNING, null,
				new SubmitRollCall.Mark(this.unexcused, AttendanceStatus.UNEXCUSED, null, null, null));
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	@Test
	void someoneFoundAbsentWhomTheSheetMarksPresentIsFlaggedAndACorrectionToTkWithdrawsIt() throws Exception {
		this.clock.set(DAY.atTime(10, 0));
		record(this.opd.code(), DAY, "MORNING", List.of(this.present, this.unexcused)).andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/inspections/")))
			.andExpect(jsonPath("$.unitCode").value(this.opd.code()))
			.andExpect(jsonPath("$.inspector").value("REGENT"))
			.andExpect(jsonPath("$.inspectorName").value("Bupati bersama Inspektur Daerah"))
			.andExpect(jsonPath("$.recordedBy").value("bkpsdm"))
			.andExpect(jsonPath("$.absentees", hasSize(2)))
			.andExpect(jsonPath("$.absentees[?(@.nip == '%s')].mismatch", this.present).value(hasItem(true)))
			.andExpect(
					jsonPath("$.absentees[?(@.nip == '%s')].sheetStatus", this.unexcused).value(hasItem("UNEXCUSED")));

		awaitFlags(this.present, 1).andExpect(jsonPath("$[0].date").value(DAY.toString()))
			.andExpect(jsonPath("$[0].detail", containsString("Bupati bersama Inspektur Daerah")))
			.andExpect(jsonPath("$[0].severity").value("HIGH"));
		flags(this.unexcused).andExpect(jsonPath("$", hasSize(0)));

		// The OPD head corrects the sheet: he was not there after all.
		this.clock.set(DAY.atTime(11, 0));
		submit(Session.MORNING, "Hasil sidak Bupati",
				new SubmitRollCall.Mark(this.present, AttendanceStatus.UNEXCUSED, null, null, null));
		awaitFlags(this.present, 0);
		this.mvc
			.perform(get("/api/v1/flags").param("kind", "INSPECTION_MISMATCH")
				.param("nip", this.present)
				.param("withdrawn", "true")
				.with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].withdrawn").value(true));

		this.mvc
			.perform(get("/api/v1/inspections").param("from", DAY.toString())
				.param("to", DAY.toString())
				.param("unit", this.opd.code())
				.with(httpBasic("sekda", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", "1"))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].absentees[*].nip", containsInAnyOrder(this.present, this.unexcused)))
			.andExpect(jsonPath("$[0].absentees[*].mismatch", containsInAnyOrder(false, false)));
		this.mvc
			.perform(get("/api/v1/inspections").param("from", DAY.plusDays(1).toString())
				.param("unit", this.opd.code())
				.with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void anInspectionBeforeTheSheetIsSubmittedIsComparedWhenItIs() throws Exception {
		this.clock.set(DAY.atTime(16, 45));
		record(this.opd.code(), DAY, "EVENING", List.of(this.other)).andExpect(status().isCreated());
		flags(this.other).andExpect(jsonPath("$", hasSize(0)));
		this.clock.set(DAY.atTime(17, 0));
		submit(Session.EVENING, null);
		awaitFlags(this.other, 1);
	}

	@Test
	void badInputIsA422ListingEveryProblemInIndonesian() throws Exception {
		UnitView elsewhere = this.fixtures.opd("Dinas Sidak Lain");
		String stranger = this.fixtures.employee(elsewhere.code(), "Dedi Kurnia", LocalDate.of(2015, 1, 2));
		this.clock.set(DAY.atTime(10, 0));
		record(this.opd.code(), DAY, "MORNING", List.of(this.present, stranger, "199001012015011999"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[0].field").value("absentNips[1]"))
			.andExpect(jsonPath("$.errors[0].message", containsString("bukan pegawai Dinas Sidak Uji")))
			.andExpect(jsonPath("$.errors[1].field").value("absentNips[2]"))
			.andExpect(jsonPath("$.errors[1].message").value("NIP 199001012015011999 tidak terdaftar."));
		record(this.opd.code(), DAY.plusDays(1), "MORNING", List.of()).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("date"))
			.andExpect(jsonPath("$.errors[0].message").value("Tanggal sidak tidak boleh di masa depan."));
		// Saturday, and the day of Idul Fitri 1446 H.
		record(this.opd.code(), LocalDate.of(2025, 2, 1), "MORNING", List.of())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		this.clock.set(LocalDateTime.of(2025, 4, 10, 10, 0));
		record(this.opd.code(), LocalDate.of(2025, 3, 31), "MORNING", List.of())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("Idul Fitri")));
		this.clock.set(DAY.atTime(10, 0));
		this.mvc
			.perform(post("/api/v1/inspections").with(httpBasic("bkpsdm", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitCode\": \"TIDAKADA\", \"absentNips\": []}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field",
					containsInAnyOrder("unitCode", "date", "session", "time", "inspector", "inspectorName")));
		this.mvc.perform(post("/api/v1/inspections").with(httpBasic("bkpsdm", DEMO_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"unitCode\": \"%s\", \"date\": \"2025-02-04\", \"session\": \"MORNING\", \"inspector\": \"CAMAT\", \"inspectorName\": \"x\"}"
						.formatted(this.opd.code())))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/inspections").param("size", "0").with(httpBasic("bkpsdm", DEMO_PASSWORD)))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void aUnitHeadCanNeitherRecordNorListInspections() throws Exception {
		this.clock.set(DAY.atTime(10, 0));
		this.mvc
			.perform(post("/api/v1/inspections").with(httpBasic(this.head, HEAD_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(this.opd.code(), DAY, "MORNING", List.of(this.present))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/inspections").with(httpBasic(this.head, HEAD_PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/inspections").with(httpBasic("sekda", DEMO_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(this.opd.code(), DAY, "MORNING", List.of(this.present))))
			.andExpect(status().isForbidden());
		flags(this.present).andExpect(jsonPath("$", hasSize(0)));
	}

	private void submit(Session session, String reason, SubmitRollCall.Mark... marks) {
		this.fixtures.as("bkpsdm", () -> this.marking
			.submit(new SubmitRollCall(this.opd.code(), DAY, session, null, reason, List.of(marks))));
	}

	private ResultActions record(String unit, LocalDate day, String session, List<String> nips) throws Exception {
		return this.mvc.perform(post("/api/v1/inspections").with(httpBasic("bkpsdm", DEMO_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(unit, day, session, nips)));
	}

	private static String body(String unit, LocalDate day, String session, List<String> nips) {
		return """
				{"unitCode": "%s", "date": "%s", "session": "%s", "time": "08:15", "inspector": "REGENT",
				 "inspectorName": "Bupati bersama Inspektur Daerah", "absentNips": [%s]}""".formatted(unit, day,
				session, String.join(", ", nips.stream().map((n) -> "\"" + n + "\"").toList()));
	}

	private ResultActions flags(String nip) throws Exception {
		return this.mvc.perform(get("/api/v1/flags").param("kind", "INSPECTION_MISMATCH")
			.param("nip", nip)
			.with(httpBasic("bkpsdm", DEMO_PASSWORD)));
	}

	private ResultActions awaitFlags(String nip, int count) throws Exception {
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> flags(nip).andExpect(jsonPath("$", hasSize(count))));
		return flags(nip);
	}

}
