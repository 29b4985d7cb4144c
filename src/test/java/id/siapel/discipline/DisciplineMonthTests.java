package id.siapel.discipline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.siapel.attendance.AttendanceStatus;
import id.siapel.attendance.RollCallMarking;
import id.siapel.attendance.Session;
import id.siapel.attendance.SubmitRollCall;
import id.siapel.job.Jobs;
import id.siapel.organization.UnitView;
import id.siapel.shared.SqlArrays;
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
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * {@code discipline_month} (V75, what the recaps read for whole months) kept current by
 * every writer of {@code discipline_day}: after sheet saves over two months, a correction
 * that turns a full day into a single session and clears another, and the recount job
 * after a counting rule dated in the past, it equals the counted days summed per
 * employee, month and unit, and those days equal a full recount from the records, made
 * here independently of the code that keeps them. Works in April and May 2024 and removes
 * its rule version afterwards, as {@link RuleRecountJobTests} does.
 */
@SiapelIntegrationTest
class DisciplineMonthTests {

	static final LocalDate CHANGE = LocalDate.of(2024, 5, 1);

	static final LocalDateTime SAVED_AT = LocalDateTime.of(2024, 5, 6, 9, 0);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	RollCallMarking marking;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DisciplineRebuild rebuild;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Jobs jobs;

	UnitView opd;

	List<String> staff;

	List<Long> ids;

	@BeforeEach
	void anOpdWithStaff() {
		this.clock.set(LocalDateTime.of(2024, 4, 1, 9, 0));
		this.opd = this.fixtures.opd("Dinas Rekap Bulanan");
		this.staff = this.fixtures.employees(this.opd.code(), 5, LocalDate.of(2015, 1, 2));
		this.ids = this.jdbc.sql("select id from employee where nip in (:nips)")
			.param("nips", this.staff)
			.query(Long.class)
			.list();
	}

	@AfterEach
	void shippedRulesAgain() {
		this.jdbc.sql("delete from discipline_rule_set where created_by <> 'system'").update();
		this.clock.set(LocalDateTime.of(2024, 5, 31, 20, 0));
		this.transactions.executeWithoutResult((tx) -> this.rebuild.rebuild(LocalDate.of(2024, 4, 1),
				LocalDate.of(2024, 5, 31), ZonedDateTime.now(this.clock)));
		this.clock.reset();
	}

	@Test
	void monthlySumsEqualAFullRecountAfterSavesACorrectionAndARuleRecount() throws Exception {
		// 29 and 30 April, 2 and 3 May 2024 (1 May is Labour Day).
		LocalDate apr29 = LocalDate.of(2024, 4, 29);
		LocalDate apr30 = LocalDate.of(2024, 4, 30);
		LocalDate may2 = LocalDate.of(2024, 5, 2);
		LocalDate may3 = LocalDate.of(2024, 5, 3);
		sheet(apr29, Session.MORNING, marks(0, 3, AttendanceStatus.UNEXCUSED, null));
		sheet(apr29, Session.EVENING, marks(0, 2, AttendanceStatus.UNEXCUSED, null));
		sheet(apr30, Session.MORNING, marks(0, 5, AttendanceStatus.LATE, 35));
		sheet(apr30, Session.EVENING, marks(3, 5, AttendanceStatus.EARLY_LEAVE, 20));
		sheet(may2, Session.MORNING, marks(1, 4, AttendanceStatus.UNEXCUSED, null));
		sheet(may2, Session.EVENING, marks(1, 2, AttendanceStatus.UNEXCUSED, null));
		sheet(may3, Session.MORNING, marks(2, 5, AttendanceStatus.LATE, 90));
		assertThat(kept()).isEqualTo(recounted()).isNotEmpty();

		// A correction: employee 0 was there in the morning of 29 April (a single
		// session now), employee 2 all day (the day no longer counts at all).
		List<SubmitRollCall.Mark> corrected = new ArrayList<>(marks(0, 1, AttendanceStatus.PRESENT, null));
		corrected.addAll(marks(1, 2, AttendanceStatus.UNEXCUSED, null));
		corrected.addAll(marks(2, 3, AttendanceStatus.PRESENT, null));
		sheet(apr29, Session.MORNING, corrected);
		assertThat(kept()).isEqualTo(recounted());
		assertThat(kept()).doesNotContainKey(this.ids.get(this.staff.indexOf(this.staff.get(2))) + " 2024-04-01");

		// A counting rule from 1 May on: the job counts May again with 240 minutes for
		// a single session.
		this.clock.set(SAVED_AT);
		MockHttpSession hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
		this.mvc
			.perform(post("/discipline/rules/counting/new").session(hr)
				.with(csrf())
				.param("effectiveFrom", CHANGE.toString())
				.param("singleSessionMinutes", "240")
				.param("minutesPerDay", "450")
				.param("earlyWarningStreak", "3")
				.param("legalBasis", "Perbup Uji 10/2024")
				.param("confirmPast", "true"))
			.andExpect(redirectedUrl("/discipline/rules"));
		Map<String, String> before = kept();
		assertThat(this.jobs.runPendingNow()).isPositive();
		Map<String, String> after = kept();
		assertThat(after).isEqualTo(recounted()).isNotEqualTo(before);

		// And the whole-range rebuild (the demo load) gives the same rows.
		this.transactions.executeWithoutResult((tx) -> this.rebuild.rebuild(LocalDate.of(2024, 4, 1),
				SAVED_AT.toLocalDate(), SAVED_AT.atZone(this.clock.getZone())));
		assertThat(kept()).isEqualTo(after);
	}

