package id.siapel.employee;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * NIP, NI PPPK and registration numbers (api.md, Employees; Perka BKN 22/2007 for the NIP
 * layout: birth date YYYYMMDD, TMT CPNS YYYYMM, sex digit 1 = male / 2 = female, serial).
 */
class NipRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	@ParameterizedTest(name = "{0} as {1} {2} is valid")
	@CsvSource({
			// The example in regulation.md: born 26 Sep 1986, CPNS from May 2015, male,
			// serial 001.
			"198609262015051001, PNS, M", "198609262015052001, PNS, F", "200002292024061003, CPNS, M", // 29
																										// Feb
																										// 2000
																										// exists
																										// (divisible
																										// by
																										// 400)
			"199601292023211010, PPPK, M", // NI PPPK observed layout: birth date, year,
											// 21, sex, serial
			"199601292025212010, PPPK_PART_TIME, F", "PTT-2024.0017, NON_ASN, M", "HON.15, NON_ASN, F" })
	void validNumbers(String nip, EmploymentType type, Sex sex) {
		assertThat(NipRules.violation(nip, type, sex, TODAY)).isEmpty();
	}

	@ParameterizedTest(name = "{0} as {1} {2}: {3}")
	@CsvSource({ "19860926201505100, PNS, M, nip.pns.format", // 17 digits
			"1986092620150510011, PNS, M, nip.pns.format", // 19 digits
			"19860926201505100A, CPNS, M, nip.pns.format", "198602302015051001, PNS, M, nip.birthDate", // 30
																										// February
			"190002292015051001, PNS, M, nip.birthDate", // 1900 was not a leap year
			"203001012050011001, PNS, M, nip.birthDate", // born in the future
			"189912312015051001, PNS, M, nip.birthDate", // before 1900
			"198609262015131001, PNS, M, nip.tmt", // month 13
			"198609262015001001, PNS, M, nip.tmt", // month 00
			"198609261985051001, PNS, M, nip.tmtBeforeBirth", // appointed before birth
			"198609262015053001, PNS, M, nip.sexDigit", "198609262015050001, PNS, F, nip.sexDigit",
			"198609262015051001, PNS, F, nip.sexMismatch", // 1 = male
			"198609262015052001, CPNS, M, nip.sexMismatch", // 2 = female
			"19960129202321101, PPPK, M, nip.pppk.format", "199602302023211010, PPPK, M, nip.birthDate",
			"199613012023211010, PPPK_PART_TIME, F, nip.birthDate", "ab, NON_ASN, M, nip.nonAsn.format",
			"'honor 12', NON_ASN, M, nip.nonAsn.format", "'HON/15', NON_ASN, F, nip.nonAsn.format",
			"'   ', PNS, M, nip.required" })
	void invalidNumbers(String nip, EmploymentType type, Sex sex, String expectedKey) {
		assertThat(NipRules.violation(nip, type, sex, TODAY)).contains(expectedKey);
	}

	@ParameterizedTest(name = "documents write {0}")
	@CsvSource({ "'19860926 201505 1 001', 198609262015051001", "' 198609262015051001 ', 198609262015051001" })
	void spacesAsPrintedInDocumentsAreIgnored(String printed, String stored) {
		assertThat(NipRules.normalize(printed)).isEqualTo(stored);
		assertThat(NipRules.violation(NipRules.normalize(printed), EmploymentType.PNS, Sex.M, TODAY)).isEmpty();
	}

}
