package id.siapel.employee;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Names with academic titles, and golongan per employment type. */
class NameAndRankTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "Drs. H. Bambang Sutrisno, M.Si.|Drs. H.|Bambang Sutrisno|M.Si.",
			"dr. Ayu Lestari, Sp.PD|dr.|Ayu Lestari|Sp.PD", "Rina Kartika, S.Kom.||Rina Kartika|S.Kom.",
			"Hj. Siti Aminah|Hj.|Siti Aminah|", "Prof. Dr. Ir. Made Wirawan, M.T.|Prof. Dr. Ir.|Made Wirawan|M.T.",
			"Sutrisno||Sutrisno|", "  Ni  Luh   Putu  Ayu ||Ni Luh Putu Ayu|" })
	void titlesAreSplitFromTheName(String full, String front, String name, String back) {
		PersonName parsed = PersonName.parse(full);
		assertThat(parsed.front()).isEqualTo(front);
		assertThat(parsed.name()).isEqualTo(name);
		assertThat(parsed.back()).isEqualTo(back);
	}

	@Test
	void displayPutsTitlesBackInPlace() {
		assertThat(PersonName.of("Drs. H.", "Bambang Sutrisno", "M.Si.").display())
			.isEqualTo("Drs. H. Bambang Sutrisno, M.Si.");
		assertThat(PersonName.of(null, "Sutrisno", " ").display()).isEqualTo("Sutrisno");
	}

	@ParameterizedTest(name = "{0} for {1}: {2}")
	@CsvSource({ "III/b, PNS, ", "IV/e, PNS, ", "I/a, CPNS, ", "IV/f, PNS, rank.pns.invalid",
			"III/e, PNS, rank.pns.invalid", "V/a, PNS, rank.pns.invalid", "IX, PPPK, ", "XVII, PPPK_PART_TIME, ",
			"XVIII, PPPK, rank.pppk.invalid", "III/b, PPPK, rank.pppk.invalid", "II/a, NON_ASN, rank.nonAsn.none" })
	void ranksFollowTheEmploymentType(String rank, EmploymentType type, String expected) {
		assertThat(RankRules.violation(rank, type).orElse(null)).isEqualTo(expected);
	}

	@Test
	void ranksAreWrittenTheUsualWay() {
		assertThat(RankRules.normalize("iii/B")).isEqualTo("III/b");
		assertThat(RankRules.normalize(" xi ")).isEqualTo("XI");
		assertThat(RankRules.normalize("")).isNull();
	}

}