	/** Marks of the staff from {@code from} (inclusive) to {@code to} (exclusive). */
	private List<SubmitRollCall.Mark> marks(int from, int to, AttendanceStatus status, Integer minutes) {
		List<SubmitRollCall.Mark> marks = new ArrayList<>();
		for (String nip : this.staff.subList(from, to)) {
			marks.add(new SubmitRollCall.Mark(nip, status, minutes, null, null));
		}
		return marks;
	}

	private void sheet(LocalDate day, Session session, List<SubmitRollCall.Mark> marks) {
		this.clock.set(day.atTime(17, 0));
		this.fixtures.as("bkpsdm", () -> this.marking
			.submit(new SubmitRollCall(this.opd.code(), day, session, null, "Koreksi BKPSDM atas laporan OPD", marks)));
	}

	/** discipline_month as kept, one line per employee, month and unit. */
	private Map<String, String> kept() {
		return lines("""
				select employee_id || ' ' || month || ' ' || unit_id, full_days || ' ' || minutes
				from discipline_month where employee_id = any(:ids)""");
	}

	/**
	 * The same from the records: each day counted from its two roll calls (PP 94/2021,
	 * Perban BKN 6/2022: TK at both is a full day, TK at one the single-session minutes
	 * of the rules in force that day, lateness and early leave their minutes), summed per
	 * month and unit.
	 */
	private Map<String, String> recounted() {
		return lines(
				"""
						select d.employee_id || ' ' || date_trunc('month', d.day)::date || ' ' || d.unit_id,
						    count(*) filter (where d.tk = 2) || ' ' ||
						    sum(case when d.tk = 2 then 0 else d.late + case when d.tk = 1 then s.single_session_minutes else 0 end end)
						from (
						    select employee_id, day, max(unit_id) as unit_id, count(*) filter (where status = 'UNEXCUSED') as tk,
						        coalesce(sum(minutes) filter (where status in ('LATE', 'EARLY_LEAVE')), 0) as late
						    from attendance_record where employee_id = any(:ids) group by employee_id, day) d
						cross join lateral (select single_session_minutes from discipline_rule_set
						    where effective_from <= d.day order by effective_from desc limit 1) s
						where d.tk > 0 or d.late > 0
						group by d.employee_id, date_trunc('month', d.day), d.unit_id""");
	}

	private Map<String, String> lines(String sql) {
		Map<String, String> lines = new HashMap<>();
		this.jdbc.sql(sql).param("ids", SqlArrays.bigints(this.ids)).query((rs) -> {
			lines.put(rs.getString(1), rs.getString(2));
		});
		return lines;
	}

}
