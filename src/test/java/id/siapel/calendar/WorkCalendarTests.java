package id.siapel.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static id.siapel.calendar.ReferenceCalendar.DINKES;
import static id.siapel.calendar.ReferenceCalendar.PEMDA;
import static id.siapel.calendar.ReferenceCalendar.PUSKESMAS;
import static id.siapel.calendar.ReferenceCalendar.RSUD;
import static id.siapel.calendar.ReferenceCalendar.SATPOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The calendar as plain Java, on the shipped 2023–2026 national list
 * (holidays-2023-2026.csv): working days, blocks of non-working days, and what the flags
 * need around Lebaran, bridge days and elections.
 */
class WorkCalendarTests {

	final WorkCalendar calendar = ReferenceCalendar.with();

	final UnitCalendar dinkes = this.calendar.forUnit(DINKES);

	@ParameterizedTest(name = "{0} is the first working day after Lebaran {1}")
	@CsvSource({ "2023-04-26, 1444 H", "2024-04-16, 1445 H", "2025-04-08, 1446 H", "2026-03-25, 1447 H" })
	void firstWorkingDayAfterLebaran(LocalDate day, String hijriYear) {
		assertThat(this.dinkes.isWorkingDay(day)).isTrue();
		assertThat(this.dinkes.isWorkingDay(day.minusDays(1))).isFalse();
		HolidayAdjacency adjacency = this.dinkes.adjacency(day);
		assertThat(adjacency.firstAfterHoliday()).isTrue();
		assertThat(adjacency.blockBefore()).isPresent();
		NonWorkingBlock block = adjacency.blockBefore().get();
		assertThat(block.last()).isEqualTo(day.minusDays(1));
		assertThat(block.containsHoliday()).isTrue();
		assertThat(block.names()).anyMatch((name) -> name.contains("Idul Fitri " + hijriYear));
		assertThat(this.dinkes.previousWorkingDay(day)).isEqualTo(block.first().minusDays(1));
	}

	@Test
	void lebaran2025BlockRunsFromNyepiCutiBersamaToTheMondayAfter() {
		LocalDate lastBefore = LocalDate.of(2025, 3, 27);
		HolidayAdjacency adjacency = this.dinkes.adjacency(lastBefore);
		assertThat(adjacency.lastBeforeHoliday()).isTrue();
		assertThat(adjacency.firstAfterHoliday()).isFalse();
		assertThat(adjacency.bridgeDay()).isFalse();
		NonWorkingBlock block = adjacency.blockAfter().orElseThrow();
		assertThat(block.first()).isEqualTo(LocalDate.of(2025, 3, 28));
		assertThat(block.last()).isEqualTo(LocalDate.of(2025, 4, 7));
		assertThat(block.length()).isEqualTo(11);
		assertThat(block.names()).containsExactly("Cuti Bersama Hari Suci Nyepi",
				"Hari Suci Nyepi Tahun Baru Saka 1947", "Hari Raya Idul Fitri 1446 H",
				"Cuti Bersama Idul Fitri 1446 H");
		assertThat(this.dinkes.nextWorkingDay(lastBefore)).isEqualTo(LocalDate.of(2025, 4, 8));
		assertThat(this.dinkes.previousWorkingDay(LocalDate.of(2025, 4, 8))).isEqualTo(lastBefore);
		assertThat(this.dinkes.blockContaining(LocalDate.of(2025, 4, 2))).contains(block);
	}

	@Test
	void electionDayAndTheAddedCutiBersamaAreNotWorkingDays() {
		CalendarDay pilkada = this.dinkes.day(LocalDate.of(2024, 11, 27));
		assertThat(pilkada.working()).isFalse();
		assertThat(pilkada.apelRequired()).isFalse();
		assertThat(pilkada.kinds()).containsExactly(DayKind.NATIONAL_HOLIDAY);
		assertThat(pilkada.names()).containsExactly("Hari Pemungutan Suara Pilkada Serentak 2024");
		CalendarDay independence80 = this.dinkes.day(LocalDate.of(2025, 8, 18));
		assertThat(independence80.working()).isFalse();
		assertThat(independence80.kinds()).containsExactly(DayKind.COLLECTIVE_LEAVE);
		assertThat(this.calendar.forUnit(RSUD).isWorkingDay(LocalDate.of(2025, 8, 18))).isFalse();
	}

