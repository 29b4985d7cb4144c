package id.siapel.discipline;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a decided sanction runs, as the statement of no sanction asks: a lighter decree
 * replaced by a heavier one stays in force until the day before the heavier one takes
 * effect; a decree that starts later is not in force yet but starts after today.
 */
class SanctionInForceTests {

	@Test
	void aReplacedDecreeRunsUntilTheHeavierOneTakesEffect() {
		DecidedCaseView lighter = decided(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 10, 31), true,
				LocalDate.of(2025, 7, 1));
		assertThat(lighter.inForceOn(LocalDate.of(2025, 6, 10))).isTrue();
		assertThat(lighter.inForceOn(LocalDate.of(2025, 6, 30))).isTrue();
		assertThat(lighter.inForceOn(LocalDate.of(2025, 7, 1))).isFalse();
		assertThat(lighter.startsAfter(LocalDate.of(2025, 4, 20))).isTrue();
		// A lighter decree without end, replaced: it ends the day before too.
		DecidedCaseView open = decided(LocalDate.of(2025, 5, 1), null, true, LocalDate.of(2025, 7, 1));
		assertThat(open.inForceOn(LocalDate.of(2025, 6, 30))).isTrue();
		assertThat(open.inForceOn(LocalDate.of(2026, 1, 1))).isFalse();
		// Replaced before it ever took effect: never in force, never "to come".
		DecidedCaseView never = decided(LocalDate.of(2025, 8, 1), LocalDate.of(2026, 1, 31), true,
				LocalDate.of(2025, 7, 1));
		assertThat(never.inForceOn(LocalDate.of(2025, 8, 5))).isFalse();
		assertThat(never.startsAfter(LocalDate.of(2025, 6, 1))).isFalse();
	}

	@Test
	void aDecreeThatStartsLaterIsNotInForceYetButStartsAfterToday() {
		DecidedCaseView later = decided(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 2, 28), false, null);
		assertThat(later.inForceOn(LocalDate.of(2025, 8, 1))).isFalse();
		assertThat(later.startsAfter(LocalDate.of(2025, 8, 1))).isTrue();
		assertThat(later.startsAfter(LocalDate.of(2025, 9, 1))).isFalse();
		assertThat(later.inForceOn(LocalDate.of(2025, 9, 1))).isTrue();
	}

	@Test
	void aPppkSanctionStoredWithoutEndLastsAsItsCodeSays() {
		DecidedCaseView postponed = decided("SALARY_INCREMENT_POSTPONED_2_YEARS", LocalDate.of(2023, 5, 1), null, false,
				null);
		assertThat(postponed.inForceOn(LocalDate.of(2025, 4, 30))).isTrue();
		assertThat(postponed.inForceOn(LocalDate.of(2025, 5, 1))).isFalse();
		assertThat(decided("CONTRACT_TERMINATION", LocalDate.of(2023, 5, 1), null, false, null)
			.inForceOn(LocalDate.of(2030, 1, 1))).isTrue();
	}

	private static DecidedCaseView decided(LocalDate from, LocalDate to, boolean superseded, LocalDate supersededFrom) {
		return decided("ALLOWANCE_CUT_6_MONTHS", from, to, superseded, supersededFrom);
	}

	private static DecidedCaseView decided(String code, LocalDate from, LocalDate to, boolean superseded,
			LocalDate supersededFrom) {
		return new DecidedCaseView(1, "198001012005011001", "Andi", "III/a", "Analis", "T1", "Dinas", 2025,
				"Tidak masuk kerja", null, "MODERATE", code, "Pemotongan tunjangan", "Pasal 10", "800/1/2025",
				LocalDate.of(2025, 4, 21), "Bupati", from, to, "DECIDED", superseded, null, supersededFrom);
	}

}
