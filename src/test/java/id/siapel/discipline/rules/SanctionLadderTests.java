package id.siapel.discipline.rules;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The next threshold a recommendation shows is a rung heavier than the recommended one:
 * after dismissal by ten consecutive working days (PP 94/2021 Pasal 11 ayat (2) huruf d
 * angka 4) no lower rung of the yearly total is "next".
 */
class SanctionLadderTests {

	static final String RUN_BASIS = "PP 94/2021 Pasal 11 ayat (2) huruf d angka 4";

	static final SanctionLadder PNS = new SanctionLadder("PNS", "PP 94/2021", LocalDate.of(2021, 8, 31),
			List.of(step(3, 3, SanctionLevel.LIGHT, "ORAL_REPRIMAND", "Pasal 9 ayat (2) huruf b angka 1"),
					step(4, 6, SanctionLevel.LIGHT, "WRITTEN_REPRIMAND", "Pasal 9 ayat (2) huruf b angka 2"),
					step(7, 10, SanctionLevel.LIGHT, "STATEMENT_OF_DISSATISFACTION",
							"Pasal 9 ayat (2) huruf b angka 3"),
					step(11, 13, SanctionLevel.MODERATE, "ALLOWANCE_CUT_6_MONTHS", "Pasal 10 ayat (2) huruf f angka 1"),
					step(14, 16, SanctionLevel.MODERATE, "ALLOWANCE_CUT_9_MONTHS", "Pasal 10 ayat (2) huruf f angka 2"),
					step(17, 20, SanctionLevel.MODERATE, "ALLOWANCE_CUT_12_MONTHS",
							"Pasal 10 ayat (2) huruf f angka 3"),
					step(21, 24, SanctionLevel.SEVERE, "DEMOTION_12_MONTHS", "Pasal 11 ayat (2) huruf d angka 1"),
					step(25, 27, SanctionLevel.SEVERE, "RELIEF_FROM_POSITION_12_MONTHS",
							"Pasal 11 ayat (2) huruf d angka 2"),
					step(28, null, SanctionLevel.SEVERE, "DISMISSAL", "Pasal 11 ayat (2) huruf d angka 3")),
			10, new LadderStep(0, null, SanctionLevel.SEVERE, "DISMISSAL", "PDH-TAPS (10 hari berturut-turut)",
					RUN_BASIS, Authority.REGENT));

	@Test
	void dismissalByTenConsecutiveDaysHasNoLowerNextThreshold() {
		Recommendation run = PNS.recommend(16, 10, false);
		assertThat(run.sanction()).isEqualTo("DISMISSAL");
		assertThat(run.byConsecutiveDays()).isTrue();
		assertThat(run.legalBasis()).isEqualTo(RUN_BASIS);
		assertThat(run.next()).isNull();
		assertThat(PNS.recommend(10, 10, false).next()).isNull();
		assertThat(PNS.recommend(22, 12, false).next()).isNull();
	}

	@Test
	void theNextThresholdOfARungOfTheYearlyTotalIsTheRungAboveIt() {
		Recommendation sixteen = PNS.recommend(16, 3, false);
		assertThat(sixteen.sanction()).isEqualTo("ALLOWANCE_CUT_9_MONTHS");
		assertThat(sixteen.next().days()).isEqualTo(17);
		assertThat(sixteen.next().sanction()).isEqualTo("ALLOWANCE_CUT_12_MONTHS");
		assertThat(sixteen.next().daysToGo()).isEqualTo(1);
		assertThat(PNS.recommend(2, 2, false).next().sanction()).isEqualTo("ORAL_REPRIMAND");
		assertThat(PNS.recommend(28, 0, false).next()).isNull();
	}

	@Test
	void aConsecutiveRungBelowTheHeaviestStillPointsToAHeavierRung() {
		// A Pemda ladder whose run of days leads to a moderate sanction: the next
		// threshold is the first severe rung, never a moderate one.
		SanctionLadder pemda = new SanctionLadder(PNS.code(), PNS.name(), PNS.effectiveFrom(), PNS.steps(), 5,
				new LadderStep(0, null, SanctionLevel.MODERATE, "ALLOWANCE_CUT_12_MONTHS", "Run", "Perkada",
						Authority.REGENT));
		Recommendation run = pemda.recommend(12, 5, false);
		assertThat(run.sanction()).isEqualTo("ALLOWANCE_CUT_12_MONTHS");
		assertThat(run.next().days()).isEqualTo(21);
		assertThat(run.next().sanction()).isEqualTo("DEMOTION_12_MONTHS");
	}

	private static LadderStep step(int min, Integer max, SanctionLevel level, String sanction, String article) {
		return new LadderStep(min, max, level, sanction, sanction, "PP 94/2021 " + article,
				(level == SanctionLevel.LIGHT) ? Authority.UNIT_HEAD : Authority.REGENT);
	}

}
