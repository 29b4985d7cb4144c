package id.siapel.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import id.siapel.demo.DemoTitles.Education;
import id.siapel.employee.Echelon;
import id.siapel.employee.EmploymentType;
import id.siapel.employee.Sex;

/**
 * Birth dates, appointment dates, identity numbers and ranks that fit together the way
 * they do in BKN's records (regulation.md §7): a PNS's NIP holds the birth date, the
 * month of appointment as CPNS (TMT, at 19 to 35 years of age) and the sex; their
 * golongan starts at the level of their education and rises every four years; a PPPK's NI
 * holds the year of appointment and "21"; non-ASN staff have a registration number of the
 * Pemda. Serial numbers count up per leading digits, so every number is unique.
 */
final class DemoCareers {

	/** I/a … IV/e (PP 99/2000) as indexes 0 … 16. */
	private static final List<String> PNS_RANKS = List.of("I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d",
			"III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e");

	private static final int III_C = 10;

	private static final int III_D = 11;

	private static final int IV_B = 13;

	/** PNS retire at 58 (60 for the highest positions); nobody in the demo is older. */
	private static final int OLDEST = 57;

	/**
	 * First PPPK were appointed in 2019 (PP 49/2018); part-time PPPK from October 2025.
	 */
	private static final int FIRST_PPPK_YEAR = 2019;

	private static final YearMonth FIRST_PART_TIME_MONTH = YearMonth.of(2025, 10);

	private static final int FIRST_HONORER_YEAR = 2005;

	private final Map<String, Integer> serials = new HashMap<>();

	private final LocalDate today;

	private final Random random;

	private int registrations;

	DemoCareers(LocalDate today, Random random) {
		this.today = today;
		this.random = random;
	}

	/**
	 * A career of the given type; heads are PNS with the rank their echelon needs.
	 * @param executor whether the position is a pelaksana one, whose rank stops at III/d
	 */
	Career career(EmploymentType type, Sex sex, Education education, Echelon echelon, boolean executor,
			String registrationPrefix) {
		return switch (type) {
			case PNS -> pns(sex, education, echelon, executor);
			case CPNS -> cpns(sex, education);
			case PPPK -> pppk(sex, education);
			case PPPK_PART_TIME -> partTime(sex);
			case NON_ASN -> nonAsn(registrationPrefix);
		};
	}

	private Career pns(Sex sex, Education education, Echelon echelon, boolean executor) {
		int entryAge = entryAge(education);
		int[] service = switch ((echelon != null) ? echelon : Echelon.IV) {
			case II -> new int[] { 22, 33 };
			case III -> new int[] { 14, 30 };
			case IV -> (echelon != null) ? new int[] { 8, 28 } : new int[] { 2, 34 };
		};
		int years = between(service[0], service[1]);
		int oldest = (echelon == Echelon.II) ? OLDEST + 2 : OLDEST;
		years = Math.max(2, Math.min(years, oldest - entryAge - 1));
		YearMonth appointed = YearMonth.from(this.today).minusYears(years).withMonth(between(1, 12));
		if (appointed.isAfter(YearMonth.from(this.today).minusMonths(13))) {
			appointed = appointed.minusYears(1);
		}
		LocalDate birth = birthBefore(appointed.atDay(1), entryAge);
		int rank = Math.min(entryRank(education) + years / 4,
				executor ? Math.min(III_D, rankCap(education)) : rankCap(education));
		if (echelon != null) {
			rank = Math.max(rank, switch (echelon) {
				case II -> IV_B;
				case III -> III_D;
				case IV -> III_C;
			});
		}
		return new Career(birth, appointed.atDay(1), nip(birth, appointed, sex), PNS_RANKS.get(rank), rank);
	}

	private Career cpns(Sex sex, Education education) {
		YearMonth appointed = YearMonth.from(this.today).minusMonths(between(1, 11));
		LocalDate birth = birthBefore(appointed.atDay(1), Math.max(entryAge(education), between(21, 34)));
		int rank = entryRank(education);
		return new Career(birth, appointed.atDay(1), nip(birth, appointed, sex), PNS_RANKS.get(rank), rank);
	}

