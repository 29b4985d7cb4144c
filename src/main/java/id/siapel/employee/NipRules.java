package id.siapel.employee;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The identity number rules of api.md (Employees), after Perka BKN 22/2007 for the NIP:
 * <ul>
 * <li>PNS, CPNS: 18 digits — birth date YYYYMMDD, TMT CPNS YYYYMM not before the birth
 * month, sex digit 1 (M) or 2 (F) agreeing with the employee's sex, 3-digit serial;</li>
 * <li>PPPK, PPPK paruh waktu (NI PPPK): 18 digits starting with a valid birth date;</li>
 * <li>non-ASN: any identifier of 3–30 characters from {@code [A-Za-z0-9.-]}.</li>
 * </ul>
 * Returns the message key of the first broken rule, or nothing when the number is valid.
 */
public final class NipRules {

	private static final Pattern EIGHTEEN_DIGITS = Pattern.compile("\\d{18}");

	private static final Pattern REGISTRATION_NUMBER = Pattern.compile("[A-Za-z0-9.-]{3,30}");

	private static final int EARLIEST_BIRTH_YEAR = 1900;

	private NipRules() {
	}

	public static Optional<String> violation(String nip, EmploymentType type, Sex sex, LocalDate today) {
		if (nip == null || nip.isBlank()) {
			return Optional.of("nip.required");
		}
		if (type == null) {
			return Optional.empty(); // the missing type is reported on its own field
		}
		if (type == EmploymentType.NON_ASN) {
			return REGISTRATION_NUMBER.matcher(nip).matches() ? Optional.empty() : Optional.of("nip.nonAsn.format");
		}
		if (!EIGHTEEN_DIGITS.matcher(nip).matches()) {
			return Optional.of(type.isCivilServant() ? "nip.pns.format" : "nip.pppk.format");
		}
		Optional<LocalDate> birth = birthDate(nip);
		if (birth.isEmpty() || birth.get().getYear() < EARLIEST_BIRTH_YEAR || birth.get().isAfter(today)) {
			return Optional.of("nip.birthDate");
		}
		if (!type.isCivilServant()) {
			return Optional.empty();
		}
		YearMonth appointed = appointmentMonth(nip).orElse(null);
		if (appointed == null) {
			return Optional.of("nip.tmt");
		}
		if (appointed.isBefore(YearMonth.from(birth.get()))) {
			return Optional.of("nip.tmtBeforeBirth");
		}
		char sexDigit = nip.charAt(14);
		if (sexDigit != '1' && sexDigit != '2') {
			return Optional.of("nip.sexDigit");
		}
		if (sex != null && (sexDigit == '1') != (sex == Sex.M)) {
			return Optional.of("nip.sexMismatch");
		}
		return Optional.empty();
	}

	/**
	 * Documents print a NIP in groups ("19860926 201505 1 001"); it is stored without the
	 * spaces.
	 */
	public static String normalize(String nip) {
		return (nip == null) ? null : nip.replaceAll("\\s+", "");
	}

	/** Digits 1–8 as a date, when they are one. */
	public static Optional<LocalDate> birthDate(String nip) {
		if (nip == null || nip.length() < 8 || !nip.substring(0, 8).chars().allMatch(Character::isDigit)) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(nip.substring(0, 4)),
					Integer.parseInt(nip.substring(4, 6)), Integer.parseInt(nip.substring(6, 8))));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	/** Digits 9–14 of a PNS NIP: the month of appointment as CPNS (TMT CPNS). */
	static Optional<YearMonth> appointmentMonth(String nip) {
		try {
			int year = Integer.parseInt(nip.substring(8, 12));
			int month = Integer.parseInt(nip.substring(12, 14));
			if (year < EARLIEST_BIRTH_YEAR) {
				return Optional.empty();
			}
			return Optional.of(YearMonth.of(year, month));
		}
		catch (DateTimeException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
