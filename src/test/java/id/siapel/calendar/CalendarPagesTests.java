package id.siapel.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import id.siapel.organization.UnitKind;
import id.siapel.organization.UnitView;
import id.siapel.security.NewUser;
import id.siapel.security.Role;
import id.siapel.security.UserAccounts;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.Logins;
import id.siapel.testsupport.SiapelIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar pages as users see them: the year view within scope, the day form with its
 * errors and optimistic locking, dispensations, the CSV import, monitoring periods with
 * the Pilkada 2024 template and the home-page banner, and the administrator's working
 * hours.
 */
@SiapelIntegrationTest
class CalendarPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserAccounts accounts;

	@Autowired
	CalendarDays days;

	@Autowired
	MonitoringPeriods periods;

	@Autowired
	WorkCalendars calendars;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void theYearViewShowsTheShippedDaysToEveryone() throws Exception {
		MockHttpSession sekda = Logins.loginAsDemo(this.mvc, "sekda");
		String page = this.mvc.perform(get("/calendar/2025").session(sekda))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("\\s+", " ");
		assertThat(page).contains("Kalender kerja 2025")
			.contains("data-date=\"2025-04-08\" data-kind=\"WORKING\" data-working=\"true\" data-apel=\"true\"")
			.contains("title=\"Libur nasional: Hari Raya Idul Fitri 1446 H\" data-date=\"2025-03-31\" "
					+ "data-kind=\"NATIONAL_HOLIDAY\" data-working=\"false\"")
			.contains("<a href=\"#d-2025-03-31\">31</a>")
			.contains("id=\"d-2025-03-31\"")
			.contains("Senin, 31 Maret 2025")
			.contains("Hari Raya Idul Fitri 1446 H")
			.doesNotContain("/calendar/days/new");
		this.mvc.perform(get("/calendar").session(sekda))
			.andExpect(redirectedUrl("/calendar/" + LocalDate.now(this.clock).getYear()));
		this.mvc.perform(get("/calendar/2025").param("lang", "en").session(sekda))
			.andExpect(content().string(containsString("Eid al-Fitr (day 1)")));
		this.mvc.perform(get("/calendar/2025").param("lang", "id").session(sekda)).andExpect(status().isOk());
		this.mvc.perform(get("/calendar/1999").session(sekda)).andExpect(status().isNotFound());
	}

	@Test
	void aUnitHeadReadsAnyUnitsCalendarButChangesNothing() throws Exception {
		UnitView mine = this.fixtures.opd("Dinas Tahunan Saya");
		UnitView sub = this.fixtures.unit(mine.code(), "Bidang Tahunan Saya", UnitKind.DIVISION);
		UnitView theirs = this.fixtures.opd("Dinas Tahunan Lain");
		String head = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(new NewUser(head, "kepala-tahunan-uji", "Kepala", Set.of(Role.UNIT_HEAD), mine.code()));
		MockHttpSession session = Logins.login(this.mvc, head, "kepala-tahunan-uji");
		this.mvc.perform(get("/calendar/2025").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(mine.code())));
		this.mvc.perform(get("/calendar/2025").param("unit", sub.code()).session(session)).andExpect(status().isOk());
		// Read by every role (api.md, Calendar), e.g. to see when a neighbouring OPD
		// works.
		this.mvc.perform(get("/calendar/2025").param("unit", theirs.code()).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(theirs.code())));
		this.mvc.perform(get("/calendar/days/new").session(session)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/calendar/days/new").session(session)
				.with(csrf())
				.param("date", "2032-07-01")
				.param("kind", "REGIONAL_HOLIDAY")
				.param("name", "Tidak boleh"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/calendar/import").session(session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/calendar/settings").session(session)).andExpect(status().isForbidden());
	}

	@Test
	void hrAddsChangesAndDeletesADayThroughTheForm() throws Exception {
		UnitView dinas = this.fixtures.opd("Dinas Formulir Kalender");
		MockHttpSession hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
		this.mvc.perform(get("/calendar/days/new").param("unit", dinas.code()).session(hr))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tambah hari libur")));
		this.mvc
			.perform(post("/calendar/days/new").session(hr)
				.with(csrf())
				.param("date", "2032-07-01")
				.param("kind", "REGIONAL_HOLIDAY")
				.param("name", "")
				.param("unitCodes", dinas.code()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Isi nama hari libur atau dispensasi.")));
		this.mvc
			.perform(post("/calendar/days/new").session(hr)
				.with(csrf())
				.param("date", "2032-07-01")
				.param("kind", "REGIONAL_HOLIDAY")
				.param("name", "Hari Jadi Dinas Formulir")
				.param("instrument", "Keputusan Bupati 12/2032")
				.param("unitCodes", dinas.code()))
			.andExpect(redirectedUrl("/calendar/2032?unit=" + dinas.code()))
			.andExpect(flash().attribute("success", "calendar.day.added"));
		SpecialDay day = this.days.between(LocalDate.of(2032, 7, 1), LocalDate.of(2032, 7, 1))
			.stream()
			.filter((d) -> d.name().equals("Hari Jadi Dinas Formulir"))
			.findFirst()
			.orElseThrow();
		assertThat(this.calendars.current().forUnit(dinas.id()).isWorkingDay(day.date())).isFalse();

		this.mvc
			.perform(post("/calendar/days/new").session(hr)
				.with(csrf())
				.param("date", "2032-07-01")
				.param("kind", "REGIONAL_HOLIDAY")
				.param("name", "Dobel")
				.param("unitCodes", dinas.code()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sudah ada hari berjenis sama")));
		this.mvc
			.perform(post("/calendar/days/new").session(hr)
				.with(csrf())
				.param("date", "tanggal")
				.param("kind", "REGIONAL_HOLIDAY")
				.param("name", "Salah"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tanggal tidak valid.")));

		this.mvc.perform(get("/calendar/days/" + day.id() + "/edit").session(hr))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hari Jadi Dinas Formulir")));
		this.mvc
			.perform(post("/calendar/days/" + day.id() + "/edit").session(hr)
				.with(csrf())
				.param("date", "2032-07-02")
				.param("kind", "REGIONAL_HOLIDAY")
				.param("name", "Hari Jadi Dinas Formulir (diubah)")
				.param("unitCodes", dinas.code())
				.param("version", String.valueOf(day.version())))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/calendar/days/" + day.id() + "/edit").session(hr)
				.with(csrf())
				.param("date", "2032-07-03")
				.param("kind", "REGIONAL_HOLIDAY")
				.param("name", "Perubahan basi")
				.param("version", String.valueOf(day.version())))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Data sudah diubah orang lain")));
		SpecialDay changed = this.days.get(day.id());
		assertThat(changed.date()).isEqualTo(LocalDate.of(2032, 7, 2));
		this.mvc
			.perform(post("/calendar/days/" + day.id() + "/delete").session(hr)
				.with(csrf())
				.param("version", String.valueOf(changed.version())))
			.andExpect(redirectedUrl("/calendar/2032"));
		assertThat(this.calendars.current().forUnit(dinas.id()).isWorkingDay(LocalDate.of(2032, 7, 2))).isTrue();
		assertThat(this.jdbc
			.sql("select action from audit_entry where subject in ('2032-07-01', '2032-07-02') and actor = 'bkpsdm' "
					+ "order by id")
			.query(String.class)
			.list()).containsExactly("CALENDAR_DAY_ADDED", "CALENDAR_DAY_CHANGED", "CALENDAR_DAY_DELETED");
	}

	@Test
	void aDispensationWeekIsAddedListedAndDeleted() throws Exception {
		UnitView dinas = this.fixtures.opd("Dinas Dispensasi");
		MockHttpSession hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
		// Monday 19 to Sunday 25 July 2032: six days, the Sunday left out.
		this.mvc
			.perform(post("/calendar/days/new").session(hr)
				.with(csrf())
				.param("date", "2032-07-19")
				.param("until", "2032-07-25")
				.param("kind", "REMOTE_WORK")
				.param("name", "WFA uji")
				.param("instrument", "SE Bupati 800/9/2032")
				.param("unitCodes", dinas.code()))
			.andExpect(flash().attribute("successArgs", new Object[] { 6 }));
		// A second run overlapping the first on Friday 23 July is refused as a whole.
		this.mvc
			.perform(post("/calendar/days/new").session(hr)
				.with(csrf())
				.param("date", "2032-07-23")
				.param("until", "2032-07-27")
				.param("kind", "REMOTE_WORK")
				.param("name", "WFA kedua")
				.param("unitCodes", dinas.code()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pada 2032-07-23 sudah ada hari berjenis sama")));
		assertThat(this.days.ofKind(DayKind.REMOTE_WORK)).noneMatch((d) -> d.name().equals("WFA kedua"));
		UnitCalendar calendar = this.calendars.current().forUnit(dinas.id());
		assertThat(calendar.isWorkingDay(LocalDate.of(2032, 7, 20))).isTrue();
		assertThat(calendar.isApelDay(LocalDate.of(2032, 7, 20))).isFalse();
		this.mvc.perform(get("/calendar/dispensations").session(Logins.loginAsDemo(this.mvc, "sekda")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("WFA uji"), containsString("Senin, 19 Juli 2032"),
					containsString("Sabtu, 24 Juli 2032"), containsString("6 hari"))));
		List<Long> ids = this.days.ofKind(DayKind.REMOTE_WORK)
			.stream()
			.filter((d) -> d.name().equals("WFA uji"))
			.map(SpecialDay::id)
			.toList();
		assertThat(ids).hasSize(6);
		var delete = post("/calendar/dispensations/delete").session(hr).with(csrf());
		ids.forEach((id) -> delete.param("ids", String.valueOf(id)));
		this.mvc.perform(delete).andExpect(flash().attribute("successArgs", new Object[] { 6 }));
		assertThat(this.calendars.current().forUnit(dinas.id()).isApelDay(LocalDate.of(2032, 7, 20))).isTrue();
	}

	@Test
	void theImportPageListsEveryBadLineAndSavesNothing() throws Exception {
		MockHttpSession hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
		byte[] bad = """
				date,kind,name_id,name_en,source
				2034-01-01,NATIONAL_HOLIDAY,Tahun Baru 2034 Masehi,New Year,SKB
				2034-01-32,NATIONAL_HOLIDAY,Salah,,SKB
				2034-02-01,NATIONAL_HOLIDAY,,,SKB
				""".getBytes();
		this.mvc
			.perform(multipart("/calendar/import").file(new MockMultipartFile("file", "2034.csv", "text/csv", bad))
				.session(hr)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2 masalah ditemukan"),
					containsString("Tanggal &quot;2034-01-32&quot; tidak valid"),
					containsString("Isi nama hari libur atau dispensasi."))));
		assertThat(this.days.between(LocalDate.of(2034, 1, 1), LocalDate.of(2034, 12, 31))).isEmpty();
		byte[] good = """
				date,kind,name_id,name_en,source
				2034-01-01,NATIONAL_HOLIDAY,Tahun Baru 2034 Masehi,New Year,SKB uji
				""".getBytes();
		this.mvc
			.perform(multipart("/calendar/import").file(new MockMultipartFile("file", "2034.csv", "text/csv", good))
				.session(hr)
				.with(csrf()))
			.andExpect(redirectedUrl("/calendar"))
			.andExpect(flash().attribute("successArgs", new Object[] { 1, 0 }));
		assertThat(this.days.between(LocalDate.of(2034, 1, 1), LocalDate.of(2034, 12, 31))).hasSize(1);
		this.jdbc.sql("delete from calendar_day where extract(year from day) = 2034").update();
	}

	@Test
	void thePilkadaTemplateBuildsTheFourElectionPeriodsOnce() throws Exception {
		MockHttpSession hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
		this.mvc.perform(get("/monitoring-periods").session(hr))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Templat Pilkada Serentak 2024")));
		this.mvc
			.perform(post("/monitoring-periods/template/pilkada-2024").session(hr)
				.with(csrf())
				.param("circularNumber", "800.1.6/1234/SETDA/2024")
				.param("circularDate", "2024-09-20"))
			.andExpect(redirectedUrl("/monitoring-periods"));
		List<MonitoringPeriodView> pilkada = this.periods.all()
			.stream()
			.filter((p) -> p.name().startsWith("Pilkada 2024: "))
			.sorted(java.util.Comparator.comparing(MonitoringPeriodView::startDate)
				.thenComparing(MonitoringPeriodView::endDate))
			.toList();
		assertThat(pilkada).extracting(MonitoringPeriodView::startDate, MonitoringPeriodView::endDate)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 9, 25), LocalDate.of(2024, 11, 23)),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 11, 24), LocalDate.of(2024, 11, 26)),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 11, 27), LocalDate.of(2024, 11, 27)),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 11, 27), LocalDate.of(2024, 12, 16)));
		assertThat(pilkada).allMatch((p) -> p.kind() == MonitoringKind.ELECTION)
			.allMatch((p) -> "800.1.6/1234/SETDA/2024".equals(p.circularNumber()))
			.allMatch((p) -> LocalDate.of(2024, 9, 20).equals(p.circularDate()));
		this.mvc.perform(post("/monitoring-periods/template/pilkada-2024").session(hr).with(csrf()))
			.andExpect(flash().attribute("successArgs", new Object[] { 0 }));
		assertThat(this.calendars.current().monitoringPeriodsOn(LocalDate.of(2024, 11, 25)))
			.extracting(MonitoringPeriodView::name)
			.contains("Pilkada 2024: Masa tenang");
		this.mvc
			.perform(post("/monitoring-periods/template/pilkada-2024").session(Logins.loginAsDemo(this.mvc, "sekda"))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theCircularIsNotClaimedForTheSekdaAndBothElectionTemplatesAreOffered() throws Exception {
		MockHttpSession hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
		String name = "Pasca Lebaran uji " + UUID.randomUUID().toString().substring(0, 6);
		MonitoringPeriodView period = this.fixtures
			.as("bkpsdm",
					() -> this.periods.create(new MonitoringPeriods.PeriodInput(name, MonitoringKind.POST_HOLIDAY,
							LocalDate.of(2031, 4, 1), LocalDate.of(2031, 4, 4), "800.1.6/12/BKPSDM/2031",
							LocalDate.of(2031, 3, 28))));
		try {
			this.mvc.perform(get("/monitoring-periods").session(hr))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Nomor dan tanggal surat edaran"),
						containsString("800.1.6/12/BKPSDM/2031"), containsString("Templat Pilkada Serentak 2024"),
						containsString("Templat Pemilu 2024 (Pileg/Pilpres)"),
						containsString("/monitoring-periods/template/pemilu-2024"), not(containsString("(SE) Sekda")),
						not(containsString("edaran Sekda")))));
			this.mvc.perform(get("/monitoring-periods/{id}/edit", period.id()).session(hr))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Nomor surat edaran (SE)"),
						containsString("Tanggal surat edaran"), not(containsString("SE) Sekda")))));
		}
		finally {
			this.fixtures.as("bkpsdm", () -> {
				this.periods.delete(period.id(), null);
				return null;
			});
		}
	}

	@Test
	void deletingAPeriodAsksForConfirmationWithoutScript() throws Exception {
		MockHttpSession hr = Logins.loginAsDemo(this.mvc, "bkpsdm");
		String name = "Hapus uji " + UUID.randomUUID().toString().substring(0, 6);
		MonitoringPeriodView period = this.fixtures.as("bkpsdm",
				() -> this.periods.create(new MonitoringPeriods.PeriodInput(name, MonitoringKind.OTHER,
						LocalDate.of(2031, 5, 5), LocalDate.of(2031, 5, 6), null, null)));
		long version = this.periods.get(period.id()).version();
		this.mvc.perform(get("/monitoring-periods/{id}/edit", period.id()).session(hr))
			.andExpect(content().string(containsString("href=\"/monitoring-periods/" + period.id() + "/delete\"")));
		// A bare POST does not delete: it lands on the confirmation page.
		this.mvc
			.perform(post("/monitoring-periods/{id}/delete", period.id()).session(hr)
				.with(csrf())
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/monitoring-periods/" + period.id() + "/delete"));
		assertThat(this.periods.all()).extracting(MonitoringPeriodView::id).contains(period.id());
		this.mvc.perform(get("/monitoring-periods/{id}/delete", period.id()).session(hr))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(name), containsString("Ya, hapus"),
					containsString("name=\"confirmed\" value=\"true\""), not(containsString("onclick")),
					not(containsString("confirm(")))));
		this.mvc
			.perform(get("/monitoring-periods/{id}/delete", period.id()).session(Logins.loginAsDemo(this.mvc, "sekda")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/monitoring-periods/{id}/delete", period.id()).session(hr)
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("confirmed", "true"))
			.andExpect(redirectedUrl("/monitoring-periods"))
			.andExpect(flash().attribute("success", "monitoring.deleted"));
		assertThat(this.periods.all()).extracting(MonitoringPeriodView::id).doesNotContain(period.id());
	}

	@Test
	void aUnitHeadsHomePageShowsTheActivePeriodAndItsCircular() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		String name = "Pemantauan hari ini " + UUID.randomUUID().toString().substring(0, 6);
		MonitoringPeriodView period = this.fixtures.as("bkpsdm",
				() -> this.periods.create(new MonitoringPeriods.PeriodInput(name, MonitoringKind.POST_HOLIDAY,
						today.minusDays(1), today.plusDays(1), "800/77/SETDA", today.minusDays(2))));
		try {
			UnitView mine = this.fixtures.opd("Dinas Beranda");
			String head = "kepala-" + UUID.randomUUID().toString().substring(0, 8);
			this.accounts
				.create(new NewUser(head, "kepala-beranda-uji", "Kepala", Set.of(Role.UNIT_HEAD), mine.code()));
			this.mvc.perform(get("/").session(Logins.login(this.mvc, head, "kepala-beranda-uji")))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-testid=\"monitoring-banner\""),
						containsString(name), containsString("Surat edaran 800/77/SETDA tanggal"))));
		}
		finally {
			this.fixtures.as("bkpsdm", () -> {
				this.periods.delete(period.id(), null);
				return null;
			});
		}
		this.mvc.perform(get("/").session(Logins.loginAsDemo(this.mvc, "sekda")))
			.andExpect(content().string(not(containsString(name))));
	}

	@Test
	void theAdministratorSetsWorkingHoursAndRamadan() throws Exception {
		MockHttpSession admin = Logins.loginAsDemo(this.mvc, "admin");
		this.mvc.perform(get("/calendar/settings").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("07.30–16.00"), containsString("07.30–16.30"),
					containsString("08.00–15.30"), containsString("Ramadan 1446 H"))));
		this.mvc.perform(get("/calendar/settings").session(Logins.loginAsDemo(this.mvc, "bkpsdm")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/calendar/settings/hours/new").session(admin)).andExpect(status().isOk());

		this.mvc.perform(hoursForm(admin, "07:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Jam pulang harus setelah jam masuk.")));
		this.mvc.perform(hoursForm(admin, "16:00")).andExpect(redirectedUrl("/calendar/settings"));
		WorkCalendar calendar = this.calendars.current();
		assertThat(calendar.hoursOn(LocalDate.of(2099, 1, 5)).start()).isEqualTo(java.time.LocalTime.of(8, 0));
		assertThat(calendar.apelTimesOn(LocalDate.of(2099, 1, 5)).morningCutoff())
			.isEqualTo(java.time.LocalTime.of(9, 30));
		assertThat(calendar.hoursOn(LocalDate.of(2098, 12, 29)).start()).isEqualTo(java.time.LocalTime.of(7, 30));
		HoursRule rule = calendar.schedule().ruleOn(LocalDate.of(2099, 1, 5));
		this.mvc
			.perform(post("/calendar/settings/hours/" + rule.id() + "/delete").session(admin)
				.with(csrf())
				.param("version", String.valueOf(rule.version())))
			.andExpect(redirectedUrl("/calendar/settings"));
		assertThat(this.calendars.current().hoursOn(LocalDate.of(2099, 1, 5)).start())
			.isEqualTo(java.time.LocalTime.of(7, 30));

		this.mvc
			.perform(post("/calendar/settings/ramadan").session(admin)
				.with(csrf())
				.param("name", "Ramadan tumpang tindih")
				.param("startDate", "2025-03-15")
				.param("endDate", "2025-04-10"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("bertumpang tindih dengan Ramadan 1446 H")));
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where action in ('WORKING_HOURS_ADDED', "
					+ "'WORKING_HOURS_DELETED') and actor = 'admin'")
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

	/**
	 * A new rule from 2099 on: work 08.00 to mondayEnd on Mondays, 08.00–16.00 otherwise.
	 */
	private MockHttpServletRequestBuilder hoursForm(MockHttpSession admin, String mondayEnd) {
		MockHttpServletRequestBuilder form = post("/calendar/settings/hours/new").session(admin)
			.with(csrf())
			.param("effectiveFrom", "2099-01-01")
			.param("morningCutoffMinutes", "90")
			.param("eveningCutoffMinutes", "30")
			.param("note", "Perbup uji");
		String[] weekdays = { "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY" };
		for (int i = 0; i < weekdays.length; i++) {
			form.param("days[" + i + "].day", weekdays[i])
				.param("days[" + i + "].start", "08:00")
				.param("days[" + i + "].end", (i == 0) ? mondayEnd : "16:00")
				.param("days[" + i + "].ramadanStart", "08:30")
				.param("days[" + i + "].ramadanEnd", "15:00");
		}
		return form;
	}

}