	private Career pppk(Sex sex, Education education) {
		// Most PPPK came in the large 2021–2024 rounds for teachers, health and technical
		// staff.
		int year = Math.min(this.today.getYear(), FIRST_PPPK_YEAR + between(0, 2) + between(0, 3));
		YearMonth appointed = YearMonth.of(year, between(1, 12));
		if (appointed.isAfter(YearMonth.from(this.today))) {
			appointed = YearMonth.from(this.today).minusMonths(1);
		}
		LocalDate birth = birthBefore(appointed.atDay(1), between(Math.max(entryAge(education), 24), 50));
		String rank = switch (education) {
			case SMA -> "V";
			case D3 -> "VII";
			case D4, S1 -> "IX";
			case S2, DOCTOR, DOCTOR_S2, DENTIST -> "X";
			case S3, SPECIALIST -> "XI";
		};
		return new Career(birth, appointed.atDay(1), pppkNumber(birth, appointed.getYear(), sex), rank, -1);
	}

	private Career partTime(Sex sex) {
		YearMonth appointed = FIRST_PART_TIME_MONTH.plusMonths(between(0, 3));
		if (appointed.isAfter(YearMonth.from(this.today))) {
			appointed = YearMonth.from(this.today);
		}
		LocalDate birth = birthBefore(appointed.atDay(1), between(22, 52));
		return new Career(birth, appointed.atDay(1), pppkNumber(birth, appointed.getYear(), sex), null, -1);
	}

	private Career nonAsn(String prefix) {
		int year = between(FIRST_HONORER_YEAR, this.today.getYear() - 2);
		LocalDate start = LocalDate.of(year, between(1, 12), 1);
		LocalDate birth = birthBefore(start, between(19, 38));
		this.registrations++;
		String number = String.format(Locale.ROOT, "%s-%d-%05d", prefix, year, this.registrations);
		return new Career(birth, start, number, null, -1);
	}

	/** NIP PNS: YYYYMMDD of birth, YYYYMM of TMT CPNS, sex digit, serial. */
	private String nip(LocalDate birth, YearMonth appointed, Sex sex) {
		String lead = String.format(Locale.ROOT, "%04d%02d%02d%04d%02d%d", birth.getYear(), birth.getMonthValue(),
				birth.getDayOfMonth(), appointed.getYear(), appointed.getMonthValue(), (sex == Sex.M) ? 1 : 2);
		return lead + serial(lead);
	}

	/** NI PPPK: YYYYMMDD of birth, YYYY of appointment, "21", sex digit, serial. */
	private String pppkNumber(LocalDate birth, int year, Sex sex) {
		String lead = String.format(Locale.ROOT, "%04d%02d%02d%04d21%d", birth.getYear(), birth.getMonthValue(),
				birth.getDayOfMonth(), year, (sex == Sex.M) ? 1 : 2);
		return lead + serial(lead);
	}

	private String serial(String lead) {
		int next = this.serials.merge(lead, 1, Integer::sum);
		return String.format(Locale.ROOT, "%03d", next);
	}

	/** Born {@code age} years and up to a year before the day. */
	private LocalDate birthBefore(LocalDate day, int age) {
		return day.minusYears(age).minusDays(between(0, 364));
	}

	private int entryAge(Education education) {
		return switch (education) {
			case SMA -> between(19, 28);
			case D3 -> between(22, 32);
			case D4, S1 -> between(23, 34);
			case S2, DOCTOR, DENTIST -> between(25, 35);
			case S3, DOCTOR_S2, SPECIALIST -> between(28, 35);
		};
	}

	/** The golongan a new CPNS gets for the diploma they were appointed with. */
	private static int entryRank(Education education) {
		return switch (education) {
			case SMA -> 4;
			case D3 -> 6;
			case D4, S1 -> 8;
			case S2, DOCTOR, DOCTOR_S2, DENTIST -> 9;
			case S3, SPECIALIST -> 10;
		};
	}

	/** Regular promotions stop at a ceiling that depends on education. */
	private static int rankCap(Education education) {
		return switch (education) {
			case SMA -> III_C;
			case D3 -> III_D;
			case D4, S1 -> IV_B;
			case S2, DOCTOR, DOCTOR_S2, DENTIST -> IV_B + 1;
			case S3, SPECIALIST -> IV_B + 2;
		};
	}

	private int between(int from, int to) {
		return from + this.random.nextInt(to - from + 1);
	}

	/**
	 * Dates and numbers of one employee.
	 *
	 * @param birth date of birth
	 * @param serviceStart TMT: CPNS appointment for PNS, contract start otherwise
	 * @param nip NIP, NI PPPK or registration number
	 * @param rank golongan or {@code null}
	 * @param rankIndex index of a PNS golongan (0 = I/a), -1 otherwise
	 */
	record Career(LocalDate birth, LocalDate serviceStart, String nip, String rank, int rankIndex) {
	}

}
