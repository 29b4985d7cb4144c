package id.siapel.discipline.cases;

import java.time.LocalDate;

import id.siapel.discipline.rules.SanctionLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A decree without an end date lasts as long as its sanction's code says: months for the
 * PNS's allowance cut and demotion, years for the PPPK's postponed salary increment; a
 * reprimand is one day; a dismissal has no end.
 */
class SanctionDurationTests {

	static final LocalDate FROM = LocalDate.of(2025, 5, 1);

	@Test
	void theCodeSaysHowLongASanctionLasts() {
		assertThat(end("ALLOWANCE_CUT_6_MONTHS", SanctionLevel.MODERATE)).isEqualTo(LocalDate.of(2025, 10, 31));
		assertThat(end("DEMOTION_12_MONTHS", SanctionLevel.SEVERE)).isEqualTo(LocalDate.of(2026, 4, 30));
		assertThat(end("SALARY_INCREMENT_POSTPONED_1_YEAR", SanctionLevel.MODERATE))
			.isEqualTo(LocalDate.of(2026, 4, 30));
		assertThat(end("SALARY_INCREMENT_POSTPONED_2_YEARS", SanctionLevel.MODERATE))
			.isEqualTo(LocalDate.of(2027, 4, 30));
		assertThat(end("SALARY_INCREMENT_POSTPONED_3_YEARS", SanctionLevel.MODERATE))
			.isEqualTo(LocalDate.of(2028, 4, 30));
		assertThat(end("SOMETHING_1_MONTH", SanctionLevel.MODERATE)).isEqualTo(LocalDate.of(2025, 5, 31));
		assertThat(end("WRITTEN_REPRIMAND", SanctionLevel.LIGHT)).isEqualTo(FROM);
		assertThat(end("CONTRACT_TERMINATION", SanctionLevel.SEVERE)).isNull();
	}

	private static LocalDate end(String code, SanctionLevel level) {
		return SanctionCaseService.defaultEnd(new SanctionOption(code, level, code, null, "REGENT", 0), FROM);
	}

}
