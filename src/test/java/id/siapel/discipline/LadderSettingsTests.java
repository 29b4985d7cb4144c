package id.siapel.discipline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.RollCallMarking;
import id.siapel.attendance.Session;
import id.siapel.attendance.SubmitRollCall;
import id.siapel.employee.EmployeeInput;
import id.siapel.employee.EmployeeService;
import id.siapel.employee.EmploymentType;
import id.siapel.employee.PersonName;
import id.siapel.employee.PositionKind;
import id.siapel.employee.Sex;
import id.siapel.organization.UnitView;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import id.siapel.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sanction-ladder settings (product.md §2): a new PPPK ladder version applies to a
 * year whose last absence falls on or after its effective date and not before; the
 * non-ASN threshold changes the contract evaluation; a ladder with a gap or an overlap is
 * refused with form errors and saves nothing; the PNS ladder of PP 94/2021 is read-only.
 * Works in February 2023 and removes its versions afterwards.
 */
@SiapelIntegrationTest
class LadderSettingsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	RollCallMarking marking;

	@Autowired
	EmployeeService employees;

	@Autowired
	JdbcClient jdbc;

	UnitView opd;

	@BeforeEach
	void anOpd() {
		this.clock.set(LocalDateTime.of(2023, 2, 1, 9, 0));
		this.opd = this.fixtures.opd("Dinas Tangga Uji");
	}

	@AfterEach
	void shippedLaddersAgain() {
		this.jdbc.sql("delete from sanction_ladder where created_by <> 'system'").update();
		this.clock.reset();
	}

	@Test
	void aNewPppkLadderAppliesToAbsencesFromItsEffectiveDateAndNotBefore() throws Exception {
		String before = employee(EmploymentType.PPPK, "Rina Wati");
		String after = employee(EmploymentType.PPPK, "Sari Dewi");
		MockHttpSession hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
		// From 13 February 2023 (a future date on 1 February): three days are a written
		// reprimand, six a termination.
		this.mvc.perform(pppk(hr, "2023-02-13", false)).andExpect(redirectedUrl("/discipline/rules/ladders"));
		for (int day = 6; day <= 8; day++) {
			unexcused(before, LocalDate.of(2023, 2, day));
		}
		for (int day = 14; day <= 16; day++) {
			unexcused(after, LocalDate.of(2023, 2, day));
		}
		this.clock.set(LocalDateTime.of(2023, 2, 20, 9, 0));
		standing(before).andExpect(jsonPath("$.totalDays").value(3))
			.andExpect(jsonPath("$.recommendation.sanction").value("ORAL_REPRIMAND"));
		standing(after).andExpect(jsonPath("$.totalDays").value(3))
			.andExpect(jsonPath("$.recommendation.sanction").value("WRITTEN_REPRIMAND"))
			.andExpect(jsonPath("$.recommendation.legalBasis").value("Perbup Uji 7/2023 Pasal 5"))
			.andExpect(jsonPath("$.nextThreshold.days").value(6));
		this.mvc.perform(get("/discipline/rules/ladders").session(hr))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Perbup Uji 7/2023")))
			.andExpect(content().string(containsString("Hanya dibaca: tangga ini adalah PP 94/2021 sendiri")));
	}

	@Test
	void theNonAsnThresholdChangesTheContractEvaluation() throws Exception {
		String contract = employee(EmploymentType.NON_ASN, "Tono Sugiarto");
		for (int day = 6; day <= 10; day++) {
			unexcused(contract, LocalDate.of(2023, 2, day));
		}
		this.clock.set(LocalDateTime.of(2023, 2, 20, 9, 0));
		standing(contract).andExpect(jsonPath("$.totalDays").value(5))
			.andExpect(jsonPath("$.recommendation.level").value("NONE"));
		MockHttpSession hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
		this.mvc.perform(get("/discipline/rules/non-asn/new").session(hr))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"20\"")));
		this.mvc
			.perform(post("/discipline/rules/non-asn/new").session(hr)
				.with(csrf())
				.param("effectiveFrom", "2023-01-01")
				.param("daysAbove", "4")
				.param("legalSource", "Perbup Uji 8/2023 tentang Pegawai Non-ASN")
				.param("confirmPast", "true"))
			.andExpect(redirectedUrl("/discipline/rules/ladders"));
		standing(contract).andExpect(jsonPath("$.recommendation.sanction").value("CONTRACT_NOT_RENEWED"));
		this.mvc.perform(get("/discipline/rules/ladders").session(hr))
			.andExpect(content().string(containsString("jika TK lebih dari 4 hari")));
	}

	@Test
	void aLadderWithAGapOrAnOverlapGivesFormErrorsAndSavesNothing() throws Exception {
		MockHttpSession hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
		int ladders = ladders();
		this.mvc
			.perform(ladder(hr, "2023-03-01",
					new String[][] { { "3", "3", "LIGHT" }, { "5", "10", "MODERATE" }, { "11", "", "SEVERE" } }))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tangga sanksi belum benar")))
			.andExpect(content()
				.string(containsString("Ada celah: 4–4 hari tidak tercakup di antara anak tangga 1 dan 2")));
		this.mvc
			.perform(ladder(hr, "2023-03-01",
					new String[][] { { "3", "6", "LIGHT" }, { "5", "10", "MODERATE" }, { "11", "", "SEVERE" } }))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Anak tangga 2 tumpang-tindih dengan anak tangga 1")));
		this.mvc.perform(ladder(hr, "2023-03-01", new String[][] { { "0", "6", "SEVERE" }, { "7", "", "LIGHT" } }))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Isi 1 sampai 366 hari.")))
			.andExpect(content().string(containsString("Tingkat anak tangga 2 lebih ringan daripada anak tangga 1")));
		this.mvc
			.perform(ladder(hr, "2023-03-01",
					new String[][] { { "3", "", "LIGHT" }, { "4", "", "SEVERE", "SANKSI_1", "" } }))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Isi batas atas; hanya anak tangga terakhir")))
			.andExpect(content().string(containsString("Isi nama sanksi.")));
		assertThat(ladders()).isEqualTo(ladders);
		// PP 94/2021 cannot be edited here.
		long pns = this.jdbc.sql("select id from sanction_ladder where code = 'PNS'").query(Long.class).list().get(0);
		this.mvc.perform(get("/discipline/rules/ladders/{id}/edit", pns).session(hr)).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/discipline/rules/ladders/{id}/delete", pns).session(hr).with(csrf()).param("version", "0"))
			.andExpect(redirectedUrl("/discipline/rules/ladders"));
		assertThat(ladders()).isEqualTo(ladders);
	}

	private MockHttpServletRequestBuilder pppk(MockHttpSession session, String from, boolean confirm) {
		return ladder(session, from,
				new String[][] { { "1", "2", "LIGHT", "ORAL_REPRIMAND", "Teguran lisan" },
						{ "3", "5", "LIGHT", "WRITTEN_REPRIMAND", "Teguran tertulis" },
						{ "6", "", "SEVERE", "CONTRACT_TERMINATION", "Pemutusan hubungan perjanjian kerja" } })
			.param("confirmPast", String.valueOf(confirm));
	}

	/**
	 * A ladder of rungs {from, to, level[, sanction, label]} with the other fields filled
	 * in.
	 */
	private MockHttpServletRequestBuilder ladder(MockHttpSession session, String from, String[][] rungs) {
		MockHttpServletRequestBuilder request = post("/discipline/rules/ladders/pppk/new").session(session)
			.with(csrf())
			.param("effectiveFrom", from)
			.param("name", "Disiplin PPPK Kabupaten Uji")
			.param("legalSource", "Perbup Uji 7/2023")
			.param("consecutiveDays", "10")
			.param("consecutive.level", "SEVERE")
			.param("consecutive.sanction", "CONTRACT_TERMINATION")
			.param("consecutive.label", "Pemutusan hubungan perjanjian kerja")
			.param("consecutive.legalBasis", "PP 49/2018 Pasal 53 ayat (2) huruf b")
			.param("consecutive.authority", "REGENT");
		for (int i = 0; i < rungs.length; i++) {
			String path = "steps[" + i + "].";
			request.param(path + "minDays", rungs[i][0])
				.param(path + "maxDays", rungs[i][1])
				.param(path + "level", rungs[i][2])
				.param(path + "sanction", (rungs[i].length > 3) ? rungs[i][3] : "SANKSI_" + i)
				.param(path + "label", (rungs[i].length > 4) ? rungs[i][4] : "Sanksi " + (i + 1))
				.param(path + "legalBasis", "Perbup Uji 7/2023 Pasal " + (i + 4))
				.param(path + "authority", "REGENT");
		}
		return request;
	}

	private int ladders() {
		return this.jdbc.sql("select count(*) from sanction_ladder").query(Integer.class).single();
	}

	private String employee(EmploymentType type, String name) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String number = (type == EmploymentType.NON_ASN) ? "HON-" + random.nextInt(100000, 999999)
				: String.format(Locale.ROOT, "%04d%02d%02d2021211%03d", 1975 + random.nextInt(20),
						1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1, 1000));
		return this.fixtures.as("bkpsdm",
				() -> this.employees.create(new EmployeeInput(number, PersonName.parse(name), Sex.F, type, null,
						"Penata Layanan Operasional", PositionKind.EXECUTOR, null, LocalDate.of(2021, 3, 1),
						this.opd.code(), LocalDate.of(2021, 3, 1))));
	}

	/** Unexcused at both roll calls of a day. */
	private void unexcused(String nip, LocalDate day) {
		this.clock.set(day.atTime(17, 0));
		for (Session session : Session.values()) {
			this.fixtures.as("bkpsdm", () -> this.marking.submit(new SubmitRollCall(this.opd.code(), day, session, null,
					null, List.of(new SubmitRollCall.Mark(nip, AttendanceStatus.UNEXCUSED, null, null, null)))));
		}
	}

	private ResultActions standing(String nip) throws Exception {
		return this.mvc.perform(
				get("/api/v1/discipline/{nip}", nip).param("year", "2023").with(httpBasic("bkpsdm", DEMO_PASSWORD)));
	}

}
