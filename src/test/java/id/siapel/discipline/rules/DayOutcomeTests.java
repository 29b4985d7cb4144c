package id.siapel.discipline.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one day counts (PP 94/2021 Pasal 4 huruf f; Perban BKN 6/2022): TK at both roll
 * calls is a full day; TK at one counts as the configured minutes (225 by default);
 * lateness and early leave add their minutes; an unsubmitted roll call counts nothing.
 */
class DayOutcomeTests {

	static final CountingRules RULES = CountingRules.DEFAULT;

	@Test
	void unexcusedAtBothRollCallsIsAFullDay() {
		assertThat(DayOutcome.of(SessionMark.UNEXCUSED, SessionMark.UNEXCUSED, RULES))
			.isEqualTo(new DayOutcome(true, 0));
	}

	@Test
	void unexcusedAtOneRollCallCountsAsHalfOfSevenAndAHalfHours() {
		assertThat(DayOutcome.of(SessionMark.UNEXCUSED, SessionMark.PRESENT, RULES))
			.isEqualTo(new DayOutcome(false, 225));
		assertThat(DayOutcome.of(SessionMark.PRESENT, SessionMark.UNEXCUSED, RULES))
			.isEqualTo(new DayOutcome(false, 225));
		assertThat(DayOutcome.of(SessionMark.UNEXCUSED, null, RULES)).isEqualTo(new DayOutcome(false, 225));
		assertThat(DayOutcome.of(SessionMark.UNEXCUSED, SessionMark.EXCUSED, RULES))
			.isEqualTo(new DayOutcome(false, 225));
	}

	@Test
	void theSingleSessionMinutesAreASetting() {
		CountingRules perbup = new CountingRules(LocalDate.of(2026, 1, 1), 240, 450, 3);
		assertThat(DayOutcome.of(SessionMark.PRESENT, SessionMark.UNEXCUSED, perbup).minutes()).isEqualTo(240);
	}

	@Test
	void latenessAndEarlyLeaveAddTheirMinutes() {
		assertThat(DayOutcome.of(SessionMark.late(30), new SessionMark(SessionMark.Kind.PRESENT, 45), RULES))
			.isEqualTo(new DayOutcome(false, 75));
		assertThat(DayOutcome.of(SessionMark.late(30), SessionMark.UNEXCUSED, RULES))
			.isEqualTo(new DayOutcome(false, 255));
	}

	@Test
	void presentExcusedOrUnsubmittedCountsNothing() {
		assertThat(DayOutcome.of(SessionMark.PRESENT, SessionMark.PRESENT, RULES).countsSomething()).isFalse();
		assertThat(DayOutcome.of(SessionMark.EXCUSED, SessionMark.EXCUSED, RULES).countsSomething()).isFalse();
		assertThat(DayOutcome.of(null, null, RULES).countsSomething()).isFalse();
	}

	@Test
	void every450MinutesMakeOneDayRoundedDown() {
		assertThat(RULES.convertedDays(449)).isZero();
		assertThat(RULES.convertedDays(450)).isEqualTo(1);
		assertThat(RULES.convertedDays(899)).isEqualTo(1);
		assertThat(RULES.convertedDays(900)).isEqualTo(2);
		// Two single-session absences (225 + 225) make one day.
		assertThat(RULES.convertedDays(225 + 225)).isEqualTo(1);
	}

}
