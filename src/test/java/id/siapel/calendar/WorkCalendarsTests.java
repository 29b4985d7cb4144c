package id.siapel.calendar;

import java.time.LocalDate;
import java.util.List;

import id.siapel.organization.UnitView;
import id.siapel.organization.Units;
import id.siapel.organization.WorkPattern;
import id.siapel.testsupport.Fixtures;
import id.siapel.testsupport.SiapelIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link WorkCalendars#current()} on PostgreSQL: one snapshot while nothing changes, and
 * every committed change (days, units, work patterns, settings, also written by another
 * instance) visible to the very next call.
 */
@SiapelIntegrationTest
class WorkCalendarsTests {

	/** A Wednesday that is a working day in the national list. */
	static final LocalDate WEDNESDAY = LocalDate.of(2025, 10, 15);

	@Autowired
	WorkCalendars calendars;

	@Autowired
	CalendarDays days;

	@Autowired
	MonitoringPeriods periods;

	@Autowired
	Units units;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theSameSnapshotServesEveryCallWhileNothingChanges() {
		WorkCalendar first = this.calendars.current();
		assertThat(this.calendars.current()).isSameAs(first);
		assertThat(first.general().isWorkingDay(LocalDate.of(2025, 4, 8))).isTrue();
		assertThat(first.general().day(LocalDate.of(2025, 3, 31)).names())
			.containsExactly("Hari Raya Idul Fitri 1446 H");
	}

	@Test
	void aChangedDayIsVisibleToTheVeryNextCall() {
		UnitView dinas = this.fixtures.opd("Dinas Hari Jadi");
		UnitView bidang = this.fixtures.unit(dinas.code(), "Bidang Hari Jadi",
				id.siapel.organization.UnitKind.DIVISION);
		UnitView other = this.fixtures.opd("Dinas Tetangga");
		assertThat(this.calendars.current().forUnit(dinas.id()).isWorkingDay(WEDNESDAY)).isTrue();

		SpecialDay added = this.fixtures.as("bkpsdm",
				() -> this.days
					.add(DayInput.of(WEDNESDAY, DayKind.REGIONAL_HOLIDAY, "Hari Jadi Dinas", List.of(dinas.code())))
					.get(0));
		WorkCalendar next = this.calendars.current();
		assertThat(next.forUnit(dinas.id()).isWorkingDay(WEDNESDAY)).isFalse();
		assertThat(next.forUnit(bidang.id()).isWorkingDay(WEDNESDAY)).isFalse();
		assertThat(next.forUnit(other.id()).isWorkingDay(WEDNESDAY)).isTrue();

		this.fixtures.as("bkpsdm", () -> {
			this.days.delete(added.id(), added.version());
			return null;
		});
		assertThat(this.calendars.current().forUnit(dinas.id()).isWorkingDay(WEDNESDAY)).isTrue();
	}

	@Test
	void aNewUnitAndAChangedWorkPatternAreVisibleToTheNextCall() {
		this.calendars.current();
		UnitView created = this.fixtures.opd("Satuan Polisi Pamong Praja Uji");
		UnitCalendar fiveDays = this.calendars.current().forUnit(created.id());
		LocalDate saturday = LocalDate.of(2025, 4, 12);
		assertThat(fiveDays.isWorkingDay(saturday)).isFalse();

		this.fixtures.as("bkpsdm", () -> this.units.update(created.code(),
				new Units.UnitChanges(created.name(), created.kind(), this.fixtures.root().code(), WorkPattern.SIX_DAY),
				created.version()));
		UnitCalendar sixDays = this.calendars.current().forUnit(created.id());
		assertThat(sixDays.workPattern()).isEqualTo(WorkPattern.SIX_DAY);
		assertThat(sixDays.isWorkingDay(saturday)).isTrue();
	}

	@Test
	void aChangeCommittedByAnotherInstanceIsVisibleToo() {
		UnitView dinas = this.fixtures.opd("Dinas Instansi Lain");
		this.calendars.current();
		// What another application instance does: insert the day and move the revision,
		// in
		// one transaction, straight in the database.
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			long id = this.jdbc.sql("""
					insert into calendar_day (day, kind, name, all_units, created_at, updated_at)
					values (:day, 'REGIONAL_HOLIDAY', 'Libur dari instans lain', false, now(), now())
					returning id""").param("day", WEDNESDAY).query(Long.class).single();
			this.jdbc.sql("insert into calendar_day_unit (calendar_day_id, unit_id) values (:day, :unit)")
				.param("day", id)
				.param("unit", dinas.id())
				.update();
			this.jdbc.sql("update calendar_revision set revision = nextval('calendar_revision_seq') where id = 1")
				.update();
		});
		assertThat(this.calendars.current().forUnit(dinas.id()).isWorkingDay(WEDNESDAY)).isFalse();
	}

	@Test
	void changesOfATransactionThatRollsBackAreNeverServedLater() {
		UnitView dinas = this.fixtures.opd("Dinas Batal");
		UnitView other = this.fixtures.opd("Dinas Tidak Terkena");
		this.calendars.current();
		this.fixtures.as("bkpsdm", () -> {
			new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
				this.days
					.add(DayInput.of(WEDNESDAY, DayKind.REGIONAL_HOLIDAY, "Akan dibatalkan", List.of(dinas.code())));
				WorkCalendar inside = this.calendars.current();
				assertThat(inside.forUnit(dinas.id()).isWorkingDay(WEDNESDAY)).as("inside the writing transaction")
					.isFalse();
				assertThat(inside.forUnit(other.id()).isWorkingDay(WEDNESDAY)).as("restricted to its unit").isTrue();
				status.setRollbackOnly();
			});
			return null;
		});
		assertThat(this.calendars.current().forUnit(dinas.id()).isWorkingDay(WEDNESDAY)).isTrue();
	}

	@Test
	void monitoringPeriodsAreVisibleToTheNextCall() {
		LocalDate day = LocalDate.of(2031, 3, 3);
		MonitoringPeriodView period = this.fixtures.as("bkpsdm",
				() -> this.periods.create(new MonitoringPeriods.PeriodInput("Pemantauan uji " + System.nanoTime(),
						MonitoringKind.OTHER, day, day.plusDays(2), "800/1/SETDA/2031", day.minusDays(3))));
		assertThat(this.calendars.current().monitoringPeriodsOn(day.plusDays(1))).contains(period);
		this.fixtures.as("bkpsdm", () -> {
			this.periods.delete(period.id(), null);
			return null;
		});
		assertThat(this.calendars.current().monitoringPeriodsOn(day.plusDays(1))).doesNotContain(period);
	}

}
