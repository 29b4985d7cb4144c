package id.siapel.report.recap;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

import id.siapel.organization.UnitKind;
import id.siapel.organization.UnitView;
import id.siapel.security.NewUser;
import id.siapel.security.Role;
import id.siapel.security.UserAccounts;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.TestClock;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static id.siapel.testsupport.SiapelIntegrationTest.DEMO_PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A small hand-made week around Lebaran 2025 (Idul Fitri 31 March – 1 April, cuti bersama
 * 2–4 and 7 April, so Saturday 5 to Monday 7 April are not working days; Tuesday 8 April
 * the first working day): OPD A with a division, OPD B, four employees, both roll calls
 * of 8–11 April submitted through the API. Expected numbers, 5–11 April: <pre>
 *          H  T PC  I  S  C DL  TK  full  minutes         converted total
 * a1       4  3  1  .  .  .  .   .    0   200+100+180+30=510   1      1
 * a2       3  .  .  2  .  .  .   3    1   225 (TK at one)      0      1
 * a3 (div) 4  .  .  .  2  2  .   .    0   0                    0      0
 * b1       4  .  .  .  .  .  2   2    1   0                    0      1
 * </pre>
 */
final class RecapDataSet {

	static final LocalDate FROM = LocalDate.of(2025, 4, 5);

	static final LocalDate TO = LocalDate.of(2025, 4, 11);

	static final String HEAD_PASSWORD = "kepala-rekap-uji";

	final UnitView opdA;

	final UnitView division;

	final UnitView opdB;

	final String a1;

	final String a2;

	final String a3;

	final String b1;

	final String headOfA;

	RecapDataSet(MockMvc mvc, Fixtures fixtures, TestClock clock, UserAccounts accounts) throws Exception {
		clock.set(LocalDateTime.of(2025, 4, 8, 9, 0));
		this.opdA = fixtures.opd("Dinas Rekap Uji A");
		this.division = fixtures.unit(this.opdA.code(), "Bidang Rekap Uji", UnitKind.DIVISION);
		this.opdB = fixtures.opd("Dinas Rekap Uji B");
		LocalDate since = LocalDate.of(2020, 1, 2);
		this.a1 = fixtures.employee(this.opdA.code(), "Agus Rekap", since);
		this.a2 = fixtures.employee(this.opdA.code(), "Bambang Rekap", since);
		this.a3 = fixtures.employee(this.division.code(), "Citra Rekap", since);
		this.b1 = fixtures.employee(this.opdB.code(), "Dedi Rekap", since);
		this.headOfA = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(new NewUser(this.headOfA, HEAD_PASSWORD, "Kepala Dinas Rekap Uji A", Set.of(Role.UNIT_HEAD),
				this.opdA.code()));
		day(mvc, clock, 8, this.opdA,
				mark(this.a1, "LATE", 200) + "," + mark(this.a2, "UNEXCUSED", null) + "," + mark(this.a3, "SICK", null),
				mark(this.a1, "EARLY_LEAVE", 100) + "," + mark(this.a2, "UNEXCUSED", null) + ","
						+ mark(this.a3, "SICK", null));
		day(mvc, clock, 8, this.opdB, "", "");
		day(mvc, clock, 9, this.opdA, mark(this.a1, "LATE", 180) + "," + mark(this.a2, "UNEXCUSED", null) + ","
				+ mark(this.a3, "LEAVE", null), mark(this.a3, "LEAVE", null));
		day(mvc, clock, 9, this.opdB, mark(this.b1, "UNEXCUSED", null), mark(this.b1, "UNEXCUSED", null));
		day(mvc, clock, 10, this.opdA, "", "");
		day(mvc, clock, 10, this.opdB, mark(this.b1, "OFFICIAL_TRAVEL", null), mark(this.b1, "OFFICIAL_TRAVEL", null));
		day(mvc, clock, 11, this.opdA, mark(this.a1, "LATE", 30) + "," + mark(this.a2, "PERMISSION", null),
				mark(this.a2, "PERMISSION", null));
		day(mvc, clock, 11, this.opdB, "", "");
		// Read a week later: every day of the range has happened.
		clock.set(LocalDateTime.of(2025, 5, 2, 10, 0));
	}

	private static String mark(String nip, String status, Integer minutes) {
		return "{\"nip\": \"%s\", \"status\": \"%s\"%s}".formatted(nip, status,
				(minutes != null) ? ", \"minutes\": " + minutes : "");
	}

	private static void day(MockMvc mvc, TestClock clock, int dayOfMonth, UnitView unit, String morning, String evening)
			throws Exception {
		LocalDate day = LocalDate.of(2025, 4, dayOfMonth);
		clock.set(day.atTime(17, 0));
		sheet(mvc, unit, day, "MORNING", morning);
		sheet(mvc, unit, day, "EVENING", evening);
	}

	private static void sheet(MockMvc mvc, UnitView unit, LocalDate day, String session, String marks)
			throws Exception {
		mvc.perform(put("/api/v1/roll-calls/%s/%s/%s".formatted(unit.code(), day, session))
			.with(httpBasic("bkpsdm", DEMO_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 0, \"records\": [" + marks + "]}")).andExpect(status().isOk());
	}

}