	@Test
	void aSixDayUnitWorksOnSaturdayButNotOnAHolidaySaturday() {
		UnitCalendar rsud = this.calendar.forUnit(RSUD);
		LocalDate saturday = LocalDate.of(2025, 4, 12);
		assertThat(saturday.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
		assertThat(rsud.isWorkingDay(saturday)).isTrue();
		assertThat(rsud.isApelDay(saturday)).isTrue();
		assertThat(this.dinkes.isWorkingDay(saturday)).isFalse();
		assertThat(rsud.isWorkingDay(saturday.plusDays(1))).as("Sunday").isFalse();
		LocalDate nyepi = LocalDate.of(2025, 3, 29);
		assertThat(nyepi.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
		assertThat(rsud.isWorkingDay(nyepi)).isFalse();
		assertThat(rsud.isWorkingDay(LocalDate.of(2024, 2, 10))).as("Imlek 2575 on a Saturday").isFalse();
		assertThat(rsud.workPattern()).isEqualTo(id.siapel.organization.WorkPattern.SIX_DAY);
		assertThat(rsud.countWorkingDays(LocalDate.of(2025, 4, 7), LocalDate.of(2025, 4, 13))).isEqualTo(5);
		assertThat(this.dinkes.countWorkingDays(LocalDate.of(2025, 4, 7), LocalDate.of(2025, 4, 13))).isEqualTo(4);
	}

	@Test
	void aRegionalHolidayForOneUnitAppliesToItsSubUnitsOnly() {
		LocalDate anniversary = LocalDate.of(2025, 10, 15);
		WorkCalendar withRegional = ReferenceCalendar
			.with(SpecialDay.of(anniversary, DayKind.REGIONAL_HOLIDAY, "HUT Dinas Kesehatan", DINKES));
		assertThat(withRegional.forUnit(DINKES).isWorkingDay(anniversary)).isFalse();
		assertThat(withRegional.forUnit(PUSKESMAS).isWorkingDay(anniversary)).as("sub-unit").isFalse();
		assertThat(withRegional.forUnit(PUSKESMAS).day(anniversary).kinds()).containsExactly(DayKind.REGIONAL_HOLIDAY);
		assertThat(withRegional.forUnit(SATPOL).isWorkingDay(anniversary)).as("another unit").isTrue();
		assertThat(withRegional.forUnit(SATPOL).day(anniversary).kinds()).isEmpty();
		assertThat(withRegional.forUnit(RSUD).isWorkingDay(anniversary)).isTrue();
		assertThat(withRegional.forUnit(PEMDA).isWorkingDay(anniversary)).as("the unit above").isTrue();
		assertThat(withRegional.general().isWorkingDay(anniversary)).isTrue();
		assertThat(withRegional.forUnit(PUSKESMAS).adjacency(anniversary.plusDays(1)).firstAfterHoliday()).isTrue();
		assertThat(withRegional.forUnit(SATPOL).adjacency(anniversary.plusDays(1)).firstAfterHoliday()).isFalse();
	}

	@Test
	void aRegionalHolidayForThePemdaAppliesToEveryUnit() {
		LocalDate anniversary = LocalDate.of(2025, 9, 12);
		WorkCalendar withRegional = ReferenceCalendar
			.with(SpecialDay.of(anniversary, DayKind.REGIONAL_HOLIDAY, "Hari Jadi Kabupaten", PEMDA));
		for (long unit : List.of(PEMDA, DINKES, PUSKESMAS, RSUD, SATPOL)) {
			assertThat(withRegional.forUnit(unit).isWorkingDay(anniversary)).as("unit " + unit).isFalse();
		}
		assertThat(withRegional.general().isWorkingDay(anniversary)).isFalse();
	}

	@Test
	void aRemoteWorkDayIsAWorkingDayWithoutApel() {
		LocalDate wfa = LocalDate.of(2025, 3, 24);
		WorkCalendar withDispensation = ReferenceCalendar
			.with(SpecialDay.of(wfa, DayKind.REMOTE_WORK, "WFA menjelang Idul Fitri (SE MenPANRB 2/2025)"));
		UnitCalendar unit = withDispensation.forUnit(SATPOL);
		assertThat(unit.isWorkingDay(wfa)).isTrue();
		assertThat(unit.isApelDay(wfa)).isFalse();
		CalendarDay day = unit.day(wfa);
		assertThat(day.working()).isTrue();
		assertThat(day.apelRequired()).isFalse();
		assertThat(day.kinds()).containsExactly(DayKind.REMOTE_WORK);
		assertThat(unit.isApelDay(wfa.plusDays(1))).isTrue();
		assertThat(unit.countWorkingDays(wfa, wfa)).isEqualTo(1);
		assertThat(unit.adjacency(wfa).blockBefore()).isPresent();
		assertThat(DayKind.REMOTE_WORK.isDayOff()).isFalse();
		assertThat(DayKind.COLLECTIVE_LEAVE.isDayOff()).isTrue();
	}

	/**
	 * Hari kejepit from the data: Friday 19 May 2023 between Ascension Day (Thursday) and
	 * the weekend, and Monday 15 June 2026 between the weekend and 1 Muharam 1448 H
	 * (Tuesday).
	 */
	@ParameterizedTest
	@CsvSource({ "2023-05-19, false, true", "2026-06-15, true, false" })
	void bridgeDaysFromTheData(LocalDate day, boolean holidayAfter, boolean holidayBefore) {
		HolidayAdjacency adjacency = this.dinkes.adjacency(day);
		assertThat(this.dinkes.isWorkingDay(day)).isTrue();
		assertThat(adjacency.bridgeDay()).isTrue();
		assertThat(adjacency.lastBeforeHoliday()).isEqualTo(holidayAfter);
		assertThat(adjacency.firstAfterHoliday()).isEqualTo(holidayBefore);
	}

	@Test
	void cutiBersamaNextToAHolidayLeavesNoBridgeDay() {
		// Thu 1 Jun 2023 Pancasila, Fri 2 Jun cuti bersama Waisak: Friday is not a
		// working day.
		assertThat(this.dinkes.isWorkingDay(LocalDate.of(2023, 6, 2))).isFalse();
		assertThat(this.dinkes.adjacency(LocalDate.of(2023, 6, 2)).bridgeDay()).isFalse();
		NonWorkingBlock block = this.dinkes.blockContaining(LocalDate.of(2023, 6, 1)).orElseThrow();
		assertThat(block.first()).isEqualTo(LocalDate.of(2023, 6, 1));
		assertThat(block.last()).isEqualTo(LocalDate.of(2023, 6, 4));
		assertThat(this.dinkes.adjacency(LocalDate.of(2023, 5, 31)).lastBeforeHoliday()).isTrue();
		assertThat(this.dinkes.adjacency(LocalDate.of(2023, 6, 5)).firstAfterHoliday()).isTrue();
	}

	@Test
	void aPlainWeekendDoesNotMakeMondayFirstAfterHoliday() {
		LocalDate monday = LocalDate.of(2025, 1, 13);
		HolidayAdjacency adjacency = this.dinkes.adjacency(monday);
		assertThat(adjacency.blockBefore()).isPresent();
		assertThat(adjacency.blockBefore().get().containsHoliday()).isFalse();
		assertThat(adjacency.blockBefore().get().names()).isEmpty();
		assertThat(adjacency.blockBefore().get().length()).isEqualTo(2);
		assertThat(adjacency.firstAfterHoliday()).isFalse();
		assertThat(adjacency.bridgeDay()).isFalse();
		assertThat(this.dinkes.adjacency(monday.plusDays(1))).isEqualTo(
				new HolidayAdjacency(false, java.util.Optional.empty(), false, java.util.Optional.empty(), false));
		assertThat(this.dinkes.blockContaining(monday)).isEmpty();
	}

	@Test
	void workingDaysOfAYearAgreeWithACountFromTheCsv() {
		Set<LocalDate> offDays = new HashSet<>();
		for (CSVRecord row : ReferenceCalendar.rows()) {
			offDays.add(LocalDate.parse(row.get("date")));
		}
		for (int year = 2023; year <= 2026; year++) {
			int expected = 0;
			for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
				if (d.getDayOfWeek().getValue() <= 5 && !offDays.contains(d)) {
					expected++;
				}
			}
			LocalDate first = LocalDate.of(year, 1, 1);
			LocalDate last = LocalDate.of(year, 12, 31);
			assertThat(this.dinkes.countWorkingDays(first, last)).as("working days " + year).isEqualTo(expected);
			assertThat(this.dinkes.workingDays(first, last)).hasSize(expected);
		}
	}

	@Test
	void datesOutsideTheTypedYearsFollowTheWorkPattern() {
		LocalDate monday = LocalDate.of(2090, 1, 2);
		assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
		assertThat(this.dinkes.isWorkingDay(monday)).isTrue();
		assertThat(this.dinkes.isWorkingDay(monday.plusDays(5))).isFalse();
		assertThat(this.calendar.forUnit(RSUD).isWorkingDay(monday.plusDays(5))).isTrue();
		assertThat(this.dinkes.countWorkingDays(monday, monday.plusDays(13))).isEqualTo(10);
		assertThat(this.dinkes.previousWorkingDay(monday)).isEqualTo(LocalDate.of(2089, 12, 30));
	}

	@Test
	void anUnknownUnitIsRefused() {
		assertThatThrownBy(() -> this.calendar.forUnit(999)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void unitViewsAreBuiltOnceAndShared() {
		assertThat(this.calendar.forUnit(DINKES)).isSameAs(this.dinkes);
	}

	@Test
	void workingHoursFollowPerpres21WithTheRamadanOverride() {
		RamadanPeriodView ramadan = new RamadanPeriodView(1, "Ramadan 1446 H", LocalDate.of(2025, 3, 1),
				LocalDate.of(2025, 3, 30), 0);
		WorkCalendar withRamadan = new WorkCalendar(ReferenceCalendar.units(), ReferenceCalendar.nationalDays(),
				List.of(), new WorkSchedule(List.of(HoursRule.defaults(LocalDate.of(2023, 4, 12))), List.of(ramadan)));
		LocalDate monday = LocalDate.of(2025, 2, 24);
		assertThat(withRamadan.hoursOn(monday))
			.isEqualTo(new WorkingHours(LocalTime.of(7, 30), LocalTime.of(16, 0), false));
		assertThat(withRamadan.hoursOn(monday.plusDays(4)))
			.isEqualTo(new WorkingHours(LocalTime.of(7, 30), LocalTime.of(16, 30), false));
		assertThat(withRamadan.hoursOn(LocalDate.of(2025, 3, 3)))
			.isEqualTo(new WorkingHours(LocalTime.of(8, 0), LocalTime.of(15, 0), true));
		assertThat(withRamadan.hoursOn(LocalDate.of(2025, 3, 7)))
			.isEqualTo(new WorkingHours(LocalTime.of(8, 0), LocalTime.of(15, 30), true));
		assertThat(withRamadan.apelTimesOn(monday)).isEqualTo(
				new ApelTimes(LocalTime.of(7, 30), LocalTime.of(16, 0), LocalTime.of(9, 30), LocalTime.of(17, 0)));
		assertThat(withRamadan.apelTimesOn(LocalDate.of(2025, 3, 7))).isEqualTo(
				new ApelTimes(LocalTime.of(8, 0), LocalTime.of(15, 30), LocalTime.of(10, 0), LocalTime.of(16, 30)));
		assertThat(withRamadan.hoursOn(LocalDate.of(2022, 6, 6)).start()).as("before the first rule")
			.isEqualTo(LocalTime.of(7, 30));
	}

	@Test
	void aLaterRuleReplacesTheHoursFromItsEffectiveDate() {
		HoursRule perpres = HoursRule.defaults(LocalDate.of(2023, 4, 12));
		java.util.Map<DayOfWeek, TimeSpan> later = new java.util.EnumMap<>(perpres.regular());
		later.put(DayOfWeek.MONDAY, TimeSpan.of("08:00", "16:00"));
		HoursRule perbup = new HoursRule(2, LocalDate.of(2026, 1, 1), later, perpres.ramadan(), 90, 30, "Perbup", 0);
		WorkSchedule schedule = new WorkSchedule(List.of(perpres, perbup), List.of());
		assertThat(schedule.hoursOn(LocalDate.of(2025, 12, 29)).start()).isEqualTo(LocalTime.of(7, 30));
		assertThat(schedule.hoursOn(LocalDate.of(2026, 1, 5)).start()).isEqualTo(LocalTime.of(8, 0));
		assertThat(schedule.apelTimesOn(LocalDate.of(2026, 1, 5)).morningCutoff()).isEqualTo(LocalTime.of(9, 30));
		assertThat(schedule.apelTimesOn(LocalDate.of(2026, 1, 5)).eveningCutoff()).isEqualTo(LocalTime.of(16, 30));
	}

	@Test
	void monitoringPeriodsCoverTheirDays() {
		MonitoringPeriodView quiet = new MonitoringPeriodView(1, "Pilkada 2024: Masa tenang", MonitoringKind.ELECTION,
				LocalDate.of(2024, 11, 24), LocalDate.of(2024, 11, 26), "800/123/SETDA", LocalDate.of(2024, 11, 20));
		MonitoringPeriodView voting = new MonitoringPeriodView(2, "Pilkada 2024: Pemungutan suara",
				MonitoringKind.ELECTION, LocalDate.of(2024, 11, 27), LocalDate.of(2024, 11, 27), null, null);
		WorkCalendar withPeriods = new WorkCalendar(ReferenceCalendar.units(), List.of(), List.of(voting, quiet),
				WorkSchedule.defaults());
		assertThat(withPeriods.monitoringPeriodsOn(LocalDate.of(2024, 11, 25))).containsExactly(quiet);
		assertThat(withPeriods.monitoringPeriodsOn(LocalDate.of(2024, 11, 27))).containsExactly(voting);
		assertThat(withPeriods.monitoringPeriodsOn(LocalDate.of(2024, 11, 28))).isEmpty();
		assertThat(withPeriods.monitoringPeriods(LocalDate.of(2024, 11, 26), LocalDate.of(2024, 12, 31)))
			.containsExactly(quiet, voting);
		assertThat(quiet.covers(LocalDate.of(2024, 11, 24))).isTrue();
		assertThat(quiet.covers(LocalDate.of(2024, 11, 23))).isFalse();
	}

	@Test
	void theInstrumentAndItsDateAreReadFromTheSource() {
		String source = "SKB No.1017/2024, 2/2024, 2/2024 (14 Oct 2024); https://example.invalid/x";
		assertThat(Instruments.instrumentOf(source)).isEqualTo("SKB No.1017/2024, 2/2024, 2/2024 (14 Oct 2024)");
		assertThat(Instruments.dateOf(Instruments.instrumentOf(source))).contains(LocalDate.of(2024, 10, 14));
		assertThat(Instruments.dateOf("SE MenPANRB Nomor 2 Tahun 2025 tanggal 5 Maret 2025"))
			.contains(LocalDate.of(2025, 3, 5));
		assertThat(Instruments.dateOf("SKB No.855/2023, 3/2023, 4/2023 (17 libur + 10 cuti bersama)")).isEmpty();
		assertThat(Instruments.instrumentOf("  ")).isNull();
	}

}
