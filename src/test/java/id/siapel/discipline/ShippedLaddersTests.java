package id.siapel.discipline;

import java.time.LocalDate;

import id.siapel.discipline.rules.Authority;
import id.siapel.discipline.rules.Recommendation;
import id.siapel.discipline.rules.SanctionLadder;
import id.siapel.discipline.rules.SanctionLevel;
import id.siapel.employee.EmploymentType;
import id.siapel.testsupport.SiapelIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ladders a fresh install ships, read from PostgreSQL as the application reads them:
 * every boundary of PP 94/2021 for PNS and CPNS (product.md §2), the default PPPK ladder
 * and the non-ASN contract evaluation, and the rule of ten consecutive days.
 */
@SiapelIntegrationTest
class ShippedLaddersTests {

	static final LocalDate IN_2025 = LocalDate.of(2025, 6, 30);

	@Autowired
	DisciplineRules rules;

	@ParameterizedTest(name = "{0} day(s) → {1}")
	@CsvSource({ "0, NONE, ", "1, NONE, ", "2, NONE, ", "3, LIGHT, ORAL_REPRIMAND", "4, LIGHT, WRITTEN_REPRIMAND",
			"6, LIGHT, WRITTEN_REPRIMAND", "7, LIGHT, STATEMENT_OF_DISSATISFACTION",
			"10, LIGHT, STATEMENT_OF_DISSATISFACTION", "11, MODERATE, ALLOWANCE_CUT_6_MONTHS",
			"13, MODERATE, ALLOWANCE_CUT_6_MONTHS", "14, MODERATE, ALLOWANCE_CUT_9_MONTHS",
			"16, MODERATE, ALLOWANCE_CUT_9_MONTHS", "17, MODERATE, ALLOWANCE_CUT_12_MONTHS",
			"20, MODERATE, ALLOWANCE_CUT_12_MONTHS", "21, SEVERE, DEMOTION_12_MONTHS", "24, SEVERE, DEMOTION_12_MONTHS",
			"25, SEVERE, RELIEF_FROM_POSITION_12_MONTHS", "27, SEVERE, RELIEF_FROM_POSITION_12_MONTHS",
			"28, SEVERE, DISMISSAL", "60, SEVERE, DISMISSAL" })
	void everyBoundaryOfThePnsLadder(int days, SanctionLevel level, String sanction) {
		for (EmploymentType type : new EmploymentType[] { EmploymentType.PNS, EmploymentType.CPNS }) {
			Recommendation recommendation = ladder(type).recommend(days, 0, false);
			assertThat(recommendation.level()).as(type + " " + days).isEqualTo(level);
			assertThat(recommendation.sanction()).as(type + " " + days).isEqualTo(sanction);
		}
	}

	@Test
	void eachRungCitesItsArticleAndTheNextThreshold() {
		Recommendation three = ladder(EmploymentType.PNS).recommend(3, 0, false);
		assertThat(three.legalBasis()).isEqualTo("PP 94/2021 Pasal 9 ayat (2) huruf b angka 1");
		assertThat(three.authority()).isEqualTo(Authority.UNIT_HEAD);
		assertThat(three.next().days()).isEqualTo(4);
		assertThat(three.next().sanction()).isEqualTo("WRITTEN_REPRIMAND");
		Recommendation two = ladder(EmploymentType.PNS).recommend(2, 0, false);
		assertThat(two.next().daysToGo()).isEqualTo(1);
		Recommendation eleven = ladder(EmploymentType.PNS).recommend(11, 0, false);
		assertThat(eleven.legalBasis()).startsWith("PP 94/2021 Pasal 10 ayat (2) huruf f");
		assertThat(eleven.authority()).isEqualTo(Authority.REGENT);
		assertThat(ladder(EmploymentType.PNS).recommend(28, 0, false).next()).isNull();
	}

	@Test
	void tenConsecutiveWorkingDaysMeanDismissalWhateverTheTotal() {
		Recommendation run = ladder(EmploymentType.PNS).recommend(10, 10, false);
		assertThat(run.sanction()).isEqualTo("DISMISSAL");
		assertThat(run.byConsecutiveDays()).isTrue();
		assertThat(run.legalBasis()).contains("Pasal 11 ayat (2) huruf d angka 4").contains("Perban BKN 6/2022");
		assertThat(ladder(EmploymentType.PNS).recommend(10, 9, false).sanction())
			.isEqualTo("STATEMENT_OF_DISSATISFACTION");
	}

	@Test
	void aHeadOfAgencyIsSanctionedByTheRegentEvenForALightSanction() {
		assertThat(ladder(EmploymentType.PNS).recommend(4, 0, true).authority()).isEqualTo(Authority.REGENT);
	}

	@ParameterizedTest(name = "PPPK {0} day(s) → {1}")
	@CsvSource({ "2, NONE, ", "3, LIGHT, ORAL_REPRIMAND", "10, LIGHT, STATEMENT_OF_DISSATISFACTION",
			"11, MODERATE, SALARY_INCREMENT_POSTPONED_1_YEAR", "17, MODERATE, SALARY_INCREMENT_POSTPONED_3_YEARS",
			"20, MODERATE, SALARY_INCREMENT_POSTPONED_3_YEARS", "21, SEVERE, CONTRACT_TERMINATION" })
	void thePppkLadderIncludingPartTimePppk(int days, SanctionLevel level, String sanction) {
		for (EmploymentType type : new EmploymentType[] { EmploymentType.PPPK, EmploymentType.PPPK_PART_TIME }) {
			Recommendation recommendation = ladder(type).recommend(days, 0, false);
			assertThat(recommendation.level()).isEqualTo(level);
			assertThat(recommendation.sanction()).isEqualTo(sanction);
		}
		assertThat(ladder(EmploymentType.PPPK).recommend(5, 10, false).sanction()).isEqualTo("CONTRACT_TERMINATION");
	}

	@Test
	void nonAsnStaffGetAContractEvaluationNotAPp94Sanction() {
		assertThat(ladder(EmploymentType.NON_ASN).recommend(20, 0, false).level()).isEqualTo(SanctionLevel.NONE);
		Recommendation over = ladder(EmploymentType.NON_ASN).recommend(21, 0, false);
		assertThat(over.sanction()).isEqualTo("CONTRACT_NOT_RENEWED");
		assertThat(over.legalBasis()).doesNotContain("PP 94/2021");
		assertThat(ladder(EmploymentType.NON_ASN).recommend(3, 0, false).next().days()).isEqualTo(21);
	}

	@Test
	void theCountingRulesOfPerbanBkn6Of2022() {
		var counting = this.rules.book().countingOn(IN_2025);
		assertThat(counting.minutesPerDay()).isEqualTo(450);
		assertThat(counting.singleSessionMinutes()).isEqualTo(225);
		assertThat(counting.earlyWarningStreak()).isEqualTo(3);
	}

	private SanctionLadder ladder(EmploymentType type) {
		return this.rules.book().ladderFor(type, IN_2025).orElseThrow();
	}

}
